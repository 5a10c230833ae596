// tencent/domain-list: TDesign Table with selection, a domain cell with tags, status and real-name tags,
// ellipsis, sorters on the date columns, fixed right actions, pagination; a help tooltip in a header.
import { createRoot } from 'react-dom/client';
import { Table, Tag, Tooltip, Button, Space, Link, Input, Alert } from 'tdesign-react';
import { HelpCircleIcon, ChevronDownIcon } from 'tdesign-icons-react';
import { TencentShell } from './tencent-shell.jsx';
import { addCss } from './shell.jsx';

export const rows = [
  { domain: 'linqiao.cn', status: '正常', realName: '已实名认证', reg: '2023-03-08 10:12:44', exp: '2027-03-08 10:12:44', group: '默认分组' },
  { domain: 'linqiao-studio.com', status: '正常', realName: '已实名认证', reg: '2024-12-15 21:09:03', exp: '2026-12-15 21:09:03', group: '工作室' },
  { domain: 'lq-notes.top', status: '注册局暂停解析', realName: '未实名认证', reg: '2026-11-30 16:45:20', exp: '2027-11-30 16:45:20', group: '默认分组' },
];

const columns = [
  { colKey: 'row-select', type: 'multiple', width: 46 },
  { colKey: 'domain', title: '域名', width: 220, cell: ({ row }) => (<div><Link theme="primary">{row.domain}</Link>{row.domain.endsWith('.cn') ? <Tag size="small" theme="warning" variant="light" className="tag-hot">自动续费</Tag> : null}</div>) },
  { colKey: 'status', title: (<span>域名状态 <Tooltip content="注册局暂停解析（serverHold）：域名无法解析，如 example.com 未完成实名认证"><HelpCircleIcon className="hd-help" /></Tooltip></span>), width: 160,
    cell: ({ row }) => <Tag theme={row.status === '正常' ? 'success' : 'danger'} variant="light" size="small">{row.status}</Tag> },
  { colKey: 'realName', title: '实名认证', width: 130, cell: ({ row }) => <span className={row.realName === '已实名认证' ? 'ok' : 'warn'}>{row.realName}</span> },
  { colKey: 'reg', title: '注册时间', width: 170, sorter: true },
  { colKey: 'exp', title: '到期时间', width: 170, sorter: true },
  { colKey: 'group', title: '分组', width: 100 },
  { colKey: 'op', title: '操作', width: 200, fixed: 'right', cell: ({ row }) => (<Space size={8}><Link theme="primary">解析</Link><Link theme="primary">续费</Link><Link theme="primary">{row.realName === '已实名认证' ? '管理' : '实名认证'}</Link><Link theme="primary">更多 <ChevronDownIcon /></Link></Space>) },
];

function App() {
  return (
    <TencentShell product="域名注册" nav={['我的域名', '域名注册', '信息模板', '批量操作', '域名转入', '域名交易']} crumbs={['域名注册', '我的域名']}>
      <h1 className="page-title">我的域名</h1>
      <Alert theme="info" message="根据工信部要求，域名需完成实名认证后方可正常解析；如 example.cn 未实名将被注册局暂停解析。" />
      <div className="panel">
        <div className="toolbar"><Space><Button theme="primary">注册域名</Button><Button variant="outline">批量续费</Button><Button variant="outline">批量解析</Button></Space>
          <Input placeholder="请输入域名进行搜索" style={{ width: 260 }} /></div>
        <Table rowKey="domain" data={rows} columns={columns} tableLayout="fixed" hover selectedRowKeys={[]} onSelectChange={() => {}}
          pagination={{ total: 3, pageSize: 10, current: 1 }} />
      </div>
    </TencentShell>
  );
}

createRoot(document.getElementById('root')).render(<App />);
addCss(`.panel{width:1100px;margin-top:12px}.toolbar{display:flex;justify-content:space-between;margin-bottom:12px}.ok{color:#2ba471}.warn{color:#d54941}.tag-hot{margin-left:6px}`);
