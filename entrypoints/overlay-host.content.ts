import { defineContentScript } from 'wxt/utils/define-content-script';
import { consoleHosts } from '../src/messaging/console-hosts';
import { stashOverlayHost } from '../src/ui/page/overlay-host';

/**
 * The in-page overlay's host, placed before the console's page is first laid out (src/ui/page/overlay-host.ts:
 * on a very large page the frame that shows the first marker then walks no more of the page). A script
 * of its own: the console scripts still start at document_idle (started at document start, the
 * 500-row bench list took +150 ms or more of main-thread time).
 */
export default defineContentScript({
  matches: consoleHosts,
  runAt: 'document_start',
  main() {
    stashOverlayHost(document);
  },
});
