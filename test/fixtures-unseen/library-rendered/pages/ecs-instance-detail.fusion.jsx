// aliyun/ecs-instance-detail: Fusion Card + Form in preview mode, and a Grid of label/value rows.
import { createRoot } from 'react-dom/client';
import { Card, Form, Input, Grid, Button, Tag, Balloon, Icon, Tab } from '@alifd/next';
import { Shell, addCss } from './shell.jsx';

const { Row, Col } = Grid;
const formItemLayout = { labelCol: { fixedSpan: 7 }, wrapperCol: { span: 16 } };

function GridField({ label, children }) {
  return (
    <Row className="detail-row">
      <Col fixedSpan={7} className="detail-label">{label}</Col>
      <Col className="detail-value">{children}</Col>
    </Row>
  );
}

function App() {
  return (
    <Shell product="云服务器 ECS" nav={['实例', '镜像', '云盘', '快照', '安全组']} crumbs={['云服务器 ECS', '实例', 'i-bp1nxform0detail07']}>
      <h1 className="page-title">web-shop-01 <Tag size="small" color="green">运行中</Tag></h1>
      <Tab shape="wrapped" activeKey="detail">
        <Tab.Item key="detail" title="实例详情" />
        <Tab.Item key="monitor" title="监控" />
        <Tab.Item key="disk" title="云盘" />
      </Tab>
      <Card free className="detail-card">
        <Card.Header title="基本信息" extra={<Button text type="primary">编辑标签</Button>} />
        <Card.Content>
          <Form isPreview {...formItemLayout} labelAlign="left" colon>
            <Form.Item label="实例ID"><Input value="i-bp1nxform0detail07" /></Form.Item>
            <Form.Item label="实例名称"><Input value="web-shop-01" /></Form.Item>
            <Form.Item label="地域"><Input value="华东1（杭州）" /></Form.Item>
            <Form.Item label="可用区"><Input value="杭州 可用区H" /></Form.Item>
            <Form.Item label="实例规格"><Input value="ecs.g7.large (2 vCPU 8 GiB)" /></Form.Item>
          </Form>
        </Card.Content>
      </Card>
      <Card free className="detail-card">
        <Card.Header title="网络信息" />
        <Card.Content>
          <GridField label="公网IP地址">47.96.23.107</GridField>
          <GridField label="私网IP地址">172.16.8.21</GridField>
          <GridField label={<span>带宽计费方式 <Balloon.Tooltip trigger={<Icon type="help" size="xs" aria-label="帮助" />}>按使用流量：按实际流量计费</Balloon.Tooltip></span>}>按固定带宽</GridField>
          <GridField label="公网带宽">8 Mbps <Button text type="primary" className="inline-action">更改带宽</Button></GridField>
        </Card.Content>
      </Card>
      <Card free className="detail-card">
        <Card.Header title="付费信息" />
        <Card.Content>
          <Form isPreview {...formItemLayout} labelAlign="left" colon>
            <Form.Item label="付费类型"><p className="next-form-preview">包年包月 <Button text type="primary">续费</Button> <Button text type="primary">转按量付费</Button></p></Form.Item>
            <Form.Item label="到期时间"><Input value="2027-04-18 23:59:59" /></Form.Item>
            <Form.Item label="创建时间"><Input value="2025-04-18 10:12:45" /></Form.Item>
            <Form.Item label="自动续费"><Input value="未开启" /></Form.Item>
          </Form>
        </Card.Content>
      </Card>
    </Shell>
  );
}

createRoot(document.getElementById('root')).render(<App />);
addCss(`.detail-card{margin-top:16px}.detail-row{padding:6px 0}.detail-label{color:#888}.inline-action{margin-left:8px}`);
