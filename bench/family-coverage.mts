/**
 * Which reader code a console family's content script carries but never runs on that family's pages.
 *   npx tsx bench/family-coverage.mts [family] [top]
 * Each family's read function (the same entry modules as entrypoints/<family>.content.ts) is bundled
 * by esbuild without minifying (rule files through the build's own plugin: build/rule-files.ts), run
 * over every fixture of that family (test/fixtures/**, test/fixtures-unseen/**) in happy-dom under V8
 * precise coverage, and the never-executed bytes are listed per source module (bytes of the unminified
 * bundle, so only a guide to the minified share), with the biggest never-executed ranges.
 * The bundle is esbuild's, not terser's: code terser drops anyway (labelFileFault behind
 * __ICP_LABEL_FILES_CHECKED__, unused exports' helpers) shows up here as never run; check a finding
 * against `SOURCEMAP=1 npx wxt build && npx tsx bench/bundle-shares.mts`.
 *   KEEP=1       print the bundle's path (to read a range in context)
 *   MOD=<part>   print the call count of every function of the modules whose path contains <part>
 *   FUNCS=<dir>  write <dir>/<family>.json: every function, and the outermost never-called ones with sizes
 *                (a matrix across families: which functions one family never calls and another does)
 */
import { build, type Plugin } from 'esbuild';
import { Session } from 'node:inspector/promises';
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { ruleFileModule, labelFilesCheckedDefine } from '../build/rule-files';
import { htmlToDocument } from '../src/cli/html-document';

const families: Record<string, { entry: string; dirs: RegExp }> = {
  ecs: {
    entry: `import { familyReadPage } from './src/ui/page/family-reader'; import { ecsReaders } from './src/ui/page/readers/ecs'; export const read = familyReadPage(ecsReaders);`,
    dirs: /(^|\/)(aliyun\/)?ecs-/,
  },
  swas: {
    entry: `import { familyReadPage } from './src/ui/page/family-reader'; import { swasReaders } from './src/ui/page/readers/swas'; export const read = familyReadPage(swasReaders);`,
    dirs: /(^|\/)(aliyun\/)?swas-/,
  },
  domain: {
    entry: `import { readFirst } from './src/readers/read-with'; import { domainReaders } from './src/ui/page/readers/domain'; export const read = (d, u) => readFirst(domainReaders, d, u);`,
    dirs: /(^|\/)(aliyun\/)?(domain-|virtual-host)/,
  },
  beian: {
    entry: `import { familyReadPage } from './src/ui/page/family-reader'; import { beianReaders } from './src/ui/page/readers/beian'; export const read = familyReadPage(beianReaders);`,
    dirs: /(^|\/)(aliyun\/)?beian-/,
  },
  tencent: {
    entry: `import { familyReadPage } from './src/ui/page/family-reader'; import { tencentReaders } from './src/readers/tencent'; export const read = familyReadPage(tencentReaders);`,
    dirs: /(^|\/)tencent[-/]/,
  },
};

const ruleFilesPlugin: Plugin = {
  name: 'rule-files',
  setup(b) {
    b.onLoad({ filter: /[\\/]rules[\\/].*\.json$/ }, (args) => {
      const out = ruleFileModule(readFileSync(args.path, 'utf8'), args.path);
      return { contents: out ?? readFileSync(args.path, 'utf8'), loader: 'json' };
    });
  },
};

function fixtureFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir).sort()) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out.push(...fixtureFiles(p));
    else if (e.endsWith('.html')) out.push(p);
  }
  return out;
}
const allFixtures = [...fixtureFiles('test/fixtures'), ...fixtureFiles('test/fixtures-unseen')].map((p) => ({
  path: p,
  rel: relative('test', p),
  html: readFileSync(p, 'utf8'),
  url: (JSON.parse(readFileSync(p.replace(/\.html$/, '.json'), 'utf8')) as { url: string }).url,
}));

const only = process.argv[2] && process.argv[2] !== 'all' ? [process.argv[2]] : Object.keys(families);
const top = Number(process.argv[3] ?? 30);
const outDir = mkdtempSync(join(tmpdir(), 'family-cov-'));
const session = new Session();
session.connect();
await session.post('Profiler.enable');

