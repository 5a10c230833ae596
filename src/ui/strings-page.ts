/**
 * The strings the in-page UI (markers, popover, summary pill, form messages) and the pre-submit dialog
 * use, zh and en (a part of ./strings, kept apart so content scripts stay small). Style:
 * docs/strings-style.md.
 */
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const en = {
  lang: 'en' as 'zh' | 'en',
  brand: 'ICP Preflight',
  colon: ': ',
  comma: ', ',
  severity: { error: 'Error', warning: 'Warning', info: 'Note' },
  kind: { entity: 'Filing entity', website: 'Website', domain: 'Domain', server: 'Server' },
  fix: 'Fix',
  fixLabel: 'Fix: ',
  source: 'Source',
  sourceLabel: 'Source: ',
  sourceSeparator: '; ',
  dismiss: 'Hide',
  dismissLabel: (title: string) => `Hide this warning: ${title}`,
  close: 'Close',
  warningsHeading: (n: number) => `ICP Preflight: ${plural(n, 'problem')}`,
  /** A marker's accessible name: what it marks and that it opens the details. */
  markerLabel: (titles: string[]) => `ICP Preflight, ${plural(titles.length, 'problem')}: ${titles.join('; ')}. Press Enter for details.`,
  /** After a title in a marker's name and tooltip: its severity (the marker's colour and shape, in words). */
  severityTag: { error: ' (error)', warning: ' (warning)', info: ' (note)' },
  /** The summary pill: "ICP Preflight: 3 errors, 1 warning". */
  pill: (c: { error: number; warning: number }) =>
    `ICP Preflight: ${[c.error ? plural(c.error, 'error') : '', c.warning ? plural(c.warning, 'warning') : ''].filter(Boolean).join(', ')}`,
  pillList: 'Everything ICP Preflight found on this page',
  capped: (shown: number, total: number) => `Markers are shown on the first ${shown} of ${total} rows; every finding is listed here.`,
  jumpTo: 'Jump to',
  jumpLabel: (title: string, subject: string) => `Jump to ${subject}: ${title}`,
  notOnPage: 'No row or field of this page shows it.',
  details: 'Details',
  showMore: (n: number) => `Show ${n} more`,
  presubmit: {
    heading: 'Before you submit: this filing will likely be rejected',
    intro: (n: number) => `ICP Preflight found ${plural(n, 'error')}:`,
    goOn: 'Go on anyway',
    review: 'Review first',
  },
};

export type PageStrings = typeof en;

const zh: PageStrings = {
  lang: 'zh',
  brand: 'ICP 备案预检',
  colon: '：',
  comma: '，',
  severity: { error: '错误', warning: '警告', info: '提示' },
  kind: { entity: '备案主体', website: '网站', domain: '域名', server: '服务器' },
  fix: '处理办法',
  fixLabel: '处理办法：',
  source: '依据',
  sourceLabel: '依据：',
  sourceSeparator: '；',
  dismiss: '不再提示',
  dismissLabel: (title: string) => `不再提示：${title}`,
  close: '关闭',
  warningsHeading: (n: number) => `ICP 备案预检：${n} 个问题`,
  markerLabel: (titles: string[]) => `ICP 备案预检，${titles.length} 个问题：${titles.join('；')}。按回车键查看详情。`,
  severityTag: { error: '（错误）', warning: '（警告）', info: '（提示）' },
  pill: (c: { error: number; warning: number }) =>
    `ICP 备案预检：${[c.error ? `${c.error} 个错误` : '', c.warning ? `${c.warning} 个警告` : ''].filter(Boolean).join('，')}`,
  pillList: 'ICP 备案预检在本页发现的全部问题',
  capped: (shown: number, total: number) => `页面上只标出前 ${shown} 行（共 ${total} 行），全部问题都列在这里。`,
  jumpTo: '跳转',
  jumpLabel: (title: string, subject: string) => `跳转到${subject}：${title}`,
  notOnPage: '本页没有显示它的行或字段。',
  details: '详情',
  showMore: (n: number) => `另外 ${n} 条`,
  presubmit: {
    heading: '提交前请注意：本次备案很可能被驳回',
    intro: (n: number) => `ICP 备案预检发现 ${n} 个错误：`,
    goOn: '继续提交',
    review: '先去修改',
  },
};

export const pageStrings: Record<'zh' | 'en', PageStrings> = { zh, en };
