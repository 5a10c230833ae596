import { mkdtempSync, writeFileSync } from 'node:fs';
import { runCli } from '../helpers/cli-run';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aliyunLabels } from '../../src/readers/aliyun/labels';
import { registerUnitWords } from '../../src/readers/dom/units';
import { tencentLabels } from '../../src/readers/tencent/labels';
import { addSightings, emptyStoredFacts, importFactsFile, maskIdRuns, mergeSightings } from '../../src/store';
import { cvmDetail, cvmUrl, ecsDetail, ecsUrl, infoRow, read, teaItem } from '../helpers/console-pages';

/**
 * Reader items reported but not fixed in session 34 (/work/notes/gaps35.md), each as a small console page
 * that failed before its fix.
 */

const cvmBw = (v: string) => read(cvmDetail(teaItem('公网 IP', '119.29.1.1') + teaItem('带宽上限', v)), cvmUrl)?.facts.servers?.[0]?.publicBandwidthMbps;
const ecsBw = (v: string) => read(ecsDetail(infoRow('公网IP', '47.98.1.2') + infoRow('公网带宽', v)), ecsUrl)?.facts.servers?.[0]?.publicBandwidthMbps;
const cvmExpiry = (v: string) => read(cvmDetail(teaItem('到期时间', v)), cvmUrl)?.facts.servers?.[0]?.expiresAt;
const ecsExpiry = (v: string) => read(ecsDetail(infoRow('到期时间', v)), ecsUrl)?.facts.servers?.[0]?.expiresAt;

const domainUrl = 'https://console.cloud.tencent.com/domain/info/wanghw.net';
const domainInfo = (owner: string) =>
  `<div class="tea-card"><div class="tea-card__body"><div class="tea-form">${teaItem('域名', 'wanghw.net')}${teaItem('域名所有者', owner)}${teaItem('证件类型', '身份证')}</div></div></div>`;
const registrant = (v: string) => read(domainInfo(v), domainUrl)?.facts.domains?.[0]?.registrantName;

describe('a bracketed note about a change not yet in effect, with no colon, is no part of the value (dom/units.ts isPendingNote)', () => {
  it('王宏伟（修改审核中 杭州宏伟网络科技有限公司）is 王宏伟 (had given the name with the note)', () => {
    expect(registrant('王宏伟（修改审核中 杭州宏伟网络科技有限公司）')).toBe('王宏伟');
    expect(registrant('王宏伟 <span class="tea-text-weak">（修改审核中 杭州宏伟网络科技有限公司）</span>')).toBe('王宏伟');
    expect(registrant('王宏伟 (Pending Hangzhou Hongwei Network Co., Ltd.)')).toBe('王宏伟');
  });

  it('a note in an element of its own after the value needs no bracket either: 王宏伟 <span>修改审核中 杭州…</span> is 王宏伟', () => {
    expect(registrant('王宏伟 <span class="tea-text-weak">修改审核中 杭州宏伟网络科技有限公司</span>')).toBe('王宏伟');
    expect(registrant('<span>王宏伟</span><div class="note">Pending Hangzhou Hongwei Network Co., Ltd.</div>')).toBe('王宏伟');
    // the value's own element, or text in the same run, is no note: as it was
    expect(registrant('<span>审核中 王宏伟</span>')).toBe('审核中 王宏伟');
    expect(registrant('王宏伟 原信息科技')).toBe('王宏伟 原信息科技');
  });

  // guards: a bandwidth and a date were read as the first figure and date already (held before); they stay so
  it('5 Mbps（待生效 100 Mbps）and 6 Mbps (pending 12 Mbps) are 5 and 6', () => {
    for (const [v, mbps] of [['5 Mbps（待生效 100 Mbps）', 5], ['6 Mbps (pending 12 Mbps)', 6], ['5Mbps（待生效100Mbps）', 5], ['6 Mbps (Pending 12 Mbps)', 6]] as const) {
      expect(cvmBw(v), v).toBe(mbps);
      expect(ecsBw(v), v).toBe(mbps);
    }
  });

  it('2026-12-15（续费生效后 2027-12-15）is 2026-12-15', () => {
    for (const v of ['2026-12-15（续费生效后 2027-12-15）', '2026-12-15 23:59:59（续费生效后 2027-12-15 23:59:59）']) {
      expect(cvmExpiry(v), v).toBe('2026-12-15');
      expect(ecsExpiry(v), v).toBe('2026-12-15');
    }
  });

  // guards: a word that only begins a longer word, and a bracket with no pending word, stay part of the value
  it('a bracket that opens with a longer word, or with no pending word, is still part of the name', () => {
    expect(registrant('杭州青禾设计事务所（普通合伙）')).toBe('杭州青禾设计事务所(普通合伙)');
    expect(registrant('杭州原信息科技有限公司')).toBe('杭州原信息科技有限公司');
    expect(registrant('王宏伟（originally 杭州宏伟）')).toBe('王宏伟(originally 杭州宏伟)');
  });
});

