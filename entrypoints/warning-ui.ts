import { WARNING_UI_GLOBAL, warningUi } from '../src/ui/page/warning-ui';

// Loaded by the console content scripts (dynamic import) when they first have a warning to show.
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[WARNING_UI_GLOBAL] = warningUi;
});
