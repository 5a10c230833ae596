// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * src/content/script-context.ts, the content scripts' context in place of WXT's: it stops the script's
 * work when the extension goes away or a newer copy of the script starts, and reports SPA navigation.
 * (test/build/content-script-context.test.ts: the builds use it.)
 */
const runtime: { id?: string } = { id: 'ext-id' };
vi.mock('wxt/browser', () => ({ browser: { runtime } }));
const { ContentScriptContext } = await import('../../src/content/script-context');

beforeEach(() => {
  runtime.id = 'ext-id';
});
afterEach(() => {
  vi.useRealTimers();
  delete (globalThis as { navigation?: unknown }).navigation;
});

describe('ContentScriptContext', () => {
  it('runs timeouts and listeners while valid, none of them once invalidated', () => {
    vi.useFakeTimers();
    const ctx = new ContentScriptContext('ecs');
    const ran: string[] = [];
    ctx.setTimeout(() => ran.push('first'), 10);
    ctx.addEventListener(window, 'resize', () => ran.push('resize'));
    vi.advanceTimersByTime(10);
    window.dispatchEvent(new Event('resize'));
    expect(ran).toEqual(['first', 'resize']);
    const invalidated: string[] = [];
    ctx.onInvalidated(() => invalidated.push('cleanup'));
    ctx.setTimeout(() => ran.push('second'), 10);
    ctx.notifyInvalidated();
    vi.advanceTimersByTime(20);
    window.dispatchEvent(new Event('resize'));
    expect(ran).toEqual(['first', 'resize']);
    expect(invalidated).toEqual(['cleanup']);
    expect(ctx.isValid).toBe(false);
  });

  it('is invalid once the extension is gone (updated, reloaded, removed): a pending timeout does not run', () => {
    vi.useFakeTimers();
    const ctx = new ContentScriptContext('domain');
    const ran: string[] = [];
    const invalidated: string[] = [];
    ctx.onInvalidated(() => invalidated.push('cleanup'));
    ctx.setTimeout(() => ran.push('late'), 10);
    expect(ctx.isValid).toBe(true);
    runtime.id = undefined;
    vi.advanceTimersByTime(10);
    expect(ran).toEqual([]);
    expect(invalidated).toEqual(['cleanup']);
    expect(ctx.isValid).toBe(false);
  });

  it('a newer copy of the same script stops the older one; another script does not', () => {
    const older = new ContentScriptContext('tencent');
    const other = new ContentScriptContext('beian');
    expect(older.isValid).toBe(true);
    const newer = new ContentScriptContext('tencent');
    expect(older.isValid).toBe(false);
    expect(newer.isValid).toBe(true);
    expect(other.isValid).toBe(true);
  });

  it('a copy started by WXT’s own context (the version before this one) stops too: same event, same detail', () => {
    const ctx = new ContentScriptContext('swas');
    document.dispatchEvent(new CustomEvent('ext-id:swas:wxt:content-script-started', { detail: { contentScriptName: 'swas', messageId: 'wxt-copy' } }));
    expect(ctx.isValid).toBe(false);
    const seen: unknown[] = [];
    document.addEventListener('ext-id:ecs:wxt:content-script-started', (e) => seen.push((e as CustomEvent).detail));
    new ContentScriptContext('ecs');
    expect(seen).toEqual([{ contentScriptName: 'ecs', messageId: expect.any(String) }]);
  });

  it('reports location changes (history.pushState) by polling when there is no Navigation API; not after invalidation', () => {
    vi.useFakeTimers();
    history.replaceState({}, '', '/server/region/cn-hangzhou');
    const ctx = new ContentScriptContext('ecs');
    const changes: string[] = [];
    ctx.addEventListener(window, 'wxt:locationchange', (e: { newUrl: URL; oldUrl: URL }) => changes.push(`${e.oldUrl.pathname} → ${e.newUrl.pathname}${e.newUrl.search}`));
    vi.advanceTimersByTime(1000);
    expect(changes).toEqual([]);
    history.pushState({}, '', '/server/region/cn-hangzhou?page=2');
    vi.advanceTimersByTime(1000);
    expect(changes).toEqual(['/server/region/cn-hangzhou → /server/region/cn-hangzhou?page=2']);
    ctx.notifyInvalidated();
    history.pushState({}, '', '/server/region/cn-beijing');
    vi.advanceTimersByTime(2000);
    expect(changes).toHaveLength(1);
  });

  it('reports location changes from the Navigation API where the browser has it', () => {
    const navigation = new EventTarget();
    (globalThis as { navigation?: unknown }).navigation = navigation;
    history.replaceState({}, '', '/cvm/index');
    const ctx = new ContentScriptContext('tencent');
    const changes: string[] = [];
    ctx.addEventListener(window, 'wxt:locationchange', (e: { newUrl: URL }) => changes.push(e.newUrl.pathname));
    const navigate = (url: string) => navigation.dispatchEvent(Object.assign(new Event('navigate'), { destination: { url } }));
    navigate(new URL('/cvm/index', location.href).href); // same URL: no change
    navigate(new URL('/lighthouse/instance', location.href).href);
    expect(changes).toEqual(['/lighthouse/instance']);
    ctx.notifyInvalidated();
    navigate(new URL('/domain', location.href).href);
    expect(changes).toEqual(['/lighthouse/instance']);
  });
});
