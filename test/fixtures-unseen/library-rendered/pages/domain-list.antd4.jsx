// aliyun/domain-list: antd 4 Table: rowSelection, a fixed left domain column (Typography copyable), Badge
// statuses, real-name Tags, a sorted 到期日期 column, a fixed right 操作 column, showTotal pagination, and a
// header Tooltip left closed in the DOM.
import { createRoot } from 'react-dom/client';
import { Table, Tag, Tooltip, Badge, Typography, Space, Button, Input } from 'antd4';
import { Shell, addCss } from './shell.jsx';

export const rows = [
  { key: 'jincheng-tech.cn', status: '正常', holder: '成都锦程科技有限公司', verified: true, reg: '2024-03-02', expires: '2027-03-02 23:59:59' },
  { key: 'jincheng-cloud.com', status: '急需续费', holder: '成都锦程科技有限公司', verified: true, reg: '2023-12-11', expires: '2026-12-11 23:59:59' },
  { key: 'shujin-art.top', status: '正常', holder: '王蜀锦', verified: false, reg: '2026-11-29', expires: '2027-11-29 23:59:59' },
];

const columns = [
  { title: '域名', dataIndex: 'key', width: 220, fixed: 'left', render: (v) => <Typography.Text copyable={{ text: v, tooltips: ['复制', '复制成功'] }}><a href={`#/domain/details/info?domain=${v}`}>{v}</a></Typography.Text> },
  { title: '域名状态', dataIndex: 'status', width: 130, render: (v) => <Badge status={v === '正常' ? 'success' : 'warning'} text={v} /> },
  { title: <span>实名认证 <Tooltip title="未实名认证的域名将被注册局暂停解析（serverHold）"><span className="hd-help" aria-label="帮助">?</span></Tooltip></span>,
    dataIndex: 'verified', width: 130, render: (v) => (v ? <Tag color="green">已实名认证</Tag> : <Tag color="orange">未实名认证</Tag>) },
  { title: '域名持有者', dataIndex: 'holder', width: 200, ellipsis: true },
  { title: '注册日期', dataIndex: 'reg', width: 130 },
  { title: '到期日期', dataIndex: 'expires', width: 190, sorter: (a, b) => a.expires.localeCompare(b.expires), defaultSortOrder: 'ascend' },
  { title: '操作', key: 'op', fixed: 'right', width: 180, render: (_, r) => <Space size={8}><a>续费</a><a>解析</a><a>{r.verified ? '管理' : '实名认证'}</a></Space> },
];

function App() {
  return (
    <Shell product="域名" nav={['域名列表', '信息模板', '批量操作', '我的下载']} crumbs={['域名', '域名列表']}>
      <h1 className="page-title">域名列表</h1>
      <div className="toolbar"><Space><Button type="primary">域名注册</Button><Button>批量续费</Button></Space><Input.Search placeholder="请输入域名" style={{ width: 260 }} /></div>
      <Table rowSelection={{ selectedRowKeys: ['jincheng-cloud.com'], onChange() {} }} columns={columns} dataSource={rows} scroll={{ x: 1200 }}
        pagination={{ total: 3, pageSize: 20, showTotal: (t) => `共 ${t} 条` }} />
    </Shell>
  );
}

createRoot(document.getElementById('root')).render(<App />);
addCss(`.toolbar{display:flex;justify-content:space-between;margin-bottom:12px;width:1040px}.ant-table-wrapper{width:1040px}`);
