import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';
import { createVisibilityCache, isVisible } from '../../src/readers/dom/visibility';
import { visibleText } from '../../src/readers/dom/visible-text';

/**
 * Faults found by the fourteenth round of held-out Alibaba Cloud pages (test/fixtures-unseen/README.md,
 * "Fourteenth round (Alibaba Cloud)"), each narrowed down to the smallest markup that showed it.
 */

const page = (html: string, url: string) => htmlToDocument(`<!DOCTYPE html><html><body>${html}</body></html>`, url);
const read = (html: string, url: string) => readPage(page(html, url), new URL(url));

describe('a collapsible closed by max-height: 0 with its overflow clipped is not shown (dom/visibility.ts)', () => {
  const shown = (style: string, css = '') => {
    const doc = page(`<style>${css}</style><div id="box" style="${style}"><span id="inner">3502020099</span></div>`, 'https://beian.aliyun.com/pcContainer/formpage?pageAction=base');
    return isVisible(doc.getElementById('inner'), createVisibilityCache());
  };

  it('max-height: 0; overflow: hidden (by a rule or inline) hides what is inside', () => {
    expect(shown('', '.history-body, #box { max-height: 0; overflow: hidden; transition: max-height .3s ease; }')).toBe(false);
    expect(shown('max-height: 0px; overflow: hidden')).toBe(false);
    expect(shown('max-width: 0; overflow-x: hidden')).toBe(false);
  });

  it('but not when the content can still show: visible overflow, padding, a max-height of its own size', () => {
    expect(shown('max-height: 0')).toBe(true);
    expect(shown('max-height: 0; overflow: hidden; padding-top: 12px')).toBe(true);
    expect(shown('max-height: 400px; overflow: hidden')).toBe(true);
  });

  it('the filing step with a collapsed 历史验证记录 table (max-height: 0) is read as the product verification, not as the service-number list', () => {
    const html =
      `<style>.history-body { max-height: 0; overflow: hidden; }</style>` +
      `<fieldset><legend>产品验证</legend><div class="form">` +
      `<div class="labels"><label for="t">产品类型</label><label for="i">实例ID</label><label for="r">地域</label><label for="n">备案服务号</label></div>` +
      `<div class="controls"><div><select id="t" disabled><option>轻量应用服务器</option><option selected>云服务器ECS</option></select></div>` +
      `<div><output id="i">i-bp1mingshan0000017</output></div>` +
      `<div><select id="r" disabled><option>华北2（北京）</option><option selected>华东1（杭州）</option></select></div>` +
      `<div><input id="n" readonly value="3502027741"></div></div></div>` +
      `<div class="history"><button type="button" aria-expanded="false" aria-controls="hist">历史验证记录（2）</button><div class="history-body" id="hist"><table>` +
      `<thead><tr><th>产品类型</th><th>实例ID</th><th>地域</th><th>备案服务号</th></tr></thead><tbody>` +
      `<tr><td>轻量应用服务器</td><td>5c7e9a1b3d5f47a9c1e3b5d7f9a1c3e5</td><td>华东2（上海）</td><td>3502020099</td></tr>` +
      `<tr><td>云服务器ECS</td><td>i-2zemingshan0000088</td><td>华北2（北京）</td><td>3502021066</td></tr></tbody></table></div></div></fieldset>`;
    const got = read(html, 'https://beian.aliyun.com/pcContainer/formpage?pageAction=base');
    expect(got?.reader).toBe('aliyun-beian-server');
    expect(got?.facts.servers).toEqual([{ id: 'i-bp1mingshan0000017', provider: 'aliyun', product: 'ecs', region: 'cn-hangzhou' }]);
  });
});

