import tables from '../../../rules/reader-tables.json';
import { normalizeText } from '../dom/normalize-label';

/**
 * Provinces in visible text (a cascader, an address, a phone location), in Chinese or pinyin. Shared by
 * the Alibaba Cloud and Tencent Cloud readers. Pure; never throw; undefined when the text does not say.
 */

interface ProvinceName {
  full: string;
  short: string;
  pinyin: string[];
}

/**
 * The 31 mainland filing provinces: full and short name, pinyin. From rules/reader-tables.json, the
 * names-only table derived from rules/provinces.json (scripts/reader-tables.mts). Marked pure: a
 * content script whose readers never ask for a province (the domain console's) drops the table.
 */
const PROVINCES: ProvinceName[] = /* @__PURE__ */ (tables.provinces as Array<{ name?: string; short: string; pinyin: string[] }>).map((p) => ({
  // the extension bundles 河南省 as 河南 alone (build/rule-files.ts): a full name is its short name + 省 unless given
  full: p.name ?? `${p.short}省`,
  short: p.short,
  pinyin: p.pinyin.map((name) => name.toLowerCase().replace(/\s+/g, '')),
}));

const ZH_SUFFIXES = ['省', '市', '自治区', '壮族自治区', '回族自治区', '维吾尔自治区'];
const EN_SUFFIX = /\s*(province|municipality|city|shi|sheng|(zhuang |hui |uygur |uyghur |uighur )?autonomous region|a\.?r\.?|sar)$/i;

/** A Chinese province name at the start of `t` ("河南省郑州市…", "河南 郑州"), as written. */
function zhProvinceAtStart(t: string): string | undefined {
  for (const p of PROVINCES) {
    if (t.startsWith(p.full)) return p.full;
  }
  for (const p of PROVINCES) {
    if (!t.startsWith(p.short)) continue;
    for (const s of ZH_SUFFIXES) if (t.startsWith(p.short + s)) return p.short + s;
    // a street named after a province (河南中路, 北京路, 四川北路: an address that starts at its street) names none
    if (STREET_AFTER.test(t.slice(p.short.length))) continue;
    return p.short;
  }
  return undefined;
}

/** What follows a province's short name in a street's name: 路 / 街 / 大道 …, after 东西南北中 at most twice. */
const STREET_AFTER = /^\s*[东西南北中]{0,2}\s*(?:路|街|大路|大街|大道|巷|弄|里|胡同)/;

/** An English segment that is exactly a province name ("Henan", "Henan Province", "Inner Mongolia"). */
function enProvince(segment: string): string | undefined {
  const raw = segment.trim().replace(/^[("'[]+|[)"'\].]+$/g, '').trim();
  const key = raw.replace(EN_SUFFIX, '').toLowerCase().replace(/[\s'-]/g, '');
  if (key === '') return undefined;
  // The name without its administrative suffix ("Guangxi Zhuang Autonomous Region" → "Guangxi").
  for (const p of PROVINCES) if (p.pinyin.includes(key)) return raw.replace(EN_SUFFIX, '').trim() || raw;
  return undefined;
}

const LEADING_COUNTRY = /^(中国大陆|中国|中華人民共和國|中华人民共和国|china|mainland china|cn)\s*[/,，·\s-]?\s*/i;

/**
 * The province a value starts with: a cascader "河南省 / 郑州市 / 金水区", "Shanghai / Shanghai",
 * an address "河南省郑州市…", a phone location "河南 郑州" / "(Shanghai)". As written; undefined
 * when the text does not start with a province.
 */
export function provinceAtStart(text: string | undefined): string | undefined {
  let t = normalizeText(text).replace(/^[(（[【]+/, '').trim();
  if (t === '') return undefined;
  t = t.replace(LEADING_COUNTRY, '');
  const zh = zhProvinceAtStart(t);
  if (zh) return zh;
  const first = t.split(/\s*[/,，|>]\s*|\s+-\s+/)[0] ?? '';
  const en = enProvince(first);
  if (en) return en;
  // "Henan Zhengzhou": the first word(s) before the city.
  const words = first.split(/\s+/);
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const hit = enProvince(words.slice(0, n).join(' '));
    if (hit) return hit;
  }
  return undefined;
}

/**
 * The province of an address: Chinese addresses start with it ("河南省洛阳市…"); English ones
 * end with it ("…, Pudong New Area, Shanghai"). undefined when not said.
 */
export function provinceOfAddress(text: string | undefined): string | undefined {
  const t = normalizeText(text);
  if (t === '') return undefined;
  const start = provinceAtStart(t);
  if (start) return start;
  if (/[\u4e00-\u9fff]/.test(t)) return undefined;
  const parts = t.split(/\s*[,，]\s*/).filter((p) => p !== '');
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = (parts[i] ?? '').replace(/\s*\d{6}$/, '').replace(/\s*,?\s*(china|p\.?r\.?c\.?|people's republic of china)$/i, '');
    const hit = enProvince(part);
    if (hit) return hit;
  }
  return undefined;
}
