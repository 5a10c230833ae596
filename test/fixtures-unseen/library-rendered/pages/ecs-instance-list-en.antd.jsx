// aliyun/ecs-instance-list (international console, English): antd 5 Table with a two-level header
// (column groups), sorters, one expanded row (ant-table-expanded-row) and a fixed right column.
import { createRoot } from 'react-dom/client';
import { Table, Tag, Badge, Button, Descriptions } from 'antd';
import { Shell, addCss } from './shell.jsx';

export const rows = [
  { key: 'i-t4nantd5group0001', name: 'sg-web-1', zone: 'Singapore Zone A', ip: '8.219.10.1', priv: '172.20.0.1', spec: '2 vCPU 4 GiB', type: 'ecs.g7.large', bw: '5 Mbps', pay: 'Subscription', date: 'Expires at 2027-02-28 23:59' },
  { key: 'i-t4nantd5group0002', name: 'sg-worker-1', zone: 'Singapore Zone B', ip: null, priv: '172.20.0.2', spec: '4 vCPU 8 GiB', type: 'ecs.c7.xlarge', bw: '0 Mbps', pay: 'Pay-As-You-Go', date: 'Created at 2026-11-03 10:00' },
  { key: 'i-t4nantd5group0003', name: 'sg-db-1', zone: 'Singapore Zone A', ip: '8.219.10.3', priv: '172.20.0.3', spec: '8 vCPU 32 GiB', type: 'ecs.r7.2xlarge', bw: '20 Mbps', pay: 'Subscription', date: 'Expires at 2027-08-01 23:59' },
  { key: 'i-t4nantd5group0004', name: 'sg-batch-1', zone: 'Singapore Zone C', ip: '8.219.10.4', priv: '172.20.0.4', spec: '2 vCPU 8 GiB', type: 'ecs.g7.large', bw: '100 Mbps (Pay-By-Traffic)', pay: 'Pay-As-You-Go', date: 'Created at 2026-10-20 16:40' },
];

const columns = [
  { title: 'Instance ID/Name', dataIndex: 'key', width: 220, render: (v, r) => <div><a>{v}</a><div className="muted">{r.name}</div></div> },
  { title: 'Status', dataIndex: 'key', width: 100, render: () => <Badge status="success" text="Running" /> },
  { title: 'Network', children: [
    { title: 'Zone', dataIndex: 'zone', width: 150 },
    { title: 'IP Address', dataIndex: 'ip', width: 190, render: (v, r) => <div>{v ? <div>{v} (Public)</div> : null}<div>{r.priv} (Private)</div></div> },
  ] },
  { title: 'Configuration', children: [
    { title: 'Specification', dataIndex: 'spec', width: 170, render: (v, r) => <div>{v}<div className="muted">{r.type}</div></div> },
    { title: 'Bandwidth', dataIndex: 'bw', width: 170 },
  ] },
  { title: 'Billing Method', dataIndex: 'pay', width: 200, sorter: true, render: (v, r) => <div><Tag>{v}</Tag><div className="muted">{r.date}</div></div> },
  { title: 'Actions', key: 'op', fixed: 'right', width: 160, render: (_, r) => <span><a>Connect</a> <a>{r.pay === 'Subscription' ? 'Renew' : 'Switch to Subscription'}</a></span> },
];

function Expanded({ r }) {
  return <Descriptions size="small" column={3} items={[{ key: 'os', label: 'Image', children: 'Alibaba Cloud Linux 3' }, { key: 'vpc', label: 'VPC', children: 'vpc-t4nexpanded01' }, { key: 'sg', label: 'Security Group', children: 'sg-t4nexpanded01' }]} />;
}

function App() {
  return (
    <Shell product="Elastic Compute Service" nav={['Instances', 'Images', 'Block Storage', 'Snapshots']} crumbs={['ECS', 'Instances & Images', 'Instances']}>
      <h1 className="page-title">Instances <span className="muted">Singapore</span></h1>
      <div className="table-box">
        <Table columns={columns} dataSource={rows} bordered size="middle" scroll={{ x: 1400 }}
          expandable={{ expandedRowRender: (r) => <Expanded r={r} />, defaultExpandedRowKeys: ['i-t4nantd5group0003'] }}
          pagination={{ total: 4, showTotal: (t) => `Total ${t} items` }} />
      </div>
    </Shell>
  );
}

createRoot(document.getElementById('root')).render(<App />);
addCss(`.table-box{width:1100px}`);
