import { holdsLabelledRows } from './label-box';
import { normalizeText } from './normalize-label';

/**
 * A steps indicator: the progress of a process drawn as its steps, done / current / waiting (提交订单 → 支付完成 →
 * 注册局处理中 → 续费成功; 申请转出 → 等待新注册商确认 → 转出完成). Its words name stages of a process under way,
 * never a value of the field it sits in (a status cell's 转出中 keeps its tag; the steps beside it are a note).
 *
 * Told by what the markup means: a list (`<ol>`, `<ul>`, `role=list`) one of whose items is the current step
 * (`aria-current="step"`, ARIA's own word for it), or a box named as a steps component by a class whose last token
 * is `step` / `steps` (Fusion `next-step`, antd `ant-steps`, TDesign `t-steps`, Tea `tea-step`) with two items or
 * more, or a box whose accessible name (`aria-label`) ends in a word naming a process's progress (rules/labels
 * stepsNames: 进度, 步骤, progress …: 转出进度) with three short items or more — a class hashed by a build says
 * nothing, its name still does. A box holding a form's controls, a table or labelled rows is a page's step content,
 * no indicator.
 */
export function isStepsIndicator(el: Element, tag: string, role: string, classAttr: string, names: readonly string[] = []): boolean {
  const list = tag === 'OL' || tag === 'UL' || role === 'list';
  const named = STEP_WORD.test(classAttr) && namedSteps(classAttr);
  const called = !named && names.length > 0 && calledProgress(el, names);
  if (!named && !list && !called) return false;
  if (el.childElementCount < (named || list ? 2 : 3)) return false;
  if (!named && !called && el.querySelector(':scope > [aria-current="step"], :scope > * > [aria-current="step"]') === null) return false;
  if (called && !Array.from(el.children).every(isShortItem)) return false;
  if (el.querySelector('input, select, textarea, table, [role="grid"], [role="table"], form')) return false;
  return !holdsLabelledRows(el);
}

/** Whether the element's aria-label ends in one of `names` (a colon after it ignored; case ignored). */
function calledProgress(el: Element, names: readonly string[]): boolean {
  const label = el.getAttribute('aria-label');
  if (!label) return false;
  const name = normalizeText(label).replace(/[\s:]+$/, '').toLowerCase();
  return name !== '' && names.some((w) => {
    const word = normalizeText(w).toLowerCase();
    return word !== '' && name.endsWith(word);
  });
}

/** An item of a steps box: a few words (a stage's name), no more. */
function isShortItem(item: Element): boolean {
  const text = normalizeText(item.textContent);
  return text !== '' && text.length <= 24;
}

const STEP_WORD = /step/i;

function namedSteps(classAttr: string): boolean {
  for (const cls of classAttr.toLowerCase().split(/\s+/)) {
    if (cls === '') continue;
    const t = cls.split(/[_-]+/);
    const last = t[t.length - 1];
    if (last === 'step' || last === 'steps') return true;
  }
  return false;
}
