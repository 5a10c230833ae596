// aliyun/beian-entity: Fusion Form in edit mode (CascaderSelect and Select with chosen values, Radio.Group
// with one checked, Inputs with values, one disabled, required marks, help text, a Balloon help trigger).
import { createRoot } from 'react-dom/client';
import { Form, Input, Select, Radio, CascaderSelect, Button, Step, Card, Balloon, Icon, Message } from '@alifd/next';
import { Shell, addCss } from './shell.jsx';

const regions = [{ value: '330000', label: '浙江省', children: [{ value: '330100', label: '杭州市', children: [{ value: '330106', label: '西湖区' }, { value: '330108', label: '滨江区' }] }] },
  { value: '410000', label: '河南省', children: [{ value: '410100', label: '郑州市', children: [{ value: '410105', label: '金水区' }] }] }];
const layout = { labelCol: { fixedSpan: 9 }, wrapperCol: { span: 14 } };
const help = (t) => <Balloon.Tooltip trigger={<Icon type="help" size="xs" aria-label="帮助" />}>{t}</Balloon.Tooltip>;

function App() {
  return (
    <Shell product="ICP代备案管理系统" nav={['我的备案', '备案进度', '备案服务号']} crumbs={['ICP代备案管理系统', '首次备案']}>
      <Step current={1} shape="circle" labelPlacement="hoz">
        <Step.Item title="填写基础信息" /><Step.Item title="填写主体信息" /><Step.Item title="填写网站信息" /><Step.Item title="上传资料" />
      </Step>
      <Message type="notice" className="entity-notice">主体已通过核验，证件类型与证件号码不可修改。</Message>
      <Card free className="form-card"><Card.Header title="主办单位信息" /><Card.Content>
        <Form {...layout} labelAlign="left">
          <Form.Item label="主办单位所属区域" required help="所属区域决定备案省份，如：北京市">
            <CascaderSelect style={{ width: 360 }} dataSource={regions} value="330106" />
          </Form.Item>
          <Form.Item label="主办单位性质" required>
            <Radio.Group value="enterprise" dataSource={[{ value: 'enterprise', label: '企业' }, { value: 'personal', label: '个人' }, { value: 'institution', label: '事业单位' }]} />
          </Form.Item>
          <Form.Item label="主办单位证件类型" required>
            <Select style={{ width: 360 }} disabled value="license" dataSource={[{ value: 'license', label: '营业执照' }, { value: 'org', label: '组织机构代码证' }]} />
          </Form.Item>
          <Form.Item label={<span>主办单位证件号码 {help('统一社会信用代码，如 91330100MA2XXXXXXX')}</span>} required>
            <Input style={{ width: 360 }} disabled value="9133**********567K" />
          </Form.Item>
          <Form.Item label="主办单位名称" required extra="需与营业执照上的名称一致，如：杭州某某科技有限公司">
            <Input style={{ width: 360 }} value="杭州青禾文化传媒有限公司" maxLength={100} hasLimitHint />
          </Form.Item>
          <Form.Item label="通讯地址" required>
            <Input style={{ width: 360 }} value="浙江省杭州市西湖区文三路 100 号 8 楼" />
          </Form.Item>
          <Form.Item label=" " colon={false}><Button>上一步</Button> <Button type="primary">下一步</Button></Form.Item>
        </Form>
      </Card.Content></Card>
    </Shell>
  );
}

createRoot(document.getElementById('root')).render(<App />);
addCss(`.form-card{margin-top:16px;max-width:1000px}.entity-notice{margin-top:16px}`);
