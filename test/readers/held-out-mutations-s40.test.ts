import { describe, expect, it } from 'vitest';
import { labelMatches } from '../../src/readers/dom/normalize-label';
import { read } from '../helpers/console-pages';

/**
 * Found by running every markup mutation over the held-out pages once more (session 40; the pairs are listed in
 * test/fixtures-unseen/README.md "Mutations over the held-out pages (session 40)"). Each case failed before its fix.
 */

describe('a label naming its unit and then a qualifier is still that label (dom/normalize-label.ts labelMatches)', () => {
  // Round thirty-four's pages name a bandwidth's unit in the label (带宽（Mbps） 6). A console that adds a qualifier
  // after it (带宽（Mbps）（峰值）, Bandwidth (Mbps) (current)) lost the field: one qualifier was stripped, not two.
  const url = 'https://console.cloud.tencent.com/lighthouse/instance/detail?rid=4&id=lhins-sh7v2n4x';
  const item = (label: string, value: string) =>
    `<div class="tea-descriptions__item"><span class="tea-descriptions__label">${label}</span><span class="tea-descriptions__content">${value}</span></div>`;
  const detail = (bandwidthLabel: string) =>
    `<h2>lhins-sh7v2n4x</h2><div class="tea-descriptions">${item('实例ID', 'lhins-sh7v2n4x')}${item('地域', '上海 | 上海二区')}` +
    `${item(bandwidthLabel, '6')}${item('过期时间', '2027-12-05 23:59:59')}</div>`;

  it('the bandwidth under 带宽（Mbps）（当前） and Bandwidth (Mbps) (peak) (before: none)', () => {
    for (const label of ['带宽（Mbps）', '带宽（Mbps）（当前）', '带宽(Mbps)(峰值)：', 'Bandwidth (Mbps) (peak)']) {
      expect(read(detail(label), url)?.facts.servers?.[0]?.publicBandwidthMbps, label).toBe(6);
    }
  });

  it('two qualifiers are stripped at most, and a qualifier that tells columns apart is kept', () => {
    expect(labelMatches('带宽（Mbps）（当前）', ['带宽'])).toBe(true);
    expect(labelMatches('带宽（Mbps）（当前）（峰值）', ['带宽'])).toBe(false);
    // 持有者（中文） and 持有者（英文） are two columns: a second qualifier after the first keeps them apart
    expect(labelMatches('持有者（英文）（当前）', ['持有者', '持有者（中文）'])).toBe(false);
    expect(labelMatches('持有者（中文）（当前）', ['持有者', '持有者（中文）'])).toBe(true);
  });
});

describe('Latin words with a qualifier inside a label are the label\'s words, no translation (dom/units.ts labelText)', () => {
  // An antd Descriptions label drawn in two spans, 实例<span>ID</span>: with a qualifier after it (ID (current)) the
  // second span had three Latin letters and was taken for the label's English translation, so the label read 实例
  // and the ECS detail page was no page of any reader.
  const url = 'https://ecs.console.aliyun.com/server/i-bp1spanlabel0000a1/detail?regionId=cn-hangzhou';
  const item = (label: string, value: string) =>
    `<td class="ant-descriptions-item"><div class="ant-descriptions-item-container"><span class="ant-descriptions-item-label">${label}</span><span class="ant-descriptions-item-content">${value}</span></div></td>`;
  const detail = (idLabel: string) =>
    `<h2>web-hz-span</h2><div class="ant-descriptions"><table><tbody><tr class="ant-descriptions-row">` +
    `${item(idLabel, '<span class="ant-input-affix-wrapper ant-input-affix-wrapper-readonly"><input class="ant-input" readonly value="i-bp1spanlabel0000a1"></span>')}${item('<span>地域</span>', '华东1（杭州）')}</tr>` +
    `<tr class="ant-descriptions-row">${item('<span>付费类型</span>', '包年包月 <a>转按量付费</a><br><span class="sub">到期时间：2026/12/01 23:59:59</span>')}${item('<span>公网带宽</span>', '10 Mbps')}</tr></tbody></table></div>`;

  it('the instance is read under 实例<span>ID (current)</span> (before: no reader)', () => {
    for (const label of ['<span>实例</span><span>ID</span>', '<span>实例</span><span>ID (current)</span>', '<span>实例</span><span>ID（当前）</span>']) {
      const server = read(detail(label), url)?.facts.servers?.[0];
      expect([server?.id, server?.expiresAt], label).toEqual(['i-bp1spanlabel0000a1', '2026-12-01']);
    }
  });

  it('a translation with a qualifier is still a translation: 主体名称<span>Sponsor Name (current)</span>', () => {
    const entityUrl = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=entity';
    const row = (label: string, value: string) =>
      `<div class="next-form-item"><label class="next-form-item-label">${label}</label><div class="next-form-item-control"><span class="next-form-preview">${value}</span></div></div>`;
    const html = `<h3>主办单位信息</h3><div class="next-form">${row('主办单位性质<span class="en">Sponsor Type (current)</span>', '企业')}` +
      `${row('主办单位名称<span class="en">Sponsor Name (current)</span>', '杭州青禾文化传媒有限公司')}${row('主办单位证件类型<span class="en">ID Type</span>', '营业执照')}</div>`;
    const entity = read(html, entityUrl)?.facts.entity;
    expect([entity?.name, entity?.idType]).toEqual(['杭州青禾文化传媒有限公司', '营业执照']);
  });
});

