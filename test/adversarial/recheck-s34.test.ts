import { mkdtempSync, writeFileSync } from 'node:fs';
import { runCli } from '../helpers/cli-run';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryBackground } from '../helpers/memory-background';
import { ChecklistResponseSchema } from '../../src/messaging/contract';
import { displaySafe, escapedJson } from '../../src/messaging/display-safe';
import { addSightings, defaultOptions, emptyStoredFacts, importFactsFile, maskIdRuns, maskStored, mergeSightings, type StoredFacts } from '../../src/store';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';
import { MAX_ROWS_PER_READ } from '../../src/readers/dom/row-window';
import { tencentReaders } from '../../src/readers/tencent';
import { familyReadPage } from '../../src/ui/page/family-reader';
import { CHUNK_ROWS, createPageReading } from '../../src/ui/page/page-reading';

/**
 * Session 34's re-check of issue 11 ("Trust under hostile input") on the code as it is now: paths the
 * other files of test/adversarial/ do not take, each failing before its fix.
 */

const dir = mkdtempSync(join(tmpdir(), 'icp-recheck-'));
const cli = (argv: string[]) => runCli(argv, '2026-11-25T00:00:00+08:00');

// terminal and invisible controls: C0 / C1 (ESC, CSI, CR, BEL …), line and paragraph separators, tag characters, soft hyphen
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u2028\u2029\u{E0000}-\u{E007F}]/u;

describe('controls in page and file text reach no surface (display-safe)', () => {
  it('a name cannot drive the terminal, break a line or hide characters', () => {
    for (const raw of ['Bob\x1b[2K\rALL GOOD', 'a\nb', 'a\u2028b', 'x\u009b31my', 'bell\x07', 'Z\u{E0041}\u{E0042}', 'soft\u00adhyphen', 'nul\u0000']) {
      const out = displaySafe(raw);
      expect(out, JSON.stringify(raw)).not.toMatch(CONTROL);
      expect(out).not.toContain('\n');
    }
    // a line break is a space (the words stay apart); an ordinary name stays as it is
    expect(displaySafe('ALL\nGOOD')).toBe('ALL GOOD');
    expect(displaySafe('杭州周林空间设计工作室(普通合伙)')).toBe('杭州周林空间设计工作室(普通合伙)');
  });

  it('the command line’s text output carries none of a facts file’s controls, and no line of its making', async () => {
    const file = join(dir, 'controls.json');
    const entityName = 'Bob\x1b[2K\rALL GOOD\nfake line';
    writeFileSync(file, JSON.stringify({ version: 1, entity: { type: 'individual', name: entityName }, domains: [{ domain: 'ok.cn', registrantName: 'Eve\x1b]8;;http://evil.example\x07x\u2028' }], websites: [{ name: 's\x1b[31mw', domains: ['ok.cn'] }] }));
    const { code, stdout } = await cli(['lint', file]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/registrant of ok\.cn/);
    expect(stdout).not.toMatch(CONTROL);
    expect(stdout.split('\n').some((l) => l.startsWith('fake line'))).toBe(false);
  });
});

describe('the command line’s read prints a page’s text with its controls escaped', () => {
  it('C1 controls (the 8-bit CSI), line separators and tag characters in a name reach the terminal as \\u escapes', async () => {
    const url = 'https://console.cloud.tencent.com/beian/manage/process/20261204000214/confirm';
    const item = (l: string, v: string) => `<div class="tea-form__item"><label class="tea-form__label">${l}</label><div class="tea-form__controls">${v}</div></div>`;
    const file = join(dir, 'controls.html');
    writeFileSync(file, `<!DOCTYPE html><html><body><div id="app"><form class="tea-form"><fieldset class="tea-form-section"><legend>备案主体信息</legend>${item('主办单位名称', 'Eve\u009b2J\u2028X\u{E0041}\u00ad')}</fieldset></form></div></body></html>`);
    for (const json of [[], ['--json']]) {
      const { code, stdout } = await cli(['read', url, file, ...json]);
      expect(code).toBe(0);
      expect(stdout).toContain('Eve');
      expect(stdout).not.toMatch(CONTROL);
    }
  });
});

