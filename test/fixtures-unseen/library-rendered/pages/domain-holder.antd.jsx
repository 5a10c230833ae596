// aliyun/domain-holder: antd 5 Descriptions (bordered horizontal, or vertical) with a Tag and a Tooltip help icon.
import { createRoot } from 'react-dom/client';
import { Descriptions, Tag, Tooltip, Button, Card, Alert } from 'antd';
import { QuestionCircleOutlined } from '@ant-design/icons';
import { Shell, addCss } from './shell.jsx';

const variant = window.__VARIANT__ || 'bordered';

const data = variant === 'bordered'
  ? { domain: 'qinghe-media.cn', holder: '杭州青禾文化传媒有限公司', holderEn: 'Hangzhou Qinghe Culture Media Co., Ltd.', idType: '营业执照', id: '9133**********567K', verified: true, status: '正常', reg: '2021-05-20 10:31:08', expires: '2027-05-20 23:59:59' }
  : { domain: 'linxiaoyu.net', holder: '林晓雨', holderEn: 'Lin Xiaoyu', idType: '身份证', id: '4101**********1234', verified: false, status: '正常', reg: '2023-08-01 09:00:12', expires: '2028-08-01 23:59:59' };

const help = (text) => <Tooltip title={text}><QuestionCircleOutlined className="label-help" /></Tooltip>;

function App() {
  const items = [
    { key: 'domain', label: '域名', children: data.domain },
    { key: 'status', label: '域名状态', children: <Tag color="success">{data.status}</Tag> },
    { key: 'holder', label: '域名持有者（中文）', children: data.holder },
    { key: 'holderEn', label: '域名持有者（英文）', children: data.holderEn },
    { key: 'idType', label: '证件类型', children: data.idType },
    { key: 'id', label: <span>证件号码 {help('为保护隐私，证件号码仅显示前 4 位和后 4 位，如 1101**********0000')}</span>, children: data.id },
    { key: 'verified', label: '实名认证状态', children: data.verified
      ? <Tag color="green">已实名认证</Tag>
      : <span><Tag color="red">未实名认证</Tag> <Button type="link" size="small">立即认证</Button></span> },
    { key: 'reg', label: '注册时间', children: data.reg },
    { key: 'expires', label: <span>到期时间 {help('到期前 30 天内可续费，逾期后进入赎回期，如 2026-06-01')}</span>, children: data.expires },
  ];
  return (
    <Shell product="域名" nav={['域名列表', '信息模板', '批量操作']} crumbs={['域名', '域名列表', data.domain]}>
      <h1 className="page-title">{data.domain} 基本信息</h1>
      {variant === 'vertical' ? <Alert type="warning" showIcon message="域名未实名认证，将无法正常解析。请尽快提交实名认证资料。" /> : null}
      <Card className="holder-card" title="域名持有者信息" extra={<a>持有者过户</a>}>
        <Descriptions bordered={variant === 'bordered'} layout={variant === 'vertical' ? 'vertical' : 'horizontal'}
          column={variant === 'vertical' ? 3 : 2} items={items} size="middle" />
      </Card>
    </Shell>
  );
}

createRoot(document.getElementById('root')).render(<App />);
addCss(`.holder-card{margin-top:12px;max-width:1080px}`);
