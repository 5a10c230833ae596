import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { parseDate, rangeEnd } from '../../src/readers/dom/parse-date';
import { readPage } from '../../src/readers';

/**
 * Faults found by the forty-first round of held-out pages (both providers; dates and durations written every way —
 * split dates, weekdays, 12-hour times, zones, ranges, remaining times, durations: test/fixtures-unseen/README.md
 * "Forty-first round"), each narrowed in a scratch copy of its page to the smallest markup that showed it.
 */

const page = (body: string, url: string, style = '') =>
  htmlToDocument(`<!DOCTYPE html><html lang="zh-CN"><head><style>${style}</style></head><body>${body}</body></html>`, url);
const read = (body: string, url: string, style = '') => readPage(page(body, url, style), new URL(url));

describe('a 12-hour time whose 上午 / 下午 comes before it, in a zone: the date in China (dom/parse-date.ts, aliyun/server-values.ts)', () => {
  const lhUrl = 'https://console.cloud.tencent.com/lighthouse/instance/detail?rid=1&id=lhins-r41gz7k2';
  const tea = (rows: Array<[string, string]>) =>
    '<div class="tea-card"><h3>实例信息</h3><div class="tea-form">' +
    rows.map(([l, v]) => `<div class="tea-form__item"><div class="tea-form__label">${l}</div><div class="tea-form__controls">${v}</div></div>`).join('') +
    '</div></div>';
  const lh = (expiry: string) =>
    tea([
      ['实例ID', 'lhins-r41gz7k2'],
      ['地域和可用区', '广州 | 广州六区'],
      ['峰值带宽', '30Mbps'],
      ['计费模式', '包年包月'],
      ['到期时间', expiry],
    ]);

  it('"2027/01/02 下午 04:00:00 (UTC+00:00)" on a Lighthouse detail is 2027-01-03 in China (gave 2027-01-02, the UTC day: a wrong date)', () => {
    const got = read(lh('2027/01/02 下午 04:00:00 (UTC+00:00)'), lhUrl);
    expect(got?.facts.servers?.[0]?.expiresAt).toBe('2027-01-03');
  });

  it('"2025-01-03 下午 11:31 (UTC+00:00)" as a parsed date is 2025-01-04; 上午 12:30 in UTC+8 stays the day written', () => {
    expect(parseDate('2025-01-03 下午 11:31 (UTC+00:00)')).toBe('2025-01-04');
    expect(parseDate('2027/01/03 上午 12:30:00 (UTC+08:00)')).toBe('2027-01-03');
    expect(parseDate('2027/01/02 晚上 9:00 GMT+00:00')).toBe('2027-01-03');
    expect(parseDate('2027/01/03 凌晨 1:00 (UTC+09:00)')).toBe('2027-01-03');
  });

  it('an ECS detail\'s 到期时间 "2027/01/02 下午 04:00:00 (UTC+00:00)" is 2027-01-03 (gave 2027-01-02)', () => {
    const url = 'https://ecs.console.aliyun.com/server/i-bp1r41exp000000001/detail?regionId=cn-hangzhou';
    const row = (l: string, v: string) => `<div class="next-row"><span class="detail-label">${l}</span><span class="detail-value">${v}</span></div>`;
    const body =
      '<h1>实例详情</h1><div class="next-card"><div class="next-card-head">基本信息</div>' +
      row('实例ID', 'i-bp1r41exp000000001') + row('付费类型', '包年包月') + row('公网带宽', '5Mbps') + row('到期时间', '2027/01/02 下午 04:00:00 (UTC+00:00)') + '</div>';
    expect(read(body, url)?.facts.servers?.[0]?.expiresAt).toBe('2027-01-03');
  });

  it('guards: without a zone the date is the day written; 下午 with no time after it changes nothing', () => {
    expect(parseDate('2027/01/03 下午 11:59:59')).toBe('2027-01-03');
    expect(parseDate('2027/01/03 下午')).toBe('2027-01-03');
    expect(read(lh('2027/01/03 下午 11:59:59 星期日'), lhUrl)?.facts.servers?.[0]?.expiresAt).toBe('2027-01-03');
  });
});

describe('a range whose first time is written with 下午 / PM is a range (dom/parse-date.ts TIME_AFTER_DATE)', () => {
  it('"2026/01/03 下午 3:00 至 2027/01/03 下午 3:00" is two dates of a range: none is the date (gave 2026-01-03, the start: invented)', () => {
    expect(parseDate('2026/01/03 下午 3:00 至 2027/01/03 下午 3:00')).toBeUndefined();
    expect(parseDate('Jan 3, 2026, 03:00 PM – Jan 3, 2027, 03:00 PM')).toBeUndefined();
  });
  it('guard: a date with a 12-hour time and nothing after it is read', () => {
    expect(parseDate('2026/01/03 下午 3:00')).toBe('2026-01-03');
    expect(parseDate('Jan 3, 2026, 03:00 PM')).toBe('2026-01-03');
  });
});

