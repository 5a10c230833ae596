// aliyun/domain-list: Fusion Table with fixedHeader / maxBodyHeight (header and body are separate tables),
// a selection column, Tags (role=button) for status and real-name state, a sort icon, Pagination.
import { createRoot } from 'react-dom/client';
import { Table, Tag, Pagination, Button, Input, Icon, Balloon } from '@alifd/next';
import { Shell, addCss } from './shell.jsx';

export const rows = [
  { domain: 'songyun-art.cn', status: '正常', holder: '宋云', verified: '已实名认证', expires: '2027-09-30' },
  { domain: 'songyun-art.com', status: '正常', holder: '宋云', verified: '已实名认证', expires: '2027-09-30' },
  { domain: 'songyun.top', status: '急需续费', holder: '宋云', verified: '未实名认证', expires: '2026-12-21' },
  { domain: 'jiangnan-tea.shop', status: '正常', holder: '苏州江南茶业有限公司', verified: '已实名认证', expires: '2028-03-03' },
  { domain: 'jiangnan-tea.net', status: '正常', holder: '苏州江南茶业有限公司', verified: '审核中', expires: '2027-11-11' },
];

function App() {
  return (
    <Shell product="域名" nav={['域名列表', '信息模板', '批量操作']} crumbs={['域名', '域名列表']}>
      <h1 className="page-title">域名列表</h1>
      <div className="filter"><Input placeholder="输入域名关键字，如 example" style={{ width: 280 }} /> <Button type="primary">搜索</Button></div>
      <div className="table-box">
        <Table dataSource={rows} primaryKey="domain" fixedHeader maxBodyHeight={400} rowSelection={{ selectedRowKeys: [], onChange() {} }}>
          <Table.Column title="域名" dataIndex="domain" width={200} cell={(v) => <a href={`#/domain/details/info?domain=${v}`}>{v}</a>} />
          <Table.Column title="域名状态" dataIndex="status" width={120} cell={(v) => <Tag size="small" color={v === '正常' ? 'green' : 'orange'}>{v}</Tag>} />
          <Table.Column title="域名持有者" dataIndex="holder" width={200} />
          <Table.Column title={<span>实名认证状态 <Balloon.Tooltip trigger={<Icon type="help" size="xs" />}>审核通过后显示为 已实名认证</Balloon.Tooltip></span>} dataIndex="verified" width={150}
            cell={(v) => <Tag size="small" type="primary" color={v === '已实名认证' ? 'green' : v === '未实名认证' ? 'red' : 'blue'}>{v}</Tag>} />
          <Table.Column title="到期时间" dataIndex="expires" width={140} sortable />
          <Table.Column title="操作" width={180} cell={() => <span><a>续费</a> <a>解析</a> <a>管理</a></span>} />
        </Table>
        <div className="pager"><Pagination total={5} pageSize={20} size="small" /></div>
      </div>
    </Shell>
  );
}

createRoot(document.getElementById('root')).render(<App />);
addCss(`.table-box{width:1000px}.filter{margin-bottom:12px}.pager{margin-top:12px;text-align:right}`);
