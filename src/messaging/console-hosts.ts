import type { ConsoleFamily } from '../readers/types';

/**
 * The console hosts the readers read, per console family: the manifest's host permissions and each
 * content script's matches (DESIGN.md "Privacy and trust": only these hosts). One constant per family,
 * so a content script (entrypoints/<family>.content.ts) bundles its own family's hosts only.
 */
export const ecsHosts = ['https://ecs.console.aliyun.com/*', 'https://ecs.console.alibabacloud.com/*'] as const;
export const swasHosts = ['https://swas.console.aliyun.com/*', 'https://swas.console.alibabacloud.com/*'] as const;
// the 万网 console (netcn) shows virtual hosts; it belongs to the domain family's content script
export const domainHosts = ['https://dc.console.aliyun.com/*', 'https://dc.console.alibabacloud.com/*', 'https://netcn.console.aliyun.com/*'] as const;
export const beianHosts = ['https://beian.aliyun.com/*', 'https://beian.console.aliyun.com/*', 'https://beian.console.alibabacloud.com/*'] as const;
// Tencent Cloud: one console host for CVM, Lighthouse, domains and filing; the international console
export const tencentHosts = ['https://console.cloud.tencent.com/*', 'https://console.tencentcloud.com/*'] as const;

export const consoleHostsByFamily = {
  ecs: ecsHosts,
  swas: swasHosts,
  domain: domainHosts,
  beian: beianHosts,
  tencent: tencentHosts,
} as const satisfies Record<ConsoleFamily, readonly string[]>;

// every family's hosts (the manifest's web-accessible matches); written out, not computed from
// consoleHostsByFamily, so a content script importing its own family's constant bundles no other
export const consoleHosts: string[] = [...ecsHosts, ...swasHosts, ...domainHosts, ...beianHosts, ...tencentHosts];

/** The family whose hosts include this URL's origin, or null (messages from elsewhere are refused). */
export function familyOfUrl(url: string): ConsoleFamily | null {
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch {
    return null;
  }
  for (const [family, patterns] of Object.entries(consoleHostsByFamily)) {
    if (patterns.some((p) => p.slice(0, -2) === origin)) return family as ConsoleFamily;
  }
  return null;
}

/**
 * A filing-form page, where the pre-submit check holds the submit button: every page of the Alibaba
 * filing family, and the /beian pages of the Tencent console (its one host also serves CVM, domains …).
 */
export function isFilingPage(family: ConsoleFamily | string, url: string | undefined): boolean {
  if (family === 'beian') return true;
  if (family !== 'tencent' || !url) return false;
  try {
    return /^\/beian(\/|$)/.test(new URL(url).pathname);
  } catch {
    return false;
  }
}
