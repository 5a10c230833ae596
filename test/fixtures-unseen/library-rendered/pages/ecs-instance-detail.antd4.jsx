// aliyun/ecs-instance-detail: antd 4 PageHeader-like title with a Badge, Tabs (实例详情 active, the others
// not rendered), bordered Descriptions of three columns with Typography copyable ids, a 更改带宽 link in the
// bandwidth, a Tag in 付费方式, and a Statistic countdown-like "剩余天数".
import { createRoot } from 'react-dom/client';
import { Tabs, Descriptions, Typography, Tag, Badge, Button, Space, Card, Statistic } from 'antd4';
import { Shell, addCss } from './shell.jsx';

function App() {
  return (
    <Shell product="云服务器 ECS" nav={['实例', '镜像', '云盘', '快照', '安全组', '弹性网卡']} crumbs={['云服务器 ECS', '实例', 'api-gw-01']}>
      <h1 className="page-title">api-gw-01 <Badge status="processing" text="运行中" /></h1>
      <Space className="head-ops"><Button>远程连接</Button><Button>停止</Button><Button>重启</Button><Button>续费</Button></Space>
      <Tabs defaultActiveKey="detail" destroyInactiveTabPane>
        <Tabs.TabPane tab="实例详情" key="detail">
          <Card bordered={false}>
            <Space size={32} className="stats"><Statistic title="剩余天数" value={88} suffix="天" /><Statistic title="CPU 使用率" value={12.4} suffix="%" /></Space>
            <Descriptions title="基本信息" bordered column={3} size="small">
              <Descriptions.Item label="实例ID"><Typography.Text copyable>i-2ze8antd4detail01</Typography.Text></Descriptions.Item>
              <Descriptions.Item label="实例名称">api-gw-01</Descriptions.Item>
              <Descriptions.Item label="地域">华北2（北京）</Descriptions.Item>
              <Descriptions.Item label="所在可用区">北京 可用区H</Descriptions.Item>
              <Descriptions.Item label="实例规格">ecs.c7.large</Descriptions.Item>
              <Descriptions.Item label="镜像">Alibaba Cloud Linux 3.2104 LTS 64位</Descriptions.Item>
            </Descriptions>
            <Descriptions title="付费信息" bordered column={3} size="small" className="block">
              <Descriptions.Item label="付费方式"><Tag color="blue">包年包月</Tag> <a>转按量付费</a></Descriptions.Item>
              <Descriptions.Item label="到期时间">2027年3月2日 23:59:59 <a>续费</a></Descriptions.Item>
              <Descriptions.Item label="自动续费">未开通</Descriptions.Item>
            </Descriptions>
            <Descriptions title="网络信息" bordered column={3} size="small" className="block">
              <Descriptions.Item label="公网IP"><Typography.Text copyable>39.105.21.77</Typography.Text></Descriptions.Item>
              <Descriptions.Item label="私网IP">172.17.12.9</Descriptions.Item>
              <Descriptions.Item label="公网带宽">20 Mbps（固定带宽） <a>更改带宽</a></Descriptions.Item>
            </Descriptions>
          </Card>
        </Tabs.TabPane>
        <Tabs.TabPane tab="监控" key="monitor">监控</Tabs.TabPane>
        <Tabs.TabPane tab="安全组" key="sg">安全组</Tabs.TabPane>
        <Tabs.TabPane tab="云盘" key="disk">云盘</Tabs.TabPane>
      </Tabs>
    </Shell>
  );
}

createRoot(document.getElementById('root')).render(<App />);
addCss(`.head-ops{margin-bottom:12px}.block{margin-top:20px}.stats{margin-bottom:20px}`);
