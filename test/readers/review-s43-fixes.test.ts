import { describe, expect, it } from 'vitest';
import { cvmDetail, cvmUrl, ecsDetail, ecsUrl, infoRow, read, teaItem } from '../helpers/console-pages';

/**
 * Second review of session 42's fixes (session 43): small console pages those fixes were not written for. Each break is
 * a case that failed before its fix (run before the fix, or with the fix's source taken out with `git apply -R`); guards
 * hold both ways.
 */

const server = (app: string, url: string) => read(app, url)?.facts.servers?.[0];

describe('d8e3ec0: a contact\'s section title with a note beside it (aliyun/beian-form.ts findTitles labelOfRow)', () => {
  const url = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=confirm';
  const kv = (k: string, v: string) => `<div class="row"><span class="k">${k}</span><span class="v">${v}</span></div>`;
  const section = (rows: string) => '<h3>主办单位信息</h3><div class="sec">' + rows + '</div>';
  const contact = (head: string) => head + kv('姓名', '陈某豪') + kv('证件号码', '4403**********2468');
  const heads = [
    '<div class="head"><span class="t">应急联系人</span><span class="tip">请填写与负责人不同的联系人</span></div>',
    '<div class="head"><span class="t">应急联系人</span><span class="tip">（选填）</span></div>',
    '<div class="head"><span class="t">Emergency Contact</span><span class="tip">(Optional)</span></div>',
    '<div class="head"><span class="t">应急联系人</span><span class="tip">Please enter a person other than the owner</span></div>',
  ];
  it("the contact's 姓名 / 证件号码 after its title are no entity's (gave the contact's name and ID number as the entity's: invented)", () => {
    for (const h of heads) {
      for (const app of [section(kv('主办单位性质', '个人') + kv('主办单位名称', '')) + contact(h), contact(h) + section(kv('主办单位性质', '个人') + kv('主办单位名称', ''))]) {
        const got = read(app, url)?.facts.entity;
        expect(got?.name, h).toBeUndefined();
        expect(got?.idNumber, h).toBeUndefined();
      }
    }
  });
  // guard: the summary row d8e3ec0 was written for (a name and a phone beside the words) stays a field of the entity's section
  it('(guard) a summary row 应急联系人 | 陈某豪 138****1234 inside the entity\'s section keeps the entity\'s fields after it', () => {
    const got = read(section(kv('主办单位性质', '企业') + kv('应急联系人', '陈某豪 138****1234') + kv('主办单位名称', '某某公司') + kv('主办单位证件号码', '9135**********2Q3X')), url)?.facts.entity;
    expect(got).toEqual({ type: 'organization', name: '某某公司', idNumber: '9135**********2Q3X' });
  });
});

describe('538e75e: a kind whose bracket says 个人 (tencent/values.ts entityTypeFromText)', () => {
  const tencentUrl = 'https://console.cloud.tencent.com/beian/manage/process/20261205000418/entity';
  const dropdown = (label: string, value: string) =>
    `<div class="tea-form__item"><div class="tea-form__label"><label>${label}</label></div><div class="tea-form__controls"><div class="tea-dropdown" role="combobox" aria-expanded="false"><span class="tea-dropdown__value">${value}</span></div></div></div>`;
  const input = (label: string, value: string) =>
    `<div class="tea-form__item"><div class="tea-form__label"><label>${label}</label></div><div class="tea-form__controls"><input class="tea-input" value="${value}"></div></div>`;
  const kind = (nature: string) =>
    read('<form class="tea-form">' + dropdown('备案区域', '福建省') + dropdown('主办单位性质', nature) + dropdown('主办单位证件类型', '营业执照') +
      input('主办单位名称', '王某某') + input('主办单位证件号码', '9235**********6L7P') + '</form>', tencentUrl)?.facts.entity?.type;
  it('个体工商户（个人） / 个体工商户 (Individual) is a 个体工商户, an organization (gave individual: invented; the Alibaba form reads it so)', () => {
    for (const k of ['个体工商户（个人）', '个体工商户(个人)', '个体工商户 (Individual)']) expect(kind(k), k).toBe('organization');
  });
  // guards: 538e75e's own case and the kinds as before
  it('(guard) 个人（个体工商户）, 个人（港澳台居民）, 个人, 企业 read as before', () => {
    for (const [k, want] of [['个人（个体工商户）', 'organization'], ['个人（港澳台居民）', 'individual'], ['个人', 'individual'], ['企业', 'organization'], ['个体工商户', 'organization']] as const)
      expect(kind(k), k).toBe(want);
  });
});