describe('filing labels (rules/labels/aliyun/beian.json)', () => {
  it('备案区域 names the filing province, as Filing Region does on the international console', () => {
    const html = `<div class="pv-form"><div><label for="a">备案区域</label><output id="a">浙江省 / 宁波市 / 鄞州区</output></div>` +
      `<div><label for="k">主办单位性质</label><select id="k" disabled><option>个人</option><option selected>企业</option></select></div>` +
      `<div><label for="d">网站域名</label><input id="d" readonly value="mingshan-tea.cn"></div>` +
      `<div><label for="i">实例ID</label><output id="i">i-bp1mingshan0000017</output></div><div><label for="n">备案服务号</label><input id="n" readonly value="3502027741"></div></div>`;
    expect(read(html, 'https://beian.aliyun.com/pcContainer/formpage?pageAction=base')?.facts.entity).toEqual({ type: 'organization', province: '浙江省' });
  });

  it('Mobile Phone of Person in Charge is the phone whose (province city) gives the phone province', () => {
    const html = `<dl><dt>Entity Name</dt><dd>宁波明山茶业有限公司</dd><dt>Entity Type</dt><dd>Enterprise</dd><dt>ID Type</dt><dd>Business License</dd>` +
      `<dt>ID Number</dt><dd>9133**********8A2X</dd><dt>Mobile Phone of Person in Charge</dt><dd>139****2233 (浙江 宁波)</dd></dl>`;
    expect(read(html, 'https://beian.console.alibabacloud.com/#/entity')?.facts.entity?.phoneProvince).toBe('浙江');
  });
});

describe('a label and its value paired by aria-labelledby only (dom/field.ts valueLabelledBy)', () => {
  const entityUrl = 'https://beian.console.alibabacloud.com/#/entity';

  it('every label first, then the values in another order (placed on their rows by the grid): each value is the one that names its label', () => {
    const html =
      `<style>.pairs { display: grid; grid-template-columns: 200px 1fr; } .lbl { grid-column: 1; } .val { grid-column: 2; }` +
      ` .r1 { grid-row: 1; } .r2 { grid-row: 2; } .r3 { grid-row: 3; } .r4 { grid-row: 4; }</style>` +
      `<fieldset><legend>Entity Information</legend><div class="pairs">` +
      `<span class="lbl r1" id="l-name">Entity Name</span><span class="lbl r2" id="l-type">Entity Type</span><span class="lbl r3" id="l-idtype">ID Type</span><span class="lbl r4" id="l-idno">ID Number</span>` +
      `<div class="val r4" role="textbox" aria-readonly="true" aria-labelledby="l-idno">9133**********8A2X</div>` +
      `<div class="val r1" role="textbox" aria-readonly="true" aria-labelledby="l-name">宁波明山茶业有限公司</div>` +
      `<div class="val r2" role="textbox" aria-readonly="true" aria-labelledby="l-type">Enterprise</div>` +
      `<div class="val r3" role="textbox" aria-readonly="true" aria-labelledby="l-idtype">Business License</div>` +
      `</div></fieldset>`;
    expect(read(html, entityUrl)?.facts.entity).toEqual({ type: 'organization', name: '宁波明山茶业有限公司', idType: 'Business License', idNumber: '9133**********8A2X' });
  });
});

