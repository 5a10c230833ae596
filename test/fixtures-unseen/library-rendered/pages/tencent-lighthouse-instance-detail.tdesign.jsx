// tencent/lighthouse-instance-detail: TDesign vertical Descriptions (labels above values) in a Card, a
// Collapse whose closed panel keeps an earlier package in the DOM (hidden), a Progress of traffic used, an
// InputAdornment-style "Mbps" unit in its own span, and a renewal Dialog opened then closed (kept hidden).
import { createRoot } from 'react-dom/client';
import { useEffect, useState } from 'react';
import { Card, Descriptions, Collapse, Tag, Link, Button, Space, Progress, Dialog } from 'tdesign-react';
import { TencentShell } from './tencent-shell.jsx';
import { addCss } from './shell.jsx';

function App() {
  const [renew, setRenew] = useState(true);
  useEffect(() => { const t = setTimeout(() => setRenew(false), 400); return () => clearTimeout(t); }, []);
  const overview = [
    { label: '实例ID', content: 'lhins-p3o5i7u9' },
    { label: '地域和可用区', content: '成都 | 成都一区' },
    { label: '实例状态', content: <Tag theme="success" variant="light" size="small">运行中</Tag> },
    { label: '套餐类型', content: '通用型' },
    { label: '峰值带宽', content: <span><span className="num">12</span> <span className="unit">Mbps</span></span> },
    { label: '计费模式', content: '包年包月' },
    { label: '创建时间', content: '2026-03-18 15:40:02' },
    { label: '到期时间', content: <span>2027-03-18 15:40:02 <Link theme="primary">续费</Link></span> },
  ];
  const older = [
    { label: '套餐', content: '入门型 2核2GB 4Mbps' },
    { label: '到期时间', content: '2026-09-18 15:40:02' },
  ];
  return (
    <TencentShell product="轻量应用服务器" nav={['概览', '服务器', '容器服务', '数据库', '镜像', '云硬盘', '快照', '防火墙模板']} active={1} crumbs={['轻量应用服务器', '服务器', 'Halo-Blog']}>
      <h1 className="page-title">Halo-Blog <Tag theme="success" variant="light">运行中</Tag></h1>
      <Card title="实例信息" bordered={false} actions={<Space><Button variant="outline">登录</Button><Button variant="outline">关机</Button><Button variant="outline">重置应用</Button></Space>}>
        <Descriptions layout="vertical" column={4} items={overview} />
      </Card>
      <Card title="流量包" bordered={false} className="block">
        <div className="traffic">本月已用 120.5GB / 1000GB</div>
        <Progress percentage={12} />
      </Card>
      <Collapse className="block" defaultValue={[]}>
        <Collapse.Panel header="套餐变更记录" value="history">
          <Descriptions column={2} items={older} />
        </Collapse.Panel>
      </Collapse>
      <Dialog header="续费" visible={renew} destroyOnClose={false} footer={null} onClose={() => setRenew(false)}>
        <Descriptions column={1} items={[{ label: '续费后到期时间', content: '2028-03-18 15:40:02' }, { label: '峰值带宽', content: '12Mbps' }]} />
      </Dialog>
    </TencentShell>
  );
}

createRoot(document.getElementById('root')).render(<App />);
addCss(`.block{margin-top:16px}.traffic{margin-bottom:8px}`);
