import { render } from 'preact';
import type { ResultItem } from '../../messaging/tab-results';
import { pageStrings } from '../strings-page';
import { PreSubmitDialog } from './presubmit-dialog';
import { dialogCss, warningCss } from './warning-styles';
import { WarningList } from './warning-list';

/**
 * The in-page UI: Preact components rendered into the shadow roots the content script makes. Built
 * on its own (entrypoints/warning-ui.ts) and loaded by a content script the first time it has
 * something to show, so the content scripts themselves stay small (readers + watching the page).
 */
export type Lang = 'zh' | 'en';

export interface WarningUi {
  warningCss: string;
  floatingCss: string;
  dialogCss: string;
  /** The warnings next to one row or field. */
  list(mount: Element, items: ResultItem[], lang: Lang, onDismiss: (item: ResultItem) => void): void;
  /** Warnings whose subject is on no row or field: the corner panel. */
  floating(mount: Element, items: ResultItem[], lang: Lang, onDismiss: (item: ResultItem) => void): void;
  /** The pre-submit dialog. */
  dialog(mount: Element, items: ResultItem[], lang: Lang, onGoOn: () => void, onReview: () => void): void;
  clear(mount: Element): void;
}

/** Where the loaded UI is found (the content script's isolated world; never the page's). */
export const WARNING_UI_GLOBAL = '__icpPreflightWarningUi';

export const warningUi: WarningUi = {
  warningCss,
  floatingCss: `${warningCss}:host{position:fixed;right:12px;bottom:12px;z-index:2147483646;max-height:45vh;overflow:auto;width:380px;box-shadow:0 4px 16px rgba(0,0,0,.2);background:#fff;border-radius:6px;padding:6px;margin:0}`,
  dialogCss,
  list: (mount, items, lang, onDismiss) => render(<WarningList items={items} s={pageStrings[lang]} onDismiss={onDismiss} />, mount),
  floating: (mount, items, lang, onDismiss) =>
    render(
      <div>
        <p class="brand">{pageStrings[lang].warningsHeading(items.length)}</p>
        <WarningList items={items} s={pageStrings[lang]} onDismiss={onDismiss} />
      </div>,
      mount,
    ),
  dialog: (mount, items, lang, onGoOn, onReview) => render(<PreSubmitDialog items={items} s={pageStrings[lang]} onGoOn={onGoOn} onReview={onReview} />, mount),
  clear: (mount) => render(null, mount),
};
