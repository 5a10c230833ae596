import { z } from 'zod';
import { MAX_PATH } from './node-path';
import { FAMILIES, MAX_CONTROLS, MAX_PARTS, MAX_SHADOWS, MAX_SNAPSHOT_CHARS, PART_CHARS } from './snapshot-limits';

export { CONTROLS, FAMILIES, MAX_CONTROLS, MAX_PARTS, MAX_SHADOWS, MAX_SNAPSHOT_CHARS, PART_CHARS, type Family } from './snapshot-limits';

/**
 * A console page as a content script hands it over to be read outside the page (./take-snapshot →
 * ./read-snapshot): its markup as the browser serializes it (open shadow roots as declarative shadow
 * DOM), what that markup does not carry (form controls' current state, style rules added through the
 * CSSOM), the viewport it was laid out in, and which linked style sheets had loaded. Parsed with this
 * schema where it arrives (the page's text is untrusted).
 */

const url = z.string().max(8192);
export const ControlStateSchema = z.object({
  /** Index among the document's `input, textarea, option` (CONTROLS), in document order. */
  at: z.number().int().min(0),
  /** The control's controlKey: where the copy's control at `at` has another, the nearest with this one takes the state. */
  key: z.string().max(300).optional(),
  value: z.string().max(100_000).optional(),
  checked: z.boolean().optional(),
  selected: z.boolean().optional(),
});
export type ControlState = z.infer<typeof ControlStateSchema>;

/** `<style>` elements (index among the scope's `style` elements) whose rules were added through the CSSOM: their rules' text. */
const SheetsSchema = z.array(z.object({ at: z.number().int().min(0), css: z.string().max(MAX_SNAPSHOT_CHARS) })).max(2000);

const IndicesSchema = z.array(z.number().int().min(0)).max(2000).optional();
/** Popovers shown: index among the scope's `[popover]` elements (absent: none). */
const PopoversSchema = IndicesSchema;

/** An open shadow root's state that its declarative markup does not carry; indices are within the root. */
export const ShadowStateSchema = z.object({
  /** Its host's path (./node-path). */
  host: z.array(z.number().int().min(-1)).max(MAX_PATH + 2),
  sheets: SheetsSchema,
  adopted: z.string().max(MAX_SNAPSHOT_CHARS),
  controls: z.array(ControlStateSchema).max(MAX_CONTROLS),
  popovers: PopoversSchema,
  disabledSheets: IndicesSchema,
});
export type ShadowState = z.infer<typeof ShadowStateSchema>;

export const PageSnapshotSchema = z.object({
  url,
  /** The document's base URL (its `<base href>`, else its URL): the copy resolves links and sheets against it. */
  baseUrl: url,
  /** The page is in standards mode (false: quirks mode — no doctype or an old one —, which lays out and matches selectors differently). */
  doctype: z.boolean(),
  html: z.string().max(MAX_SNAPSHOT_CHARS),
  width: z.number().int().min(1).max(100_000),
  height: z.number().int().min(1).max(100_000),
  /** `<style>` elements (index among the document's `style` elements) whose rules were added through the CSSOM: their rules' text. */
  sheets: SheetsSchema,
  /** The document's adopted (constructed) style sheets' rules. */
  adopted: z.string().max(MAX_SNAPSHOT_CHARS),
  /** Absolute URLs of the linked style sheets that had loaded in the page. */
  loadedSheets: z.array(url).max(2000),
  controls: z.array(ControlStateSchema).max(MAX_CONTROLS),
  popovers: PopoversSchema,
  /** Style sheets disabled through the CSSOM: index among the scope's `style, link[rel~=stylesheet]` (SHEET_OWNERS). */
  disabledSheets: IndicesSchema,
  /** Open shadow roots' state (absent: none to carry). */
  shadows: z.array(ShadowStateSchema).max(MAX_SHADOWS).optional(),
  /** The markup was sent before in `count` parts under `key` (ReadSnapshotPartSchema); `html` is then empty. */
  parts: z.object({ key: z.string().min(1).max(40), count: z.number().int().min(1).max(MAX_PARTS) }).optional(),
});
export type PageSnapshot = z.infer<typeof PageSnapshotSchema>;


/** `held`: the id of the results list the content script holds (../messaging/sent-results): the answer's results are written as changes to it. */
const held = z.string().max(40).optional();
/** A content script asks the background for its page to be read (from its snapshot). */
export const ReadSnapshotRequestSchema = z.object({ type: z.literal('read-snapshot'), family: z.enum(FAMILIES), snapshot: PageSnapshotSchema, held });
export type ReadSnapshotRequest = z.infer<typeof ReadSnapshotRequestSchema>;
/** The background hands it to the reader document (Chrome's offscreen document); `from` (the sender's tab and frame) keeps the copy for patches. */
export const ReaderDocumentRequestSchema = ReadSnapshotRequestSchema.extend({ type: z.literal('reader-document-read'), from: z.string().max(60).optional() });

/** What changed in the page since its copy was read (./page-patch PatchOp). */
export const PatchOpSchema = z.object({
  at: z.array(z.number().int().min(0).max(1_000_000)).max(MAX_PATH),
  check: z.string().max((MAX_PATH + 1) * 80),
  html: z.string().max(PART_CHARS).optional(),
  attrs: z.array(z.tuple([z.string().min(1).max(200), z.string().max(PART_CHARS).nullable()])).max(1000).optional(),
});
/** The most a patch carries (its markup and attribute values in all: ./page-patch buildPatch's maxChars). */
export const MAX_PATCH_CHARS = PART_CHARS;

/** A content script asks for its page to be read again from the copy `copy` the last read kept, patched. */
export const ReadPatchRequestSchema = z.object({
  type: z.literal('read-patch'),
  family: z.enum(FAMILIES),
  copy: z.string().min(1).max(40),
  url,
  ops: z.array(PatchOpSchema).max(5000),
  held,
});
export type ReadPatchRequest = z.infer<typeof ReadPatchRequestSchema>;
export const ReaderDocumentPatchSchema = ReadPatchRequestSchema.extend({ type: z.literal('reader-document-patch'), from: z.string().min(1).max(60) });
/** A tab closed: its copies go. */
export const ReaderDocumentForgetSchema = z.object({ type: z.literal('reader-document-forget'), from: z.string().min(1).max(60) });

/** A part of a big page's markup, sent before its `read-snapshot` (whose snapshot names the key and the count). */
export const ReadSnapshotPartSchema = z.object({
  type: z.literal('read-snapshot-part'),
  key: z.string().min(1).max(40),
  index: z.number().int().min(0).max(MAX_PARTS - 1),
  text: z.string().max(PART_CHARS),
});
export type ReadSnapshotPart = z.infer<typeof ReadSnapshotPartSchema>;
