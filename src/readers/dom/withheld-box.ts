import { masksWholeValue, saysNoPermission } from './permission-withheld';
import { textUnits } from './units';
import type { VisibilityCache } from './visibility';

/**
 * A value box (a cell, a field's value) showing that its value, or a part of it, is withheld from this user — 无权限查看,
 * No permission (./permission-withheld) in place of the public address of an IP cell that shows the private one. What
 * it shows is then not all there is: no "none" may be read from it (no public address shown, so no public bandwidth);
 * the box is as one not shown. Pure; never throws.
 */
export function withholdsValue(el: Element | string | null | undefined, cache?: VisibilityCache): boolean {
  if (!el || typeof el === 'string') return false;
  try {
    // (or a value masked whole, ****** with its 申请权限 link: ./permission-withheld masksWholeValue, round fifty-four)
    return textUnits(el, cache).some((u) => saysNoPermission(u.text) || masksWholeValue(u.text));
  } catch {
    return false;
  }
}
