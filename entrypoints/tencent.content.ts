import { defineConsoleContentScript } from '../src/content/console-content-script';
import { tencentHosts } from '../src/messaging/console-hosts';
import { guardSubmit } from '../src/ui/page/submit-guard';

/**
 * Tencent Cloud consoles (console.cloud.tencent.com, console.tencentcloud.com): CVM, Lighthouse,
 * domains and the filing console share one host, so one content script serves them (its pages read with the Tencent readers outside the page: src/snapshot).
 * The pre-submit check guards the filing console's pages only (/beian…); WXT also evaluates this file
 * at build time, where there is no location.
 */
const onFilingPage = typeof location !== 'undefined' && /^\/beian(\/|$)/.test(location.pathname);

export default defineConsoleContentScript(tencentHosts, 'tencent', { guardSubmit: onFilingPage ? guardSubmit : undefined });