describe('2086681: a 新手引导 strip of its own beside the page\'s fields (dom/example-box.ts inExamplePanel, isTitleBox)', () => {
  // (a guide strip at the top of a detail page: its heading, then its steps — a box of its own, no header of what follows)
  const strips = [
    '<div class="guide-panel"><h3>新手引导</h3><ol><li>创建实例</li><li>配置安全组</li></ol><a>收起</a></div>',
    '<div class="guide-panel"><div class="guide-title">新手指引</div><span>1 购买</span><span>2 备案</span><span>3 部署</span></div>',
    '<div class="tour"><h4>Quick tour</h4><p>Connect and deploy</p></div>',
  ];
  it('the ECS and CVM details\' own fields are read (the whole server was lost: missing)', () => {
    for (const s of strips) {
      const ecs = server(s + ecsDetail(infoRow('到期时间', '2027-12-05') + infoRow('带宽', '5Mbps')), ecsUrl);
      expect(ecs, `ECS ${s}`).toMatchObject({ id: 'i-bp1gapss34000001', expiresAt: '2027-12-05', publicBandwidthMbps: 5 });
      const wrapped = server(`<div class="page">${s}<div class="detail">${ecsDetail(infoRow('到期时间', '2027-12-05'))}</div></div>`, ecsUrl);
      expect(wrapped, `ECS wrapped ${s}`).toMatchObject({ id: 'i-bp1gapss34000001', expiresAt: '2027-12-05' });
      const cvm = server(s + cvmDetail(teaItem('到期时间', '2027-12-05') + teaItem('带宽', '5Mbps')), cvmUrl);
      expect(cvm, `CVM ${s}`).toMatchObject({ id: 'ins-4w6y8a0c', expiresAt: '2027-12-05', publicBandwidthMbps: 5 });
    }
  });
  // guard: a header box holding only the guide's heading (and its close) still titles the rows after it as a coach mark's
  it('(guard) a coach mark whose header box holds its heading and a close keeps its rows out', () => {
    const mark = '<div class="guide-pop"><div class="guide-head"><h3>新手引导</h3><a>×</a></div>' + infoRow('到期时间', '2030-01-01') + infoRow('带宽', '100Mbps') + '</div>';
    const got = server(ecsDetail('') + mark, ecsUrl);
    expect(got?.id).toBe('i-bp1gapss34000001');
    expect(got).not.toHaveProperty('expiresAt');
    expect(got).not.toHaveProperty('publicBandwidthMbps');
  });
});

describe('c0565d2 / 00ca3e5: a bracket after 到期 saying what the date also covers (shared/text-values.ts leadingBracketWords)', () => {
  const lines = ['包年包月<br>2027-12-05 到期（含数据盘）', '包年包月<br>2027-12-05 到期（包括数据盘、弹性公网IP）', '包年包月<br>2027-12-05 到期 (incl. data disk)', '包年包月<br>2027-12-05 到期（包含云盘）'];
  it("the instance's own date, including its disks, is its expiry on ECS and CVM details (it was lost: missing)", () => {
    for (const v of lines) {
      expect(server(ecsDetail('').replace('包年包月', v), ecsUrl)?.expiresAt, `ECS ${v}`).toBe('2027-12-05');
      expect(server(cvmDetail('').replace('包年包月', v.replace('云盘', '云硬盘')), cvmUrl)?.expiresAt, `CVM ${v}`).toBe('2027-12-05');
    }
  });
  // guard: a bracket naming the other resource alone stays that resource's (c0565d2, 00ca3e5)
  it('(guard) "2026-08-01 到期（数据盘）" stays the disk\'s on both', () => {
    for (const v of ['包年包月<br>2026-08-01 到期（数据盘）', '包年包月<br>2026-08-01 到期 (弹性公网IP)']) {
      expect(server(ecsDetail('').replace('包年包月', v), ecsUrl), `ECS ${v}`).not.toHaveProperty('expiresAt');
      expect(server(cvmDetail('').replace('包年包月', v), cvmUrl), `CVM ${v}`).not.toHaveProperty('expiresAt');
    }
  });
});

