// aliyun/domain-list: antd 5 Table with rowSelection, a fixed right column, sorters, Tags, ellipsis cells.
import { createRoot } from 'react-dom/client';
import { Table, Tag, Tooltip, Button, Input, Space } from 'antd';
import { QuestionCircleOutlined } from '@ant-design/icons';
import { Shell, addCss } from './shell.jsx';

export const rows = [
  { key: 'qinghe-media.cn', status: '正常', holder: '杭州青禾文化传媒有限公司', verified: true, expires: '2027-05-20 23:59:59' },
  { key: 'qinghe-media.com', status: '正常', holder: '杭州青禾文化传媒有限公司', verified: true, expires: '2027-05-20 23:59:59' },
  { key: 'zhoulin-design.com', status: '急需续费', holder: '杭州周林空间设计工作室（普通合伙）', verified: true, expires: '2026-12-28 23:59:59' },
  { key: 'qinghe-shop.top', status: '正常', holder: '杭州青禾文化传媒有限公司', verified: false, expires: '2027-02-14 23:59:59' },
  { key: 'linxiaoyu.net', status: '正常', holder: '林晓雨', verified: true, expires: '2028-08-01 23:59:59' },
  { key: 'qinghe-video.cn', status: '服务暂停', holder: '杭州青禾文化传媒有限公司', verified: false, expires: '2027-01-03 23:59:59' },
];

const columns = [
  { title: '域名', dataIndex: 'key', width: 200, sorter: (a, b) => a.key.localeCompare(b.key), render: (v) => <a href={`#/domain/details/info?domain=${v}`}>{v}</a> },
  { title: '域名状态', dataIndex: 'status', width: 120, render: (v) => <Tag color={v === '正常' ? 'success' : v === '急需续费' ? 'warning' : 'error'}>{v}</Tag> },
  { title: '域名持有者', dataIndex: 'holder', width: 180, ellipsis: true },
  { title: <span>实名认证 <Tooltip title="未实名认证的域名将被注册局暂停解析（serverHold），请于 2026-12-01 前完成"><QuestionCircleOutlined className="hd-help" /></Tooltip></span>,
    dataIndex: 'verified', width: 130, render: (v) => (v ? <Tag color="green">已实名认证</Tag> : <Tag color="red">未实名认证</Tag>) },
  { title: '到期时间', dataIndex: 'expires', width: 190, sorter: (a, b) => a.expires.localeCompare(b.expires), defaultSortOrder: 'ascend' },
  { title: '注册时间', dataIndex: 'key', width: 190, render: () => <span className="muted">—</span> },
  { title: '操作', key: 'op', fixed: 'right', width: 170, render: (_, r) => <Space size={8}><a>续费</a><a>解析</a><a>管理</a></Space> },
];

function App() {
  return (
    <Shell product="域名" nav={['域名列表', '信息模板', '批量操作', '我的下载']} crumbs={['域名', '域名列表']}>
      <h1 className="page-title">域名列表</h1>
      <div className="filter"><Input.Search placeholder="请输入域名进行搜索，如 example.com" style={{ width: 320 }} /> <Button>高级搜索</Button></div>
      <div className="table-box">
        <Table rowSelection={{ selectedRowKeys: ['zhoulin-design.com'], onChange() {} }} columns={columns} dataSource={rows}
          scroll={{ x: 1300 }} pagination={{ total: 6, pageSize: 10, showTotal: (t) => `共 ${t} 条`, showSizeChanger: true }} size="middle" />
      </div>
    </Shell>
  );
}

createRoot(document.getElementById('root')).render(<App />);
addCss(`.table-box{width:1000px}.filter{margin-bottom:12px}`);
