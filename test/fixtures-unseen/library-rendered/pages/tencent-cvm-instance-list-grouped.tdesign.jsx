// tencent/cvm-instance-list: TDesign bordered Table with a two-level header (配置 / 计费 groups), a column of
// merged cells (rowspan: 可用区 shared by two rows), an open Drawer over the list with one instance's details,
// and a footer summary row.
import { createRoot } from 'react-dom/client';
import { Table, Tag, Drawer, Descriptions, Link } from 'tdesign-react';
import { TencentShell } from './tencent-shell.jsx';
import { addCss } from './shell.jsx';

export const rows = [
  { id: 'ins-n4m6b8v0', name: 'mall-web-1', zone: '北京七区', conf: '4核 8GB', bw: '10Mbps', pay: '包年包月', date: '2027-04-01 00:00:00到期' },
  { id: 'ins-n4m6b8v1', name: 'mall-web-2', zone: '北京七区', conf: '4核 8GB', bw: '10Mbps', pay: '包年包月', date: '2027-04-01 00:00:00到期' },
  { id: 'ins-q1w3e5r7', name: 'mall-job', zone: '北京五区', conf: '2核 4GB', bw: '1Mbps', pay: '按量计费', date: '2026-11-02 18:20:11创建' },
];

const columns = [
  { colKey: 'id', title: 'ID/名称', width: 170, cell: ({ row }) => <div><Link theme="primary">{row.id}</Link><div className="muted">{row.name}</div></div> },
  { colKey: 'zone', title: '可用区', width: 100 },
  { colKey: 'cfg', title: '配置', children: [
    { colKey: 'conf', title: '规格', width: 100 },
    { colKey: 'bw', title: '带宽', width: 90 },
  ] },
  { colKey: 'billing', title: '计费', children: [
    { colKey: 'pay', title: '实例计费模式', width: 120 },
    { colKey: 'date', title: '到期/创建时间', width: 200 },
  ] },
];

function App() {
  return (
    <TencentShell product="云服务器" nav={['概览', '实例', '专用宿主机', '放置群组', '镜像', '云硬盘', '快照', '安全组']} active={1} crumbs={['云服务器', '实例']}>
      <h1 className="page-title">实例 <span className="muted">北京（3）</span></h1>
      <div className="panel">
        <Table rowKey="id" data={rows} columns={columns} bordered tableLayout="fixed"
          rowspanAndColspan={({ rowIndex, col }) => (col.colKey === 'zone' && rowIndex === 0 ? { rowspan: 2 } : {})}
          footerSummary={<div className="summary">共 3 台实例，包年包月 2 台</div>} />
      </div>
      <Drawer header="实例详情" visible size="420px" footer={false} showOverlay={false}>
        <Descriptions column={1} items={[
          { label: '实例ID', content: 'ins-n4m6b8v0' },
          { label: '地域', content: '北京' },
          { label: '实例计费模式', content: '包年包月' },
          { label: '带宽上限', content: '10Mbps' },
          { label: '到期时间', content: '2027-04-01 00:00:00' },
        ]} />
      </Drawer>
    </TencentShell>
  );
}

createRoot(document.getElementById('root')).render(<App />);
addCss(`.panel{width:900px}.summary{padding:8px 0}`);
