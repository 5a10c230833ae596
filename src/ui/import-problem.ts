import type { ImportProblem } from '../messaging/contract';
import type { Strings } from './strings';

type BadField = Extract<ImportProblem, { code: 'bad-field' }>;

/** A path in the facts file as written there: servers[0].billing. */
export function pathText(path: readonly (string | number)[]): string {
  return path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), '');
}

const lists = { websites: 'website', domains: 'domain', servers: 'server' } as const;

/** Where a bad field is, in the filer's words (Website 3, Server 1, the filing entity), and the field's name in the file. */
function placeOf(path: BadField['path'], t: Strings['options']['importProblem']): { where: string; field: string | undefined } {
  const [head, index, ...rest] = path;
  if (head === 'entity') return { where: t.entity, field: index === undefined ? undefined : pathText([index, ...rest]) };
  if (typeof head === 'string' && Object.hasOwn(lists, head) && typeof index === 'number') {
    const kind = lists[head as keyof typeof lists];
    const n = index + 1;
    if (kind === 'website' && rest[0] === 'domains' && typeof rest[1] === 'number' && rest.length === 2) return { where: t.websiteDomain(n, rest[1] + 1), field: undefined };
    return { where: t[kind](n), field: rest.length ? pathText(rest) : undefined };
  }
  return { where: t.file, field: path.length ? pathText(path) : undefined };
}

/** Why an import was refused, in the UI language (without the "Not imported: " that the page puts before it). */
export function importProblemText(p: ImportProblem, s: Strings): string {
  const t = s.options.importProblem;
  switch (p.code) {
    case 'not-json':
      return s.options.notJson;
    case 'not-facts':
      return s.options.notFacts;
    case 'file-too-large':
      return t.fileTooLarge(String(Math.round((p.maxBytes / 1024 / 1024) * 10) / 10));
    case 'bad-field': {
      const { where, field } = placeOf(p.path, t);
      const at = p.path.length ? t.atPath(pathText(p.path)) : '';
      if (field && p.issue === 'missing') return t.missing(where, field) + at;
      if (field && p.issue === 'too-long') return t.tooLong(where, field) + at;
      return t.invalid(where, field) + at;
    }
    case 'too-many':
      switch (p.what) {
        case 'websites':
          return t.websites(p.count, p.max);
        case 'website-domains':
          return t.websiteDomains(p.website ?? 0, p.count, p.max);
        case 'domains-in-websites':
          return t.domainsInWebsites(p.count, p.max);
        case 'domains':
          return t.domains(p.count, p.max);
        case 'servers':
          return t.servers(p.count, p.max);
      }
      break;
    case 'too-large-to-store':
      return t.tooLargeToStore(Math.ceil(p.bytes / 1024), Math.floor(p.maxBytes / 1024));
    case 'not-saved':
      return t.notSaved;
  }
  return s.options.notFacts;
}

/** The options page's own checks of a chosen file, before it is sent: its size (before reading it), then JSON. */
export async function readImportFile(file: Pick<File, 'size' | 'text'>, maxBytes: number): Promise<{ ok: true; data: unknown } | { ok: false; error: ImportProblem }> {
  if (file.size > maxBytes) return { ok: false, error: { code: 'file-too-large', maxBytes } };
  try {
    return { ok: true, data: JSON.parse(await file.text()) as unknown };
  } catch {
    return { ok: false, error: { code: 'not-json' } };
  }
}
