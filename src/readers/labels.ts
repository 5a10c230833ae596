import * as z from 'zod/mini';

/**
 * Label vocabularies as data: one file per provider, `rules/labels/<provider>.json`, checked with zod
 * (the mini build, small enough for a content script) when a provider's readers load it. Generic over
 * providers: `defineLabels(json)` for any file of this shape.
 *
 * A field's vocabulary (FieldVocab):
 * - `labels`: the exact labels (zh + en). Matched after normalisation: whitespace, full width,
 *   leading/trailing required marks (`*`), trailing colons (`:` `：`), `?` / help-icon glyphs, a trailing
 *   parenthesised qualifier (`（峰值）`, `(Peak)`) and a counter (`0/50`) are ignored.
 * - `contains` (optional): words any one of which makes a STRUCTURAL label (a `<label>`, `<th>`, `<dt>`,
 *   a description-list / form-item label, an ARIA header cell) this field — 当前使用带宽 for bandwidth —
 *   unless one of `not` appears in it (带宽计费方式 is no bandwidth). Never applied to free text.
 */

const word = z.string().check(z.minLength(1), z.maxLength(80));
const words = z.array(word).check(z.maxLength(400));

export const FieldVocabSchema = z.object({
  labels: words.check(z.minLength(1)),
  contains: z.optional(words),
  not: z.optional(words),
});

export const LabelFileSchema = z.object({
  $comment: z.optional(z.string()),
  provider: z.string().check(z.regex(/^[a-z][a-z0-9-]{1,30}$/)),
  /** Link and button texts that are actions (续费, 更改带宽, 转包年包月), never a value. */
  actions: z.optional(words),
  /** Tag / badge texts that are a status (已实名认证, 运行中): offered apart from values. */
  statuses: z.optional(words),
  /** Openers of hint text under a control ("如", "例如", "e.g."): such a text is help, not a value. */
  help: z.optional(words),
  /** Words of a loading indicator and of an error banner (the one page-state detector). */
  pageState: z.optional(z.object({ loading: words, error: words })),
  groups: z.record(z.string(), z.record(z.string(), FieldVocabSchema)),
});

export type FieldVocab = z.infer<typeof FieldVocabSchema>;
export type LabelFile = z.infer<typeof LabelFileSchema>;

/** A provider's checked vocabularies. */
export interface LabelVocabulary {
  provider: string;
  actions: readonly string[];
  statuses: readonly string[];
  help: readonly string[];
  pageState: { loading: readonly string[]; error: readonly string[] };
  /** The vocabularies of one group (a page's fields or a table's columns); throws when a key is missing. */
  group<K extends string>(name: string, keys: readonly K[]): Record<K, FieldVocab>;
  /** The exact label lists of one group (for the table / field primitives that take string lists). */
  labels<K extends string>(name: string, keys: readonly K[]): Record<K, readonly string[]>;
}

/** Checks a label file (zod); throws an Error naming the first bad path. */
export function defineLabels(json: unknown): LabelVocabulary {
  const parsed = LabelFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`label file: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'}`);
  }
  const file = parsed.data;
  const group = <K extends string>(name: string, keys: readonly K[]): Record<K, FieldVocab> => {
    const g = file.groups[name];
    if (!g) throw new Error(`label file ${file.provider}: no group ${name}`);
    const out = {} as Record<K, FieldVocab>;
    for (const k of keys) {
      const v = g[k];
      if (!v) throw new Error(`label file ${file.provider}: no field ${name}.${k}`);
      out[k] = v;
    }
    return out;
  };
  return {
    provider: file.provider,
    actions: file.actions ?? [],
    statuses: file.statuses ?? [],
    help: file.help ?? [],
    pageState: file.pageState ?? { loading: [], error: [] },
    group,
    labels<K extends string>(name: string, keys: readonly K[]) {
      const g = group(name, keys);
      const out = {} as Record<K, readonly string[]>;
      for (const k of keys) out[k] = g[k].labels;
      return out;
    },
  };
}
