// Renders the pages in ./pages with the real component libraries (Alibaba Fusion @alifd/next, antd 5) in
// Chromium and saves each as a held-out fixture under ../aliyun/<page-id>/. Not part of the test suite.
// Usage (see README.md): LIBGEN=/path/to/scratch node generate.mjs [page-name ...]
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const scratch = process.env.LIBGEN;
if (!scratch) throw new Error('set LIBGEN to the scratch directory where the libraries are installed');
const req = createRequire(join(scratch, 'package.json'));
const esbuild = req('esbuild');
const { chromium } = req('playwright-core');
const version = (p) => req(`${p}/package.json`).version;
const fusionCss = readFileSync(req.resolve('@alifd/next/dist/next.css'), 'utf8');
const antd4Css = () => readFileSync(join(dirname(req.resolve('antd4/package.json')), 'dist/antd.css'), 'utf8');
const tdesignCss = () => readFileSync(join(dirname(req.resolve('tdesign-react/package.json')), 'dist/tdesign.min.css'), 'utf8');

// hover a trigger, then move away: the library keeps the closed popup in the DOM (a hidden decoy)
const hoverAway = (selector, index = 0) => async (page) => {
  const el = page.locator(selector).nth(index);
  await el.hover();
  await page.waitForTimeout(900);
  if (process.env.LIBGEN_DEBUG) console.log('open popups:', await page.evaluate(() => document.querySelectorAll('[role=tooltip], .next-balloon, .next-overlay-wrapper, .ant-tooltip').length));
  await page.mouse.move(5, 5);
  await page.waitForTimeout(1200);
};

