import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * A filing form or confirm page listing several websites, each with or without its own server block
 * (产品验证 / Product Verification: product, instance ID, service number). A server block is given to
 * a website only when the page ties it to that website — inside the website's box, or a flat run of
 * sections where every website is followed by exactly one server block — and one website's server
 * or service number never appears on another website. Every shown server (ID and product) is listed
 * once either way.
 */

const URL_ = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=confirm';

type Layout = 'nested' | 'flat' | 'after' | 'before';
type Markup = 'dl' | 'form-item';

interface Site {
  name: string;
  domain: string;
  server?: { id: string; product: string; number: string };
}

const SERVERS = [
  { id: 'i-bp1propsite0000001', product: '云服务器ECS', fact: 'ecs' },
  { id: 'i-bp1propsite0000002', product: 'ECS', fact: 'ecs' },
  { id: '5e6f7a8b9c0d41e2f3a4b5c6d7e8f901', product: '轻量应用服务器', fact: 'swas' },
] as const;

function fields(pairs: Array<[string, string]>, markup: Markup): string {
  if (markup === 'dl') return `<dl>${pairs.map(([l, v]) => `<dt>${l}</dt><dd>${v}</dd>`).join('')}</dl>`;
  return pairs.map(([l, v]) => `<div class="ant-form-item"><div class="ant-form-item-label"><label>${l}</label></div><div class="ant-form-item-control"><span>${v}</span></div></div>`).join('');
}

function page(sites: Site[], layout: Layout, markup: Markup, en: boolean, siteTitle: (k: number) => string, entity: boolean): string {
  const serverTitle = en ? 'Product Verification' : '产品验证';
  const siteBody = (s: Site) => fields(en ? [['Website Name', s.name], ['Website Domain Name', s.domain]] : [['网站名称', s.name], ['网站域名', s.domain]], markup);
  const serverBox = (s: Site) =>
    s.server
      ? `<div class="card"><h4>${serverTitle}</h4>${fields(
          en
            ? [['Product Type', s.server.product], ['Instance ID', s.server.id], ['Service Identification Number', s.server.number]]
            : [['产品类型', s.server.product], ['实例ID', s.server.id], ['备案服务号', s.server.number]],
          markup,
        )}</div>`
      : '';
  const siteBox = (s: Site, k: number, inner: string) => `<div class="card"><h3>${siteTitle(k + 1)}</h3>${siteBody(s)}${inner}</div>`;
  let body: string;
  if (layout === 'nested') body = sites.map((s, k) => siteBox(s, k, serverBox(s))).join('');
  else if (layout === 'flat') body = sites.map((s, k) => siteBox(s, k, '') + serverBox(s)).join('');
  else if (layout === 'after') body = sites.map((s, k) => siteBox(s, k, '')).join('') + sites.map(serverBox).join('');
  else body = sites.map(serverBox).join('') + sites.map((s, k) => siteBox(s, k, '')).join('');
  const head = entity ? `<div class="card"><h3>${en ? 'Entity Information' : '主体信息'}</h3>${fields(en ? [['Entity Name', 'Prop Test Co., Ltd.'], ['Entity Type', 'Enterprise']] : [['主办单位名称', '测试科技有限公司'], ['主办单位性质', '企业']], markup)}</div>` : '';
  return `<!doctype html><html><body><div id="app">${head}${body}</div></body></html>`;
}

const siteArb = (k: number) =>
  fc.record({
    server: fc.option(fc.nat({ max: SERVERS.length - 1 }), { nil: undefined }),
  }).map(({ server }): Site => ({
    name: `site${k}`,
    domain: `site${k}-prop.com`,
    server: server === undefined ? undefined : { id: SERVERS[server]!.id, product: SERVERS[server]!.product, number: `35020281${k}${server}` },
  }));

describe('filing form: servers of several websites', () => {
  it('gives a server block only to the website the page ties it to, never to another', () => {
    fc.assert(
      fc.property(
        fc.tuple(siteArb(1), siteArb(2), siteArb(3)),
        fc.integer({ min: 2, max: 3 }),
        fc.constantFrom<Layout>('nested', 'flat', 'after', 'before'),
        fc.constantFrom<Markup>('dl', 'form-item'),
        fc.boolean(),
        fc.nat({ max: 2 }),
        fc.boolean(),
        (all, n, layout, markup, en, titleStyle, entity) => {
          const sites = all.slice(0, n);
          const siteTitle = (k: number) =>
            en ? [`Website #${k}`, `Website Information (Website ${k})`, `Website ${k}`][titleStyle]! : [`网站信息（网站 ${k}）`, `网站${k}`, `网站信息（${k}）`][titleStyle]!;
          const html = page(sites, layout, markup, en, siteTitle, entity);
          const got = readPage(htmlToDocument(html, URL_), new URL(URL_));
          const websites = got?.facts.websites ?? [];
          expect(websites.map((w) => w.name)).toEqual(sites.map((s) => s.name));
          const tied = layout === 'nested' || (layout === 'flat' && sites.every((s) => s.server));
          sites.forEach((s, k) => {
            const w = websites[k]!;
            // never another website's server or number
            if (w.serverId !== undefined) expect(w.serverId).toBe(s.server?.id);
            if (w.serviceNumber !== undefined) expect(w.serviceNumber).toBe(s.server?.number);
            // and every tied one is given
            expect(w.serverId).toBe(tied ? s.server?.id : undefined);
            expect(w.serviceNumber).toBe(tied ? s.server?.number : undefined);
          });
          const shown = [...new Set(sites.flatMap((s) => (s.server ? [s.server.id] : [])))];
          expect((got?.facts.servers ?? []).map((s) => s.id)).toEqual(shown);
          for (const s of got?.facts.servers ?? []) expect(s.product).toBe(SERVERS.find((x) => x.id === s.id)!.fact);
        },
      ),
      { numRuns: 80 },
    );
  });
});
