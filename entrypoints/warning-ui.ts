import { WARNING_UI_GLOBAL, warningUi } from '../src/ui/page/warning-ui';

// Chrome: loaded by the console content scripts (dynamic import at the per-session URL) when they
// first have a warning to show. Firefox bundles the UI into the content scripts instead.
export default defineUnlistedScript({
  include: ['chrome'],
  main: () => {
    (globalThis as Record<string, unknown>)[WARNING_UI_GLOBAL] = warningUi;
  },
});
