import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the sixty-third round of held-out pages (plain pages of both providers whose facts are the reasons
 * filings are rejected: test/fixtures-unseen/README.md "Sixty-third round"), each narrowed in a scratch copy of its page
 * to the smallest markup that showed it. Both were missing facts (nothing invented); both are label words, added as data
 * in rules/labels/.
 */

const page = (body: string, url: string) =>
  htmlToDocument(`<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"></head><body>${body}</body></html>`, url);
const read = (body: string, url: string) => readPage(page(body, url), new URL(url));

describe('Tencent 备案授权码: a resource column headed 关联云资源 (rules/labels/tencent.json groups.authcode.resource)', () => {
  const url = 'https://console.cloud.tencent.com/beian/authcode';
  const table = (resourceHeader: string) =>
    `<div class="tea-table"><table><thead><tr><th>授权码</th><th>${resourceHeader}</th><th>被授权账号ID</th><th>状态</th><th>生成时间</th></tr></thead><tbody>` +
    '<tr><td>BA6QK2W8M4TZ7N1X</td><td><p>云服务器</p><p><a>ins-k3v8n2qa</a></p><p>广州</p></td><td>100029384756</td><td>已使用</td><td>2026-06-12 09:14:02</td></tr>' +
    '<tr><td>BA8F3J6U0S2V9GHK</td><td><p>云服务器</p><p><a>ins-k3v8n2qa</a></p><p>广州</p></td><td>100047291038</td><td>已过期</td><td>2026-05-02 11:08:55</td></tr>' +
    '</tbody></table></div>';
  const expected = {
    version: 1,
    servers: [{
      id: 'ins-k3v8n2qa', provider: 'tencent', product: 'cvm', region: 'ap-guangzhou',
      authorizationCodes: [
        { code: 'BA6QK2W8M4TZ7N1X', targetAccount: '100029384756', status: 'used' },
        // 已过期: listed with its code and account, no status (the facts have no expired state)
        { code: 'BA8F3J6U0S2V9GHK', targetAccount: '100047291038' },
      ],
    }],
  };

  it('关联云资源: the codes are read, each under its server (missing before: the page gave nothing)', () => {
    expect(read(table('关联云资源'), url)?.facts).toEqual(expected);
  });

  it('guard: the same table headed 关联的云服务 reads alike', () => {
    expect(read(table('关联的云服务'), url)?.facts).toEqual(expected);
  });
});

describe('Alibaba 填写网站信息: 前置审批 asked as 是否涉及前置审批或专项审批 (rules/labels/aliyun/beian.json beian-fields.preApproval)', () => {
  const url = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=website';
  const item = (label: string, control: string) =>
    `<div class="ant-form-item"><div class="ant-row ant-form-item-row"><div class="ant-col ant-form-item-label"><label class="ant-form-item-required" title="${label}">${label}</label></div>` +
    `<div class="ant-col ant-form-item-control"><div class="ant-form-item-control-input"><div class="ant-form-item-control-input-content">${control}</div></div></div></div></div>`;
  const radio = (checked: string) =>
    '<div class="ant-radio-group">' + ['否', '是'].map((o) => `<label class="ant-radio-wrapper${o === checked ? ' ant-radio-wrapper-checked' : ''}"><span class="ant-radio${o === checked ? ' ant-radio-checked' : ''}"><input class="ant-radio-input" type="radio" value="${o}"${o === checked ? ' checked' : ''}><span class="ant-radio-inner"></span></span><span>${o}</span></label>`).join('') + '</div>';
  const form = (checked: string) =>
    '<div class="ant-card"><div class="ant-card-head"><div class="ant-card-head-title">网站信息</div></div><div class="ant-card-body"><form class="ant-form ant-form-horizontal">' +
    item('网站名称', '<input class="ant-input" type="text" value="知行数字科技官网">') +
    item('网站域名', '<input class="ant-input" type="text" value="zhixing-tech.com">') +
    item('是否涉及前置审批或专项审批', radio(checked)) +
    '</form></div></div>';

  it('否 checked: preApproval false (missing before)', () => {
    expect(read(form('否'), url)?.facts.websites).toEqual([{ name: '知行数字科技官网', domains: ['zhixing-tech.com'], preApproval: false }]);
  });

  it('是 checked: preApproval true', () => {
    expect(read(form('是'), url)?.facts.websites?.[0]?.preApproval).toBe(true);
  });
});

