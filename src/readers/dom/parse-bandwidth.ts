import { normalizeText } from './normalize-label';

/**
 * A bandwidth shown by a console → Mbps: `5Mbps`, `5 Mbps`, `0 Mbps`, `100 Mbit/s`,
 * `按固定带宽 5Mbps`, `1 Gbps` (1000), `512 Kbps` (0.5), `5M`. undefined when no figure with a
 * bandwidth unit is shown (`-`, `--`, a bare number, `4 GiB`, `-5Mbps`, `1e400Mbps`). The first
 * figure wins. Pure.
 */

// A figure starts at a number boundary: not inside another number or word (`1e400Mbps`, `v2.5Mbps`,
// the `000` of `1,000`) and without a sign (`-5Mbps` is not a bandwidth). It may be grouped by
// thousands (`1,000 Mbps`); a comma between other digits (`4,5 Mbps`, `10,00 Mbps`) gives no figure.
const FIGURE = /(?<![0-9A-Za-z_.+\-\u2212])(?<!\d,)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?:([gmk])(?:bps|bit\/s|bits\/s|b\/s)|(M))(?![a-z/])/gi;

export function parseBandwidth(text: string | null | undefined): number | undefined {
  try {
    const s = normalizeText(text);
    if (s === '') return undefined;
    FIGURE.lastIndex = 0;
    for (let m = FIGURE.exec(s); m; m = FIGURE.exec(s)) {
      // A bare unit letter counts only as an upper-case M ("5M"); "4G", "5m" do not.
      if (m[3] !== undefined && m[3] !== 'M') continue;
      // a leading zero before another digit is a thousands group written with a space ('1 000 Mbps'),
      // never a figure of its own: not 0
      if (/^0\d/.test(m[1] ?? '')) continue;
      const unit = (m[2] ?? 'm').toLowerCase();
      const n = Number((m[1] ?? '').replace(/,/g, ''));
      if (!Number.isFinite(n) || n < 0) continue;
      const mbps = unit === 'g' ? n * 1000 : unit === 'k' ? n / 1000 : n;
      return Math.round(mbps * 1000) / 1000;
    }
    return undefined;
  } catch {
    return undefined;
  }
}
