import punycode from 'punycode.js';

/**
 * Text from pages and facts files made safe to show (popup, in-page warnings, CLI). Pure.
 *
 * - Direction controls (U+202A–202E, U+2066–2069, U+200E/200F, U+061C) and invisible joiners are
 *   removed: a name cannot reorder the text around it or hide characters.
 * - Terminal and invisible controls are removed too — C0 and C1 controls (ESC, CSI, BEL, NUL …: a
 *   name in a facts file drove the CLI's terminal, `Bob\x1b[2K\rALL GOOD`), tag characters
 *   (U+E0000–E007F, invisible ASCII), the soft hyphen, filler letters that draw nothing — and a line
 *   break (\n, \r, U+2028/2029, U+0085) or tab is a space, so a name cannot start a line of its own.
 * - A domain name with a mixed-script label (Latin with Cyrillic, Greek or Armenian: `exаmple.cn`
 *   with a Cyrillic а) is shown in punycode with a warning, so a look-alike cannot pass for the
 *   real name. Latin with Chinese or Japanese (中国abc.cn) is an ordinary name and stays as it is.
 * - So is a label written wholly in Cyrillic or Greek letters that each pass for a Latin one (`аррӏе.cn`,
 *   `ѕсоре.com`: a whole-script look-alike, as browsers judge them) under a TLD not of that script;
 *   under a Cyrillic TLD (`аррӏе.рф`), or with a letter like no Latin one (`пример`, `αβγ`), it is a name.
 */
const CONTROLS = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F\u00AD\u034F\u115F\u1160\u180E\u3164\uFFA0\u{E0000}-\u{E007F}]/gu;
const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
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

/** Lower-case Cyrillic and Greek letters drawn like a Latin letter (а с е о р у х і ј ӏ ѕ …; ο ρ τ υ χ …). */
const LATIN_ALIKE = { cyrl: /^[асԁеһіјӏорԛѕԝхуъьҽпгѵѡ0-9-]+$/u, grek: /^[αικνορτυχ0-9-]+$/u } as const;

/** A label of one script, every letter a Latin look-alike, under a TLD not of that script (аррӏе in аррӏе.cn). */
export function isWholeScriptLookalike(label: string, tld: string): boolean {
  const l = label.toLowerCase();
  if (!/\p{L}/u.test(l)) return false;
  if (LATIN_ALIKE.cyrl.test(l)) return !/\p{Script=Cyrillic}/u.test(tld);
  if (LATIN_ALIKE.grek.test(l)) return !/\p{Script=Greek}/u.test(tld);
  return false;
}

export function stripControls(text: string): string {
  return text.replace(CONTROLS, '').replace(BREAKS, ' ');
}

/** `text` without direction controls, look-alike domain names in punycode with a warning. */
export function displaySafe(text: string, lang: 'zh' | 'en' = 'en'): string {
  const clean = stripControls(text);
  if (!RISKY.test(clean)) return clean;
  let warned = false;
  return clean.replace(DOMAINISH, (name) => {
    const labels = name.split(/[.。．｡]/);
    const tld = labels[labels.length - 1] ?? '';
    if (!labels.some(isMixedScriptLabel) && !labels.slice(0, -1).some((l) => isWholeScriptLookalike(l, tld))) return name;
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

const JSON_ESCAPED = /[\u007F-\u009F\u00AD\u061C\u200B-\u200F\u2028\u2029\u202A-\u202E\u2060-\u2069\uFEFF]|\uDB40[\uDC00-\uDC7F]/g;

/**
 * JSON for a terminal or a file the filer opens (the CLI's read, the options page's export): direction
 * controls (\u202e), C1 controls (\u009b, the 8-bit CSI), line separators and invisible characters
 * written as \u escapes, as JSON writes C0 ones — the same data (JSON.parse gives it back), but its
 * text can neither reorder itself nor drive a terminal.
 */
export function escapedJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(JSON_ESCAPED, (c) =>
    c
      .split('')
      .map((u) => `\\u${u.charCodeAt(0).toString(16).padStart(4, '0')}`)
      .join(''),
  );
}
