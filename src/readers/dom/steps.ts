import { holdsLabelledRows } from './label-box';

/**
 * A steps indicator: the progress of a process drawn as its steps, done / current / waiting (提交订单 → 支付完成 →
 * 注册局处理中 → 续费成功; 申请转出 → 等待新注册商确认 → 转出完成). Its words name stages of a process under way,
 * never a value of the field it sits in (a status cell's 转出中 keeps its tag; the steps beside it are a note).
 *
 * Told by what the markup means: a list (`<ol>`, `<ul>`, `role=list`) one of whose items is the current step
 * (`aria-current="step"`, ARIA's own word for it), or a box named as a steps component by a class whose last token
 * is `step` / `steps` (Fusion `next-step`, antd `ant-steps`, TDesign `t-steps`, Tea `tea-step`) with two items or
 * more. A box holding a form's controls, a table or labelled rows is a page's step content, no indicator.
 */
export function isStepsIndicator(el: Element, tag: string, role: string, classAttr: string): boolean {
  const list = tag === 'OL' || tag === 'UL' || role === 'list';
  const named = STEP_WORD.test(classAttr) && namedSteps(classAttr);
  if (!named && !list) return false;
  if (el.childElementCount < 2) return false;
  if (!named && el.querySelector(':scope > [aria-current="step"], :scope > * > [aria-current="step"]') === null) return false;
  if (el.querySelector('input, select, textarea, table, [role="grid"], [role="table"], form')) return false;
  return !holdsLabelledRows(el);
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