describe('69ea377: a box title whose bracket says what the box does NOT hold (dom/titled-box.ts namesOneOf)', () => {
  const teaCard = (title: string, items: string) =>
    `<div class="tea-card"><div class="tea-card__header"><h3 class="tea-card__title">${title}</h3></div><div class="tea-card__body"><div class="tea-form">${items}</div></div></div>`;
  const nextCard = (title: string, items: string) =>
    `<div class="next-card"><div class="next-card-head"><h3 class="next-card-title">${title}</h3></div><div class="next-card-body">${items}</div></div>`;
  const cvm = (t: string) => server('<h2>实例详情</h2>' + teaCard(t, teaItem('实例ID', 'ins-4w6y8a0c') + teaItem('实例计费模式', '包年包月') + teaItem('地域', '广州') + teaItem('到期时间', '2027-12-05 23:59:59') + teaItem('带宽', '5Mbps')), cvmUrl);
  const ecs = (t: string) => server('<h2>实例详情</h2>' + nextCard(t, infoRow('实例ID', 'i-bp1gapss34000001') + infoRow('地域', '华东1（杭州）') + infoRow('付费方式', '包年包月') + infoRow('到期时间', '2027-12-05') + infoRow('带宽', '5Mbps')), ecsUrl);
  const titles = ['实例信息（不含数据盘）', '配置信息（不包括云硬盘）', '实例信息（不包含系统盘）', '费用信息（不含流量包）', 'Instance (excluding data disk)', 'Instance (without data disk)', 'Instance (excl. data disk)'];
  it("a card titled 实例信息（不含数据盘） / Instance (excluding data disk) is the instance's: its billing, expiry and bandwidth are read (they were lost: missing)", () => {
    for (const t of titles) {
      expect(cvm(t), `CVM ${t}`).toMatchObject({ billing: 'subscription', expiresAt: '2027-12-05', publicBandwidthMbps: 5 });
      expect(ecs(t.replace('云硬盘', '云盘')), `ECS ${t}`).toMatchObject({ billing: 'subscription', expiresAt: '2027-12-05', publicBandwidthMbps: 5 });
    }
  });
  it('"2027-12-05 到期（不含数据盘）" after the billing is the instance\'s date on ECS and CVM (it was lost: missing)', () => {
    const v = '包年包月<br>2027-12-05 到期（不含数据盘）';
    expect(server(ecsDetail('').replace('包年包月', v), ecsUrl)?.expiresAt).toBe('2027-12-05');
    expect(server(cvmDetail('').replace('包年包月', v), cvmUrl)?.expiresAt).toBe('2027-12-05');
  });
  // guard: 69ea377's own cases — a bracket naming the other subject alone — stay that subject's
  it('(guard) 资源（数据盘） and Related (data disk) stay the disk\'s', () => {
    for (const t of ['资源（数据盘）', 'Related (data disk)']) {
      expect(cvm(t), `CVM ${t}`).not.toHaveProperty('expiresAt');
      expect(ecs(t), `ECS ${t}`).not.toHaveProperty('expiresAt');
    }
  });
});

