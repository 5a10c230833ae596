import { launch, serve, openPopup, resetExtension } from './harness';
const h = await launch();
console.log('id', h.extensionId);
await resetExtension(h);
const p = await openPopup(h);
console.log(await p.locator('main').innerText());
await h.close();