describe('one record drawn over two lines by row spans is one record (dom/table.ts mapRows)', () => {
  const hostUrl = 'https://netcn.console.aliyun.com/core/host/list2';
  const host = (id: string, region: string, expiry: string, ip: string, lan: string) =>
    `<tr><td rowspan="2">${id}</td><td rowspan="2">共享虚拟主机 Linux</td><td rowspan="2">${region}</td><td rowspan="2">${expiry} 23:59:59</td><td>公网 ${ip}</td><td rowspan="2"><a href="#">管理</a></td></tr>` +
    `<tr><td>内网 ${lan}</td></tr>`;
  const table = (rows: string) =>
    `<h1>云虚拟主机</h1><table><thead><tr><th>实例ID/主机名</th><th>产品类型</th><th>所在地域</th><th>到期时间</th><th>IP地址</th><th>操作</th></tr></thead><tbody>${rows}</tbody></table>`;

  it('the second line (the private IP, in a column no fact comes from) adds no second host', () => {
    const got = read(table(host('bdm718293045', '华东1（杭州）', '2027-03-21', '47.98.210.33', '10.12.8.33') + host('bdm718293112', '华北2（北京）', '2026-12-20', '39.105.8.112', '10.33.1.112')), hostUrl);
    expect(got?.facts.servers?.map((s) => [s.id, s.region, s.expiresAt])).toEqual([
      ['bdm718293045', 'cn-hangzhou', '2027-03-21'],
      ['bdm718293112', 'cn-beijing', '2026-12-20'],
    ]);
  });

  it('rows that share a spanning region cell but show their own host each stay records', () => {
    const rows =
      `<tr><td>bdm718293045</td><td>共享虚拟主机</td><td rowspan="2">华东1（杭州）</td><td>2027-03-21</td><td>47.98.210.33</td><td></td></tr>` +
      `<tr><td>bdm718293046</td><td>共享虚拟主机</td><td>2027-04-01</td><td>47.98.210.34</td><td></td></tr>`;
    expect(read(table(rows), hostUrl)?.facts.servers?.map((s) => [s.id, s.region, s.expiresAt])).toEqual([
      ['bdm718293045', 'cn-hangzhou', '2027-03-21'],
      ['bdm718293046', 'cn-hangzhou', '2027-04-01'],
    ]);
  });
});

describe('a child that sets visibility: visible inside a visibility: hidden box is shown, in its place (dom/visibility.ts seeThrough)', () => {
  const holderUrl = 'https://dc.console.aliyun.com/next/index#/domain/details/info?domain=mingshan-tea.cn';
  const css = `.reveal { visibility: hidden; } .reveal .reveal-text { visibility: visible; }`;
  const doc = () =>
    page(
      `<style>${css}</style><div class="reveal" id="wrap">加载中<span class="reveal-text" id="shown">9133**********8A2X</span><span class="reveal-skeleton" id="skeleton">3301**********0000</span>` +
        `<span id="deep"><b id="deeper">旧号码</b></span></div>`,
      holderUrl,
    );

  it('the child that sets visible again is shown; the wrapper\'s own text, its other children and theirs are not', () => {
    const d = doc();
    const cache = createVisibilityCache();
    expect(isVisible(d.getElementById('shown'), cache)).toBe(true);
    expect(isVisible(d.getElementById('skeleton'), cache)).toBe(false);
    expect(isVisible(d.getElementById('deeper'), cache)).toBe(false);
    expect(visibleText(d.getElementById('wrap'), cache)).toBe('9133**********8A2X');
  });

  it('asked bottom up first (no memo of the wrapper yet), a hidden child of the wrapper stays hidden', () => {
    const d = doc();
    const cache = createVisibilityCache();
    expect(isVisible(d.getElementById('deeper'), cache)).toBe(false);
    expect(isVisible(d.getElementById('skeleton'), cache)).toBe(false);
    expect(isVisible(d.getElementById('shown'), cache)).toBe(true);
  });

  it('inline styles too; a wrapper hidden otherwise (display: none, hidden) hides the child whatever it sets', () => {
    const shown = (outer: string) => {
      const d = page(`<div ${outer}><span id="x" style="visibility: visible">9133**********8A2X</span></div>`, holderUrl);
      return isVisible(d.getElementById('x'), createVisibilityCache());
    };
    expect(shown('style="visibility: hidden"')).toBe(true);
    expect(shown('style="visibility: hidden; display: none"')).toBe(false);
    expect(shown('style="visibility: hidden" hidden')).toBe(false);
    expect(shown('style="visibility: hidden; opacity: 0"')).toBe(false);
  });

  it('the holder page reads the ID number the wrapper reveals, not the skeleton beside it', () => {
    const html =
      `<style>${css} .item { display: flex; } .lbl { width: 140px; }</style>` +
      `<div class="item"><div class="lbl">域名</div><div>mingshan-tea.cn</div></div>` +
      `<div class="item"><div class="lbl">域名持有者</div><div>宁波明山茶业有限公司</div></div>` +
      `<div class="item"><div class="lbl">证件类型</div><div>营业执照</div></div>` +
      `<div class="item"><div class="lbl">证件号码</div><div><span class="reveal"><span class="reveal-text">9133**********8A2X</span><span class="reveal-skeleton">3301**********0000</span></span></div></div>` +
      `<div class="item"><div class="lbl">到期时间</div><div>2027年3月20日 23:59</div></div>`;
    expect(read(html, holderUrl)?.facts.domains?.[0]?.registrantIdNumber).toBe('9133**********8A2X');
  });
});

