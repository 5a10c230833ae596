export const statuses = ['pass', 'fail', 'unknown'] as const;
export const severities = ['error', 'warning', 'info'] as const;
export const langs = ['zh', 'en'] as const;
export const subjectKinds = ['entity', 'website', 'domain', 'server'] as const;

export type Status = (typeof statuses)[number];
export type Severity = (typeof severities)[number];
export type Lang = (typeof langs)[number];
export type SubjectKind = (typeof subjectKinds)[number];
export type Params = Record<string, string | number>;

/** A rule's source as a filer sees it, in one language: who published it, the document, the section, a link. */
export interface DisplaySource {
  publisher: string;
  /** The document's title (or the section's own document, e.g. one of Tencent Cloud's topic pages). */
  title: string;
  section: string;
  url?: string;
  /** All of it on one line, ready to show: 阿里云《ICP备案 产品简介》：限制说明 › 域名. */
  label: string;
}

/**
 * One rule's verdict on one subject. `rule`, `status`, `severity`, `subject`, `message` are the
 * DESIGN.md contract (`--json`); the rest lets a UI re-render the result in the other language.
 */
export interface LintResult {
  rule: string;
  status: Status;
  severity: Severity;
  /** The domain, the server id, the website name (or its first domain), or the entity name. */
  subject: string;
  subjectKind: SubjectKind;
  /** The rule's title for this status: a failing result names the problem, others the condition that holds. */
  title: string;
  /** Fail: what is wrong. Unknown: what is missing and which console page shows it. Pass: what holds. */
  message: string;
  /** How to fix a failure; absent for pass. */
  fix?: string;
  /** Unknown: the console page that shows the missing fact (a key of rules/pages.json). */
  page?: string;
  /** Unknown: the message without its "Open: <page>" ending, for a UI that links the page itself. */
  detail?: string;
  params: Params;
  /** Where the rule comes from, most authoritative first, in the result's language. */
  sources: DisplaySource[];
  /** Which of the rule's message variants was used (e.g. 'ip'), if not the plain pass/fail text. */
  variant?: string;
  /** The cloud the subject is on (servers; and subjects whose text or numbers depend on it). */
  provider?: 'aliyun' | 'tencent';
}
