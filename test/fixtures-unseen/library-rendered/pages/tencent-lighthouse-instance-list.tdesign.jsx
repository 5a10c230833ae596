// tencent/lighthouse-instance-list: the card view of TDesign Cards in a grid, each with a status Tag, a
// Descriptions of the package (地域, 套餐, 峰值带宽, 流量包, 公网IP, 到期时间) and actions; a remaining-days tag.
import { createRoot } from 'react-dom/client';
import { Card, Descriptions, Tag, Link, Button, Space, Radio } from 'tdesign-react';
import { FileCopyIcon } from 'tdesign-icons-react';
import { TencentShell } from './tencent-shell.jsx';
import { addCss } from './shell.jsx';

export const servers = [
  { id: 'lhins-h2j4k6l8', name: 'WordPress-Blog', status: '运行中', region: '上海 | 上海五区', plan: '通用型 2核4GB', bw: '6Mbps', traffic: '600GB/月', ip: '124.222.31.15', exp: '2027-02-10 19:22:41', left: null },
  { id: 'lhins-z9x7c5v3', name: 'Docker-Lab', status: '运行中', region: '北京 | 北京六区', plan: '入门型 2核2GB', bw: '3Mbps', traffic: '200GB/月', ip: '82.156.77.203', exp: '2026-12-18 11:05:09', left: '剩余 14 天' },
];

function ServerCard({ s }) {
  const items = [
    { label: '地域', content: s.region },
    { label: '套餐', content: s.plan },
    { label: '峰值带宽', content: s.bw },
    { label: '流量包', content: s.traffic },
    { label: '公网IP', content: <span>{s.ip} <FileCopyIcon className="copy" aria-label="复制" /></span> },
    { label: '到期时间', content: <span>{s.exp} {s.left ? <Tag theme="warning" variant="light" size="small">{s.left}</Tag> : null}</span> },
  ];
  return (
    <Card className="server-card" bordered hoverShadow
      title={<span className="card-title"><Link theme="primary">{s.name}</Link> <Tag theme="success" variant="light" size="small">{s.status}</Tag></span>}
      description={<span className="muted">{s.id}</span>}
      footer={<Space size={12}><Link theme="primary">登录</Link><Link theme="primary">续费</Link><Link theme="primary">升级套餐</Link><Link theme="primary">更多</Link></Space>}>
      <Descriptions column={1} items={items} />
    </Card>
  );
}

function App() {
  return (
    <TencentShell product="轻量应用服务器" nav={['概览', '服务器', '容器服务', '数据库', '镜像', '云硬盘', '快照', '防火墙模板']} active={1} crumbs={['轻量应用服务器', '服务器']}>
      <h1 className="page-title">服务器 <span className="muted">全部地域（2）</span></h1>
      <div className="toolbar"><Space><Button theme="primary">新建</Button><Button variant="outline">批量续费</Button></Space>
        <Radio.Group variant="default-filled" value="card" options={[{ label: '卡片', value: 'card' }, { label: '列表', value: 'list' }]} /></div>
      <div className="card-grid">{servers.map((s) => <ServerCard key={s.id} s={s} />)}</div>
    </TencentShell>
  );
}

createRoot(document.getElementById('root')).render(<App />);
addCss(`.toolbar{display:flex;justify-content:space-between;margin-bottom:16px;width:900px}.card-grid{display:grid;grid-template-columns:repeat(2,440px);gap:16px}.copy{cursor:pointer;color:#888}`);
