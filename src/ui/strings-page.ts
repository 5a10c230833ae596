/**
 * The strings in-page warnings and the pre-submit dialog use, zh and en (a part of ./strings, kept
 * apart so content scripts stay small).
 */
const en = {
  severity: { error: 'Error', warning: 'Warning', info: 'Info' },
  kind: { entity: 'Filing entity', website: 'Website', domain: 'Domain', server: 'Server' },
  fix: 'Fix',
  source: 'Source',
  sourceDoc: (doc: string) => (doc === 'external' ? 'External' : `Seed document ${doc}`),
  dismiss: 'Dismiss',
  dismissLabel: (title: string) => `Dismiss warning: ${title}`,
  warningsHeading: (n: number) => `ICP Preflight: ${n} problem${n === 1 ? '' : 's'}`,
  showMore: (n: number) => `Show ${n} more`,
  presubmit: {
    heading: 'Before you submit: this filing will likely be rejected',
    intro: (n: number) => `${n} error${n === 1 ? '' : 's'} found by ICP Preflight:`,
    goOn: 'Go on anyway',
    review: 'Review first',
  },
};

export type PageStrings = typeof en;

const zh: PageStrings = {
  severity: { error: '错误', warning: '警告', info: '提示' },
  kind: { entity: '备案主体', website: '网站', domain: '域名', server: '服务器' },
  fix: '处理办法',
  source: '依据',
  sourceDoc: (doc: string) => (doc === 'external' ? '外部资料' : `资料 ${doc}`),
  dismiss: '关闭',
  dismissLabel: (title: string) => `关闭提醒：${title}`,
  warningsHeading: (n: number) => `ICP 备案预检：${n} 个问题`,
  showMore: (n: number) => `显示另外 ${n} 条`,
  presubmit: {
    heading: '提交前请注意：本次备案很可能被驳回',
    intro: (n: number) => `ICP 备案预检发现 ${n} 个错误：`,
    goOn: '继续提交',
    review: '先去修改',
  },
};

export const pageStrings: Record<'zh' | 'en', PageStrings> = { zh, en };
