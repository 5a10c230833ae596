// tencent/domain-info (intl console, English): TDesign Descriptions in vertical item layout (each label above
// its value), bordered, three columns; the registrant's real-name status as a Tag with its date in a
// muted line; a Popup left open over the ID number with a "Show full number" hint.
import { createRoot } from 'react-dom/client';
import { Descriptions, Tag, Link, Card, Popup, Tabs } from 'tdesign-react';
import { TencentShell } from './tencent-shell.jsx';
import { addCss } from './shell.jsx';

function App() {
  const items = [
    { label: 'Domain Name', content: 'brightpine.net' },
    { label: 'Registrar', content: 'Tencent Cloud Computing (Beijing) Co., Ltd.' },
    { label: 'Domain Status', content: <Tag theme="success" variant="light" size="small">Normal</Tag> },
    { label: 'Registration Time', content: '2024-06-30 08:12:45' },
    { label: 'Expiration Time', content: <span>2027-06-30 08:12:45 <Link theme="primary">Renew</Link></span> },
    { label: 'Registrant', content: '广州明松贸易有限公司' },
    { label: 'Registrant Type', content: 'Enterprise' },
    { label: 'ID Type', content: 'Business License' },
    { label: 'ID Number', content: <Popup content="Verify your phone to show the full number" placement="top" visible><span className="idno">9144**********3M8P</span></Popup> },
    { label: 'Real-name Verification', content: <div><Tag theme="success" variant="light" size="small">Verified</Tag><div className="muted">Verified on 2024-07-01 10:02:33</div></div> },
  ];
  return (
    <TencentShell product="Domains" nav={['My Domains', 'Register', 'Templates', 'Batch Operations', 'Transfer In']} crumbs={['Domains', 'My Domains', 'brightpine.net']}>
      <h1 className="page-title">brightpine.net</h1>
      <Tabs defaultValue="info" list={[
        { value: 'info', label: 'Domain Info', panel: (<Card bordered={false} className="block"><Descriptions bordered itemLayout="vertical" column={3} items={items} /></Card>) },
        { value: 'dns', label: 'DNS', panel: <div>DNS</div> },
      ]} />
    </TencentShell>
  );
}

createRoot(document.getElementById('root')).render(<App />);
addCss(`.block{margin-top:12px}`);