describe('the exported facts file (options page) writes direction and invisible controls as \\u escapes', () => {
  it('the same data, but no raw control in its text', () => {
    const { service } = memoryBackground({}, { ...defaultOptions, entityType: 'individual' as const, province: '河南' });
    const facts = { version: 1, entity: { type: 'individual', name: 'Alice\u202enc.elpmaxe' }, domains: [{ domain: 'ok.cn', registrantName: 'Eve\u2066x\u2069\u009b2J\u{E0041}\u2028' }] };
    return service.handle({ type: 'import-facts', name: 'f.json', file: facts }, { extensionPage: true }).then(async () => {
      const exported = ((await service.handle({ type: 'export-facts' }, { extensionPage: true })) as { facts: unknown }).facts;
      const text = escapedJson(exported, 2);
      expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u2028\u0080-\u009F]|\u{E0041}/u);
      expect(text).toContain('Alice\\u202enc.elpmaxe');
      expect(JSON.parse(text)).toEqual(exported);
    });
  });
});

describe('a domain label written wholly in Cyrillic or Greek letters that pass for Latin ones', () => {
  // аррӏе, ѕсоре, рау: every letter Cyrillic (а р ӏ е ѕ с о у), under a TLD that is not Cyrillic
  const spoofs = ['аррӏе.cn', 'ѕсоре.com', 'www.рау.cn', 'ορτυχ.cn'];

  it('is shown in punycode with the warning, as a mixed-script one is; Cyrillic and Greek names stay', () => {
    expect(displaySafe('The registrar of аррӏе.cn has not been seen.')).toBe('The registrar of xn--80ak6aa92e.cn (⚠ look-alike characters) has not been seen.');
    for (const s of spoofs) expect(displaySafe(s), s).toMatch(/^[\x00-\x7f]+ \(⚠ look-alike characters\)$/);
    // a Cyrillic TLD (пример.рф, аррӏе.рф: Russian names), or letters that pass for no Latin one (αβγ), are names as written
    for (const ok of ['пример.рф', 'аррӏе.рф', 'αβγ.cn', 'москва.рф', 'example.cn', '例子.中国']) expect(displaySafe(ok), ok).toBe(ok);
  });

  it('the popup’s checklist and the command line show it so', async () => {
    const { service } = memoryBackground({}, { ...defaultOptions, entityType: 'individual' as const, province: '河南' });
    const file = { version: 1, domains: [{ domain: 'аррӏе.cn', registrantName: 'Eve' }] };
    expect(await service.handle({ type: 'import-facts', name: 'f.json', file }, { extensionPage: true })).toMatchObject({ ok: true });
    const text = JSON.stringify(ChecklistResponseSchema.parse(await service.handle({ type: 'get-checklist' }, { extensionPage: true })).results);
    expect(text).not.toContain('аррӏе');
    expect(text).toContain('xn--80ak6aa92e.cn');
    const { stdout } = await cli(['check', 'аррӏе.cn']);
    expect(stdout).not.toContain('аррӏе');
    expect(stdout).toContain('xn--80ak6aa92e.cn');
  });
});

describe('what only the popup asks for is refused to a content script', () => {
  const TENCENT = 'https://console.cloud.tencent.com/cvm/instance/index';
  const content = { tab: { id: 4, url: TENCENT }, url: TENCENT };

  it.each([{ type: 'get-checklist' }, { type: 'check-domain', input: 'example.cn' }])('$type: the whole store’s results (every console family) are not answered to a console tab', async (msg) => {
    const { service } = memoryBackground({}, { ...defaultOptions, entityType: 'individual' as const, province: '河南' });
    const file = { version: 1, entity: { type: 'individual', name: '沈知秋', idNumber: '4101**********1234' }, servers: [{ id: 'i-bp1secret', product: 'ecs', billing: 'payg' }] };
    expect(await service.handle({ type: 'import-facts', name: 'f.json', file }, { extensionPage: true })).toMatchObject({ ok: true });
    // a Tencent Cloud page's content script (or a renderer that took it over) asking for what an Alibaba Cloud page read
    await expect(service.handle(msg, content)).rejects.toThrow(/not allowed from a web page/);
    await expect(service.handle(msg, {})).rejects.toThrow(/not allowed/);
    await expect(service.handle(msg, { extensionPage: true })).resolves.toBeTruthy();
  });
});

