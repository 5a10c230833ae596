import punycode from 'punycode.js';

/**
 * Text from pages and facts files made safe to show (popup, in-page warnings, CLI). Pure.
 *
 * - Direction controls (U+202A–202E, U+2066–2069, U+200E/200F, U+061C) and invisible joiners are
 *   removed: a name cannot reorder the text around it or hide characters.
 * - A domain name with a mixed-script label (Latin with Cyrillic, Greek or Armenian: `exаmple.cn`
 *   with a Cyrillic а) is shown in punycode with a warning, so a look-alike cannot pass for the
 *   real name. Latin with Chinese or Japanese (中国abc.cn) is an ordinary name and stays as it is.
 */
const CONTROLS = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;
const DOMAINISH = /[\p{L}\p{N}\p{M}-]+(?:[.。．｡][\p{L}\p{N}\p{M}-]+)+/gu;
const RISKY = /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Cherokee}\p{Script=Georgian}]/u;
const LATIN = /\p{Script=Latin}/u;
const EAST_ASIAN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

const LOOKALIKE = { zh: '（⚠ 含形近字符）', en: ' (⚠ look-alike characters)' } as const;

/** A label that mixes scripts a reader cannot tell apart: Latin and Cyrillic, Greek with Han, …. */
export function isMixedScriptLabel(label: string): boolean {
  if (!RISKY.test(label)) return false;
  const risky = [...label].filter((ch) => RISKY.test(ch));
  const scripts = new Set(risky.map((ch) => (/\p{Script=Cyrillic}/u.test(ch) ? 'cyrl' : /\p{Script=Greek}/u.test(ch) ? 'grek' : 'other')));
  return scripts.size > 1 || LATIN.test(label) || EAST_ASIAN.test(label);
}

export function stripControls(text: string): string {
  return text.replace(CONTROLS, '');
}

/** `text` without direction controls, look-alike domain names in punycode with a warning. */
export function displaySafe(text: string, lang: 'zh' | 'en' = 'en'): string {
  const clean = stripControls(text);
  if (!RISKY.test(clean)) return clean;
  let warned = false;
  return clean.replace(DOMAINISH, (name) => {
    const labels = name.split(/[.。．｡]/);
    if (!labels.some(isMixedScriptLabel)) return name;
    let ascii: string;
    try {
      ascii = punycode.toASCII(labels.join('.').toLowerCase());
    } catch {
      ascii = labels.map((l) => (/^[\x00-\x7f]*$/.test(l) ? l : 'xn--?')).join('.');
    }
    // the warning once per text, after the name's first appearance
    if (warned) return ascii;
    warned = true;
    return `${ascii}${LOOKALIKE[lang]}`;
  });
}

/** Every text field of a result shown to the user, made display-safe. */
export function displaySafeResult<T extends { subject: string; message: string; fix?: string | undefined; title?: string }>(r: T, lang: 'zh' | 'en'): T {
  return {
    ...r,
    subject: displaySafe(r.subject, lang),
    message: displaySafe(r.message, lang),
    ...(r.fix !== undefined ? { fix: displaySafe(r.fix, lang) } : {}),
    ...(r.title !== undefined ? { title: displaySafe(r.title, lang) } : {}),
  };
}
