import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers/index';

/**
 * The card view of a Simple Application Server list that holds one server (an individual filer's usual
 * account): read on the list's route as that server (fixtures `swas-instance-list/*-card-view-one-server`);
 * nothing guessed where the card shows no labelled field.
 */
const card = (body: string) =>
  `<!doctype html><html><body><main><h2>服务器列表</h2><div class="cards"><div class="card"><div class="hd">blog <span>运行中</span></div>${body}</div></div><div class="pager">共 1 台</div></main></body></html>`;
const ID = '4b8e2c6a1d3f4e5a9b7c0d2e4f6a8b1c';

describe('a list of one SWAS server in card view', () => {
  it('a card without labelled fields (bare values only) reads as nothing: no field is guessed from the page', () => {
    const doc = htmlToDocument(card(`<p>${ID}</p><p>华东1（杭州）</p><p>2 vCPU 2 GiB 峰值带宽 5 Mbps</p><p>2027-03-01 到期</p>`), 'https://swas.console.aliyun.com/#/servers');
    expect(readPage(doc, new URL('https://swas.console.aliyun.com/#/servers'))).toBeNull();
  });

  it('the same labelled card on a page of another route (not the list) is not read as a list', () => {
    const html = card(`<p>${ID}</p><div><span>地域</span><span>华东1（杭州）</span></div><div><span>到期时间</span><span>2027-03-01</span></div>`);
    const list = readPage(htmlToDocument(html, 'https://swas.console.aliyun.com/#/servers'), new URL('https://swas.console.aliyun.com/#/servers'));
    expect(list?.reader).toBe('aliyun-swas-instance-list');
    expect(list?.facts.servers).toEqual([{ id: ID, provider: 'aliyun', product: 'swas', region: 'cn-hangzhou', billing: 'subscription', expiresAt: '2027-03-01' }]);
    const other = readPage(htmlToDocument(html, 'https://swas.console.aliyun.com/#/snapshots'), new URL('https://swas.console.aliyun.com/#/snapshots'));
    expect(other?.reader).not.toBe('aliyun-swas-instance-list');
  });

  // review of 2026-12-03: a promotion box with labelled fields beside the card lent it its region and bandwidth
  const promo = `<section class="promo"><h3>新购特惠 · 限时活动</h3><div class="info-item"><span class="info-item-label">地域</span><span class="info-item-value">华北2（北京）</span></div><div class="info-item"><span class="info-item-label">峰值带宽</span><span class="info-item-value">200 Mbps</span></div><button>立即购买</button></section>`;
  const withPromo = (cardBody: string) =>
    `<!doctype html><html><body><main><h2>服务器列表</h2>${promo}<div class="cards"><div class="card"><div class="hd">blog <span>运行中</span></div>${cardBody}</div></div><div class="pager">共 1 台</div></main></body></html>`;
  const url = 'https://swas.console.aliyun.com/#/servers';

  it('a labelled box beside a card of bare values lends the card nothing: unknown, not the box\'s region or bandwidth', () => {
    const out = readPage(htmlToDocument(withPromo(`<p>${ID}</p><p>华东1（杭州）</p><p>2 vCPU 2 GiB 峰值带宽 5 Mbps</p>`), url), new URL(url));
    expect(JSON.stringify(out?.facts ?? null)).not.toMatch(/cn-beijing|200/);
  });

  it('a labelled card beside a labelled box is read from its own labels', () => {
    const out = readPage(htmlToDocument(withPromo(`<p>${ID}</p><div><span>地域</span><span>华东1（杭州）</span></div><div><span>峰值带宽</span><span>5 Mbps</span></div>`), url), new URL(url));
    expect(out?.facts.servers).toEqual([{ id: ID, provider: 'aliyun', product: 'swas', region: 'cn-hangzhou', billing: 'subscription', publicBandwidthMbps: 5 }]);
  });
});