describe('a full ID number outside an ID field (a name, a website’s name or content) is masked on every path', () => {
  const FULL = '410105199003071234';
  const leaked = (x: unknown) => JSON.stringify(x).includes(FULL.slice(4, 14));
  const prov = { reader: 'test', url: 'https://beian.aliyun.com/', seenAt: '2026-12-04T00:00:00.000Z' };

  it('in free text: the number is masked where it stands, other figures stay', () => {
    expect(maskIdRuns(`沈知秋（${FULL}）`)).toBe('沈知秋(4101**********1234)');
    expect(maskIdRuns(`沈知秋 ４１０１０５１９９００３０７１２３Ｘ`)).toBe('沈知秋 4101**********123X');
    expect(maskIdRuns(`Eve 410105\u200b19900307\u00ad1234`)).toBe('Eve 4101**********1234');
    // an order number, a phone number, a number that is no ID number (no birth date in it), ICP numbers: as they are
    for (const ok of ['订单 20261204000214', '13800138000', '123456789012345678', '浙ICP备2026000001号-1', '杭州周林空间设计工作室（普通合伙）']) expect(maskIdRuns(ok)).toBe(ok);
  });

  it('a filing form’s name field holding the number: the reader, and the CLI’s read, give it masked', async () => {
    const url = 'https://console.cloud.tencent.com/beian/manage/process/20261204000214/confirm';
    const item = (l: string, v: string) => `<div class="tea-form__item"><label class="tea-form__label">${l}</label><div class="tea-form__controls">${v}</div></div>`;
    const html = `<!DOCTYPE html><html><body><div id="app"><form class="tea-form"><fieldset class="tea-form-section"><legend>备案主体信息</legend>${item('主办单位名称', `沈知秋（${FULL}）`)}${item('主办单位证件号码', '4101**********1234')}</fieldset></form></div></body></html>`;
    const facts = readPage(htmlToDocument(html, url), new URL(url))?.facts;
    expect(facts?.entity?.name).toBe('沈知秋(4101**********1234)');
    expect(leaked(facts)).toBe(false);
    const file = join(dir, 'form.html');
    writeFileSync(file, html);
    const { code, stdout } = await cli(['read', url, file]);
    expect(code).toBe(0);
    expect(stdout).toContain('沈知秋');
    expect(stdout).not.toContain(FULL.slice(4, 14));
  });

  it('the store, an import, the export and the store’s subject keys hold none', () => {
    const page = {
      version: 1 as const,
      entity: { type: 'individual' as const, name: `沈知秋 ${FULL}`, accountName: `沈知秋${FULL}`, idType: `居民身份证（${FULL}）` },
      websites: [{ name: `知秋小站 ${FULL}`, domains: ['example.cn'], content: `站长证件 ${FULL}` }],
      domains: [{ domain: 'example.cn', registrantName: `沈知秋 410105\u200b199003071234`, registrantIdType: `身份证 ${FULL}` }],
    };
    const stored = addSightings(emptyStoredFacts(), page, prov);
    const imported = importFactsFile(emptyStoredFacts(), page, prov);
    for (const state of [stored, imported]) {
      expect(leaked(state)).toBe(false);
      expect(leaked(mergeSightings(state))).toBe(false);
      expect(mergeSightings(state).entity?.name).toBe('沈知秋 4101**********1234');
    }
    // a store written before: its values, its website keys and filing keys are masked when read back
    const legacy: StoredFacts = {
      entity: [{ ...prov, filing: `name:沈知秋 ${FULL}`, facts: { type: 'individual', name: `沈知秋 ${FULL}` } }],
      websites: { [`name:知秋小站 ${FULL}`]: [{ ...prov, facts: { name: `知秋小站 ${FULL}`, domains: ['example.cn'] } }] },
      domains: { 'example.cn': [{ ...prov, facts: { domain: 'example.cn', registrantName: `沈知秋 ${FULL}` } }] },
      servers: {},
    };
    expect(leaked(maskStored(legacy))).toBe(false);
    expect(leaked(mergeSightings(legacy))).toBe(false);
  });

  it('the command line’s lint and check of a facts file print it masked', async () => {
    const file = join(dir, 'id-in-name.json');
    writeFileSync(file, JSON.stringify({ version: 1, entity: { type: 'individual', name: `沈知秋 ${FULL}`, idNumber: FULL }, domains: [{ domain: 'ok.cn', registrantName: `李四 ${FULL}` }] }));
    for (const argv of [['lint', file], ['lint', file, '--json'], ['check', 'ok.cn', '--facts', file]]) {
      const { stdout } = await cli(argv);
      expect(stdout, argv.join(' ')).toContain('沈知秋');
      expect(stdout).not.toContain(FULL.slice(4, 14));
    }
  });

  it('what a content script sends is masked before the background keeps it (facts, the tab’s filing and subjects)', async () => {
    const ECS = 'https://beian.aliyun.com/order/entity';
    const { service, state } = memoryBackground({}, { ...defaultOptions, entityType: 'individual' as const, province: '河南' });
    await service.handle({ type: 'page-facts', url: ECS, reader: 'test', facts: { version: 1, entity: { name: `沈知秋 ${FULL}` }, websites: [{ name: `站 ${FULL}`, domains: ['example.cn'] }] } }, { tab: { id: 2, url: ECS }, url: ECS });
    expect(Object.keys(state.facts.websites)).toHaveLength(1);
    expect(leaked(state.facts)).toBe(false);
    expect(leaked(state.tabs)).toBe(false);
  });
});

