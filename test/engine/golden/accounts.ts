import type { DomainFacts, ServerFacts, Website } from '../../../src/facts/schema';
import type { LintFacts } from '../../../src/engine/index';
import { largeFacts, largeTencentFacts } from '../../../bench/engine.bench';

/**
 * Seeded accounts for the golden engine test: Alibaba Cloud, Tencent Cloud and mixed accounts of a few
 * hundred to a few thousand subjects, with facts drawn from every value the rules branch on (TLDs on and
 * off each list, IPs, suffixes, Unicode and full-width names, masked names and IDs, hold / redemption
 * statuses, zoned dates, every product and region form, website names and content that hit each word
 * list, entities of each type in several provinces, or none). Same seed → same facts, on any machine.
 */

/** mulberry32: a small, fast, seeded PRNG (deterministic across platforms). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Gen {
  r: () => number;
  pick<T>(list: readonly T[]): T;
  /** true with probability p. */
  chance(p: number): boolean;
  int(lo: number, hi: number): number;
  /** The value or undefined (probability p of undefined). */
  maybe<T>(value: T, p?: number): T | undefined;
}

function gen(seed: number): Gen {
  const r = prng(seed);
  return {
    r,
    pick: (list) => list[Math.floor(r() * list.length)]!,
    chance: (p) => r() < p,
    int: (lo, hi) => lo + Math.floor(r() * (hi - lo + 1)),
    maybe: (value, p = 0.2) => (r() < p ? undefined : value),
  };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
/** A date `days` from 2026-11-24 (negative: before). */
function dayFrom(days: number): string {
  const t = Date.UTC(2026, 10, 24) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

const TLDS = [
  'com', 'cn', 'com.cn', 'net', 'net.cn', 'org', 'org.cn', 'io', 'me', 'ai', 'app', 'top', 'xyz', 'info', 'name', 'tel',
  'global', 'hk.cn', 'gs.cn', 'bj.cn', 'asia', 'tw', 'co', 'club', 'shop', 'site', 'ltd', 'online', 'tech', 'vip',
  '中国', '公司', '网络', '政务', '公益', '中國', '政务.cn', 'xn--fiqs8s', 'win', 'tk',
];
const LABELS = ['photo', 'shop', 'zhang-blog', 'dev', 'news', 'edu', 'yun', 'tech', 'data', 'mall', 'a', 'xn--fiq228c', '例子', '测试', 'bbs'];
const ODD_DOMAINS = [
  '1.2.3.4', '192.168.0.1', '[2001:db8::1]', 'com.cn', 'cn', '公司', 'foo..bar', 'not a domain', 'http://', 'xn--', 'localhost',
  'a.b.c.example.notatld123', 'exa_mple.com', '-bad-.com',
];
const REGISTRARS = [
  '阿里云计算有限公司（万网）', '阿里云计算有限公司', 'Alibaba Cloud Computing (Beijing) Co., Ltd.', '腾讯云计算（北京）有限责任公司',
  'DNSPod, Inc.', '烟台帝思普网络科技有限公司', 'Tencent Cloud', '北京新网数码信息技术有限公司', 'West263 International', 'eName',
  '22.cn', '中资源', 'Bizcn.com', '华为云', 'GoDaddy.com, LLC', 'NameCheap, Inc.', 'Cloudflare, Inc.', 'Porkbun LLC', 'Gandi SAS',
  'eNom, LLC', 'Xenomorph Registry', 'Some Registrar Inc.', '某某注册商', 'DNSPOD',
];
const STATUSES: (string[] | undefined)[] = [
  ['正常'], ['ok'], ['clientTransferProhibited'], ['serverHold'], ['clientHold'], ['Server Hold'], ['暂停解析'], ['注册局暂停解析'],
  ['赎回期'], ['redemptionPeriod'], ['pendingDelete'], ['hold'], ['ok', 'clientHold'], [' hold '], undefined, [],
];
const ID_TYPES = ['身份证', '居民身份证', 'ID card', 'passport', '护照', '营业执照', '统一社会信用代码', 'Business License', '组织机构代码', '港澳居民来往内地通行证', 'other doc'];
const RELATIONS = ['self', 'shareholder', 'principal', 'manager', 'legal-representative'] as const;

interface EntityPlan {
  type?: 'individual' | 'organization';
  name?: string;
  idNumber?: string;
  idType?: string;
  province?: string;
}

function domainFacts(g: Gen, i: number, entity: EntityPlan | undefined): DomainFacts {
  const odd = g.chance(0.03);
  let domain = odd ? g.pick(ODD_DOMAINS) : `${g.pick(LABELS)}${i}.${g.pick(TLDS)}`;
  if (!odd) {
    const form = g.int(0, 11);
    if (form === 0) domain = `www.${domain}`;
    else if (form === 1) domain = `https://m.${domain}/path?q=${i}`;
    else if (form === 2) domain = domain.toUpperCase();
    else if (form === 3) domain = `${domain}.`;
    else if (form === 4) domain = domain.replace(/\./g, '。');
    else if (form === 5) domain = ` ${domain} `;
  }
  const name = entity?.name;
  const registrantName = g.pick([name, name, name ? `${name[0]}*${name.slice(2)}` : undefined, '王五', '李**', 'Zhang San', undefined, 'Other Co., Ltd.']);
  const relation = entity?.type === 'organization' && g.chance(0.3) ? g.pick(RELATIONS) : undefined;
  const expires = g.pick([
    () => dayFrom(g.int(-400, 900)),
    () => dayFrom(g.int(0, 70)),
    () => dayFrom(g.int(80, 100)),
    () => `${dayFrom(g.int(-2, 60))}T16:00:00Z`,
    () => `${dayFrom(g.int(-2, 60))}T08:30:00+08:00`,
    () => `${dayFrom(g.int(-2, 60))} 23:59:59`,
    () => undefined,
  ])();
  const verifiedAt = g.pick([
    () => dayFrom(-g.int(0, 10)),
    () => `${dayFrom(-g.int(0, 6))}T10:00:00+08:00`,
    () => dayFrom(-g.int(10, 400)),
    () => undefined,
  ])();
  const boundTo = g.chance(0.15) ? g.pick([['cdn'], ['oss'], ['waf', 'oss'], ['anti-ddos'], []] as const).slice() : undefined;
  const d: DomainFacts = {
    domain,
    registrar: g.maybe(g.pick(REGISTRARS), 0.15),
    registrantName,
    registrantIdType: g.maybe(g.pick(ID_TYPES), 0.6),
    registrantIdNumber: g.pick([entity?.idNumber, '4101**********1234', '110101199003077777', '4401**********567X', undefined]),
    realNameVerified: g.pick([true, true, false, undefined]),
    expiresAt: expires,
    status: g.pick(STATUSES),
    resolves: g.pick([true, false, undefined]),
    realNameVerifiedAt: verifiedAt,
    registrantRelation: relation,
    boundTo: boundTo as DomainFacts['boundTo'],
    originOnAlibabaMainland: boundTo ? g.pick([true, false, undefined]) : undefined,
    icpNumber: g.chance(0.1) ? `京ICP备${g.int(10000000, 99999999)}号` : undefined,
    filed: g.pick([true, false, undefined, undefined]),
    accessProvider: boundTo ? g.pick(['阿里云', 'Alibaba Cloud', '腾讯云', 'Other ISP', undefined]) : undefined,
  };
  // Facts not seen are absent, as a reader leaves them.
  for (const k of Object.keys(d) as (keyof DomainFacts)[]) if (d[k] === undefined) delete d[k];
  return d;
}

const ALIYUN_PRODUCTS = ['ecs', 'ecs', 'swas', 'virtual-host', 'web-hosting', 'cloud-market', 'nat', 'ipv6-translation', 'ens'] as const;
const TENCENT_PRODUCTS = ['cvm', 'cvm', 'lighthouse'] as const;
const ALIYUN_REGIONS = [
  'cn-hangzhou', 'cn-hangzhou-h', 'cn-beijing', 'cn-shanghai-l', '华东1（杭州）', '华北2（北京）', 'China (Hangzhou)', 'cn-hongkong',
  '中国香港', 'China (Hong Kong)', 'ap-southeast-1', '新加坡', 'us-west-1', 'cn-zhangjiakou', 'cn-newcity', 'eu-xx-1', 'mars', ' CN-Shenzhen ',
];
const TENCENT_REGIONS = [
  'ap-guangzhou', 'ap-guangzhou-3', 'ap-shanghai', 'ap-beijing', '华南地区（广州）', 'South China (Guangzhou)', '北京', '上海', 'ap-hongkong',
  'ap-singapore', 'na-siliconvalley', 'ap-chengdu', '广州', 'ap-nowhere', 'cn-hangzhou',
];

function serverFacts(g: Gen, i: number, tencent: boolean, accounts: string[]): ServerFacts {
  const product = tencent ? g.pick(TENCENT_PRODUCTS) : g.pick(ALIYUN_PRODUCTS);
  const id = tencent ? `ins-${i.toString(36).padStart(6, '0')}` : product === 'swas' ? `${i.toString(16).padStart(8, '0')}abcd` : `i-bp${pad(i, 8)}`;
  const s: ServerFacts = {
    id,
    provider: tencent ? g.pick(['tencent', 'tencent', undefined] as const) : g.pick(['aliyun', undefined, undefined] as const),
    product,
    region: g.maybe(g.pick(tencent ? TENCENT_REGIONS : ALIYUN_REGIONS), 0.1),
    billing: g.pick(['subscription', 'subscription', 'payg', undefined] as const),
    expiresAt: g.pick([() => dayFrom(g.int(-30, 800)), () => `${dayFrom(g.int(20, 120))}T16:00:00Z`, () => undefined])(),
    createdAt: tencent || g.chance(0.1) ? g.pick([() => dayFrom(-g.int(0, 400)), () => undefined])() : undefined,
    publicBandwidthMbps: g.pick([0, 1, 5, 100, undefined]),
    orderAmountYuan: g.chance(0.3) ? g.pick([0, 50, 99, 120, 1000]) : undefined,
    account: g.maybe(g.pick(accounts), 0.3),
    serviceNumbersUsed: g.chance(0.4) ? g.int(0, 6) : undefined,
    firstPurchaseMonths: product === 'cloud-market' ? g.pick([1, 6, 12, 24, undefined]) : undefined,
  };
  for (const k of Object.keys(s) as (keyof ServerFacts)[]) if (s[k] === undefined) delete s[k];
  return s;
}

const SITE_NAMES = [
  '张三的博客', '摄影作品展示', '个人技术分享', 'www.example.com', 'https://a.cn', 'example.com', '123!!', '2024', '网', 'a',
  '中国旅游网', '国家地理爱好者', '国际象棋交流', '张伟', '李小龙', '王芳网', '陈明', '某某公司官网', '某某科技商城', '新闻资讯站',
  '在线教育培训', '医疗健康咨询', '动漫论坛', 'BBS community', 'online shop', 'My News', '中国银行网上银行', '电影天堂', '网约车平台',
  '  ', '欧阳娜娜', '杨过', 'Ｆｕｌｌ　Ｗｉｄｔｈ',
];
const CONTENT = [
  undefined, '个人生活记录', '分享摄影作品和旅行日记', '公司产品介绍', '新闻资讯发布', '在线培训课程', 'an online store selling shoes',
  'news and reports', 'a personal bbs', '药品销售', '个人博客，不涉及经营', 'forum for members', 'Education blog', 'ebook reader',
];

interface AccountPlan {
  name: string;
  seed: number;
  domains: number;
  servers: number;
  websites: number;
  /** Share of Tencent servers: 10 Alibaba only, 1 Tencent only. */
  tencent: number;
  entity?: EntityPlan & Record<string, unknown>;
  now?: string;
}

function account(plan: AccountPlan): LintFacts {
  const g = gen(plan.seed);
  const accounts = ['100001', '100002', 'AliUser_01', 'aliuser_01 '];
  const domains = Array.from({ length: plan.domains }, (_, i) => domainFacts(g, i, plan.entity));
  // The same registrable domain seen twice (merged), and a www. form of an earlier one.
  for (let i = 0; i < plan.domains / 50; i++) {
    const earlier = domains[g.int(0, domains.length - 1)]!;
    domains.push({ ...domainFacts(g, domains.length, plan.entity), domain: g.chance(0.5) ? `www.${earlier.domain.trim()}` : earlier.domain });
  }
  const servers = Array.from({ length: plan.servers }, (_, i) => serverFacts(g, i, g.r() < plan.tencent, accounts));
  const websites: Website[] = Array.from({ length: plan.websites }, (_, i) => {
    const n = g.pick([0, 1, 1, 1, 2, 3, 5, 11]);
    const own = Array.from({ length: n }, () =>
      g.chance(0.9) && domains.length ? domains[g.int(0, domains.length - 1)]!.domain : `unseen${g.int(0, 99)}.${g.pick(TLDS)}`,
    );
    if (n > 1 && g.chance(0.2)) own.push(own[0]!);
    const server = servers.length ? servers[g.int(0, servers.length - 1)]! : undefined;
    const serverId = g.pick([server?.id, server?.id, server?.id.toUpperCase(), server ? ` ${server.id} ` : undefined, 'i-unknown', undefined]);
    const w: Website = {
      name: g.maybe(g.pick(SITE_NAMES), 0.15),
      domains: own,
      serverId,
      serviceNumber: g.chance(0.3) ? `${g.int(1000000, 9999999)}` : undefined,
      content: g.pick(CONTENT),
      commercial: g.pick([true, false, undefined]),
      preApproval: g.pick([true, undefined, undefined]),
    };
    for (const k of Object.keys(w) as (keyof Website)[]) if (w[k] === undefined) delete w[k];
    return w;
  });
  const facts: LintFacts = { version: 1, domains, servers, websites };
  if (plan.now !== '') facts.now = plan.now ?? '2026-11-24';
  if (plan.entity) facts.entity = plan.entity as LintFacts['entity'];
  return facts;
}

/** The accounts, by name. Lint them with GOLDEN_NOW (below) in zh and en, or in `langs` (the bench's two: one each). */
export function goldenAccounts(): { name: string; facts: LintFacts; langs?: ('zh' | 'en')[] }[] {
  const plans: AccountPlan[] = [
    {
      name: 'aliyun-individual-henan', seed: 1, domains: 270, servers: 210, websites: 66, tencent: 0,
      entity: { type: 'individual', name: '张三', idNumber: '410102199001011234', idType: '身份证', province: '河南省', phoneProvince: '河南', account: 'AliUser_01', accountEntities: ['张三'] },
    },
    {
      name: 'aliyun-organization-beijing', seed: 2, domains: 210, servers: 150, websites: 54, tencent: 0,
      entity: { type: 'organization', name: '北京某某科技有限公司', idNumber: '91110108MA01XXXXXX', idType: '营业执照', province: 'Beijing', phoneProvince: '天津', account: '100001', accountEntities: ['北京某某科技有限公司', '另一家公司'] },
    },
    {
      name: 'aliyun-no-entity', seed: 3, domains: 150, servers: 120, websites: 45, tencent: 0, now: '',
    },
    {
      name: 'aliyun-partial-entity-shanghai', seed: 4, domains: 120, servers: 90, websites: 36, tencent: 0, now: '2026-11-23T17:30:00Z',
      entity: { name: '李*', province: 'CN-SH', idNumber: '3101**********0012', residencePermit: true } as AccountPlan['entity'],
    },
    {
      name: 'tencent-individual-shanghai', seed: 5, domains: 240, servers: 210, websites: 60, tencent: 1,
      entity: { type: 'individual', name: '王五', idNumber: '4401**********567X', province: '上海', homeProvince: '广东', residencePermit: true, phoneProvince: 'Guangdong', account: '100001', accountName: '王五', accountVerifiedAt: '2026-11-23' },
    },
    {
      name: 'tencent-organization-guangdong', seed: 6, domains: 210, servers: 180, websites: 48, tencent: 1,
      entity: { type: 'organization', name: '广州某某网络有限公司', idNumber: '91440101MA5XXXXXXX', province: 'Guangdong Sheng', account: '100002', accountName: '广州某某网络有限公司' },
    },
    {
      name: 'tencent-no-province', seed: 7, domains: 90, servers: 75, websites: 27, tencent: 1,
      entity: { type: 'individual', name: '赵六', accountName: '赵*', accountVerifiedAt: '2026-11-20T09:00:00+08:00' },
    },
    {
      name: 'mixed-organization-jiangsu', seed: 8, domains: 180, servers: 150, websites: 45, tencent: 0.5,
      entity: { type: 'organization', name: '南京某某信息技术有限公司', idNumber: '913201**********0X', homeProvince: '浙江', province: '江苏省', phoneProvince: '江苏', account: 'aliuser_01', accountName: '南京某某信息技术有限公司' },
    },
    {
      name: 'mixed-individual-xinjiang', seed: 9, domains: 90, servers: 90, websites: 30, tencent: 0.3,
      entity: { type: 'individual', name: '阿依古丽', idNumber: '650102199202023456', province: '新疆维吾尔自治区', phoneProvince: '北京', accountName: '阿依古丽', accountVerifiedAt: '2026-11-22' },
    },
    {
      name: 'hong-kong-entity', seed: 10, domains: 24, servers: 18, websites: 10, tencent: 0.5,
      entity: { type: 'individual', name: '陈大文', province: '香港', phoneProvince: 'HK' },
    },
  ];
  return [
    ...plans.map((p) => ({ name: p.name, facts: account(p) })),
    { name: 'bench-large', facts: largeFacts(), langs: ['en'] },
    { name: 'bench-large-tencent', facts: largeTencentFacts(), langs: ['zh'] },
  ];
}

/** 2026-11-24 noon in China (the facts' own `now` wins where they carry one). */
export const GOLDEN_NOW = new Date('2026-11-24T04:00:00Z');
