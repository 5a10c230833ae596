// tencent/cvm-instance-detail: TDesign Tabs (基本信息 shown; the other panels not rendered), bordered
// Descriptions of two columns per card, copy icons, a 调整网络 link beside the bandwidth, a tag beside the
// billing mode and a remaining-days hint beside the expiry.
import { createRoot } from 'react-dom/client';
import { Tabs, Descriptions, Tag, Link, Button, Space, Card } from 'tdesign-react';
import { FileCopyIcon, EditIcon } from 'tdesign-icons-react';
import { TencentShell } from './tencent-shell.jsx';
import { addCss } from './shell.jsx';

const copy = <FileCopyIcon className="copy" aria-label="复制" />;

function App() {
  const basic = [
    { label: '实例名称', content: <span>wp-blog-prod <EditIcon className="edit" aria-label="编辑" /></span> },
    { label: '实例ID', content: <span>ins-e2r4t6y8 {copy}</span> },
    { label: '实例状态', content: <Tag theme="success" variant="light" size="small">运行中</Tag> },
    { label: '地域', content: '上海' },
    { label: '可用区', content: '上海五区' },
    { label: '实例规格', content: 'SA5.MEDIUM4（标准型SA5，2核4GB）' },
    { label: '所属项目', content: '默认项目' },
    { label: '标签', content: <span>env: prod <Link theme="primary">编辑</Link></span> },
  ];
  const billing = [
    { label: '计费模式', content: <span>包年包月 <Tag size="small" theme="primary" variant="outline">自动续费</Tag></span> },
    { label: '创建时间', content: '2026-06-20 14:03:51' },
    { label: '到期时间', content: <span>2027-06-20 14:03:51 <span className="muted">（剩余 198 天）</span> <Link theme="primary">续费</Link></span> },
    { label: '销毁/退还时间', content: '-' },
  ];
  const network = [
    { label: '所属网络', content: <span><Link theme="primary">Default-VPC</Link> (vpc-8k3j5h7g)</span> },
    { label: '所属子网', content: <span><Link theme="primary">Default-Subnet</Link> (subnet-2d4f6h8j)</span> },
    { label: '主IPv4地址', content: <div><div>101.34.25.177 (公) {copy}</div><div>172.17.0.5 (内) {copy}</div></div> },
    { label: '网络计费模式', content: '按带宽计费' },
    { label: '带宽上限', content: <span>8Mbps <Link theme="primary">调整网络</Link></span> },
    { label: '安全组', content: <Link theme="primary">sg-web (sg-4g6h8j0k)</Link> },
  ];
  return (
    <TencentShell product="云服务器" nav={['概览', '实例', '专用宿主机', '放置群组', '镜像', '云硬盘', '快照', '安全组']} active={1} crumbs={['云服务器', '实例', 'wp-blog-prod']}>
      <h1 className="page-title">wp-blog-prod <Tag theme="success" variant="light">运行中</Tag>
        <Space className="head-ops"><Button variant="outline">登录</Button><Button variant="outline">关机</Button><Button variant="outline">重启</Button><Button variant="outline">重置密码</Button><Button variant="outline">更多操作</Button></Space></h1>
      <Tabs defaultValue="basic" list={[
        { value: 'basic', label: '基本信息', panel: (
          <div className="tab-body">
            <Card title="实例信息" bordered={false} className="info-card"><Descriptions bordered column={2} items={basic} /></Card>
            <Card title="计费信息" bordered={false} className="info-card"><Descriptions bordered column={2} items={billing} /></Card>
            <Card title="网络信息" bordered={false} className="info-card"><Descriptions bordered column={2} items={network} /></Card>
          </div>) },
        { value: 'eni', label: '弹性网卡', panel: <div>弹性网卡</div> },
        { value: 'ip', label: '公网IP', panel: <div>公网IP</div> },
        { value: 'monitor', label: '监控', panel: <div>监控</div> },
        { value: 'sg', label: '安全组', panel: <div>安全组</div> },
        { value: 'log', label: '操作日志', panel: <div>操作日志</div> },
      ]} />
    </TencentShell>
  );
}

createRoot(document.getElementById('root')).render(<App />);
addCss(`.tab-body{padding-top:12px}.info-card{margin-bottom:16px}.copy,.edit{cursor:pointer;color:#888}.head-ops{margin-left:auto}`);
