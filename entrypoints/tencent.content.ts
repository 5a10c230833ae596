import { defineConsoleContentScript } from '../src/content/console-content-script';
import { isFilingPage, tencentHosts } from '../src/messaging/console-hosts';
import { guardSubmit } from '../src/ui/page/submit-guard';

/**
 * Tencent Cloud consoles (console.cloud.tencent.com, console.tencentcloud.com): CVM, Lighthouse,
 * domains and the filing console share one host, so one content script serves them (its pages read with the Tencent readers outside the page: src/snapshot).
 * The pre-submit check guards the filing console's pages only (/beian…), asked at each press: a route change inside the
 * console (/beian → /domain, pushState) keeps this script (decided once as it started, a domain list reached so from /beian
 * had its real-name 重新提交 held as a filing's submission, and a filing form reached from /domain went unheld).
 */
export default defineConsoleContentScript(tencentHosts, 'tencent', { guardSubmit, filingPage: () => isFilingPage('tencent', location.href) });
