import { render } from 'preact';
import type { ResultItem } from '../../messaging/tab-results';
import { pageStrings } from '../strings-page';
import type { SubjectRowOf } from './locate-subject';
import type { OverlayHost } from './overlay-host';
import { createPageView, type Lang, type PageView } from './page-view';
import { PreSubmitDialog } from './presubmit-dialog';
import { dialogCss } from './warning-styles';

/**
 * The in-page UI as one object a content script loads the first time it has something to show:
 * the page view (markers, popover, summary pill, form messages: ./page-view) and the pre-submit dialog.
 */
export type { Lang, PageView };

export interface WarningUi {
  dialogCss: string;
  /**
   * The findings view of one page (one overlay; closed shadow roots); `onDismiss`: the filer hid a
   * warning; `shadowRoots`: the page's open shadow roots, whose content is searched too (./locate-subject);
   * `rowOf`: the row the reads found a subject in, looked in first (./locate-subject); `overlay`: the
   * host the content script placed at document start (./overlay-host).
   */
  createView(doc: Document, onDismiss?: (item: ResultItem) => void, shadowRoots?: () => readonly ShadowRoot[], rowOf?: SubjectRowOf, overlay?: OverlayHost): PageView;
  /** The pre-submit dialog. */
  dialog(mount: Element, items: ResultItem[], lang: Lang, onGoOn: () => void, onReview: () => void): void;
  clear(mount: Element): void;
}

/** Where the loaded UI is found (the content script's isolated world; never the page's). */
export const WARNING_UI_GLOBAL = '__icpPreflightWarningUi';

export const warningUi: WarningUi = {
  dialogCss,
  createView: (doc, onDismiss, shadowRoots, rowOf, overlay) => createPageView(doc, { ...(onDismiss && { onDismiss }), ...(shadowRoots && { shadowRoots }), ...(rowOf && { rowOf }), ...(overlay && { overlay }) }),
  dialog: (mount, items, lang, onGoOn, onReview) => render(<PreSubmitDialog items={items} s={pageStrings[lang]} onGoOn={onGoOn} onReview={onReview} />, mount),
  clear: (mount) => render(null, mount),
};
