import type { Facts } from '../src/facts/schema';
import { checkDomain, lint, loadRuleSet } from '../src/engine/index';
import { medianMs, type BenchLine } from './measure';

/** A large account: 1,000 domains, 1,000 servers, 200 websites of 5 domains each. */
export function largeFacts(): Facts {
  const domains = Array.from({ length: 1000 }, (_, i) => ({
    domain: `site-${i}.${['com', 'cn', 'io', 'com.cn', 'net'][i % 5]}`,
    registrar: i % 7 ? '阿里云计算有限公司（万网）' : 'GoDaddy.com, LLC',
    registrantName: i % 3 ? '张三' : '李四',
    registrantIdNumber: '4101**********1234',
    realNameVerified: i % 4 !== 0,
    expiresAt: `2027-0${(i % 9) + 1}-15`,
    status: i % 50 ? ['正常'] : ['serverHold'],
  }));
  const servers = Array.from({ length: 1000 }, (_, i) => ({
    id: `i-bp1${String(i).padStart(6, '0')}`,
    product: (['ecs', 'swas', 'ecs', 'virtual-host'] as const)[i % 4]!,
    region: i % 10 ? 'cn-hangzhou' : 'cn-hongkong',
    billing: i % 6 ? ('subscription' as const) : ('payg' as const),
    expiresAt: `2027-0${(i % 9) + 1}-01`,
    publicBandwidthMbps: i % 5,
  }));
  const websites = Array.from({ length: 200 }, (_, i) => ({
    name: `网站${i}`,
    domains: domains.slice(i * 5, i * 5 + 5).map((d) => d.domain),
    serverId: servers[i % 1000]!.id,
  }));
  return {
    version: 1,
    now: '2026-11-24',
    entity: { type: 'individual', name: '张三', idNumber: '4101**********1234', province: '河南', phoneProvince: '河南' },
    domains,
    servers,
    websites,
  };
}

/** The same account on Tencent Cloud: CVM and Lighthouse servers with creation dates, verified dates. */
export function largeTencentFacts(): Facts {
  const facts = largeFacts();
  return {
    ...facts,
    entity: { ...facts.entity!, accountName: '张三', accountVerifiedAt: '2026-11-01', account: '100001' },
    domains: facts.domains!.map((d, i) => ({ ...d, realNameVerifiedAt: `2026-11-${String((i % 20) + 1).padStart(2, '0')}` })),
    servers: facts.servers!.map((s, i) => ({
      ...s,
      provider: 'tencent' as const,
      product: i % 2 ? ('cvm' as const) : ('lighthouse' as const),
      region: i % 10 ? 'ap-guangzhou' : 'ap-hongkong',
      createdAt: `2026-0${(i % 9) + 1}-01`,
      account: i % 3 ? '100001' : '100002',
    })),
  };
}

export default async function engineBench(): Promise<BenchLine[]> {
  const rules = loadRuleSet();
  const facts = largeFacts();
  const now = new Date('2026-11-24');
  const lintMs = medianMs(() => lint(facts, rules, now), 15);
  const results = lint(facts, rules, now).length;
  const tencent = largeTencentFacts();
  const tencentMs = medianMs(() => lint(tencent, rules, now), 15);
  // The same in Chinese, as the extension lints for a Chinese browser (Chinese spacing where values meet text).
  const tencentZhMs = medianMs(() => lint(tencent, rules, now, { lang: 'zh' }), 15);
  const checkMs = medianMs(() => checkDomain('https://www.Example.com.cn/path', { now }, rules), 200, 20);
  return [
    { name: 'lint-1000-domains-1000-servers-200-websites', median_ms: lintMs, budget_ms: 50, results },
    { name: 'lint-tencent-1000-domains-1000-servers-200-websites', median_ms: tencentMs, budget_ms: 50, results: lint(tencent, rules, now).length },
    { name: 'lint-zh-tencent-1000-domains-1000-servers-200-websites', median_ms: tencentZhMs, budget_ms: 50 },
    { name: 'check-one-domain', median_ms: checkMs, budget_ms: 1 },
  ];
}
