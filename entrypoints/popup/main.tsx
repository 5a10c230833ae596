import { render } from 'preact';
render(<p>ICP Preflight</p>, document.getElementById('app')!);
