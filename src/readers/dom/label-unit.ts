import { normalizeText } from './normalize-label';

/**
 * A label that names its value's unit in brackets at its end — 带宽(Mbps), 带宽（Mbps）, Bandwidth (Mbps), 峰值带宽
 * [Mbps], or a qualifier after it (带宽（Mbps）（峰值）) — draws the value as a bare figure ("5"): the figure is in
 * that unit. Only rates in bits a second (Mbps, Gbps, Kbps, Mbit/s, M, 兆) are such units here: the bandwidth
 * readers' only unit a label carries. Pure.
 */
const UNIT_AT_END = /[(（[【]\s*(mbps|gbps|kbps|[mgk]bits?\/s|[mgk]b\/s|m|兆|兆比特\/秒)\s*[)）\]】]\s*(?:[(（][^()（）\d]{1,12}[)）]\s*)?[:：]?\s*$/i;
/** A bare figure, nothing else: "5", "5.5", "1,000" — no sign, no word, no second figure. */
const BARE_FIGURE = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

const UNIT_TEXT: Record<string, string> = { m: 'Mbps', 兆: 'Mbps', '兆比特/秒': 'Mbps' };

/** The unit a label names in brackets at its end (Mbps for 带宽(Mbps)); undefined when it names none. */
export function unitInLabel(label: string | null | undefined): string | undefined {
  const m = UNIT_AT_END.exec(normalizeText(label));
  if (!m?.[1]) return undefined;
  const unit = m[1].toLowerCase();
  return UNIT_TEXT[unit] ?? m[1];
}

/**
 * `value` with the unit its label names (`unitInLabel`) after it, when the value is a bare figure: "5" under
 * 带宽(Mbps) is "5 Mbps". Any other value (one with a unit of its own, "-", words, two figures) is left as it is.
 */
export function valueInLabelUnit(label: string | null | undefined, value: string | undefined): string | undefined {
  if (value === undefined) return value;
  const v = normalizeText(value);
  if (!BARE_FIGURE.test(v)) return value;
  const unit = unitInLabel(label);
  return unit ? `${v} ${unit}` : value;
}