describe('the command line’s read of a saved list longer than the rows read per page', () => {
  const url = 'https://console.cloud.tencent.com/cvm/instance/index?rid=1';
  const row = (i: number) =>
    `<tr><td><a>ins-${String(i).padStart(8, '0')}</a><br><span>api-${i}</span></td><td>运行中</td><td>广州六区</td><td>标准型S6<br>4核 8GB 20Mbps</td><td>43.139.7.88（公）</td><td>按量计费</td></tr>`;
  const list = (n: number) =>
    `<!DOCTYPE html><html><body><div id="app"><h2>实例</h2><table><thead><tr><th>ID/名称</th><th>状态</th><th>可用区</th><th>实例配置</th><th>主IPv4地址</th><th>实例计费模式</th></tr></thead>` +
    `<tbody>${Array.from({ length: n }, (_, i) => row(i)).join('')}</tbody></table></div></body></html>`;

  it('says the page was read in part (facts.partial, as the extension’s facts do), never silently fewer servers', async () => {
    const file = join(dir, 'long-list.html');
    writeFileSync(file, list(MAX_ROWS_PER_READ + 40));
    const { code, stdout } = await cli(['read', url, file, '--json']);
    expect(code).toBe(0);
    const facts = JSON.parse(stdout) as { servers: unknown[]; partial?: unknown };
    expect(facts.servers).toHaveLength(MAX_ROWS_PER_READ);
    expect(facts.partial).toEqual({ rowsRead: MAX_ROWS_PER_READ, rowsShown: MAX_ROWS_PER_READ + 40 });
    writeFileSync(file, list(3));
    expect(JSON.parse((await cli(['read', url, file, '--json'])).stdout)).not.toHaveProperty('partial');
  }, 60_000);
});