const pages = [
  { src: 'ecs-instance-list.fusion.jsx', out: 'ecs-instance-list/zh-lib-fusion-locked-columns-selection-help-icons-tags.html', lib: 'fusion',
    title: '实例 - 云服务器 ECS', after: hoverAway('th .hd-help', 1) },
  { src: 'ecs-instance-detail.fusion.jsx', out: 'ecs-instance-detail/zh-lib-fusion-card-form-preview-grid-rows-bandwidth-billing.html', lib: 'fusion',
    title: '实例详情 - 云服务器 ECS' },
  { src: 'domain-list.antd.jsx', out: 'domain-list/zh-lib-antd5-selection-fixed-right-sorters-ellipsis-hidden-tooltip.html', lib: 'antd',
    title: '域名列表 - 域名控制台', after: hoverAway('th .hd-help') },
  { src: 'domain-holder.antd.jsx', out: 'domain-holder/zh-lib-antd5-descriptions-bordered-tooltip-label-hidden-tooltip.html', lib: 'antd',
    title: '域名信息 - 域名控制台', variant: 'bordered', after: hoverAway('.label-help', 0) },
  { src: 'domain-holder.antd.jsx', out: 'domain-holder/zh-lib-antd5-descriptions-vertical-unverified-alert.html', lib: 'antd',
    title: '域名信息 - 域名控制台', variant: 'vertical' },
  { src: 'beian-website.antd.jsx', out: 'beian-website/zh-lib-antd5-form-edit-tags-select-radio-extra-help.html', lib: 'antd',
    title: '填写网站信息 - ICP代备案管理系统' },
  { src: 'beian-entity.fusion.jsx', out: 'beian-entity/zh-lib-fusion-form-edit-cascader-radio-disabled-id.html', lib: 'fusion',
    title: '填写主体信息 - ICP代备案管理系统' },
  // second batch (written after dom/units.ts had been read for the first fix; see README)
  { src: 'swas-instance-list.antd.jsx', out: 'swas-instance-list/zh-lib-antd5-virtual-table-window-fixed-left-copyable.html', lib: 'antd',
    title: '服务器列表 - 轻量应用服务器' },
  { src: 'ecs-instance-detail.antd.jsx', out: 'ecs-instance-detail/zh-lib-antd5-tabs-force-rendered-hidden-panes-bordered-descriptions.html', lib: 'antd',
    title: '实例详情 - 云服务器 ECS' },
  { src: 'domain-list.fusion.jsx', out: 'domain-list/zh-lib-fusion-fixed-header-split-tables-tag-buttons.html', lib: 'fusion',
    title: '域名列表 - 域名控制台' },
  { src: 'ecs-instance-list-en.antd.jsx', out: 'ecs-instance-list/en-lib-antd5-grouped-header-expanded-row-fixed-right.html', lib: 'antd',
    title: 'Instances - Elastic Compute Service', lang: 'en' },
  // third batch (session 31): Tencent Cloud pages rendered with TDesign (tdesign-react), Tencent's open
  // design system; tea-component, the console's own library, is not used (UNLICENSED)
  { src: 'tencent-cvm-instance-list.tdesign.jsx', out: 'cvm-instance-list/zh-lib-tdesign-fixed-columns-selection-header-tooltip-copy-icons.html', lib: 'tdesign', provider: 'tencent',
    title: '实例 - 云服务器 - 控制台', after: hoverAway('th .hd-help') },
  { src: 'tencent-cvm-instance-detail.tdesign.jsx', out: 'cvm-instance-detail/zh-lib-tdesign-tabs-card-bordered-descriptions-two-columns-links-in-values.html', lib: 'tdesign', provider: 'tencent',
    title: '实例详情 - 云服务器 - 控制台' },
  { src: 'tencent-domain-list.tdesign.jsx', out: 'domain-list/zh-lib-tdesign-selection-sorters-status-tags-fixed-actions-alert.html', lib: 'tdesign', provider: 'tencent',
    title: '我的域名 - 域名注册 - 控制台', after: hoverAway('th .hd-help') },
  { src: 'tencent-domain-info.tdesign.jsx', out: 'domain-info/zh-lib-tdesign-tabs-two-bordered-descriptions-verified-date-masked-id.html', lib: 'tdesign', provider: 'tencent',
    title: '域名详情 - 域名注册 - 控制台' },
  { src: 'tencent-beian-authcode.tdesign.jsx', out: 'beian-authcode/zh-lib-tdesign-tabs-table-status-tags-copy-icons-alert-example.html', lib: 'tdesign', provider: 'tencent',
    title: '备案授权码 - 网站备案 - 控制台' },
  { src: 'tencent-beian-form.tdesign.jsx', out: 'beian-form/zh-lib-tdesign-steps-entity-summary-form-inputs-select-radio-textarea-counter.html', lib: 'tdesign', provider: 'tencent',
    title: '填写网站信息 - 网站备案 - 控制台' },
  { src: 'tencent-lighthouse-instance-list.tdesign.jsx', out: 'lighthouse-instance-list/zh-lib-tdesign-card-grid-descriptions-remaining-days-tag.html', lib: 'tdesign', provider: 'tencent',
    title: '服务器 - 轻量应用服务器 - 控制台' },
  // fourth batch (session 31): Alibaba Cloud pages in antd 4 (installed as `antd4`: npm i antd4@npm:antd@4)
  { src: 'beian-entity.antd4.jsx', out: 'beian-entity/zh-lib-antd4-vertical-form-cascader-error-help-extra-disabled-id.html', lib: 'antd4',
    title: '填写主体信息 - ICP代备案管理系统', after: hoverAway('.ant-form-item-tooltip') },
  { src: 'domain-list.antd4.jsx', out: 'domain-list/zh-lib-antd4-fixed-columns-copyable-badge-status-sorted-hidden-tooltip.html', lib: 'antd4',
    title: '域名列表 - 域名控制台', after: hoverAway('th .hd-help') },
  { src: 'ecs-instance-detail.antd4.jsx', out: 'ecs-instance-detail/zh-lib-antd4-tabs-statistic-bordered-descriptions-three-columns-copyable.html', lib: 'antd4',
    title: '实例详情 - 云服务器 ECS' },
  { src: 'tencent-lighthouse-instance-detail.tdesign.jsx', out: 'lighthouse-instance-detail/zh-lib-tdesign-vertical-descriptions-collapsed-history-closed-dialog-unit-span.html', lib: 'tdesign', provider: 'tencent',
    title: '实例详情 - 轻量应用服务器 - 控制台' },
  { src: 'tencent-domain-info-en.tdesign.jsx', out: 'domain-info/en-intl-lib-tdesign-bordered-vertical-items-open-popup-verified-on-line.html', lib: 'tdesign', provider: 'tencent', lang: 'en',
    title: 'Domain Details - Domains - Console' },
  { src: 'tencent-cvm-instance-list-grouped.tdesign.jsx', out: 'cvm-instance-list/zh-lib-tdesign-grouped-header-rowspan-zone-open-drawer-footer-summary.html', lib: 'tdesign', provider: 'tencent',
    title: '实例 - 云服务器 - 控制台' },
];

