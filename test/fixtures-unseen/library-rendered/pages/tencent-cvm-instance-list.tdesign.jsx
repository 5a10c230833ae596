// tencent/cvm-instance-list: TDesign Table with a selection column, fixed left (ID/名称) and right (操作) columns,
// ellipsis, tags, a help tooltip in a header, pagination.
import { createRoot } from 'react-dom/client';
import { Table, Tag, Tooltip, Button, Select, Input, Space, Link } from 'tdesign-react';
import { HelpCircleIcon, FileCopyIcon, ChevronDownIcon } from 'tdesign-icons-react';
import { TencentShell } from './tencent-shell.jsx';
import { addCss } from './shell.jsx';

export const rows = [
  { id: 'ins-a7k2m9qd', name: 'shop-web-01', status: '运行中', zone: '广州六区', spec: '标准型SA5', conf: '2核 4GB 5Mbps', disk: '系统盘：通用型SSD云硬盘', pub: '43.139.12.8', priv: '10.0.0.8', pay: '包年包月', when: '2027-03-15 12:00:00到期', net: '按带宽计费' },
  { id: 'ins-b3n8p1we', name: 'shop-api', status: '运行中', zone: '广州七区', spec: '标准型S6', conf: '4核 8GB 20Mbps', disk: '系统盘：增强型SSD云硬盘', pub: '119.91.40.22', priv: '10.0.1.22', pay: '按量计费', when: '2026-11-28 10:20:31创建', net: '按流量计费' },
  { id: 'ins-c5q4r6ty', name: 'redis-cache', status: '已关机', zone: '广州六区', spec: '内存型M6', conf: '2核 16GB 0Mbps', disk: '系统盘：增强型SSD云硬盘', pub: null, priv: '10.0.0.31', pay: '包年包月', when: '2026-12-20 12:00:00到期', net: '-' },
  { id: 'ins-d9w1e3rs', name: 'jenkins-ci', status: '运行中', zone: '广州三区', spec: '标准型S5', conf: '2核 4GB 1Mbps', disk: '系统盘：高性能云硬盘', pub: '81.71.3.140', priv: '10.0.2.9', pay: '按量计费', when: '2026-10-02 08:00:12创建', net: '按流量计费' },
];

const statusTag = (s) => <Tag theme={s === '运行中' ? 'success' : 'default'} variant="light" size="small">{s}</Tag>;

const columns = [
  { colKey: 'row-select', type: 'multiple', width: 46, fixed: 'left' },
  { colKey: 'id', title: 'ID/名称', width: 180, fixed: 'left',
    cell: ({ row }) => (<div><Link theme="primary" hover="color">{row.id}</Link> <FileCopyIcon className="copy" aria-label="复制" /><div className="muted t-text-ellipsis" title={row.name}>{row.name}</div></div>) },
  { colKey: 'monitor', title: '监控', width: 60, cell: () => <span className="monitor-icon" aria-label="查看监控">▮</span> },
  { colKey: 'status', title: '状态', width: 100, cell: ({ row }) => statusTag(row.status) },
  { colKey: 'zone', title: '可用区', width: 100 },
  { colKey: 'spec', title: '实例类型', width: 120 },
  { colKey: 'conf', title: '实例配置', width: 220, ellipsis: true,
    cell: ({ row }) => (<div><div>{row.conf}</div><div className="muted">{row.disk}</div></div>) },
  { colKey: 'pub', title: '主IPv4地址', width: 170,
    cell: ({ row }) => (<div>{row.pub ? <div>{row.pub} (公) <FileCopyIcon className="copy" aria-label="复制" /></div> : null}<div>{row.priv} (内) <FileCopyIcon className="copy" aria-label="复制" /></div></div>) },
  { colKey: 'pay', title: (<span>实例计费模式 <Tooltip content="包年包月实例到期后将进入回收站，例如 2026-01-01 到期的实例保留 7 天" placement="top"><HelpCircleIcon className="hd-help" /></Tooltip></span>), width: 200,
    cell: ({ row }) => (<div><div>{row.pay}</div><div className="muted">{row.when}</div></div>) },
  { colKey: 'net', title: '网络计费模式', width: 120 },
  { colKey: 'project', title: '所属项目', width: 100, cell: () => '默认项目' },
  { colKey: 'op', title: '操作', width: 170, fixed: 'right',
    cell: ({ row }) => (<Space size={8}><Link theme="primary">登录</Link><Link theme="primary">{row.pay === '包年包月' ? '续费' : '转包年包月'}</Link><Link theme="primary">更多 <ChevronDownIcon /></Link></Space>) },
];

function App() {
  return (
    <TencentShell product="云服务器" nav={['概览', '实例', '专用宿主机', '放置群组', '镜像', '云硬盘', '快照', '安全组']} active={1} crumbs={['云服务器', '实例']}>
      <h1 className="page-title">实例 <Select value="gz" size="small" style={{ width: 120 }} options={[{ label: '广州(4)', value: 'gz' }, { label: '上海(0)', value: 'sh' }]} /></h1>
      <div className="panel">
        <div className="toolbar"><Space><Button theme="primary">新建</Button><Button variant="outline">开机</Button><Button variant="outline">关机</Button><Button variant="outline">重启</Button><Button variant="outline">续费</Button><Button variant="outline">更多操作</Button></Space>
          <Input className="filter" placeholder="多个关键字用竖线 “|” 分隔，多个过滤标签用回车键分隔" style={{ width: 360 }} /></div>
        <Table rowKey="id" data={rows} columns={columns} tableLayout="fixed" hover
          selectedRowKeys={['ins-b3n8p1we']} onSelectChange={() => {}}
          pagination={{ total: 4, pageSize: 20, current: 1, showJumper: false }} />
      </div>
    </TencentShell>
  );
}

createRoot(document.getElementById('root')).render(<App />);
addCss(`.panel{width:1150px}.toolbar{display:flex;justify-content:space-between;margin-bottom:12px}.copy{cursor:pointer;color:#888}`);