describe("a37a12e: a cell naming a disk's kind under a disk's column in the instance's own table (dom/titled-box.ts headsRowsNaming)", () => {
  const table = (heads: string[], rows: string[][]) =>
    `<table><thead><tr>${heads.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
  it("a 系统盘 column showing 高性能云硬盘 / 高效云盘 names no other subject: the instance's expiry is read (it was lost: missing)", () => {
    expect(server(cvmDetail('') + table(['实例规格', '系统盘', '带宽', '到期时间'], [['S5.MEDIUM4', '高性能云硬盘', '5Mbps', '2027-12-05']]), cvmUrl)?.expiresAt).toBe('2027-12-05');
    expect(server(cvmDetail('') + table(['系统盘类型', '带宽', '到期时间'], [['SSD云硬盘', '5Mbps', '2027-12-05']]), cvmUrl)?.expiresAt).toBe('2027-12-05');
    expect(server(ecsDetail('') + table(['实例规格', '系统盘', '公网带宽', '到期时间'], [['ecs.g7.large', '高效云盘', '5Mbps', '2027-12-05']]), ecsUrl)?.expiresAt).toBe('2027-12-05');
    expect(server(ecsDetail('') + table(['系统盘类型', '公网带宽', '到期时间'], [['ESSD云盘', '5Mbps', '2027-12-05']]), ecsUrl)?.expiresAt).toBe('2027-12-05');
  });
  // guard: a37a12e's own case — a 资源类型 column naming the load balancer — stays the other subject's
  it('(guard) 已绑定资源: 资源类型 | 带宽 | 付费方式 | 到期时间 over 负载均衡 stays the load balancer\'s', () => {
    const got = server(ecsDetail('') + '<h3>已绑定资源</h3>' + table(['资源类型', '带宽', '付费方式', '到期时间'], [['负载均衡', '5120Mbps', '包年包月', '2027-03-01']]), ecsUrl);
    expect(got?.id).toBe('i-bp1gapss34000001');
    expect(got).not.toHaveProperty('expiresAt');
    expect(got).not.toHaveProperty('publicBandwidthMbps');
  });
});

describe("c8e1f19: a masked mobile number under the target account (tencent/beian-authcode.ts accountOfCell)", () => {
  const url = 'https://console.cloud.tencent.com/beian/authcode';
  const codes = (target: string) =>
    '<h2>备案授权码</h2><table><thead><tr><th>备案授权码</th><th>关联的云服务</th><th>授权使用账户</th><th>状态</th></tr></thead><tbody>' +
    `<tr><td>BA2D4F6G8H0J2K4L</td><td>云服务器 ins-cd6y8u0i</td><td>${target}</td><td>使用中</td></tr></tbody></table>`;
  const target = (cell: string) => read(codes(cell), url)?.facts.servers?.[0]?.authorizationCodes?.[0]?.targetAccount;
  it('"100031415926 / 联系电话 138****5678" keeps the account: the line is the account holder\'s phone (the account was lost: missing)', () => {
    for (const cell of ['100031415926<br>联系电话 138****5678', '100031415926<br>王某某 138****5678', '<div>100031415926</div><div>手机：159 **** 1234</div>'])
      expect(target(cell), cell).toBe('100031415926');
  });
  // guard: c8e1f19's own case, the account the code went to, masked
  it('(guard) "100031415926 / 已转授权给 2000****5678" gives none', () => {
    expect(target('100031415926<br>已转授权给 2000****5678')).toBeUndefined();
    expect(target('100031415926<br>已转授权给 1000****1234')).toBeUndefined();
  });
});

describe('aea2817: a label word ending a clause of running text, a comma after it (dom/field.ts wordInRunningText)', () => {
  const tips = [
    '<p>如需升级<b>带宽</b>，可选 100Mbps 套餐，续费后顺延至 2028-12-05</p>',
    '<p class="tip">您可以随时调整<span>带宽</span>，最高 100Mbps；也可以修改<span>付费方式</span>，改为按量付费</p>',
  ];
  it("a tip's \"如需升级<b>带宽</b>，可选 100Mbps 套餐\" gives no bandwidth on ECS and CVM details (gave 100: invented)", () => {
    for (const p of tips) {
      for (const [name, got] of [['ECS', server(ecsDetail('') + p, ecsUrl)], ['CVM', server(cvmDetail('') + p, cvmUrl)]] as const) {
        expect(got?.id, `${name} ${p}`).toBeDefined();
        expect(got, `${name} ${p}`).not.toHaveProperty('publicBandwidthMbps');
        expect(got?.billing, `${name} ${p}`).toBe('subscription');
      }
    }
  });
  // guard: aea2817's lines of pairs (a separator before the label, a colon after it) are read
  it('(guard) "2核4G · <b>带宽</b> 5Mbps · …" and "<span>带宽</span>：5Mbps，<span>实例计费模式</span>：…" are read', () => {
    expect(server(ecsDetail(infoRow('配置', '2核4G · <b>带宽</b> 5Mbps · <b>到期时间</b> 2027-12-05')), ecsUrl)?.publicBandwidthMbps).toBe(5);
    expect(server(cvmDetail(teaItem('配置', '<span>带宽</span>：5Mbps，<span>到期时间</span>：2027-12-05')), cvmUrl)?.publicBandwidthMbps).toBe(5);
  });
});
