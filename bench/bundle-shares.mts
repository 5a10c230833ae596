/**
 * Which source modules make up each content script, by minified bytes (from the source map).
 *   SOURCEMAP=1 npx wxt build && npx tsx bench/bundle-shares.mts [chrome-mv3|firefox-mv3] [top]
 * Bytes are attributed to the source of the nearest preceding mapping on each generated line (so an
 * inlined JSON file counts to the module before it). gzip: what the script's gzip -9 size drops by
 * without that module's bytes.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';

const target = process.argv[2] ?? 'chrome-mv3';
const top = Number(process.argv[3] ?? 25);
const dir = join('.output', target, 'content-scripts');
for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
  const mapFile = join(dir, `${file}.map`);
  if (!existsSync(mapFile)) throw new Error(`${mapFile} missing: build with SOURCEMAP=1`);
  const code = readFileSync(join(dir, file), 'utf8').split('\n');
  const consumer = new SourceMapConsumer(JSON.parse(readFileSync(mapFile, 'utf8')));
  const bytes = new Map<string, number>();
  const ranges = new Map<string, Array<[number, number, number]>>();
  const mappings: { line: number; col: number; source: string }[] = [];
  consumer.eachMapping((m) => mappings.push({ line: m.generatedLine, col: m.generatedColumn, source: m.source ?? '(none)' }));
  mappings.sort((a, b) => a.line - b.line || a.col - b.col);
  for (let i = 0; i < mappings.length; i++) {
    const m = mappings[i]!;
    const next = mappings[i + 1];
    const end = next && next.line === m.line ? next.col : code[m.line - 1]!.length;
    const key = m.source.replace(/^.*node_modules\//, 'npm:').replace(/^(\.\.\/)+/, '');
    bytes.set(key, (bytes.get(key) ?? 0) + (end - m.col));
    ranges.set(key, [...(ranges.get(key) ?? []), [m.line - 1, m.col, end]]);
  }
  const total = code.reduce((n, l) => n + l.length + 1, 0);
  const gz = (lines: string[]) => gzipSync(lines.join('\n'), { level: 9 }).length;
  const whole = gz(code);
  console.log(`\n${file}: ${total} bytes, ${whole} gzip\n  bytes  gzip  module`);
  for (const [k, v] of [...bytes].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    const lines = [...code];
    for (const [line, from, to] of [...(ranges.get(k) ?? [])].reverse()) lines[line] = lines[line]!.slice(0, from) + lines[line]!.slice(to);
    console.log(`${String(v).padStart(7)} ${String(whole - gz(lines)).padStart(5)}  ${k}`);
  }
}