describe('text struck through by CSS is a value taken away, as <del>\'s is (dom/struck.ts; dom/units.ts kindOf)', () => {
  const url = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=website&changeType=changeWebsite';
  const item = (label: string, control: string) =>
    `<div class="next-form-item"><div class="next-form-item-label"><label>${label}</label></div><div class="next-form-item-control">${control}</div></div>`;
  const form = (domains: string) =>
    `<form class="next-form">${item('网站名称', '<span class="next-input"><input value="清溪茶舍官网"></span>')}${item('网站域名', domains)}</form>`;
  const tags = '<span class="next-tag"><span class="next-tag-body">qingxi-tea.cn</span></span> <span class="next-tag"><span class="next-tag-body">qingxitea.com</span></span>';
  const domains = (body: string, style = '') => read(form(body), url, '', style)?.facts.websites?.[0]?.domains ?? [];
  const struck = [
    ['<span class="change-removed">qingxi-cha.net</span>', '.change-removed { text-decoration: line-through; color: #999 }'],
    ['<span class="is-del">qingxi-cha.net</span>', '.change-origin .is-del { text-decoration-line: line-through }'],
    ['<span class="x1 old-value">qingxi-cha.net</span>', '.old-value { text-decoration: #c00 wavy line-through }'],
    ['<span style="text-decoration: line-through">qingxi-cha.net</span>', ''],
    ['<span style="color:#999;text-decoration-line:line-through">qingxi-cha.net</span>', ''],
  ] as const;

  it('a change form\'s 原信息 line with the removed domain struck by a class rule or an inline style gives no removed domain (had given qingxi-cha.net)', () => {
    for (const [mark, style] of struck) {
      expect(domains(`${tags}<div class="change-origin">原信息：qingxi-tea.cn、${mark}（本次删除）</div>`, style), mark).toEqual(['qingxi-tea.cn', 'qingxitea.com']);
    }
  });

  // guard: held before by its column (dom/field.ts laterThanFormer), stays so with the struck cell
  it('a comparison table\'s old cell struck by its class gives no removed domain', () => {
    const table = `<table><thead><tr><th>变更项</th><th>原信息</th><th>变更后信息</th></tr></thead><tbody><tr><td>网站域名</td><td>qingxi-tea.cn<br><span class="diff-old">qingxi-cha.net</span></td><td>qingxi-tea.cn<br>qingxitea.com</td></tr></tbody></table>`;
    expect(read(form(tags) + table, url, '', '.diff-old { text-decoration: line-through }')?.facts.websites?.[0]?.domains).toEqual(['qingxi-tea.cn', 'qingxitea.com']);
  });

  it('a value shown only struck by CSS is no value', () => {
    for (const [mark, style] of struck) expect(domains(`<div class="change-origin">${mark}</div>`, style), mark).toEqual([]);
  });

  // guards: a line drawn on hover only, one a later rule takes away, and an underline leave the value read
  it('a line-through on :hover, one a later rule takes away, and an underline keep the value', () => {
    for (const style of ['.d:hover { text-decoration: line-through }', '.d { text-decoration: line-through } .form .d { text-decoration: none }', '.d { text-decoration: underline }', '.d::after { text-decoration: line-through }']) {
      const body = `<div class="form">${form('<span class="d">qingxi-cha.net</span>')}</div>`;
      expect(read(body, url, '', style)?.facts.websites?.[0]?.domains, style).toEqual(['qingxi-cha.net']);
    }
  });
});

