import type { ConsoleFamily } from '../readers/types';

/**
 * The console hosts the readers read, per console family: the manifest's host permissions and each
 * content script's matches (DESIGN.md "Privacy and trust": only these hosts).
 */
export const consoleHostsByFamily = {
  ecs: ['https://ecs.console.aliyun.com/*', 'https://ecs.console.alibabacloud.com/*'],
  swas: ['https://swas.console.aliyun.com/*', 'https://swas.console.alibabacloud.com/*'],
  // the 万网 console (netcn) shows virtual hosts; it belongs to the domain family's content script
  domain: ['https://dc.console.aliyun.com/*', 'https://dc.console.alibabacloud.com/*', 'https://netcn.console.aliyun.com/*'],
  beian: ['https://beian.aliyun.com/*', 'https://beian.console.aliyun.com/*', 'https://beian.console.alibabacloud.com/*'],
  // Tencent Cloud: one console host for CVM, Lighthouse, domains and filing; the international console
  tencent: ['https://console.cloud.tencent.com/*', 'https://console.tencentcloud.com/*'],
} as const satisfies Record<ConsoleFamily, readonly string[]>;

export const consoleHosts: string[] = Object.values(consoleHostsByFamily).flat();

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
