// tencent/domain-info: TDesign Tabs (域名信息 shown), two bordered Descriptions (域名信息, 域名持有者信息) in
// cards, the holder's verification as a tag with its date, a masked ID number with a 查看 link, an Alert.
import { createRoot } from 'react-dom/client';
import { Tabs, Descriptions, Tag, Link, Card, Alert } from 'tdesign-react';
import { CheckCircleFilledIcon } from 'tdesign-icons-react';
import { TencentShell } from './tencent-shell.jsx';
import { addCss } from './shell.jsx';

function App() {
  const info = [
    { label: '域名', content: 'qingshan-tea.com' },
    { label: '注册商', content: '烟台帝思普网络科技有限公司' },
    { label: '注册时间', content: '2025-04-02 09:30:18' },
    { label: '到期时间', content: <span>2028-04-02 09:30:18 <Link theme="primary">续费</Link></span> },
    { label: '域名状态', content: <Tag theme="success" variant="light" size="small">正常</Tag> },
    { label: 'DNS服务器', content: <div><div>f1g1ns1.dnspod.net</div><div>f1g1ns2.dnspod.net</div></div> },
  ];
  const holder = [
    { label: '域名所有者', content: '杭州青山茶业有限公司' },
    { label: '所有者（英文）', content: 'Hangzhou Qingshan Tea Co., Ltd.' },
    { label: '所有者类型', content: '企业' },
    { label: '证件类型', content: '营业执照' },
    { label: '证件号码', content: <span>9133**********2X7K <Link theme="primary" className="show-full">查看</Link></span> },
    { label: '实名认证状态', content: <span><CheckCircleFilledIcon className="ok" /> 已认证 <span className="muted">（2025-04-03 11:20:05 审核通过）</span></span> },
    { label: '所在地区', content: '中国 浙江省 杭州市' },
    { label: '联系邮箱', content: 'adm***@qingshan-tea.com' },
  ];
  return (
    <TencentShell product="域名注册" nav={['我的域名', '域名注册', '信息模板', '批量操作', '域名转入', '域名交易']} crumbs={['域名注册', '我的域名', 'qingshan-tea.com']}>
      <h1 className="page-title">qingshan-tea.com</h1>
      <Tabs defaultValue="info" list={[
        { value: 'info', label: '域名信息', panel: (
          <div className="tab-body">
            <Alert theme="success" message="域名实名认证已通过，可正常解析和备案。" />
            <Card title="域名信息" bordered={false} className="info-card"><Descriptions bordered column={2} items={info} /></Card>
            <Card title="域名持有者信息" bordered={false} className="info-card" actions={<Link theme="primary">变更持有者</Link>}><Descriptions bordered column={2} items={holder} /></Card>
          </div>) },
        { value: 'dns', label: 'DNS 解析', panel: <div>DNS 解析</div> },
        { value: 'safe', label: '安全设置', panel: <div>安全设置</div> },
        { value: 'cert', label: '域名证书', panel: <div>域名证书</div> },
      ]} />
    </TencentShell>
  );
}

createRoot(document.getElementById('root')).render(<App />);
addCss(`.tab-body{padding-top:12px}.info-card{margin:16px 0}.ok{color:#2ba471}`);
