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
  /** A console page not read, or read in part (../ui/not-read-words; the popup names the tab, the page's pill says "this page"): whose page, then why, in our words only. */
  unread: {
    consoles: { ecs: 'Alibaba Cloud ECS console', swas: 'Alibaba Cloud Simple Application Server console', domain: 'Alibaba Cloud domain console', beian: 'Alibaba Cloud ICP filing console', tencent: 'Tencent Cloud console' } as Record<string, string>,
    thisPage: 'This page',
    otherPage: (console: string) => `The ${console} page in another tab`,
    tooLarge: (who: string, chars: string, max: string) => `${who} is too large to read (${chars} characters; the limit is ${max}): open a smaller page of the list — fewer rows per page, or a filter.`,
    urlTooLong: (who: string, chars: string, max: string) => `${who} was not read: its address is too long (${chars} characters; the limit is ${max}). Open the page again from the console's menu.`,
    sheetMissing: (who: string) => `${who} was not read: one of its style sheets did not load where ICP Preflight reads it, and without it the page could show what the console hides. Reload the page.`,
    partsMissing: (who: string) => `${who} was not read: the page did not reach ICP Preflight's reader whole. It is read again when the page changes; if this stays, reload the page.`,
    refused: (who: string) => `${who} was not read: it is over a limit of ICP Preflight's reader. Reload the page; if this stays, open a smaller page of the list.`,
    readerFailed: (who: string) => `${who} was not read: ICP Preflight's reader did not answer (the extension may have just been updated). Reload the page.`,
    partial: (who: string, read: string, shown: string) => `${who} was read in part: the first ${read} of its ${shown} rows. Show at most ${read} rows per page, or filter the list, so that every row is checked.`,
    /** A count of characters, roughly ("31.2 million") and exactly. */
    big: (n: number) => (n >= 1_000_000 ? `${Math.round(n / 100_000) / 10} million` : n.toLocaleString('en')),
    number: (n: number) => n.toLocaleString('en'),
  },
  /** The pill of a page not read, or read in part, with no finding to count (its panel says why: `unread`). */
  notReadPill: 'ICP Preflight: this page was not read',
  readInPartPill: (read: string, shown: string) => `ICP Preflight: ${read} of ${shown} rows read`,
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
  unread: {
    consoles: { ecs: '阿里云 ECS 控制台', swas: '阿里云轻量应用服务器控制台', domain: '阿里云域名控制台', beian: '阿里云 ICP 备案控制台', tencent: '腾讯云控制台' } as Record<string, string>,
    thisPage: '当前页面',
    otherPage: (console: string) => `另一个标签页中的${console}页面`,
    tooLarge: (who: string, chars: string, max: string) => `${who}太大，无法读取（字符数 ${chars}，上限 ${max}）：请打开列表中更小的一页——减少每页行数，或先筛选。`,
    urlTooLong: (who: string, chars: string, max: string) => `${who}未读取：页面地址太长（字符数 ${chars}，上限 ${max}）。请从控制台菜单重新打开该页面。`,
    sheetMissing: (who: string) => `${who}未读取：页面的一个样式表在 ICP 备案预检读取页面的地方没有加载，缺了它，控制台隐藏的内容可能会显示出来。请刷新页面。`,
    partsMissing: (who: string) => `${who}未读取：页面没有完整送达 ICP 备案预检的读取程序。页面变化时会重新读取；如果一直如此，请刷新页面。`,
    refused: (who: string) => `${who}未读取：页面超出了 ICP 备案预检读取程序的一项限制。请刷新页面；如果一直如此，请打开列表中更小的一页。`,
    readerFailed: (who: string) => `${who}未读取：ICP 备案预检的读取程序没有响应（扩展可能刚刚更新）。请刷新页面。`,
    partial: (who: string, read: string, shown: string) => `${who}只读取了一部分：共 ${shown} 行，只读取了前 ${read} 行。请把每页行数设为 ${read} 行以内，或先筛选列表，以便检查每一行。`,
    big: (n: number) => (n >= 100_000 ? `${Math.round(n / 10_000)} 万` : String(n)),
    number: (n: number) => String(n),
  },
  notReadPill: 'ICP 备案预检：本页未读取',
  readInPartPill: (read: string, shown: string) => `ICP 备案预检：${shown} 行中读取了 ${read} 行`,
  presubmit: {
    heading: '提交前请注意：本次备案很可能被驳回',
    intro: (n: number) => `ICP 备案预检发现 ${n} 个错误：`,
    goOn: '继续提交',
    review: '先去修改',
  },
};

export const pageStrings: Record<'zh' | 'en', PageStrings> = { zh, en };