function banner(lib) {
  const react = `React ${version('react')}`;
  if (lib === 'antd4') return `<!-- Rendered by antd ${version('antd4')} (${react}) in Chromium by test/fixtures-unseen/library-rendered/generate.mjs; the inlined CSS is antd 4's dist/antd.css (MIT licence), pruned to the rules that match this page. -->`;
  if (lib === 'tdesign') return `<!-- Rendered by TDesign tdesign-react ${version('tdesign-react')} (${react}) in Chromium by test/fixtures-unseen/library-rendered/generate.mjs; the inlined CSS is tdesign-react's (MIT licence), pruned to the rules that match this page. -->`;
  if (lib === 'fusion') return `<!-- Rendered by Alibaba Fusion @alifd/next ${version('@alifd/next')} (${react}) in Chromium by test/fixtures-unseen/library-rendered/generate.mjs; the inlined CSS is @alifd/next's (MIT licence), pruned to the rules that match this page. -->`;
  return `<!-- Rendered by antd ${version('antd')} (${react}) in Chromium by test/fixtures-unseen/library-rendered/generate.mjs; the inlined CSS is antd's CSS-in-JS output (MIT licence), pruned to the rules that match this page. -->`;
}

// runs in the page: keep the style rules whose selector (pseudo-classes / elements stripped) matches an element
function prunedCss() {
  const strip = (sel) => sel.replace(/::?[a-zA-Z-]+(\((?:[^()]|\([^()]*\))*\))?/g, (m) => {
    // :where(X) / :is(X) / :not(X): keep the inside of :where / :is, drop :not
    const w = /^:(where|is)\((.*)\)$/.exec(m);
    return w ? w[2] : '';
  }).trim();
  const matches = (selectorText) => selectorText.split(',').some((part) => {
    let s = strip(part);
    s = s.replace(/[>+~]\s*$/, '').trim();
    if (!s) return /^\s*:(root|host)/.test(part) ? true : false;
    try { return !!document.querySelector(s); } catch { return false; }
  });
  const keep = (rules) => {
    const out = [];
    for (const r of rules) {
      if (r instanceof CSSStyleRule) { if (matches(r.selectorText)) out.push(r.cssText); }
      else if (r instanceof CSSMediaRule || r instanceof CSSSupportsRule) {
        const inner = keep(r.cssRules);
        if (inner.length) out.push(`${r.cssText.slice(0, r.cssText.indexOf('{'))}{${inner.join('\n')}}`);
      }
      // @keyframes, @font-face, @import, @layer statements: left out
    }
    return out;
  };
  const all = [];
  for (const sheet of document.styleSheets) {
    try { all.push(...keep(sheet.cssRules)); } catch { /* unreadable: none here */ }
  }
  return all.join('\n');
}

