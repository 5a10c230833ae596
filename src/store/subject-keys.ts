import { getDomain } from 'tldts';
import { maskIdNumber } from '../facts/mask-id';

/**
 * Store keys of the things facts are about. A newer sighting replaces an older one with the same key.
 * Domains are keyed by their registrable form (RULES.md conventions): lower case, trailing dot
 * removed, full-width characters and the ideographic full stop folded, IDN and punycode the same.
 */
export function registrableDomain(input: string): string {
  let s = input.normalize('NFKC').replace(/[。｡．]/g, '.').trim().toLowerCase();
  s = s.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/[/?#].*$/, '').replace(/:\d+$/, '').replace(/\.+$/, '');
  if (s === '') return s;
  let ascii = s;
  try {
    ascii = new URL(`http://${s}/`).hostname;
  } catch {
    // not a host name: keep the folded text
  }
  return getDomain(ascii, { allowPrivateDomains: false }) ?? ascii;
}

export function serverKey(id: string): string {
  return id.normalize('NFKC').trim();
}

export function websiteKey(site: { name?: string | undefined; domains: readonly string[] }): string {
  const name = site.name?.normalize('NFKC').trim();
  if (name) return `name:${name}`;
  const first = site.domains[0];
  return first ? `domain:${registrableDomain(first)}` : 'unnamed';
}

export type SubjectKind = 'entity' | 'website' | 'domain' | 'server';

/** One key for a lint result's subject, comparable with the keys of the facts a tab showed. */
export function subjectKey(kind: SubjectKind, subject: string): string {
  switch (kind) {
    case 'entity':
      return 'entity';
    case 'domain':
      return `domain:${registrableDomain(subject)}`;
    case 'server':
      return `server:${serverKey(subject)}`;
    case 'website':
      return `website:${subject.normalize('NFKC').trim()}`;
  }
}

/**
 * The filing an entity belongs to: its name, else its (masked) ID number. An entity showing neither
 * names no filing (its page's facts then join the tab's filing, if any).
 */
export function filingKey(entity: { name?: string | undefined; idNumber?: string | undefined }): string | undefined {
  const name = entity.name?.normalize('NFKC').trim();
  if (name) return `name:${name}`;
  const id = entity.idNumber?.normalize('NFKC').trim();
  return id ? `id:${maskIdNumber(id)}` : undefined;
}
