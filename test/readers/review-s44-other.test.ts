import { describe, expect, it } from 'vitest';
import { cvmDetail, cvmUrl, ecsDetail, ecsUrl, infoRow, read, teaItem } from '../helpers/console-pages';

/**
 * Second review of session 44's other fixes (session 45): small console pages those fixes were not written for — the same
 * situation in other words, the other provider, other markup, ordinary values that look like the pattern. Each break is a
 * case that failed before its fix (checked with the fix taken out by `git apply -R`); guards hold both ways.
 */

const server = (app: string, url: string) => read(app, url)?.facts.servers?.[0];
const ecsBare = (extra: string) => `<h2>实例详情</h2><div class="info">${infoRow('实例ID', 'i-bp1gapss34000001')}${infoRow('地域', '华东1（杭州）')}${extra}</div>`;
const cvmBare = (extra: string) => `<h2>实例详情</h2><div class="tea-form">${teaItem('实例ID', 'ins-4w6y8a0c')}${teaItem('地域', '广州')}${extra}</div>`;

describe('2316c5c: a note telling the user what to do if they need something (dom/units.ts IF_NEEDED_NOTE)', () => {
  const url = 'https://console.cloud.tencent.com/beian/manage/process/20261206000444/website';
  const item = (l: string, v: string) => `<div class="x1"><div class="x2"><label>${l}</label></div><div class="x3">${v}</div></div>`;
  const form = (name: string) =>
    '<h3>网站信息</h3><form class="x0">' + item('网站名称', name) + item('网站域名', '<input class="x4" value="lanwan-mall.com">') + '</form>';
  it('a billing value with an if-needed note in one run keeps its billing (lost since 2316c5c: regression)', () => {
    for (const [v, want] of [['包年包月 如需转按量请前往变更计费', 'subscription'], ['包年包月，如需退订请前往费用中心', 'subscription'], ['按量付费 如需转包年包月请点击转换', 'payg'], ['Subscription. If you need to switch, please go to billing', 'subscription']] as const) {
      expect(server(ecsBare(infoRow('付费方式', v)), ecsUrl)?.billing, `ECS ${v}`).toBe(want);
      expect(server(cvmBare(teaItem('实例计费模式', v)), cvmUrl)?.billing, `CVM ${v}`).toBe(want);
    }
  });
  it('the read-only note in other words gives the name alone (the note was glued to the name: wrong value)', () => {
    for (const note of ['新增接入不可修改网站名称，若需修改请先办理变更网站', '新增接入不可修改网站名称，如要修改请先办理变更网站', '新增接入不可修改网站名称，如需修改，可先办理变更网站',
      '新增接入不可修改网站名称。如有修改需要，请先办理变更网站', '新增接入不可修改网站名称', '网站名称不支持修改，需修改请办理变更网站',
      'The site name cannot be changed here. To change it, please file a website change first', 'Read-only. If you want to change the name, please file a website change.',
      'Site name cannot be modified during access filing.', 'The site name cannot be changed here. If you need to change it, file a website change first']) {
      expect(read(form(`<input class="x4" value="蓝湾商城" readonly><div class="x5">${note}</div>`), url)?.facts.websites?.[0]?.name, note).toBe('蓝湾商城');
    }
  });
  it('(guard) the lead\'s notes, a bracketed note and a value with a figure before its note stay as they were', () => {
    for (const note of ['新增接入不可修改网站名称，如需修改请先办理变更网站', 'The site name cannot be changed here. If you need to change it, please file a website change first']) {
      expect(read(form(`<input class="x4" value="蓝湾商城" readonly><div class="x5">${note}</div>`), url)?.facts.websites?.[0]?.name, note).toBe('蓝湾商城');
    }
    expect(read(form('蓝湾商城（如需修改请先办理变更网站）'), url)?.facts.websites?.[0]?.name).toBe('蓝湾商城(如需修改请先办理变更网站)');
    expect(server(ecsDetail(infoRow('带宽', '5Mbps 如需升级请变配')), ecsUrl)?.publicBandwidthMbps).toBe(5);
  });
});
