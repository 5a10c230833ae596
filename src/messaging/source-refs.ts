import { z } from 'zod';
import type { RuleSet } from '../engine';
import type { SourceItem } from './tab-results';

/**
 * A rule's sources as a filer reads them: publisher, document title and section in the UI language,
 * with a link where one exists. The rule cites `{ doc, section: {zh, en}, title? }`; the documents are
 * described once in rules/sources.json (`key → { publisher, title, url? }`, loaded with the rule set).
 * Tolerant on purpose: a source the data does not describe shows its section only, never its key.
 */
const Localized = z.object({ zh: z.string(), en: z.string() });
const RuleSourceRef = z.object({ doc: z.string(), section: z.union([z.string(), Localized]), title: Localized.optional() });
const SourceDoc = z.object({ publisher: Localized, title: Localized, url: z.string().optional() });
const SourceDocs = z.record(z.string(), SourceDoc);
type Docs = z.infer<typeof SourceDocs>;

const docsCache = new WeakMap<RuleSet, Docs>();

/** The document table of a rule set (`rules.sources`, from rules/sources.json), or none. */
function docsOf(rules: RuleSet): Docs {
  let docs = docsCache.get(rules);
  if (!docs) {
    const raw = (rules as unknown as { sources?: unknown; documents?: unknown }).sources ?? (rules as unknown as { documents?: unknown }).documents;
    const parsed = SourceDocs.safeParse(raw && typeof raw === 'object' && 'documents' in raw ? (raw as { documents: unknown }).documents : raw);
    docs = parsed.success ? parsed.data : {};
    docsCache.set(rules, docs);
  }
  return docs;
}

export function resolveSources(rules: RuleSet, sources: readonly unknown[], lang: 'zh' | 'en'): SourceItem[] {
  const docs = docsOf(rules);
  const out: SourceItem[] = [];
  for (const raw of sources) {
    const ref = RuleSourceRef.safeParse(raw);
    if (!ref.success) continue;
    const doc = docs[ref.data.doc];
    const section = typeof ref.data.section === 'string' ? ref.data.section : ref.data.section[lang];
    const title = ref.data.title?.[lang] ?? doc?.title[lang];
    out.push({
      ...(doc ? { publisher: doc.publisher[lang] } : {}),
      ...(title ? { title } : {}),
      section,
      ...(doc?.url ? { url: doc.url } : {}),
    });
  }
  return out;
}