for (const family of only) {
  const { entry, dirs } = families[family]!;
  const file = join(outDir, `${family}.mjs`);
  await build({
    stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    outfile: file,
    define: { ...labelFilesCheckedDefine, 'import.meta.env.FIREFOX': 'false' },
    plugins: [ruleFilesPlugin],
    logLevel: 'error',
  });
  const code = readFileSync(file, 'utf8');
  const fixtures = allFixtures.filter((f) => dirs.test(relative('test/fixtures', f.path).replace(/^\.\.\/fixtures-unseen\//, '')));
  const docs = fixtures.map((f) => ({ f, doc: htmlToDocument(f.html, f.url) }));
  await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });
  const mod = (await import(pathToFileURL(file).href)) as { read: (d: Document, u: URL) => unknown };
  let read = 0;
  for (const { f, doc } of docs) if (mod.read(doc, new URL(f.url))) read++;
  const { result } = await session.post('Profiler.takePreciseCoverage');
  await session.post('Profiler.stopPreciseCoverage');
  const script = result.find((s) => s.url === pathToFileURL(file).href)!;
  const count = new Int32Array(code.length).fill(1);
  const ranges = script.functions.flatMap((fn) => fn.ranges).sort((a, b) => a.startOffset - b.startOffset || b.endOffset - a.endOffset);
  for (const r of ranges) count.fill(r.count, r.startOffset, Math.min(r.endOffset, code.length));
  // modules by esbuild's "// path" comments
  const modules: Array<{ name: string; start: number }> = [];
  for (const m of code.matchAll(/^\/\/ ((?:src|rules|node_modules)\/\S+)$/gm)) modules.push({ name: m[1]!, start: m.index! });
  const moduleAt = (i: number) => {
    let name = '(top)';
    for (const m of modules) if (m.start <= i) name = m.name;
    return name;
  };
  const perModule = new Map<string, { total: number; dead: number }>();
  const nonWs = (c: string) => !/\s/.test(c);
  for (let i = 0; i < code.length; i++) {
    if (!nonWs(code[i]!)) continue;
    const m = moduleAt(i);
    const e = perModule.get(m) ?? { total: 0, dead: 0 };
    e.total++;
    if (count[i] === 0) e.dead++;
    perModule.set(m, e);
  }
  // uncovered ranges (merged)
  const dead: Array<{ start: number; end: number; size: number }> = [];
  for (let i = 0; i < code.length; ) {
    if (count[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < code.length && count[j] === 0) j++;
    const size = [...code.slice(i, j)].filter(nonWs).length;
    if (size > 0) dead.push({ start: i, end: j, size });
    i = j;
  }
  const totalDead = [...perModule.values()].reduce((n, e) => n + e.dead, 0);
  const total = [...perModule.values()].reduce((n, e) => n + e.total, 0);
  console.log(`\n=== ${family}: ${fixtures.length} fixtures (${read} read), ${totalDead} of ${total} non-space bytes never run`);
  console.log('  dead  total  module');
  for (const [m, e] of [...perModule].sort((a, b) => b[1].dead - a[1].dead).filter(([, e]) => e.dead > 0))
    console.log(`${String(e.dead).padStart(6)} ${String(e.total).padStart(6)}  ${m}`);
  console.log(`  biggest never-run ranges:`);
  for (const d of dead.sort((a, b) => b.size - a.size).slice(0, top)) {
    const line = code.slice(0, d.start).split('\n').length;
    const text = code.slice(d.start, d.end).replace(/\s+/g, ' ').slice(0, 110);
    console.log(`${String(d.size).padStart(6)}  ${moduleAt(d.start)} L${line}: ${text}`);
  }
  if (process.env.KEEP) console.log(`  bundle: ${file}`);
  if (process.env.MOD) {
    for (const fn of script.functions) {
      const m = moduleAt(fn.ranges[0]!.startOffset);
      if (m.includes(process.env.MOD) && fn.functionName) console.log(`    ${String(fn.ranges[0]!.count).padStart(7)}  ${m}#${fn.functionName}`);
    }
  }
  if (process.env.FUNCS) {
    // whole functions never called (outermost only), for a matrix across families
    const fns = script.functions.filter((fn) => fn.ranges[0]!.count === 0 && fn.functionName !== '').map((fn) => ({ name: fn.functionName, start: fn.ranges[0]!.startOffset, end: fn.ranges[0]!.endOffset }));
    fns.sort((a, b) => a.start - b.start || b.end - a.end);
    const outer: typeof fns = [];
    for (const f of fns) if (!outer.some((o) => o.start <= f.start && f.end <= o.end)) outer.push(f);
    const all = script.functions.filter((fn) => fn.functionName !== '').map((fn) => `${moduleAt(fn.ranges[0]!.startOffset)}#${fn.functionName}`);
    writeFileSync(`${process.env.FUNCS}/${family}.json`, JSON.stringify({ all: [...new Set(all)], dead: outer.map((f) => ({ key: `${moduleAt(f.start)}#${f.name}`, size: [...code.slice(f.start, f.end)].filter(nonWs).length })) }));
  }
}
