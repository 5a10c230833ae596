import type { ServerDetailLabels } from './server-detail';

/** Simple Application Server overview (服务器概览 / Server Overview) and server cards: zh + en labels. */
export const SWAS_DETAIL_LABELS: ServerDetailLabels = {
  id: ['实例ID', '实例 ID', '服务器ID', 'Instance ID', 'Server ID', 'ID'],
  region: ['地域', '所在地域', 'Region'],
  zone: ['可用区', 'Zone'],
  billing: ['付费方式', '计费方式', 'Billing Method', 'Billing Mode', 'Charge Type', '计费模式'],
  expires: ['到期时间', '过期时间', '到期日', 'Expiration Time', 'Expires At', 'Expired At', 'Expiry Time', 'Expiration Date', 'Expire Time', 'Expired Time', 'Expiration', 'Expires'],
  publicIp: ['公网IP', '公网IP地址', '公网地址', 'Public IP', 'Public IP Address', 'Internet IP'],
  eip: ['弹性公网IP', 'Elastic IP Address'],
  bandwidth: ['峰值带宽', '带宽', '公网带宽', 'Peak Bandwidth', 'Bandwidth', 'Public Bandwidth', 'Maximum Bandwidth'],
  config: ['套餐', '套餐配置', '套餐信息', '配置', 'Plan', 'Configuration', 'Specifications'],
};
