import { parse } from 'tldts';
import punycode from 'punycode.js';

/** What a pasted domain, URL or facts-file domain reduces to. */
export type DomainInput =
  | { kind: 'domain'; input: string; domain: string; unicode: string; suffix: string; tld: string }
  | { kind: 'ip'; input: string; ip: string }
  | { kind: 'suffix'; input: string; suffix: string }
  | { kind: 'invalid'; input: string; reason: string };

const MAX_INPUT = 2048;
/** An LDH label (letters, digits, inner hyphens), 1-63 characters; punycode labels fit it too. */
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** UTS #46-style folding before parsing: NFKC (full-width forms), ideographic full stops, case. */
export function foldDomainText(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/[\u3002\uFF0E\uFF61]/g, '.')
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .trim()
    .toLowerCase();
}

function hostOf(text: string): string | undefined {
  let candidate = text;
  if (!/^[a-z][a-z0-9+.-]*:\/\//.test(candidate)) candidate = `http://${candidate.replace(/^\/\//, '')}`;
  try {
    return new URL(candidate).hostname;
  } catch {
    return undefined;
  }
}

const memo = new Map<string, DomainInput>();
const MEMO_SIZE = 20_000;

/**
 * Reduces a pasted domain or URL to its registrable domain (public suffix list via tldts). Never
 * throws. Memoised: the background re-lints the same stored domains after every page it reads.
 */
export function toRegistrable(raw: string): DomainInput {
  const known = memo.get(raw);
  if (known) return known;
  const result = reduce(raw);
  if (memo.size >= MEMO_SIZE) memo.clear();
  memo.set(raw, result);
  return result;
}

function reduce(raw: string): DomainInput {
  const input = typeof raw === 'string' ? raw : String(raw);
  if (input.length > MAX_INPUT) return { kind: 'invalid', input: input.slice(0, 80), reason: 'too-long' };
  const text = foldDomainText(input);
  if (!text) return { kind: 'invalid', input, reason: 'empty' };
  if (/[\u0000-\u001F\u007F\s]/.test(text)) return { kind: 'invalid', input, reason: 'characters' };
  // A bare IPv6 address (2001:db8::1, as pasted, or as an IP is kept once taken out of its URL's brackets)
  // is an IP address, as [2001:db8::1] and 1.2.3.4 are.
  if (/^[0-9a-f:.]+$/i.test(text) && text.split(':').length > 2) {
    const ip = hostOf(`[${text}]`);
    if (ip) return { kind: 'ip', input, ip: ip.replace(/^\[|\]$/g, '') };
  }
  let host = hostOf(text);
  if (!host) return { kind: 'invalid', input, reason: 'syntax' };
  host = host.replace(/\.+$/, '');
  if (host.startsWith('[')) return { kind: 'ip', input, ip: host.replace(/^\[|\]$/g, '') };
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(host)) {
    // The URL parser reads "123" or "0x7f.1" as IPv4: only a dotted quad as typed is an IP address.
    return text.includes(host) ? { kind: 'ip', input, ip: host } : { kind: 'invalid', input, reason: 'syntax' };
  }
  if (!host || host.includes('..')) return { kind: 'invalid', input, reason: 'syntax' };
  const parsed = parse(host, { allowPrivateDomains: false, extractHostname: false, validateHostname: true });
  if (parsed.isIp) return { kind: 'ip', input, ip: host };
  if (!parsed.publicSuffix) return { kind: 'invalid', input, reason: 'syntax' };
  if (!parsed.domain) {
    return parsed.hostname === parsed.publicSuffix && parsed.isIcann
      ? { kind: 'suffix', input, suffix: parsed.publicSuffix }
      : { kind: 'invalid', input, reason: 'no-suffix' };
  }
  // A name under no known suffix (tldts' "*" rule) with a TLD of digits or one letter is impossible.
  const tld = parsed.publicSuffix.split('.').pop()!;
  if (!parsed.isIcann && !/^(xn--[a-z0-9-]+|[a-z]{2,63})$/.test(tld)) return { kind: 'invalid', input, reason: 'no-suffix' };
  if (!parsed.domain.split('.').every((label) => LABEL.test(label))) return { kind: 'invalid', input, reason: 'syntax' };
  let unicode = parsed.domain;
  try {
    unicode = punycode.toUnicode(parsed.domain);
  } catch {
    /* keep ASCII */
  }
  return { kind: 'domain', input, domain: parsed.domain, unicode, suffix: parsed.publicSuffix, tld };
}

/** Text with every punycode label (xn--…) shown in Unicode: what a filer typed, as a filer reads it. */
export function punycodeLabelsToUnicode(text: string): string {
  return text.replace(/xn--[a-z0-9-]+/gi, (label) => {
    try {
      return punycode.toUnicode(label.toLowerCase());
    } catch {
      return label;
    }
  });
}

/** The ASCII (punycode) form of a TLD or suffix written in Unicode, e.g. 中国 -> xn--fiqs8s. */
export function suffixToAscii(suffix: string): string {
  const folded = foldDomainText(suffix).replace(/^\./, '');
  try {
    return new URL(`http://a.${folded}`).hostname.slice(2);
  } catch {
    return folded;
  }
}
