// aliyun/beian-entity: antd 4 Form, vertical layout: Radio.Group (主办单位性质), Cascader (province / city /
// district), Select (证件类型), a disabled Input of the masked number, Input with showCount, one field showing a
// validation error (ant-form-item-has-error, ant-form-item-with-help) and items with `extra` / `help` text.
import { createRoot } from 'react-dom/client';
import { Form, Input, Select, Radio, Cascader, Button, Alert, Steps, Card, Space } from 'antd4';
import { Shell, addCss } from './shell.jsx';

const areas = [{ value: 'sc', label: '四川省', children: [{ value: 'cd', label: '成都市', children: [{ value: 'wh', label: '武侯区' }] }] }];

function App() {
  const [form] = Form.useForm();
  return (
    <Shell product="ICP代备案管理系统" nav={['备案管理', '新增备案', '我的备案', '备案服务号']} crumbs={['ICP代备案管理系统', '首次备案', '填写主体信息']}>
      <h1 className="page-title">填写主体信息</h1>
      <Steps size="small" current={1} items={undefined}>
        <Steps.Step title="验证备案类型" /><Steps.Step title="填写主体信息" /><Steps.Step title="填写网站信息" /><Steps.Step title="上传资料" />
      </Steps>
      <Card className="form-card" title="主办单位信息">
        <Alert type="info" showIcon message="主办单位名称须与证件上的名称一致，如“成都锦程科技有限公司”。" />
        <Form form={form} layout="vertical" requiredMark className="entity-form"
          initialValues={{ area: ['sc', 'cd', 'wh'], type: 'org', idType: 'license', name: '成都蜀锦数字科技有限公司', idNo: '9151**********7Q3L', addr: '' }}>
          <Form.Item label="主办单位所属区域" name="area" rules={[{ required: true }]}>
            <Cascader options={areas} style={{ width: 360 }} />
          </Form.Item>
          <Form.Item label="主办单位性质" name="type" rules={[{ required: true }]}>
            <Radio.Group><Radio value="org">企业</Radio><Radio value="person">个人</Radio><Radio value="gov">政府机关</Radio></Radio.Group>
          </Form.Item>
          <Form.Item label="主办单位证件类型" name="idType" rules={[{ required: true }]}>
            <Select style={{ width: 360 }} options={[{ value: 'license', label: '营业执照（个人或企业）' }, { value: 'org-code', label: '组织机构代码证' }]} />
          </Form.Item>
          <Form.Item label="主办单位名称" name="name" rules={[{ required: true }]} extra="名称须与营业执照一致">
            <Input showCount maxLength={50} style={{ width: 360 }} />
          </Form.Item>
          <Form.Item label="主办单位证件号码" name="idNo" rules={[{ required: true }]} tooltip="已核验的证件号码不可修改">
            <Input disabled style={{ width: 360 }} />
          </Form.Item>
          <Form.Item label="主办单位通信地址" name="addr" validateStatus="error" help="请填写详细通信地址，如 四川省成都市武侯区天府大道北段 1 号" rules={[{ required: true }]}>
            <Input placeholder="请输入通信地址" style={{ width: 480 }} />
          </Form.Item>
        </Form>
      </Card>
      <Space className="footer"><Button>上一步</Button><Button type="primary">下一步</Button></Space>
    </Shell>
  );
}

createRoot(document.getElementById('root')).render(<App />);
addCss(`.form-card{margin-top:16px;width:900px}.entity-form{margin-top:16px}.footer{margin-top:16px}`);