describe('two bandwidth figures in one value joined by 、 or on two lines are no one bandwidth unless labelled (dom/parse-bandwidth.ts pairedDirection)', () => {
  const cvmListUrl = 'https://console.cloud.tencent.com/cvm/instance/index?rid=1';
  const cvmList = (bandwidth: string) =>
    `<h2>实例</h2><table class="tea-table"><thead><tr><th>ID/实例名</th><th>状态</th><th>可用区</th><th>实例配置</th><th>主IPv4地址</th><th>公网带宽</th><th>实例计费模式</th></tr></thead>` +
    `<tbody><tr><td><a>ins-5v8b2n4m</a><div>web-01</div></td><td>运行中</td><td>广州三区</td><td>标准型S5 2核 4GB</td><td>119.29.18.40(公)</td><td>${bandwidth}</td><td>按量计费</td></tr></tbody></table>`;
  const ecsListUrl = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou';
  const ecsList = (bandwidth: string) =>
    `<table><thead><tr><th>实例ID/名称</th><th>可用区</th><th>IP地址</th><th>带宽</th><th>付费方式</th></tr></thead>` +
    `<tbody><tr><td>i-bp1gapss35list0001</td><td>杭州 可用区I</td><td>47.98.1.2(公)<br>172.16.0.8(私有)</td><td>${bandwidth}</td><td>包年包月</td></tr></tbody></table>`;
  const readers: Array<[string, (v: string) => number | undefined]> = [
    ['CVM detail 带宽上限', cvmBw],
    ['CVM list 公网带宽', (v) => read(cvmList(v), cvmListUrl)?.facts.servers?.[0]?.publicBandwidthMbps],
    ['ECS detail 公网带宽', ecsBw],
    ['ECS list 带宽', (v) => read(ecsList(v), ecsListUrl)?.facts.servers?.[0]?.publicBandwidthMbps],
  ];

  it('5M、10M and two unlabelled lines (<br>, a newline, two boxes) give no bandwidth (had given 5, 100)', () => {
    for (const [name, bw] of readers) {
      for (const v of ['5M、10M', '5Mbps、10Mbps', '5、10 Mbps', '100 Mbps<br>5 Mbps', '100 Mbps\n5 Mbps', '<div>100 Mbps</div><div>5 Mbps</div>', '100Mbps，5Mbps']) {
        expect(bw(v), `${name}: ${JSON.stringify(v)}`).toBeUndefined();
      }
    }
  });

  it('an inbound and an outbound line, or a 、 pair each labelled, give the outbound figure (入 100 Mbps<br>出 5 Mbps had given 100)', () => {
    for (const [name, bw] of readers) {
      for (const v of ['入 100 Mbps<br>出 5 Mbps', '入方向：100 Mbps\n出方向：5 Mbps', 'In 100 Mbps<br>Out 5 Mbps', '入 100 Mbps、出 5 Mbps', '出 5 Mbps<br>入 100 Mbps']) {
        expect(bw(v), `${name}: ${JSON.stringify(v)}`).toBe(5);
      }
      // one labelled only: still none
      expect(bw('100 Mbps<br>出 5 Mbps'), name).toBeUndefined();
    }
  });

  // guards: a hint with a figure after the value, a memory size before it, a date before it keep the value
  it('a hint "Up to 200 Mbps for …" on its own line, 1核 512M 1Mbps and a date before the figure keep the one bandwidth', () => {
    for (const [name, bw] of readers) {
      expect(bw('5 Mbps<div>Up to 200 Mbps for pay-by-bandwidth</div>'), name).toBe(5);
      expect(bw('5 Mbps<br>最高可调至 200 Mbps'), name).toBe(5);
      expect(bw('1核 512M 1Mbps'), name).toBe(1);
    }
    expect(cvmBw('2026-12-05 5 Mbps')).toBe(5);
  });
});

