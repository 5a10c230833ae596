import { describe, expect, it } from 'vitest';
import { cvmDetail, cvmUrl, ecsDetail, ecsUrl, infoRow, read, teaItem } from '../helpers/console-pages';

/**
 * The lead's fixes of session 44, each with a case that failed before it (test/fixtures-unseen/README.md "Lead's review,
 * session 44").
 */

describe('a box showing a field of the filing form beside its titles is no steps bar (aliyun/beian-form.ts holdsFieldLabel)', () => {
  const url = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=confirm';
  const kv = (k: string, v: string) => `<div class="row"><span class="k">${k}</span><span class="v">${v}</span></div>`;
  const short = (contactTitle: string) => '<h3>主办单位信息</h3><div class="sec">' + kv('主办单位性质', '企业') + contactTitle + kv('姓名', '陈某豪') + '</div>';

  it('a short entity section with an 应急联系人 title (h4, or a title row) and the contact\'s 姓名 gives the contact as no entity name (invented before)', () => {
    for (const title of ['<h4>应急联系人</h4>', '<div class="row title">应急联系人</div>']) {
      const entity = read(short(title), url)?.facts.entity;
      expect(entity?.type, title).toBe('organization');
      expect(entity?.name, title).toBeUndefined();
    }
  });

  it('(guard) a steps bar of step names alone is still one: the current step decides the fields read', () => {
    const bar = '<div class="steps"><div class="step" aria-current="step">主办单位信息</div><div class="step">网站信息</div><div class="step">上传资料</div></div>';
    const body = '<div class="form">' + kv('主办单位性质', '个人') + kv('姓名', '李四') + kv('证件号码', '4101**********1234') + '</div>';
    expect(read(bar + body, url)?.facts.entity).toMatchObject({ type: 'individual', name: '李四' });
  });
});

describe('a disk card\'s 带宽 is the disk\'s, not the server\'s (rules/labels ecs-detail / server-detail bandwidth notUnder: 云盘, 数据盘, 系统盘, data disk)', () => {
  const diskCard = (title: string, head: (t: string) => string) => head(title) + '<div class="rows">' + infoRow('容量', '200 GiB') + infoRow('带宽', '200Mbps') + '</div>';
  it('an ECS detail and a CVM detail showing no bandwidth of their own, beside a 数据盘（不含系统盘） / Data disk card with 带宽 200Mbps, give none (200: invented before)', () => {
    for (const title of ['数据盘（不含系统盘）', 'Data disk (excluding system disk)', '云盘']) {
      const ecs = read(ecsDetail('') + diskCard(title, (t) => `<h4>${t}</h4>`), ecsUrl)?.facts.servers?.[0];
      expect(ecs?.id, title).toBe('i-bp1gapss34000001');
      expect(ecs?.publicBandwidthMbps, title).toBeUndefined();
    }
    const cvm = read(cvmDetail('') + `<div class="tea-card"><div class="tea-card__title">数据盘（不含系统盘）</div><div class="tea-form">${teaItem('带宽', '200Mbps')}</div></div>`, cvmUrl)?.facts.servers?.[0];
    expect(cvm?.id).toBe('ins-4w6y8a0c');
    expect(cvm?.publicBandwidthMbps).toBeUndefined();
  });
  it('(guard) the server\'s own 带宽 in its own card is read', () => {
    expect(read(ecsDetail(infoRow('公网带宽', '5Mbps')), ecsUrl)?.facts.servers?.[0]?.publicBandwidthMbps).toBe(5);
    expect(read(cvmDetail(teaItem('带宽上限', '5Mbps')), cvmUrl)?.facts.servers?.[0]?.publicBandwidthMbps).toBe(5);
  });
});

describe('a CVM 到期时间 whose date a disk\'s words open is the disk\'s (tencent/values.ts firstDateNamesOther)', () => {
  it('"数据盘 2026-06-01 到期（不含实例）" and "数据盘 2026-06-01 到期" give the CVM detail no expiry (2026-06-01: invented before), as on the ECS detail', () => {
    for (const v of ['数据盘 2026-06-01 到期（不含实例）', '数据盘 2026-06-01 到期']) {
      expect(read(cvmDetail(teaItem('到期时间', v)), cvmUrl)?.facts.servers?.[0]?.expiresAt, v).toBeUndefined();
      expect(read(ecsDetail(infoRow('到期时间', v)), ecsUrl)?.facts.servers?.[0]?.expiresAt, v).toBeUndefined();
    }
  });
  it('(guard) the instance\'s own date first, a disk\'s after it, and an inclusion note: the instance\'s date', () => {
    for (const v of ['实例 2027-01-05 到期，数据盘 2026-06-01 到期', '2027-01-05（不含数据盘）', '2027-01-05 23:59:59']) {
      expect(read(cvmDetail(teaItem('到期时间', v)), cvmUrl)?.facts.servers?.[0]?.expiresAt, v).toBe('2027-01-05');
    }
  });
});