function finalize({ css, bannerText }) {
  // property state into attributes (a saved page keeps attributes only)
  for (const el of document.querySelectorAll('input, textarea')) {
    if (el.type === 'checkbox' || el.type === 'radio') { if (el.checked) el.setAttribute('checked', ''); else el.removeAttribute('checked'); }
    else if (el.tagName === 'TEXTAREA') el.textContent = el.value;
    else if (el.value) el.setAttribute('value', el.value);
  }
  for (const s of document.querySelectorAll('script, style, link[rel=stylesheet]')) s.remove();
  document.body.removeAttribute('data-rendered');
  const style = document.createElement('style');
  style.textContent = '\n' + css + '\n';
  document.head.appendChild(style);
  return `<!DOCTYPE html>\n${bannerText}\n${document.documentElement.outerHTML}\n`;
}

const only = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
const work = mkdtempSync(join(tmpdir(), 'libgen-'));
try {
  for (const p of pages) {
    if (only.length && !only.some((o) => p.src.includes(o) || p.out.includes(o))) continue;
    const built = await esbuild.build({
      entryPoints: [join(here, 'pages', p.src)], bundle: true, write: false, format: 'iife', jsx: 'automatic', jsxImportSource: 'react', tsconfigRaw: {},
      nodePaths: [join(scratch, 'node_modules')], define: { 'process.env.NODE_ENV': '"production"' },
      loader: { '.js': 'jsx' }, logLevel: 'error', legalComments: 'none',
      plugins: [{
        // bare imports of the page sources come from the scratch directory, never from the repository's
        // node_modules (which has no React)
        name: 'scratch-modules',
        setup(b) {
          b.onResolve({ filter: /^[^./]/ }, (a) => (a.importer.startsWith(join(here, 'pages')) || a.kind === 'entry-point'
            ? { path: req.resolve(a.path) } : undefined));
        },
      }],
    });
    const js = built.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
    const html = `<!DOCTYPE html><html lang="${p.lang || 'zh-CN'}"><head><meta charset="utf-8"><title>${p.title}</title>` +
      (p.lib === 'fusion' ? `<style>${fusionCss}</style>` : p.lib === 'tdesign' ? `<style>${tdesignCss()}</style>` : p.lib === 'antd4' ? `<style>${antd4Css()}</style>` : '') +
      `</head><body><div id="root"></div><script>window.__VARIANT__ = ${JSON.stringify(p.variant || '')};</script><script>${js}</script></body></html>`;
    const file = join(work, p.src.replace(/\.jsx$/, '.html'));
    writeFileSync(file, html);
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto('file://' + file);
    await page.waitForSelector('body[data-rendered]', { state: 'attached', timeout: 15000 }).catch((e) => { throw new Error(p.src + ': ' + errors.join('; ') + ' ' + e.message); });
    await page.waitForTimeout(800);
    if (p.after) await p.after(page);
    if (process.env.LIBGEN_DEBUG) {
      console.log('popups after:', await page.evaluate(() => [...document.querySelectorAll('[role=tooltip], .next-balloon, .next-overlay-wrapper, .ant-tooltip')].map((e) => e.className + ' ' + getComputedStyle(e).display)));
      await page.screenshot({ path: join(work, p.out.replace(/\//g, '_') + '.png'), fullPage: true });
      console.log('screenshot', join(work, p.out.replace(/\//g, '_') + '.png'));
    }
    const css = await page.evaluate(prunedCss);
    const out = await page.evaluate(finalize, { css, bannerText: banner(p.lib) });
    const dest = join(here, '..', p.provider || 'aliyun', p.out);
    writeFileSync(dest, out);
    console.log(`${p.out}: ${(out.length / 1024).toFixed(0)} KB (css ${(css.length / 1024).toFixed(0)} KB)${errors.length ? ' errors: ' + errors.join('; ') : ''}`);
    await page.close();
  }
} finally {
  await browser.close();
}