describe('a zone word followed by other words: the Beijing date (dom/parse-date.ts, aliyun/server-values.ts, tencent/values.ts dateNextTo)', () => {
  const cvmListUrl = 'https://console.cloud.tencent.com/cvm/instance/index?rid=1';
  const cvmList = (billing: string) =>
    `<h2>实例</h2><table class="tea-table"><thead><tr><th>ID/实例名</th><th>状态</th><th>可用区</th><th>实例计费模式</th></tr></thead>` +
    `<tbody><tr><td><a>ins-5v8b2n4m</a><div>web-01</div></td><td>运行中</td><td>广州三区</td><td>${billing}</td></tr></tbody></table>`;
  const cvmListExpiry = (v: string) => read(cvmList(`包年包月<div>${v}</div>`), cvmListUrl)?.facts.servers?.[0]?.expiresAt;

  it('a CVM list\'s billing cell with its word in brackets after the date and zone is the expiry (had given none)', () => {
    expect(cvmListExpiry('2027-03-01 23:59:59 UTC+0 (expires)')).toBe('2027-03-02');
    expect(cvmListExpiry('2027-03-01 23:59:59 UTC（到期）')).toBe('2027-03-02');
    expect(cvmListExpiry('2027-03-01 23:59:59（到期）')).toBe('2027-03-01');
  });

  // guards: the details read the zone with words after it already (held before); they stay so
  it('UTC 到期, UTC+0 (expires), GMT 前续费 on a CVM and an ECS detail are the Beijing date', () => {
    for (const v of ['2027-03-01 23:59:59 UTC 到期', '2027-03-01 23:59:59 UTC+0 (expires)', '2027-03-01 16:30 GMT 前续费', '2027-03-01 23:59:59 GMT+8 到期']) {
      const want = v.includes('GMT+8') ? '2027-03-01' : '2027-03-02';
      expect(cvmExpiry(v), v).toBe(want);
      expect(ecsExpiry(v), v).toBe(want);
    }
  });
});

describe('an ID number written in groups or in full-width figures inside a name or ID field is masked on every path (facts/mask-id.ts maskIdRuns)', () => {
  const GROUPED = ['4101 0519 9003 0712 34', '410105-19900307-1234', '410105 19900307 1234', '４１０１０５－１９９００３０７－１２３４', '４１０１　０５１９　９００３　０７１２　３４'];
  // the birth date's figures, in any width, with any spacing or hyphens between them
  const leaked = (x: unknown) => (typeof x === 'string' ? x : JSON.stringify(x)).normalize('NFKC').replace(/[\s\-‐‑–—]/g, '').includes('19900307');
  const prov = { reader: 'test', url: 'https://beian.aliyun.com/', seenAt: '2026-12-05T00:00:00.000Z' };

  it('in free text: the groups that make the number are masked, other grouped figures stay', () => {
    for (const id of GROUPED) expect(maskIdRuns(`王某 ${id}`), id).toBe('王某 4101**********1234');
    expect(maskIdRuns('王某 410105-19900307-123X')).toBe('王某 4101**********123X');
    expect(maskIdRuns('电话 138 0013 8000 410105 19900307 1234')).toBe('电话 138 0013 8000 4101**********1234');
    for (const ok of ['138 0013 8000', '138-0013-8000', '订单 2026 1204 0002 14', '2026-12-04 23:59:59', '浙ICP备2026000001号-1', '1234 5678 9012 3456 78']) expect(maskIdRuns(ok)).toBe(ok);
  });

  it('a filing form\'s name field holding the number in groups: the reader and the CLI\'s read give it masked', async () => {
    const url = 'https://console.cloud.tencent.com/beian/manage/process/20261204000214/confirm';
    const item = (l: string, v: string) => `<div class="tea-form__item"><label class="tea-form__label">${l}</label><div class="tea-form__controls">${v}</div></div>`;
    for (const id of GROUPED) {
      const form = `<form class="tea-form"><fieldset class="tea-form-section"><legend>备案主体信息</legend>${item('主办单位名称', `王某 ${id}`)}${item('主办单位证件号码', id)}</fieldset></form>`;
      const html = `<!DOCTYPE html><html><body><div id="app">${form}</div></body></html>`;
      const facts = read(form, url)?.facts;
      expect(facts?.entity?.name, id).toBe('王某 4101**********1234');
      expect(leaked(facts), id).toBe(false);
      const file = join(dir, 'form.html');
      writeFileSync(file, html);
      const { code, stdout } = await cli(['read', url, file]);
      expect(code).toBe(0);
      expect(stdout).toContain('王某');
      expect(leaked(stdout), id).toBe(false);
    }
  });

  it('the store, an import and the command line\'s lint of a facts file hold and print none', async () => {
    for (const id of GROUPED) {
      const page = {
        version: 1 as const,
        entity: { type: 'individual' as const, name: `王某 ${id}`, idType: `居民身份证（${id}）` },
        websites: [{ name: `王某的站 ${id}`, domains: ['example.cn'], content: `站长证件 ${id}` }],
        domains: [{ domain: 'example.cn', registrantName: `王某 ${id}` }],
      };
      for (const state of [addSightings(emptyStoredFacts(), page, prov), importFactsFile(emptyStoredFacts(), page, prov)]) {
        expect(leaked(state), id).toBe(false);
        expect(leaked(mergeSightings(state)), id).toBe(false);
      }
      const file = join(dir, 'grouped-id.json');
      writeFileSync(file, JSON.stringify({ version: 1, entity: { type: 'individual', name: `王某 ${id}`, idNumber: id }, domains: [{ domain: 'ok.cn', registrantName: `李四 ${id}` }] }));
      for (const argv of [['lint', file], ['lint', file, '--json'], ['check', 'ok.cn', '--facts', file]]) {
        const { stdout } = await cli(argv);
        expect(stdout, argv.join(' ')).toContain('王某');
        expect(leaked(stdout), `${argv.join(' ')} ${id}`).toBe(false);
      }
    }
  });
});