describe('Tencent 域名信息: a status tag giving the word and its EPP code, 注册局暂停解析（serverHold） (tencent/values isDomainStatusWord)', () => {
  const url = 'https://console.cloud.tencent.com/domain/info/qingmu-net.cn';
  const fi = (label: string, value: string) =>
    `<li class="tea-form__item"><div class="tea-form__label"><label>${label}</label></div><div class="tea-form__controls"><div class="tea-form-text">${value}</div></div></li>`;
  const info = (statusTags: string) =>
    '<div class="tea-card"><div class="tea-card__header"><h3>基本信息</h3></div><div class="tea-card__body"><ul class="tea-form">' +
    fi('域名', 'qingmu-net.cn') + fi('注册商', '腾讯云计算（北京）有限责任公司') + fi('到期时间', '2027-11-30 10:22:31') + fi('域名状态', statusTags) +
    '</ul></div></div>';
  const tagOf = (t: string, kind = '') => `<span class="tea-tag${kind}">${t}</span>`;
  const statusOf = (tags: string) => read(info(tags), url)?.facts.domains?.[0]?.status;

  it('注册局暂停解析（serverHold）: kept as a status (missing before: the tag was dropped, and the serverHold with it)', () => {
    expect(statusOf(tagOf('注册局暂停解析（serverHold）', ' tea-tag--error') + tagOf('clientTransferProhibited'))).toEqual(['注册局暂停解析(serverHold)', 'clientTransferProhibited']);
  });

  it('the other way round, serverHold (注册局暂停解析): kept too', () => {
    expect(statusOf(tagOf('serverHold (注册局暂停解析)', ' tea-tag--error'))).toEqual(['serverHold (注册局暂停解析)']);
  });

  it('guard: a tag whose bracket holds no status word (续费优惠（限时）) stays no status', () => {
    expect(statusOf(tagOf('serverHold', ' tea-tag--error') + tagOf('续费优惠（限时）', ' tea-tag--warning'))).toEqual(['serverHold']);
  });
});

describe('Tencent CVM detail (international console): Primary Public IPv4 / Primary Private IPv4 labels (rules/labels/tencent.json server-detail)', () => {
  const url = 'https://console.tencentcloud.com/cvm/instance/detail?rid=1&id=ins-7q2kd9rx';
  const fi = (label: string, value: string) =>
    `<li class="tea-form__item"><div class="tea-form__label"><label>${label}</label></div><div class="tea-form__controls"><div class="tea-form-text">${value}</div></div></li>`;
  const detail = (publicIp: string, cap: string) =>
    '<div class="tea-card"><div class="tea-card__body"><ul class="tea-form">' +
    fi('Instance ID', 'ins-7q2kd9rx') + fi('Region', 'South China (Guangzhou)') + fi('Billing Mode', 'Pay-as-you-go') + fi('Creation Time', '2026-11-29 16:40:12') +
    fi('Primary Private IPv4', '172.16.16.42') + fi('Primary Public IPv4', publicIp) + fi('Network Billing Mode', cap === '-' ? '-' : 'Bill by traffic') + fi('Bandwidth Cap', cap) +
    '</ul></div></div>';
  const serverOf = (publicIp: string, cap: string) => readPage(htmlToDocument(`<!DOCTYPE html><html lang="en"><body>${detail(publicIp, cap)}</body></html>`, url), new URL(url))?.facts.servers?.[0];

  it('no public address ("-", "-"): publicBandwidthMbps 0 (missing before)', () => {
    expect(serverOf('-', '-')).toEqual({ id: 'ins-7q2kd9rx', provider: 'tencent', product: 'cvm', region: 'ap-guangzhou', billing: 'payg', createdAt: '2026-11-29', publicBandwidthMbps: 0 });
  });

  it('guard: a public address and a 20 Mbps cap give 20', () => {
    expect(serverOf('43.139.218.57', '20 Mbps')?.publicBandwidthMbps).toBe(20);
  });
});
