// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://ecs.console.aliyun.com/server/region/cn-hangzhou#/micro"}
import { beforeEach, describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';
import { shownCopy } from '../../src/readers/dom/shadow-copy';
import { fixedEcsId } from '../e2e/pages/fixed-rows';
import { shadowEcsApp } from '../e2e/pages/shadow-mount';

/**
 * A micro-frontend's stylesheet sits INSIDE its shadow root (qiankun strictStyleIsolation): what it
 * hides — a closed menu with a date, a hidden popover with a bandwidth — is not shown, so the copy of
 * what is shown (src/readers/dom/shadow-copy.ts) leaves it out and the readers never read it.
 * The decoys: ../e2e/pages/shadow-mount.ts shadowEcsApp({ decoys: true }) (2031-01-01, 100 Mbps).
 */
const URL_ = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou#/micro';
const app = shadowEcsApp(3, { decoys: true });
const appStyle = app.match(/<style>([\s\S]*?)<\/style>/)![1]!;
const appContent = app.replace(/<style>[\s\S]*?<\/style>/, '');

function expectNoDecoys(doc: Document) {
  const servers = readPage(doc, new URL(URL_))?.facts.servers;
  // read, with what is shown: billing of each row, the pay-as-you-go creation date is no expiry
  expect(servers?.map((s) => [s.id, s.billing])).toEqual([
    [fixedEcsId(0), 'payg'],
    [fixedEcsId(1), 'subscription'],
    [fixedEcsId(2), 'subscription'],
  ]);
  for (const s of servers ?? []) {
    expect(s.expiresAt).toBeUndefined();
    expect(s.publicBandwidthMbps).toBeUndefined();
  }
  const text = shownCopy(doc)?.body.textContent ?? '';
  expect(text).toContain(fixedEcsId(2));
  expect(text).not.toContain('2031-01-01');
  expect(text).not.toContain('100Mbps');
}

describe("elements hidden by a shadow root's own style sheets are not shown (live page)", () => {
  let root: ShadowRoot;
  beforeEach(() => {
    document.body.innerHTML = '<div class="topbar">阿里云 | 云服务器 ECS</div><div id="host" class="ready"></div>';
    root = document.getElementById('host')!.attachShadow({ mode: 'open' });
  });

  it('a <style> in the root', () => {
    root.innerHTML = app;
    expectNoDecoys(document);
  });

  it('a <style> in a wrapper at the top of the root', () => {
    root.innerHTML = `<div id="app-wrapper"><div class="app-head"><style>${appStyle}</style></div>${appContent}</div>`;
    expectNoDecoys(document);
  });

  it('an adopted style sheet (constructable)', () => {
    const sheet = new (window as unknown as { CSSStyleSheet: new () => CSSStyleSheet }).CSSStyleSheet();
    sheet.replaceSync(appStyle);
    root.adoptedStyleSheets = [sheet];
    root.innerHTML = appContent;
    expectNoDecoys(document);
  });

  it('rules written through :host', () => {
    root.innerHTML = `<style>${appStyle.replace('.more {', ':host .more {').replace('.menu {', ':host(.ready) .menu {')}</style>${appContent}`;
    expect(root.querySelector('style')!.textContent).toContain(':host(.ready) .menu {');
    expectNoDecoys(document);
  });

  it('a root inside a root: the inner root its own sheet hides', () => {
    root.innerHTML = '<nav>菜单</nav><div id="inner"></div>';
    root.getElementById('inner')!.attachShadow({ mode: 'open' }).innerHTML = app;
    expectNoDecoys(document);
  });

  it("a root's sheet does not hide the page's own elements slotted into it, nor another root's", () => {
    document.getElementById('host')!.innerHTML = '<span class="menu">主机名 web-slotted</span>';
    root.innerHTML = '<style>.menu { display: none; }</style><div class="menu">收起的菜单</div><slot></slot><div id="other"></div>';
    root.getElementById('other')!.attachShadow({ mode: 'open' }).innerHTML = '<span class="menu">另一个根</span>';
    const text = shownCopy(document)?.body.textContent ?? '';
    expect(text).toContain('web-slotted');
    expect(text).toContain('另一个根');
    expect(text).not.toContain('收起的菜单');
  });
});

describe("a saved page's declarative shadow root with its <style> (the CLI's parser)", () => {
  it('the decoys the root hides are not read', () => {
    const doc = htmlToDocument(`<!DOCTYPE html><html><head><title>云服务器 ECS</title></head><body><div class="topbar">阿里云</div><div id="host"><template shadowrootmode="open">${app}</template></div></body></html>`, URL_);
    expect(doc.getElementById('host')?.shadowRoot?.querySelector('style')).toBeTruthy();
    expectNoDecoys(doc);
  });
});