describe('a label\'s translation closed by the label\'s colon is still its translation (dom/units.ts labelText)', () => {
  // A bilingual filing page draws each label as its Chinese words and, in an element of its own, the English ones with
  // the colon that ends the label (主体名称<span class="en">Sponsor Name：</span>). The colon made the English no
  // translation, so the whole label said more than any label word: the entity was lost.
  const url = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=entity';
  const row = (label: string, value: string) =>
    `<td class="next-descriptions-item"><span class="next-descriptions-item-label">${label}</span><span class="next-descriptions-item-content">${value}</span></td>`;
  const html = (colon: string) =>
    `<h3>主办单位信息</h3><div class="next-descriptions"><table><tbody><tr>${row(`主体性质<span class="en">Entity Type${colon}</span>`, '企业')}` +
    `${row(`主体名称<span class="en">Sponsor Name${colon}</span>`, '杭州云山茶业有限公司')}</tr><tr>${row(`主体证件类型<span class="en">ID Type${colon}</span>`, '营业执照')}` +
    `${row(`主体证件号码<span class="en">ID No.${colon}</span>`, '9133**********2K8Q')}</tr></tbody></table></div>`;

  it('the entity is read with the colon after the English words (before: nothing)', () => {
    for (const colon of ['', '：', ':']) {
      const entity = read(html(colon), url)?.facts.entity;
      expect([entity?.type, entity?.name, entity?.idType, entity?.idNumber], colon).toEqual(['organization', '杭州云山茶业有限公司', '营业执照', '9133**********2K8Q']);
    }
  });
});

describe('a steps box known by its name when its classes are hashed is a note beside the status (dom/steps.ts)', () => {
  // Round thirty-one's Alibaba domain list shows a domain being transferred out: a 转出中 tag and, beside it, the
  // transfer's steps (申请转出 → 等待新注册商确认 → 转出完成) in a box named 转出进度. Known by its class (steps) only, a
  // build that hashes class names made the three steps the domain's statuses.
  const url = 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain';
  const list = (steps: string) =>
    '<h1>域名列表</h1><table class="x9a1"><thead><tr><th>域名</th><th>域名状态</th><th>域名持有者</th><th>到期时间</th><th>操作</th></tr></thead><tbody>' +
    `<tr><td><a>zhouyu.shop</a></td><td><span class="next-tag next-tag-warning">转出中</span>${steps}<div class="x3f2">预计 2026-12-10 完成转出</div></td>` +
    '<td>周宇</td><td>2027-03-02</td><td><a>取消转出</a></td></tr></tbody></table>';
  const items = (...words: string[]) => words.map((w, i) => `<span class="k${i}q">${w}</span>`).join('');

  it('the status is 转出中 alone, the steps box classed or hashed (before: the steps as statuses)', () => {
    for (const box of [
      `<div class="steps" aria-label="转出进度">${items('申请转出', '等待新注册商确认', '转出完成')}</div>`,
      `<div class="c7e1b" aria-label="转出进度">${items('申请转出', '等待新注册商确认', '转出完成')}</div>`,
      `<div class="c7e1b" aria-label="Transfer progress">${items('申请转出', '等待新注册商确认', '转出完成')}</div>`,
    ]) {
      expect(read(list(box), url)?.facts.domains?.[0]?.status, box).toEqual(['转出中']);
    }
  });

  it('a box named as progress with fewer than three short items is no steps box: its words stay', () => {
    // (a box named 备案进度 holding a status and its note is a value, not a process drawn as its stages)
    const status = read(list(`<div class="c7e1b" aria-label="域名进度">${items('锁定中', '等待确认')}</div>`), url)?.facts.domains?.[0]?.status;
    expect(status).toEqual(['转出中', '锁定中', '等待确认']);
  });
});

describe('an English label with a Chinese qualifier in its own element is the English label (dom/units.ts labelText)', () => {
  // A console half translated: Internet Bandwidth<span class="label-sub">（峰值）</span>. The English words were taken for
  // the translation of a Chinese label, and the label read （峰值） alone: the bandwidth was lost.
  const url = 'https://ecs.console.aliyun.com/server/i-bp1spanlabel0000a1/detail?regionId=cn-hangzhou';
  const item = (label: string, value: string) =>
    `<td class="ant-descriptions-item"><div class="ant-descriptions-item-container"><span class="ant-descriptions-item-label">${label}</span><span class="ant-descriptions-item-content">${value}</span></div></td>`;
  const detail = (bandwidthLabel: string) =>
    `<h2>web-hz-span</h2><div class="ant-descriptions"><table><tbody><tr class="ant-descriptions-row">${item('<span>Instance ID</span>', 'i-bp1spanlabel0000a1')}` +
    `${item('<span>Region</span>', 'China (Hangzhou)')}</tr><tr class="ant-descriptions-row">${item('<span>Billing Method</span>', 'Subscription')}` +
    `${item(bandwidthLabel, '<span>10</span> <span>Mbps</span>')}</tr></tbody></table></div>`;

  it('the bandwidth under Internet Bandwidth<span>（峰值）</span> (before: none)', () => {
    for (const label of ['<span>Internet Bandwidth</span>', '<span>Internet Bandwidth</span><span class="label-sub">（峰值）</span>', '<span>Internet Bandwidth</span><span class="label-sub">(Peak)</span>']) {
      expect(read(detail(label), url)?.facts.servers?.[0]?.publicBandwidthMbps, label).toBe(10);
    }
  });

  it('a Chinese label with its translation still reads as the Chinese words: 公网带宽<span>Internet Bandwidth</span>', () => {
    expect(read(detail('公网带宽<span class="en">Internet Bandwidth</span>'), url)?.facts.servers?.[0]?.publicBandwidthMbps).toBe(10);
  });
});

