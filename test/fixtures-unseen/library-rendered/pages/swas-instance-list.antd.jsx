// aliyun/swas-instance-list: antd 5 Table with `virtual` (rc-virtual-list: only a window of the 40 rows
// is in the DOM), a fixed left column, Tags and a Badge status.
import { createRoot } from 'react-dom/client';
import { Table, Tag, Badge, Button, Typography } from 'antd';
import { Shell, addCss } from './shell.jsx';

const regions = [['华东1（杭州）', 'cn-hangzhou'], ['华北2（北京）', 'cn-beijing'], ['华南1（深圳）', 'cn-shenzhen'], ['中国香港', 'cn-hongkong']];
const plans = [['2 vCPU 2 GiB', '40 GiB ESSD', '200Mbps'], ['2 vCPU 4 GiB', '60 GiB ESSD', '200Mbps'], ['4 vCPU 16 GiB', '180 GiB ESSD', '30Mbps']];
const hex = (n) => (n * 2654435761 >>> 0).toString(16).padStart(8, '0');
export const rows = Array.from({ length: 40 }, (_, i) => {
  const [regionName, region] = regions[i % regions.length];
  const [cpu, disk, bw] = plans[i % plans.length];
  const month = String((i % 12) + 1).padStart(2, '0');
  return {
    key: `${hex(i + 1)}${hex(i + 101)}${hex(i + 201)}${hex(i + 301)}`, name: `swas-${String(i + 1).padStart(2, '0')}`, regionName, region,
    ip: `47.99.${i}.${10 + i}`, cpu, disk, bw, status: i % 5 === 3 ? '已停止' : '运行中', expires: `2027-${month}-15 23:59:59`,
  };
});

const columns = [
  { title: '实例ID/名称', dataIndex: 'key', width: 300, fixed: 'left', render: (v, r) => <div><Typography.Text copyable={{ text: v }}>{v}</Typography.Text><div className="muted">{r.name}</div></div> },
  { title: '地域', dataIndex: 'regionName', width: 140 },
  { title: '公网IP', dataIndex: 'ip', width: 140 },
  { title: '套餐', dataIndex: 'cpu', width: 260, render: (v, r) => <div>{v} | {r.disk} <Tag>{r.bw} 峰值带宽</Tag></div> },
  { title: '状态', dataIndex: 'status', width: 110, render: (v) => <Badge status={v === '运行中' ? 'success' : 'default'} text={v} /> },
  { title: '到期时间', dataIndex: 'expires', width: 190 },
  { title: '操作', key: 'op', width: 160, render: () => <span className="ops"><a>远程连接</a> <a>续费</a> <a>升级</a></span> },
];

function App() {
  return (
    <Shell product="轻量应用服务器" nav={['服务器', '镜像', '快照', '防火墙']} crumbs={['轻量应用服务器', '服务器']}>
      <h1 className="page-title">服务器列表 <span className="muted">共 40 台</span></h1>
      <div className="table-box">
        <Table virtual columns={columns} dataSource={rows} scroll={{ x: 1300, y: 360 }} pagination={false} size="middle" />
      </div>
    </Shell>
  );
}

createRoot(document.getElementById('root')).render(<App />);
addCss(`.table-box{width:1080px}`);