describe('a console page reports the servers of its own cloud only', () => {
  it.each([
    ['a Tencent Cloud page', 'https://console.cloud.tencent.com/cvm/instance/index', ['ins-own00001']],
    ['an Alibaba Cloud page', 'https://ecs.console.aliyun.com/server/region/cn-hangzhou', ['i-bp1own00001', 'i-bp1own00002']],
  ])('%s: a server of the other cloud in its facts is left out, its own kept', async (_, url, own) => {
    const { service, state } = memoryBackground({}, { ...defaultOptions, entityType: 'individual' as const, province: '河南' });
    const servers = [
      { id: 'ins-own00001', provider: 'tencent', product: 'cvm', billing: 'payg' },
      { id: 'i-bp1own00001', product: 'ecs', billing: 'payg' },
      { id: 'i-bp1own00002', provider: 'aliyun', product: 'ecs', billing: 'payg' },
    ];
    await service.handle({ type: 'page-facts', url, reader: 'r', facts: { version: 1, servers } }, { tab: { id: 5, url }, url });
    expect(Object.keys(state.facts.servers).sort()).toEqual(own);
  });
});

describe('a Tencent Cloud list of filing authorization codes longer than one chunk of the read', () => {
  it('keeps every code a server shows, those of later chunks too (one row per code, a server on many rows)', async () => {
    const url = 'https://console.cloud.tencent.com/beian/authcode';
    const n = CHUNK_ROWS + 50;
    const row = (i: number) =>
      `<tr><td><div>BA5K7M9P${String(i).padStart(8, '0')}</div></td><td><div><p>云服务器 <a>ins-${String(i % 5).padStart(8, '0')}</a></p></div></td><td><div>100076543210</div></td><td><div><span>已使用</span></div></td></tr>`;
    const html = `<!DOCTYPE html><html><body><div id="app"><h2>备案授权码</h2><table><thead><tr><th>备案授权码</th><th>关联的云服务</th><th>授权使用账户</th><th>状态</th></tr></thead><tbody>${Array.from({ length: n }, (_, i) => row(i)).join('')}</tbody></table></div></body></html>`;
    const doc = htmlToDocument(html, url);
    const whole = familyReadPage(tencentReaders)(doc, new URL(url));
    const chunked = await createPageReading(familyReadPage(tencentReaders), { idle: (fn) => setTimeout(fn, 0) }).read(doc, new URL(url));
    const codes = (f: typeof whole) => (f?.facts.servers ?? []).flatMap((s) => (s.authorizationCodes ?? []).map((c) => c.code)).sort();
    expect(codes(whole)).toHaveLength(n);
    expect(chunked?.facts.servers).toHaveLength(5);
    expect(codes(chunked)).toEqual(codes(whole));
    expect(chunked?.facts.partial).toBeUndefined();
  }, 60_000);
});

describe('a subject’s own list longer than the schema allows', () => {
  it('a server showing 150 filing authorization codes is kept with 100, not left out; a domain’s statuses are not cut', async () => {
    const url = 'https://console.cloud.tencent.com/beian/authcode';
    const { service, state } = memoryBackground({}, { ...defaultOptions, entityType: 'individual' as const, province: '河南' });
    const authorizationCodes = Array.from({ length: 150 }, (_, i) => ({ code: `BA${String(i).padStart(12, '0')}`, status: 'used' }));
    // a domain's 60 statuses are not cut (the 51st could be a hold): that domain is left out, as before
    const status = Array.from({ length: 60 }, (_, i) => `s${i}`);
    const facts = { version: 1, servers: [{ id: 'ins-00000001', provider: 'tencent', product: 'cvm', region: 'ap-guangzhou', authorizationCodes }], domains: [{ domain: 'ok.cn', status }, { domain: 'fine.cn' }] };
    await service.handle({ type: 'page-facts', url, reader: 'tencent-beian-authcode', facts }, { tab: { id: 3, url }, url });
    expect(state.facts.servers['ins-00000001']?.[0]?.facts.authorizationCodes).toHaveLength(100);
    expect(state.facts.servers['ins-00000001']?.[0]?.facts.region).toBe('ap-guangzhou');
    expect(Object.keys(state.facts.domains)).toEqual(['fine.cn']);
  });
});