describe('a box whose first words are the label\'s own, qualified, is the section the label titles (dom/field.ts)', () => {
  // Round thirty-five's Alibaba domain holder page: a card titled 域名持有者 over rows 域名持有者（中文） / 域名持有者（英文） /
  // 证件类型 / 证件号码. Its fix knows the rows by their label class; with the class names hashed by a build, the card's
  // whole body was the registrant's name — a full credit code inside it, stored unmasked.
  const url = 'https://dc.console.aliyun.com/next/index#/domain/details/holder?domain=minggang-trade.com';
  const row = (label: string, value: string) => `<div class="c1q9x"><span class="c7a2k">${label}</span><span class="c0p3m">${value}</span></div>`;
  const card = (title: string) =>
    `<h2>minggang-trade.com</h2><div class="c5d1e"><div class="c8h2n">${title}</div><div class="c3k9w">` +
    `${row('域名持有者（中文）', '明港贸易（上海）有限公司')}${row('域名持有者（英文）', 'Bright Harbor Trading (Shanghai) Co., Ltd.')}` +
    `${row('证件类型', '营业执照')}${row('证件号码', '91310115MA1K8L2Q3X')}</div></div>`;

  it('the name is the row\'s, not the card\'s body (before: the whole body, the full credit code in it)', () => {
    const domain = read(card('域名持有者'), url)?.facts.domains?.[0];
    expect(domain?.registrantName).toBe('明港贸易(上海)有限公司');
    expect(domain?.registrantIdNumber).toBe('9131**********2Q3X');
    expect(JSON.stringify(domain)).not.toContain('91310115MA1K8L2Q3X');
  });

  it('a value that starts with other words is still the label\'s value: 域名持有者 over 李娜（个人）', () => {
    const html = `<h2>lina.cn</h2><div class="c3k9w">${row('域名持有者', '李娜（个人）')}${row('证件类型', '身份证')}</div>`;
    expect(read(html, 'https://dc.console.aliyun.com/next/index#/domain/details/holder?domain=lina.cn')?.facts.domains?.[0]?.registrantName).toBe('李娜(个人)');
  });
});

describe('vertical descriptions drawn as an ARIA grid, their labels cells classed as labels: the value is the cell below (dom/field.ts)', () => {
  // A Tencent domain page whose TDesign descriptions (a row of labels, then a row of their values) are drawn as a grid
  // of div cells (role=row / gridcell, t-descriptions__label / __content). The label at a row's end took the whole next
  // row as its value: the registration and expiry dates as the registrant's name, the registrar as a status.
  const url = 'https://console.tencentcloud.com/domain/info/brightpine.net';
  const cell = (kind: 'label' | 'content', text: string) => `<div class="t-descriptions__${kind}" role="gridcell">${text}</div>`;
  const rows = (labels: string[], values: string[]) =>
    `<div role="row">${labels.map((l) => cell('label', l)).join('')}</div><div role="row">${values.map((v) => cell('content', v)).join('')}</div>`;
  const html =
    '<h2>brightpine.net</h2><div class="t-descriptions"><div class="t-descriptions__body" role="grid"><div role="rowgroup">' +
    rows(['Domain Name', 'Registrar', 'Domain Status'], ['brightpine.net', 'Tencent Cloud Computing (Beijing) Co., Ltd.', '<span class="t-tag">Normal</span>']) +
    rows(['Registration Time', 'Expiration Time', 'Registrant'], ['2024-06-30 08:12:45', '2027-06-30 08:12:45', '广州明松贸易有限公司']) +
    rows(['Registrant Type', 'ID Type', 'ID Number'], ['Enterprise', 'Business License', '9144**********3M8P']) +
    '</div></div></div>';

  it('each value from its own column (before: a whole row as the registrant, the registrar as a status)', () => {
    const domain = read(html, url)?.facts.domains?.[0];
    expect([domain?.registrantName, domain?.registrar, domain?.expiresAt, domain?.registrantIdNumber, domain?.status]).toEqual([
      '广州明松贸易有限公司', 'Tencent Cloud Computing (Beijing) Co., Ltd.', '2027-06-30', '9144**********3M8P', ['Normal'],
    ]);
  });
});