describe('a server\'s labelled validity range: its end is the expiry (dom/parse-date.ts rangeEnd, aliyun/server-detail.ts)', () => {
  const swasUrl = 'https://swas.console.aliyun.com/#/server/a41f0c2e8b7d4e5f9a1b3c5d7e9f0a2b/cn-shanghai/dashboard';
  const item = (l: string, v: string) =>
    `<td class="ant-descriptions-item"><div class="ant-descriptions-item-container"><span class="ant-descriptions-item-label">${l}</span><span class="ant-descriptions-item-content">${v}</span></div></td>`;
  const card = (title: string, items: Array<[string, string]>) =>
    `<div class="ant-card"><div class="ant-card-head">${title}</div><div class="ant-card-body"><div class="ant-descriptions"><table><tbody>` +
    items.map(([l, v]) => `<tr class="ant-descriptions-row">${item(l, v)}</tr>`).join('') +
    '</tbody></table></div></div></div>';
  const swas = (validity: string | null, more = '') =>
    '<h2>服务器概览</h2>' +
    card('服务器信息', [
      ['实例ID', 'a41f0c2e8b7d4e5f9a1b3c5d7e9f0a2b'],
      ['地域', '华东2（上海）'],
      ['套餐', '2 vCPU 2 GiB | 峰值带宽 30 Mbps'],
      ['购买时长', '1 年'],
      ...(validity === null ? [] : ([['有效期', validity]] as Array<[string, string]>)),
    ]) +
    more;
  const expiryOf = (body: string, url = swasUrl) => read(body, url)?.facts.servers?.[0]?.expiresAt;

  it('SWAS 有效期 "2026-01-03 10:21:07 至 2027-01-03 23:59:59（周日）" with no 到期时间 gives 2027-01-03 (gave none: missing)', () => {
    expect(expiryOf(swas('2026-01-03 10:21:07 至 2027-01-03 23:59:59（周日） <button>续费</button>'))).toBe('2027-01-03');
    expect(expiryOf(swas('2026-01-03 ~ 2027-01-03'))).toBe('2027-01-03');
  });

  it('ECS 服务期限 "2026/01/03 - 2027/01/03" gives 2027-01-03 (gave none: missing)', () => {
    const url = 'https://ecs.console.aliyun.com/server/i-bp1r41exp000000001/detail?regionId=cn-hangzhou';
    const row = (l: string, v: string) => `<div class="next-row"><span class="detail-label">${l}</span><span class="detail-value">${v}</span></div>`;
    const body = '<h1>实例详情</h1><div class="next-card">' + row('实例ID', 'i-bp1r41exp000000001') + row('付费类型', '包年包月') + row('服务期限', '2026/01/03 - 2027/01/03') + '</div>';
    expect(expiryOf(body, url)).toBe('2027-01-03');
  });

  it('guards: a 流量包 card\'s 有效期, a single date, a duration or a start alone under 有效期, an after-renewal date beside it give no expiry', () => {
    const traffic = card('流量包', [['有效期', '2026-12-01 00:00:00 ~ 2026-12-31 23:59:59']]);
    expect(expiryOf(swas(null, traffic))).toBeUndefined();
    expect(expiryOf(swas('2026-01-03 ~ 2027-01-03', traffic))).toBe('2027-01-03');
    expect(expiryOf(swas('2027-01-03'))).toBeUndefined();
    expect(expiryOf(swas('1 年'))).toBeUndefined();
    expect(expiryOf(swas('2026-01-03 起'))).toBeUndefined();
    expect(expiryOf(swas('2026-01-03 至 2027-01-03 至 2028-01-03'))).toBeUndefined();
    expect(expiryOf(swas(null, card('自动续费', [['续费时长', '3 个月'], ['续费后到期时间', '2027-04-03 23:59:59']])))).toBeUndefined();
  });

  it('a 有效期 in a box titled for something else (自动续费, 镜像授权) is not the server\'s (8025ad5 gave 2027-04-03 / 2026-12-31: invented)', () => {
    expect(expiryOf(swas(null, card('自动续费', [['续费时长', '3 个月'], ['有效期', '2027-01-04 至 2027-04-03']])))).toBeUndefined();
    expect(expiryOf(swas(null, card('镜像授权', [['授权类型', '宝塔企业版'], ['有效期', '2025-12-31 至 2026-12-31']])))).toBeUndefined();
    // (the server's own, in the box of its id, still read beside them)
    expect(expiryOf(swas('2026-01-03 ~ 2027-01-03', card('镜像授权', [['有效期', '2025-12-31 至 2026-12-31']])))).toBe('2027-01-03');
  });

  it('rangeEnd: the later date of two a range word joins, in China time; none for anything else', () => {
    expect(rangeEnd('2026-01-03 10:21:07 至 2027-01-03 23:59:59')).toBe('2027-01-03');
    expect(rangeEnd('Jan 2, 2026 – Jan 2, 2027, 04:00 PM (UTC+00:00)')).toBe('2027-01-03');
    expect(rangeEnd('2026/01/03 下午 3:00 到 2027/01/03 下午 3:00')).toBe('2027-01-03');
    expect(rangeEnd('2027-01-03 ~ 2026-01-03')).toBeUndefined();
    expect(rangeEnd('2026-01-03 / 2027-01-03')).toBeUndefined();
    expect(rangeEnd('创建 2026-01-03，到期 2027-01-03')).toBeUndefined();
    expect(rangeEnd('2027-01-03')).toBeUndefined();
  });
});
