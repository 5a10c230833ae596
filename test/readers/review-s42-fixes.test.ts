import { describe, expect, it } from 'vitest';
import { cvmDetail, cvmUrl, ecsDetail, ecsUrl, infoRow, read, teaItem } from '../helpers/console-pages';

/**
 * Second review of session 41's fixes (session 42): small console pages those fixes were not written for. Each break is
 * a case that failed before its fix (run before the fix, or with the old source put back); guards hold both ways.
 */

const server = (app: string, url: string) => read(app, url)?.facts.servers?.[0];
const lighthouseUrl = 'https://console.cloud.tencent.com/lighthouse/instance/detail?rid=1&id=lhins-4w6y8a0c';
const lighthouse = (extra: string) => cvmDetail(extra).replace(/ins-4w6y8a0c/g, 'lhins-4w6y8a0c');

describe('601f377: a box title whose bracket holds its subject (dom/titled-box.ts underTitleNaming)', () => {
  const teaCard = (title: string, items: string) =>
    `<div class="tea-card"><div class="tea-card__header"><h3 class="tea-card__title">${title}</h3></div><div class="tea-card__body"><div class="tea-form">${items}</div></div></div>`;
  const nextCard = (title: string, items: string) =>
    `<div class="next-card"><div class="next-card-head"><h3 class="next-card-title">${title}</h3></div><div class="next-card-body">${items}</div></div>`;
  // (the instance's own expiry not shown: the disk's date was taken for it; an EIP's card carries the address's bandwidth)
  const titles = ['资源（数据盘）', '存储（云硬盘 CBS）', 'Related (data disk)', '挂载资源 (CBS 云硬盘)', '其他资源（弹性公网IP）', 'Related (Elastic IP)'];
  it("a card titled 资源（数据盘） / Related (data disk) under a server detail is the disk's, not the instance's (gave its expiry and bandwidth: invented)", () => {
    for (const t of titles) {
      const tea = teaCard(t, teaItem('计费模式', '包年包月') + teaItem('到期时间', '2026-08-01 23:59:59') + teaItem('带宽', '100Mbps'));
      for (const [name, got] of [
        ['CVM', server(cvmDetail('') + tea, cvmUrl)],
        ['Lighthouse', server(lighthouse('') + tea, lighthouseUrl)],
        // (Alibaba calls a disk 云盘: its label file's words)
        ['ECS', server(ecsDetail('') + nextCard(t.replace(/云硬盘 CBS|CBS 云硬盘/, '云盘'), infoRow('到期时间', '2026-08-01 23:59:59') + infoRow('带宽', '100Mbps')), ecsUrl)],
      ] as const) {
        expect(got?.id, `${name} ${t}`).toMatch(/^(?:i-bp1|ins-|lhins-)/);
        expect(got, `${name} ${t}`).not.toHaveProperty('expiresAt');
        if (/IP/.test(t)) expect(got, `${name} ${t}`).not.toHaveProperty('publicBandwidthMbps');
      }
    }
  });
  it("a Tencent domain page's card titled 增值服务（SSL 证书） / 基本信息（DNS 解析套餐） is the plan's (gave its 到期时间 as the domain's: invented)", () => {
    const url = 'https://console.cloud.tencent.com/domain/info/mou-tea.cn';
    const item = (l: string, v: string) =>
      `<div class="tea-form__item"><div class="tea-form__label"><label>${l}</label></div><div class="tea-form__controls"><div class="tea-form-text">${v}</div></div></div>`;
    for (const t of ['基本信息（DNS 解析套餐）', '增值服务（SSL 证书）', '附加服务 (DNS plan)']) {
      const app = `<div class="tea-form">${item('域名', 'mou-tea.cn')}${item('持有人', '林某某')}</div>` + teaCard(t, item('套餐版本', '专业版') + item('到期时间', '2026/08/01'));
      expect(read(app, url)?.facts.domains?.[0]?.expiresAt, t).toBeUndefined();
    }
  });
  // guards: a bracket that says what the box includes (含 / incl.) is still the title's note, as 601f377 held
  it('(guard) 云服务器（含云硬盘）, 实例信息（包含数据盘）, Instance (incl. data disk), Instance (including data disk) keep the instance\'s dates', () => {
    for (const t of ['云服务器（含云硬盘）', '实例信息（包含数据盘）', '实例信息（包括系统盘）', 'Instance (incl. data disk)', 'Instance (including data disk)']) {
      const app = `<h2>实例详情</h2>` + teaCard(t, teaItem('实例ID', 'ins-4w6y8a0c') + teaItem('实例计费模式', '包年包月') + teaItem('地域', '广州') + teaItem('到期时间', '2027-12-05 23:59:59'));
      expect(server(app, cvmUrl)?.expiresAt, t).toBe('2027-12-05');
    }
  });
});
