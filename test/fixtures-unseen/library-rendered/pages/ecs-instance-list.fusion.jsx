// aliyun/ecs-instance-list: Fusion Table with a selection column, lockLeft id column, lockRight actions column.
import { createRoot } from 'react-dom/client';
import { Table, Pagination, Tag, Balloon, Icon, Button, Badge } from '@alifd/next';
import { Shell, addCss } from './shell.jsx';

export const rows = [
  { id: 'i-bp1nxlock0fusion01', name: 'web-prod-01', status: '运行中', zone: '杭州 可用区I', pub: '47.98.10.11', priv: '172.16.0.11', spec: '2 vCPU 4 GiB (I/O优化)', type: 'ecs.g7.large', bw: '5Mbps (峰值)', pay: '包年包月', when: '2027-03-01 23:59 到期' },
  { id: 'i-bp1nxlock0fusion02', name: 'web-prod-02', status: '运行中', zone: '杭州 可用区J', pub: '47.98.10.12', priv: '172.16.0.12', spec: '2 vCPU 4 GiB (I/O优化)', type: 'ecs.g7.large', bw: '5Mbps (峰值)', pay: '包年包月', when: '2026-12-20 23:59 到期' },
  { id: 'i-bp1nxlock0fusion03', name: 'batch-job-01', status: '运行中', zone: '杭州 可用区K', pub: null, priv: '172.16.0.13', spec: '4 vCPU 8 GiB (I/O优化)', type: 'ecs.c7.xlarge', bw: '0Mbps', pay: '按量付费', when: '2026-10-08 14:22 创建' },
  { id: 'i-bp1nxlock0fusion04', name: 'test-01', status: '已停止', zone: '杭州 可用区I', pub: '47.98.10.14', priv: '172.16.0.14', spec: '1 vCPU 2 GiB (I/O优化)', type: 'ecs.e-c1m2.large', bw: '100Mbps (峰值)', pay: '按量付费', when: '2026-11-02 09:10 创建' },
  { id: 'i-bp1nxlock0fusion05', name: 'db-01', status: '运行中', zone: '杭州 可用区J', pub: null, priv: '172.16.0.15', spec: '8 vCPU 32 GiB (I/O优化)', type: 'ecs.r7.2xlarge', bw: '0Mbps', pay: '包年包月', when: '2027-06-15 23:59 到期' },
  { id: 'i-bp1nxlock0fusion06', name: 'cdn-origin', status: '运行中', zone: '杭州 可用区K', pub: '47.98.10.16', priv: '172.16.0.16', spec: '2 vCPU 8 GiB (I/O优化)', type: 'ecs.g7.large', bw: '10Mbps (峰值)', pay: '包年包月', when: '2027-01-09 23:59 到期' },
  { id: 'i-bp1nxlock0fusion07', name: 'gpu-train', status: '已停止', zone: '杭州 可用区I', pub: '47.98.10.17', priv: '172.16.0.17', spec: '8 vCPU 30 GiB', type: 'ecs.gn6i-c8g1.2xlarge', bw: '1Mbps (峰值)', pay: '按量付费', when: '2026-11-20 17:45 创建' },
  { id: 'i-bp1nxlock0fusion08', name: 'web-staging', status: '运行中', zone: '杭州 可用区J', pub: '47.98.10.18', priv: '172.16.0.18', spec: '2 vCPU 4 GiB (I/O优化)', type: 'ecs.g7.large', bw: '3Mbps (峰值)', pay: '包年包月', when: '2026-12-31 23:59 到期' },
];

const help = (text) => (
  <Balloon.Tooltip cache align="t" trigger={<Icon type="help" size="xs" className="hd-help" aria-label="帮助" />}>{text}</Balloon.Tooltip>
);

function App() {
  return (
    <Shell product="云服务器 ECS" nav={['实例', '镜像', '云盘', '快照', '安全组', '弹性网卡']} crumbs={['云服务器 ECS', '实例与镜像', '实例']}>
      <h1 className="page-title">实例 <span className="muted">华东1（杭州）</span></h1>
      <div className="toolbar"><Button type="primary">创建实例</Button> <Button>批量操作</Button></div>
      <div className="table-box">
        <Table dataSource={rows} primaryKey="id" hasBorder={false}
          rowSelection={{ selectedRowKeys: ['i-bp1nxlock0fusion02'], onChange() {} }}>
          <Table.Column title="实例ID/名称" dataIndex="id" lock="left" width={220}
            cell={(v, i, r) => (<div><a href={`#/server/${v}/detail`}>{v}</a><Icon type="copy" size="xs" aria-label="复制" /><div className="muted">{r.name}</div></div>)} />
          <Table.Column title={<span>状态 {help('已停止的按量付费实例仍按配置计费，除非开启节省停机模式')}</span>} dataIndex="status" width={110}
            cell={(v) => <Badge dot style={{ backgroundColor: v === '运行中' ? '#1e8e3e' : '#888' }}><span className="status-text">{v}</span></Badge>} />
          <Table.Column title="可用区/地域" dataIndex="zone" width={150} />
          <Table.Column title="IP地址" dataIndex="pub" width={200}
            cell={(v, i, r) => (<div>{v ? <div>{v}（公）</div> : null}<div>{r.priv}（私有）</div></div>)} />
          <Table.Column title="配置" dataIndex="spec" width={260}
            cell={(v, i, r) => (<div><div>{v}</div><div>{r.type} <span>{r.bw}</span></div></div>)} />
          <Table.Column title={<span>付费方式 {help('包年包月实例到期后停机，15 天内续费可恢复，例如 2026-01-01 到期的实例在 2026-01-16 释放')}</span>} dataIndex="pay" width={200}
            cell={(v, i, r) => (<div><Tag size="small" type="normal" color={v === '包年包月' ? 'blue' : 'orange'}>{v}</Tag><div className="muted">{r.when}</div></div>)} />
          <Table.Column title="标签" dataIndex="name" width={160} cell={(v) => <Tag size="small">env:{v.startsWith('web') ? 'prod' : 'dev'}</Tag>} />
          <Table.Column title="操作" lock="right" width={180}
            cell={(v, i, r) => (<div className="ops"><a>远程连接</a> <a>{r.pay === '包年包月' ? '续费' : '转包年包月'}</a> <a>更多 <Icon type="arrow-down" size="xxs" /></a></div>)} />
        </Table>
        <div className="pager"><span className="muted">共 8 条</span><Pagination total={8} pageSize={10} current={1} size="small" /></div>
      </div>
    </Shell>
  );
}

createRoot(document.getElementById('root')).render(<App />);
addCss(`.table-box{width:1040px}.toolbar{margin-bottom:12px}.pager{display:flex;justify-content:space-between;margin-top:12px}`);
