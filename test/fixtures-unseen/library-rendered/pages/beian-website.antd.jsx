// aliyun/beian-website: antd 5 Form in edit mode (Input values, a chosen Select, a tags Select,
// Radio.Group with one checked, required marks, extra help text).
import { createRoot } from 'react-dom/client';
import { Form, Input, Select, Radio, Checkbox, Button, Steps, Card, Tooltip } from 'antd';
import { QuestionCircleOutlined } from '@ant-design/icons';
import { Shell, addCss } from './shell.jsx';

const initial = {
  siteName: '青禾文化传媒官网', domains: ['qinghe-media.cn', 'qinghe-media.com'], content: '企业官网', preApproval: 'no',
  languages: ['zh-cn'], manager: '林晓雨', phone: '138****5678', remark: '',
};

function App() {
  return (
    <Shell product="ICP代备案管理系统" nav={['我的备案', '备案进度', '备案服务号']} crumbs={['ICP代备案管理系统', '新增网站']}>
      <Steps size="small" current={2} items={[{ title: '基础信息校验' }, { title: '主体信息' }, { title: '网站信息' }, { title: '上传资料' }]} />
      <Card className="form-card" title="网站信息">
        <Form layout="horizontal" labelCol={{ span: 5 }} wrapperCol={{ span: 14 }} initialValues={initial}>
          <Form.Item label="网站名称" name="siteName" rules={[{ required: true, message: '请输入网站名称' }]}
            tooltip={{ title: '网站名称如：张三的个人博客，不能含有 example.com 等域名', icon: <QuestionCircleOutlined /> }}
            extra="网站名称需与网站内容相符，如 某某公司官网">
            <Input showCount maxLength={50} />
          </Form.Item>
          <Form.Item label="网站域名" name="domains" rules={[{ required: true }]} extra="不带 www 的主域名，如 example.com；每个网站最多 10 个域名">
            <Select mode="tags" open={false} options={[{ value: 'qinghe-media.cn' }, { value: 'qinghe-media.com' }, { value: 'qinghe-shop.top' }]} />
          </Form.Item>
          <Form.Item label="网站服务内容" name="content" rules={[{ required: true }]}>
            <Select options={[{ value: '企业官网', label: '企业官网' }, { value: '博客/个人空间', label: '博客/个人空间' }, { value: '网上商城', label: '网上商城' }]} />
          </Form.Item>
          <Form.Item label="是否涉及前置审批" name="preApproval" rules={[{ required: true }]}>
            <Radio.Group options={[{ value: 'yes', label: '涉及' }, { value: 'no', label: '不涉及' }]} />
          </Form.Item>
          <Form.Item label="网站语言" name="languages">
            <Checkbox.Group options={[{ value: 'zh-cn', label: '中文简体' }, { value: 'en', label: '英语' }]} />
          </Form.Item>
          <Form.Item label="网站负责人" name="manager" rules={[{ required: true }]}><Input /></Form.Item>
          <Form.Item label="手机号码" name="phone" rules={[{ required: true }]}><Input /></Form.Item>
          <Form.Item label="备注" name="remark"><Input.TextArea rows={2} placeholder="如网站用于内部测试，请说明" /></Form.Item>
          <Form.Item wrapperCol={{ offset: 5 }}><Button>上一步</Button> <Button type="primary" htmlType="submit">下一步</Button></Form.Item>
        </Form>
      </Card>
    </Shell>
  );
}

createRoot(document.getElementById('root')).render(<App />);
addCss(`.form-card{margin-top:16px;max-width:1000px}`);
