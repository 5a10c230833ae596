// aliyun/ecs-instance-detail: antd 5 Tabs (inactive panes rendered with forceRender and hidden, holding
// decoys) around bordered Descriptions with a copyable ID, Tags and links beside values.
import { createRoot } from 'react-dom/client';
import { Tabs, Descriptions, Tag, Typography, Button, Space, Table } from 'antd';
import { Shell, addCss } from './shell.jsx';

function Detail() {
  const items = [
    { key: 'id', label: '实例ID', children: <Typography.Text copyable>i-uf6antd5tabs00d3</Typography.Text> },
    { key: 'name', label: '实例名称', children: 'sh-api-03' },
    { key: 'region', label: '地域', children: '华东2（上海）' },
    { key: 'zone', label: '可用区', children: '上海 可用区L' },
    { key: 'pay', label: '付费类型', children: <Space size={8}><Tag color="blue">按量付费</Tag><a>转包年包月</a></Space> },
    { key: 'created', label: '创建时间', children: '2026-09-12 08:30:00' },
    { key: 'bwpay', label: '带宽计费方式', children: '按使用流量' },
    { key: 'bw', label: '公网带宽', children: <Space size={8}><span>100 Mbps（峰值）</span><Button type="link" size="small">更改带宽</Button></Space> },
    { key: 'ip', label: '公网IP', children: '106.14.20.33' },
    { key: 'stop', label: '停机模式', children: '节省停机' },
  ];
  return <Descriptions bordered column={2} size="small" items={items} />;
}

function RenewHistory() {
  // an inactive pane: what a former subscription of this instance showed
  return (
    <Table size="small" pagination={false} rowKey="t" dataSource={[{ t: '2025-09-12 08:30:00', pay: '包年包月', until: '2026-09-12 23:59:59' }]}
      columns={[{ title: '操作时间', dataIndex: 't' }, { title: '付费类型', dataIndex: 'pay' }, { title: '到期时间', dataIndex: 'until' }]} />
  );
}

function App() {
  return (
    <Shell product="云服务器 ECS" nav={['实例', '镜像', '云盘', '快照']} crumbs={['云服务器 ECS', '实例', 'i-uf6antd5tabs00d3']}>
      <h1 className="page-title">sh-api-03 <Tag color="success">运行中</Tag></h1>
      <Tabs defaultActiveKey="detail" items={[
        { key: 'detail', label: '实例详情', children: <Detail /> },
        { key: 'history', label: '计费变更记录', forceRender: true, children: <RenewHistory /> },
        { key: 'disks', label: '云盘', forceRender: true, children: <Descriptions items={[{ key: 'd', label: '系统盘', children: 'ESSD PL0 40 GiB' }, { key: 'e', label: '到期时间', children: '2026-09-12 23:59:59' }]} /> },
      ]} />
    </Shell>
  );
}

createRoot(document.getElementById('root')).render(<App />);
addCss(`.ant-tabs{max-width:1100px}`);
