import type { CDPSession, Page } from 'playwright-core';

/**
 * The extension draws in CLOSED shadow roots, which page scripts (and Playwright's locators) cannot
 * enter. The tests look inside through the DevTools protocol, as DevTools does: every element of our
 * hosts' shadow roots matching a selector, with its box, visibility and text.
 */
export interface OurBox {
  x: number;
  y: number;
  w: number;
  h: number;
  visible: boolean;
  text: string;
  label: string;
  objectId: string;
}

interface CdpNode {
  nodeId: number;
  nodeName: string;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

const sessions = new WeakMap<Page, CDPSession>();
async function cdp(page: Page): Promise<CDPSession> {
  let s = sessions.get(page);
  if (!s) {
    s = await page.context().newCDPSession(page);
    sessions.set(page, s);
  }
  return s;
}

/** DevTools node ids of the elements matching `selector` inside the shadow roots of the extension's hosts. */
export async function ourNodeIds(page: Page, selector: string): Promise<number[]> {
  const s = await cdp(page);
  const { root } = (await s.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  const roots: number[] = [];
  const walk = (n: CdpNode) => {
    if (n.nodeName === 'ICP-PREFLIGHT-WARNING') for (const r of n.shadowRoots ?? []) roots.push(r.nodeId);
    for (const c of n.children ?? []) walk(c);
    for (const r of n.shadowRoots ?? []) walk(r);
  };
  walk(root);
  const ids: number[] = [];
  for (const nodeId of roots) ids.push(...((await s.send('DOM.querySelectorAll', { nodeId, selector })) as { nodeIds: number[] }).nodeIds);
  return ids;
}

/** Elements matching `selector` inside the shadow roots of the extension's hosts. */
export async function ours(page: Page, selector: string): Promise<OurBox[]> {
  const s = await cdp(page);
  const out: OurBox[] = [];
  for (const id of await ourNodeIds(page, selector)) {
    // (a node the extension removed since it was listed — a marker redrawn — is no longer there: skipped, not an error)
    const resolved = (await s.send('DOM.resolveNode', { nodeId: id }).catch(() => undefined)) as { object: { objectId: string } } | undefined;
    if (!resolved) continue;
    const { object } = resolved;
    const { result } = (await s.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      returnByValue: true,
      functionDeclaration: `function () {
        const r = this.getBoundingClientRect();
        const cs = getComputedStyle(this);
        return { x: r.x, y: r.y, w: r.width, h: r.height, visible: cs.visibility !== 'hidden' && cs.display !== 'none' && r.width > 0 && r.height > 0,
                 text: this.innerText || this.textContent || '', label: this.getAttribute('aria-label') || '' };
      }`,
    })) as { result: { value: Omit<OurBox, 'objectId'> } };
    out.push({ ...result.value, objectId: object.objectId });
  }
  return out;
}

/** Wait until at least `min` visible elements match. */
export async function waitOurs(page: Page, selector: string, opts: { min?: number; timeout?: number; text?: RegExp } = {}): Promise<OurBox[]> {
  const deadline = Date.now() + (opts.timeout ?? 10_000);
  for (;;) {
    const found = (await ours(page, selector)).filter((b) => b.visible && (!opts.text || opts.text.test(b.text)));
    if (found.length >= (opts.min ?? 1)) return found;
    if (Date.now() > deadline) throw new Error(`no ${opts.min ?? 1} visible ${selector}${opts.text ? ` with ${opts.text}` : ''} in the extension's shadow roots`);
    await page.waitForTimeout(100);
  }
}

/** Calls a function on one of our elements (focus, click …). */
export async function callOn(page: Page, box: OurBox, fn: string): Promise<void> {
  const s = await cdp(page);
  await s.send('Runtime.callFunctionOn', { objectId: box.objectId, functionDeclaration: fn });
}

/** The value a function returns, called on one of our elements. */
export async function valueOn<T>(page: Page, box: OurBox, fn: string): Promise<T> {
  const s = await cdp(page);
  const { result } = (await s.send('Runtime.callFunctionOn', { objectId: box.objectId, functionDeclaration: fn, returnByValue: true })) as { result: { value: T } };
  return result.value;
}

export async function clickOur(page: Page, box: OurBox): Promise<void> {
  await page.mouse.click(box.x + box.w / 2, box.y + box.h / 2);
}

export const overlaps = (a: { x: number; y: number; w: number; h: number }, b: { x: number; y: number; w: number; h: number }) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** Computed style properties (of `pseudo`, e.g. '::before') of our elements matching `selector`, with each one's class. */
export async function ourStyles(page: Page, selector: string, pseudo: string | null, props: string[]): Promise<Record<string, string>[]> {
  const s = await cdp(page);
  const out: Record<string, string>[] = [];
  for (const id of await ourNodeIds(page, selector)) {
    const { object } = (await s.send('DOM.resolveNode', { nodeId: id })) as { object: { objectId: string } };
    const { result } = (await s.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      returnByValue: true,
      arguments: [{ value: pseudo }, { value: props }],
      functionDeclaration: `function (pseudo, props) {
        const cs = getComputedStyle(this, pseudo);
        const o = { class: this.className };
        for (const p of props) o[p] = cs.getPropertyValue(p);
        return o;
      }`,
    })) as { result: { value: Record<string, string> } };
    out.push(result.value);
  }
  return out;
}