describe('collapsibles closed by grid-template-rows: 0fr and by transform: scale(0) are not shown (dom/visibility.ts)', () => {
  const url = 'https://swas.console.aliyun.com/#/server/9e1c3a5b7d9f41c3e5a7b9d1f3c5e7a9/cn-shenzhen/dashboard';
  const shown = (css: string, outerClass: string) => {
    const d = page(`<style>${css}</style><div class="${outerClass}" id="outer"><div class="inner"><span id="v">100 Mbps</span></div></div>`, url);
    return isVisible(d.getElementById('v'), createVisibilityCache());
  };

  it('a grid with one 0fr row whose child clips its overflow hides it; 1fr, or a child that does not clip, shows it', () => {
    const css = `.c { display: grid; grid-template-rows: 0fr; } .c.open { grid-template-rows: 1fr; } .c > .inner { overflow: hidden; min-height: 0; } .d { display: grid; grid-template-rows: 0fr; }`;
    expect(shown(css, 'c')).toBe(false);
    expect(shown(css, 'c open')).toBe(true);
    expect(shown(css, 'd')).toBe(true);
  });

  it('scaleY(0) / scale(0) hide a closed dropdown; scaleY(1) and other transforms do not', () => {
    const css = `.m { transform: scaleY(0); transform-origin: top; } .m.open { transform: scaleY(1); } .z { transform: scale(0); } .r { transform: rotate(10deg) scale(1.2); }`;
    expect(shown(css, 'm')).toBe(false);
    expect(shown(css, 'm open')).toBe(true);
    expect(shown(css, 'z')).toBe(false);
    expect(shown(css, 'r')).toBe(true);
  });

  it('a detail page whose upgrade preview (grid-template-rows: 0fr) comes first gives the shown fields, not the preview\'s', () => {
    const html =
      `<style>.collapsible { display: grid; grid-template-rows: 0fr; } .collapsible > .inner { overflow: hidden; min-height: 0; } dl { display: grid; grid-template-columns: 120px 1fr; }</style>` +
      `<section><button aria-expanded="false">升级套餐预览</button><div class="collapsible"><div class="inner"><dl><dt>地域</dt><dd>华东2（上海）</dd><dt>峰值带宽</dt><dd>100 Mbps</dd><dt>到期时间</dt><dd>2028-03-20 23:59:59</dd></dl></div></div></section>` +
      `<section><h3>服务器信息</h3><dl><dt>实例ID</dt><dd>9e1c3a5b7d9f41c3e5a7b9d1f3c5e7a9</dd><dt>地域</dt><dd>华南1（深圳）</dd><dt>峰值带宽</dt><dd>30 Mbps</dd><dt>到期时间</dt><dd>2027-03-20 23:59:59</dd></dl></section>`;
    const s = read(html, url)?.facts.servers?.[0];
    expect([s?.region, s?.publicBandwidthMbps, s?.expiresAt]).toEqual(['cn-shenzhen', 30, '2027-03-20']);
  });
});
