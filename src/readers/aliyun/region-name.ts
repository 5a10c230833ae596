import { normalizeText } from '../dom/normalize-label';
import { parseRegion, regionById } from '../dom/parse-region';
import { SWAS_CARD_WORDS } from './swas-card-values.words';

/*
 * A region named alone (a card's line, a group row's title), apart from the card reader so the
 * readers that need only this do not bundle the card reader's value parsers.
 */

const compact = (s: string) => normalizeText(s).toLowerCase().replace(/\s+/g, '');
const PUNCTUATION_AND_DIGITS = /[\s\d()（）[\]【】,，.·:：-]+/g;

/**
 * The region id when `text` is a region name and nothing more: after the names of the region it
 * names are taken out, only punctuation, digits and a country word (中国, China, 日本 …) may be left.
 */
export function regionName(text: string): string | undefined {
  const s = normalizeText(text);
  if (s === '' || s.length > 40) return undefined;
  const exactId = regionById(s.toLowerCase());
  if (exactId) return exactId.id;
  const id = parseRegion(s);
  const entry = id ? regionById(id) : undefined;
  if (!entry) return undefined;
  let rest = compact(s);
  for (const name of entry.names.map(compact).sort((a, b) => b.length - a.length)) if (name !== '') rest = rest.split(name).join(' ');
  rest = rest.replace(PUNCTUATION_AND_DIGITS, '');
  return rest === '' || SWAS_CARD_WORDS.countries.some((c) => compact(c) === rest) ? entry.id : undefined;
}
