import type { PageContext } from '../../content/script-context';
import type { ResultItem } from '../../messaging/tab-results';
import { HOST_TAG } from './locate-subject';
import { isOurs, makeClosedHost } from './shadow-host';
import type { Lang, WarningUi } from './warning-ui';

/**
 * The filing consoles' pre-submit check, in a module of its own: only the entry points of consoles
 * with a filing form (the Alibaba Cloud filing console, the Tencent one on its /beian pages) pass it to
 * runConsolePage, so the resource consoles' content scripts do not carry it
 * (test/build/content-script-contents.test.ts).
 */
export type SubmitGuard = typeof guardSubmit;

/**
 * A filing form's submit button by its words, spaces and punctuation removed: 提交 / 提交备案 / 提交审核 / 提交初审 / 提交管局 /
 * 确认提交 / 确认并提交, the resubmission after a rejection (重新提交, 保存并重新提交, 修改完成，重新提交) and the English
 * console's (Submit, Submit Application, Submit for Review, Resubmit). Until session 59 only 提交 / 提交备案 / 确认提交 and
 * three English forms: the rejected filing's 修改完成，重新提交 — when the check matters most — and the English confirm
 * step's Submit Application were not held. Not: 提交订单 (a purchase), 提交工单 (a ticket), 提交申请 (any request: a
 * cancellation's or an authorization code's as well as a filing's; rev59), 下一步, 保存.
 */
const SUBMIT_ZH = /^(?:修改完成|已修改)?(?:确认|确定|确认并|保存并)?(?:重新)?提交(?:备案|备案申请|审核|初审|管局|管局审核)?$/;
const SUBMIT_EN = /^(?:confirmand|saveand)?(?:re)?submit(?:again|application|filing|forreview|forapproval)?$/i;

/** Whether a control's text names a filing's submission (see SUBMIT_ZH / SUBMIT_EN). */
export function isSubmitText(text: string): boolean {
  const t = text.replace(/[\s\p{P}]+/gu, '');
  return t.length <= 20 && (SUBMIT_ZH.test(t) || SUBMIT_EN.test(t));
}

/**
 * The pre-submit check: the submit press is held while an error-severity rule of the filing fails.
 */
export function guardSubmit(
  ctx: PageContext,
  getErrors: () => ResultItem[],
  getLang: () => Lang,
  withUi: (then: (ui: WarningUi) => void, failed?: () => void) => void,
) {
  // after "go on anyway", the re-dispatched click and the submit it causes pass through
  let allowUntil = 0;
  let dialog: HTMLElement | undefined;

  const submitControl = (target: EventTarget | null): HTMLElement | null => {
    if (!(target instanceof Element) || isOurs(target)) return null;
    const el = target.closest<HTMLElement>('button, input[type="submit"], input[type="button"], [role="button"], a');
    if (!el) return null;
    return isSubmitText(el instanceof HTMLInputElement ? el.value : (el.textContent ?? '')) ? el : null;
  };

  function hold(event: Event, goOn: () => void): boolean {
    if (performance.now() < allowUntil) return false;
    const errors = getErrors();
    if (errors.length === 0) return false;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (dialog) return true;
    dialog = document.createElement(HOST_TAG); // held at once; the dialog fills in as soon as the UI is there
    const held = dialog;
    withUi((ui) => {
      if (dialog !== held) return;
      const { host, mount } = makeClosedHost(document, ui.dialogCss);
      dialog = host;
      document.body.appendChild(host); // in the page before rendering, so the dialog can take focus
      const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      const close = () => {
        ui.clear(mount);
        host.remove();
        dialog = undefined;
      };
      ui.dialog(
        mount,
        errors,
        getLang(),
        () => {
          close();
          allowUntil = performance.now() + 1000;
          goOn();
        },
        () => {
          close();
          opener?.focus();
        },
      );
    }, () => {
      // the UI could not load: never keep the user from submitting because of our own failure
      dialog = undefined;
      allowUntil = performance.now() + 1000;
      goOn();
    });
    return true;
  }

  ctx.addEventListener(
    window,
    'click',
    (event: MouseEvent) => {
      const control = submitControl(event.target);
      if (control) hold(event, () => control.click());
    },
    { capture: true },
  );
  ctx.addEventListener(
    window,
    'submit',
    (event: SubmitEvent) => {
      const form = event.target;
      if (!(form instanceof HTMLFormElement)) return;
      const submitter = event.submitter;
      if (submitter && !submitControl(submitter)) return;
      hold(event, () => (submitter ? form.requestSubmit(submitter) : form.requestSubmit()));
    },
    { capture: true },
  );
}
