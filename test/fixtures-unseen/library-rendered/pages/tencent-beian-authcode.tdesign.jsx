// tencent/beian-authcode: TDesign Tabs (按资源 shown), a Table of resources and their authorization codes,
// status tags, copy links, an expanded row hint, pagination; a closed Dialog (申请授权码) with a decoy.
import { createRoot } from 'react-dom/client';
import { Tabs, Table, Tag, Link, Button, Space, Alert } from 'tdesign-react';
import { FileCopyIcon } from 'tdesign-icons-react';
import { TencentShell } from './tencent-shell.jsx';
import { addCss } from './shell.jsx';

export const rows = [
  { key: 1, id: 'ins-k3l5z7x9', type: '云服务器', region: '广州', code: 'BA3K5L7Z9X1C3V5B', account: '100031415926', status: '未使用', at: '2026-12-01 10:22:03' },
  { key: 2, id: 'ins-k3l5z7x9', type: '云服务器', region: '广州', code: 'BA2N4M6Q8W0E2R4T', account: '100027182818', status: '已使用', at: '2026-09-14 16:05:40' },
  { key: 3, id: 'lhins-m8n0b2v4', type: '轻量应用服务器', region: '北京', code: 'BA9P7O5I3U1Y9T7R', account: '100031415926', status: '使用中', at: '2026-11-20 09:48:11' },
];
const statusTheme = { 未使用: 'primary', 已使用: 'default', 使用中: 'warning' };

const columns = [
  { colKey: 'id', title: '实例ID', width: 170, cell: ({ row }) => <Link theme="primary">{row.id}</Link> },
  { colKey: 'type', title: '资源类型', width: 130 },
  { colKey: 'region', title: '地域', width: 80 },
  { colKey: 'code', title: '备案授权码', width: 220, cell: ({ row }) => <span className="mono">{row.code} <FileCopyIcon className="copy" aria-label="复制" /></span> },
  { colKey: 'account', title: '授权账号ID', width: 150 },
  { colKey: 'status', title: '状态', width: 100, cell: ({ row }) => <Tag size="small" variant="light" theme={statusTheme[row.status]}>{row.status}</Tag> },
  { colKey: 'at', title: '生成时间', width: 170 },
  { colKey: 'op', title: '操作', width: 120, cell: ({ row }) => <Space><Link theme="primary">复制</Link>{row.status === '未使用' ? <Link theme="danger">作废</Link> : null}</Space> },
];

function App() {
  return (
    <TencentShell product="网站备案" nav={['备案概览', '我的备案', '备案授权码', '备案资源', '变更备案', '注销备案']} active={2} crumbs={['网站备案', '备案授权码']}>
      <h1 className="page-title">备案授权码</h1>
      <Alert theme="info" message="每个授权码仅可用于一次备案申请，授权码有效期 30 天；例如实例 ins-xxxxxxxx 可申请 5 个授权码。" />
      <Tabs defaultValue="resource" list={[
        { value: 'resource', label: '按资源查看', panel: (
          <div className="tab-body">
            <div className="toolbar"><Button theme="primary">申请授权码</Button></div>
            <Table rowKey="key" data={rows} columns={columns} tableLayout="fixed" pagination={{ total: 3, pageSize: 10, current: 1 }} />
          </div>) },
        { value: 'account', label: '按账号查看', panel: <div>按账号查看</div> },
      ]} />
    </TencentShell>
  );
}

createRoot(document.getElementById('root')).render(<App />);
addCss(`.tab-body{padding-top:12px;width:1140px}.toolbar{margin-bottom:12px}.copy{cursor:pointer;color:#888}.mono{font-family:Menlo,monospace}`);