describe('an open inline editor beside the saved value: the saved value (dom/inline-editor.ts inlineEditorOf)', () => {
  const fusionGroup = '<span class="next-input-group"><span class="next-input"><input value="50"></span><span class="next-input-group-addon">Mbps</span></span>';
  it('带宽 [50] Mbps 当前：5 Mbps with 确定 / 取消 as links, as button-classed spans, or beside an input group is 5 (had given 50, what is typed)', () => {
    for (const v of [
      '<input value="50"> Mbps 当前：5 Mbps <a>确定</a> <a>取消</a>',
      '<input class="tea-input" value="50"> Mbps <span>当前：5 Mbps</span> <a class="tea-link">保存</a> <a class="tea-link">取消</a>',
      '<input value="50"> Mbps 当前：5 Mbps <span class="next-btn next-btn-text"><span class="next-btn-helper">确定</span></span> <span class="next-btn next-btn-text"><span class="next-btn-helper">取消</span></span>',
      `${fusionGroup} <span>当前：5 Mbps</span> <button class="next-btn">确定</button><button class="next-btn">取消</button>`,
    ]) {
      expect(cvmBw(v), v).toBe(5);
      expect(ecsBw(v), v).toBe(5);
    }
  });

  // guards: a box with no confirm / cancel pair beside it is still read (session 34's judgement), a read-only one too
  it('a bare editable box, one beside other links, and a read-only one are still read', () => {
    expect(cvmBw('<input value="50"> Mbps')).toBe(50);
    expect(cvmBw('<input value="50"> Mbps <a>更改带宽</a> <a>帮助</a>')).toBe(50);
    expect(cvmBw('<input value="50" readonly> Mbps <a>确定</a> <a>取消</a>')).toBe(50);
  });
});

describe('a change\'s comparison columns are named by words in rules/labels (formerColumns / laterColumns), read by dom/field.ts laterThanFormer', () => {
  const table = (former: string, later: string) =>
    `<h2>实例详情</h2><table><thead><tr><th>配置项</th><th>${former}</th><th>${later}</th></tr></thead><tbody>` +
    `<tr><td>实例ID</td><td>ins-4w6y8a0c</td><td>ins-4w6y8a0c</td></tr><tr><td>带宽上限</td><td>5Mbps</td><td>10Mbps</td></tr></tbody></table>`;
  const bw = (former: string, later: string) => read(table(former, later), cvmUrl)?.facts.servers?.[0]?.publicBandwidthMbps;

  it('both providers\' files hold the words the expressions had', () => {
    for (const v of [aliyunLabels, tencentLabels]) {
      expect(v.formerColumns).toEqual(expect.arrayContaining(['原', '旧', '变更前', '修改前', '更改前', '调整前', 'original', 'previous', 'before', 'old']));
      expect(v.laterColumns).toEqual(expect.arrayContaining(['变更后', '修改后', '更改后', '调整后', '新', 'current', 'new', 'after', 'updated']));
    }
    expect(bw('原配置', '变更后配置')).toBe(10);
    expect(bw('Original', 'New')).toBe(10);
  });

  it('a word registered as data names a column (基线 / 目标 read as before / after only once registered)', () => {
    expect(bw('基线配置', '目标配置')).toBe(5);
    registerUnitWords({ actions: [], statuses: [], help: [], formerColumns: ['基线'], laterColumns: ['目标'] });
    expect(bw('基线配置', '目标配置')).toBe(10);
  });
});

const dir = mkdtempSync(join(tmpdir(), 'icp-gaps35-'));
const cli = (argv: string[]) => runCli(argv, '2026-12-05T00:00:00+08:00');