describe('a coach mark\'s header longer than a title with its counter and link still titles its rows (dom/example-box.ts titledExample)', () => {
  const mark = (head: string, row: (l: string, v: string) => string) =>
    `<div class="guide-pop"><div class="guide-head">${head}</div>${row('到期时间', '2030-01-01')}${row('带宽', '100Mbps')}</div>`;
  it('"Quick tour · Step 1 of 3 · Skip" over its rows keeps them out of the ECS / CVM detail (gave 2030-01-01, 100 Mbps: invented)', () => {
    for (const head of ['<h4>Quick tour</h4><span>Step 1 of 3</span><a>Skip</a>', '<h4>Product tour</h4><span>Step 1 of 3</span><button>Skip tour</button>']) {
      for (const got of [read(ecsDetail('') + mark(head, infoRow), ecsUrl)?.facts.servers?.[0], read(cvmDetail('') + mark(head, teaItem), cvmUrl)?.facts.servers?.[0]]) {
        expect(got?.id, head).toBeDefined();
        expect(got, head).not.toHaveProperty('expiresAt');
        expect(got, head).not.toHaveProperty('publicBandwidthMbps');
      }
    }
  });
  it('(guard) a heading that names no guide over the page\'s own rows leaves them read', () => {
    const own = '<div class="box"><div class="head"><h4>配置信息</h4><span>Step 1 of 3</span><a>Skip</a></div>' + infoRow('到期时间', '2027-12-05') + infoRow('带宽', '5Mbps') + '</div>';
    expect(read(ecsDetail('') + own, ecsUrl)?.facts.servers?.[0]).toMatchObject({ expiresAt: '2027-12-05', publicBandwidthMbps: 5 });
  });
});

describe('a 变更前 box beside a changed value is no part of it through wrappers and beside tags (aliyun/beian-form.ts withoutFormerBox)', () => {
  const url = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=website&changeType=changeWebsite';
  const item = (label: string, control: string) => `<div class="next-form-item"><div class="next-form-item-label"><label>${label}</label></div><div class="next-form-item-control">${control}</div></div>`;
  const select = '<div class="ctrl"><span class="next-select" role="combobox" aria-expanded="false"><span class="next-select-values"><em>网络购物</em></span></span></div>';
  const before = '<div class="before-box"><div class="before-title">变更前</div><div>企业官网</div></div>';
  const form = (content: string) =>
    '<h4 class="form-section-title">网站信息</h4><form class="next-form">' + item('网站名称', '<span class="next-input"><input value="云栖织造面料商城"></span>') +
    item('网站域名', '<span class="next-input"><input value="yqfabric.com"></span>') + item('网站服务内容', content) + '</form>';
  it('the select\'s value alone, with the value and the 变更前 box in one more wrapper, or a tag / an icon beside them ("网络购物 变更前 企业官网" before)', () => {
    for (const content of [`<div class="w">${select}${before}</div>`, `${select}${before}<span class="next-tag">已修改</span>`, `${select}${before}<svg><title>提示</title></svg>`]) {
      expect(read(form(content), url)?.facts.websites?.[0]?.content, content).toBe('网络购物');
    }
  });
  it('(guard) as first written — the control\'s box and the 变更前 box side by side — the select\'s value', () => {
    expect(read(form(select + before), url)?.facts.websites?.[0]?.content).toBe('网络购物');
  });
});

describe('a note telling the user what to do if they need something is help, whatever its class (dom/units.ts IF_NEEDED_NOTE)', () => {
  const url = 'https://console.cloud.tencent.com/beian/manage/process/20261206000444/website';
  const item = (l: string, v: string) => `<div class="x1"><div class="x2"><label>${l}</label></div><div class="x3">${v}</div></div>`;
  const form = (name: string) =>
    '<h3>网站信息</h3><form class="x0">' + item('网站名称', name) + item('网站域名', '<input class="x4" value="lanwan-mall.com">') + '</form>';
  it('a read-only 网站名称 with its note under hashed classes gives the name alone ("蓝湾商城 新增接入不可修改网站名称，…" before)', () => {
    for (const note of ['新增接入不可修改网站名称，如需修改请先办理变更网站', 'The site name cannot be changed here. If you need to change it, please file a website change first']) {
      const got = read(form(`<input class="x4" value="蓝湾商城" readonly><div class="x5">${note}</div>`), url)?.facts.websites?.[0];
      expect(got?.name, note).toBe('蓝湾商城');
    }
  });
  it('(guard) a value with a bracketed note in one run, and a date with one, stay values', () => {
    expect(read(form('蓝湾商城（如需修改请先办理变更网站）'), url)?.facts.websites?.[0]?.name).toBe('蓝湾商城(如需修改请先办理变更网站)');
    expect(read(ecsDetail(infoRow('到期时间', '2027-01-05（如需续费请前往续费页）')), ecsUrl)?.facts.servers?.[0]?.expiresAt).toBe('2027-01-05');
  });
});
