// tencent/beian-form: the website step of a new filing — TDesign Steps, a read-only summary of the entity
// (Descriptions), and a Form: Input (name), two domain Inputs with 删除 links, Select (content), Radio.Group
// (pre-approval), Select (the instance), Textarea (remarks) with a counter; required marks, help text.
import { createRoot } from 'react-dom/client';
import { Steps, Form, Input, Select, Radio, Textarea, Button, Space, Link, Card, Descriptions, Alert } from 'tdesign-react';
import { TencentShell } from './tencent-shell.jsx';
import { addCss } from './shell.jsx';

const { FormItem } = Form;

function App() {
  const entity = [
    { label: '主办单位性质', content: '个人' },
    { label: '主办单位名称', content: '孟书言' },
    { label: '证件类型', content: '居民身份证' },
    { label: '证件号码', content: '4403**********5623' },
    { label: '备案省份', content: '广东省' },
    { label: '通信地址', content: '广东省深圳市南山区**路**号' },
  ];
  return (
    <TencentShell product="网站备案" nav={['备案概览', '我的备案', '备案授权码', '备案资源', '变更备案', '注销备案']} active={1} crumbs={['网站备案', '首次备案', '填写网站信息']}>
      <h1 className="page-title">首次备案</h1>
      <Steps current={1} options={[{ title: '填写主体信息' }, { title: '填写网站信息' }, { title: '上传资料' }, { title: '提交管局' }]} readonly />
      <Card title="主体信息" bordered={false} className="summary" actions={<Link theme="primary">修改</Link>}>
        <Descriptions column={3} items={entity} />
      </Card>
      <Card title="网站信息" bordered={false} className="site">
        <Alert theme="warning" message="网站名称不能使用域名、纯数字或英文，如 “example.com” 或 “我的网站123” 将被驳回。" />
        <Form labelAlign="right" labelWidth={140} colon={false} className="site-form" initialData={{ siteName: '书言的旅行手帐', content: 'blog', pre: 'none', instance: 'lhins-t5y7u9i1', remark: '个人旅行记录，无交互功能' }}>
          <FormItem label="网站名称" name="siteName" requiredMark help="请填写能体现网站内容的中文名称">
            <Input style={{ width: 360 }} />
          </FormItem>
          <FormItem label="网站域名" requiredMark help="域名须已完成实名认证，且持有者与主办单位一致">
            <div className="domain-rows">
              <div className="domain-row"><Input value="shuyan-travel.cn" style={{ width: 360 }} /> <Link theme="danger">删除</Link></div>
              <div className="domain-row"><Input value="mengshuyan.com" style={{ width: 360 }} /> <Link theme="danger">删除</Link></div>
              <Link theme="primary">+ 添加域名</Link>
            </div>
          </FormItem>
          <FormItem label="网站内容" name="content" requiredMark>
            <Select style={{ width: 360 }} options={[{ label: '博客/个人空间', value: 'blog' }, { label: '企业官网', value: 'corp' }, { label: '论坛/社区', value: 'bbs' }]} />
          </FormItem>
          <FormItem label="前置审批" name="pre" requiredMark help="涉及新闻、出版、教育、医疗保健、药品和医疗器械等须提供前置审批文件">
            <Radio.Group options={[{ label: '不涉及', value: 'none' }, { label: '涉及', value: 'yes' }]} />
          </FormItem>
          <FormItem label="关联云资源" name="instance" requiredMark>
            <Select style={{ width: 360 }} options={[{ label: 'lhins-t5y7u9i1（轻量应用服务器 | 广州）', value: 'lhins-t5y7u9i1' }, { label: 'ins-o2p4a6s8（云服务器 | 广州）', value: 'ins-o2p4a6s8' }]} />
          </FormItem>
          <FormItem label="备注" name="remark">
            <Textarea maxlength={200} style={{ width: 360 }} />
          </FormItem>
        </Form>
      </Card>
      <div className="footer"><Space><Button variant="outline">上一步</Button><Button variant="outline">保存草稿</Button><Button theme="primary">下一步</Button></Space></div>
    </TencentShell>
  );
}

createRoot(document.getElementById('root')).render(<App />);
addCss(`.summary,.site{margin-top:16px}.domain-row{margin-bottom:8px}.footer{margin-top:16px}.site-form{margin-top:16px}`);
