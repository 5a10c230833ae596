import { pageStrings } from './strings-page';

/**
 * Every UI string, zh and en, in one typed dictionary (the manifest's own strings are in
 * public/_locales; the in-page strings, shared here, in ./strings-page so content scripts carry only
 * those). Rule texts come from rules/ through the engine, not from here.
 */
const en = {
  appName: 'ICP Preflight',
  status: { pass: 'Pass', fail: 'Fail', unknown: 'Unknown', notChecked: 'Not checked yet' },
  ...pageStrings.en,
  openPage: (page: string) => `Open ${page}`,
  popup: {
    checklist: 'Filing checklist',
    summary: (c: { errors: number; warnings: number; unknown: number; pass: number }) =>
      `${c.errors} error${c.errors === 1 ? '' : 's'} · ${c.warnings} warning${c.warnings === 1 ? '' : 's'} · ${c.unknown} unknown · ${c.pass} passing`,
    nothingSeen: 'Nothing read yet. Open the Alibaba Cloud consoles (ECS, domains, ICP filing) and the checklist fills in.',
    unknownHint: 'Items not seen yet are read when you open the linked console page.',
    notChecked: 'Not checked yet',
    passing: (n: number) => `${n} passing`,
    notSeenYet: (n: number) => `Not seen yet (${n})`,
    notCheckedHint: 'No page read so far has the facts these rules need.',
    lookupLabel: 'Check a domain or URL',
    lookupPlaceholder: 'example.io or https://www.example.com/path',
    lookupButton: 'Check',
    lookupFor: (d: string) => `Results for ${d}`,
    options: 'Options',
    loading: 'Loading…',
  },
  options: {
    title: 'ICP Preflight options',
    defaults: 'Filing defaults',
    defaultsHint: 'Used when the filing form has not been read yet.',
    entityType: 'Entity type',
    entityUnset: 'Not set',
    individual: 'Individual',
    organization: 'Organization',
    province: 'Filing province',
    provinceUnset: 'Not set',
    language: 'Language',
    langAuto: 'Browser language',
    save: 'Save',
    saved: 'Saved.',
    data: 'Stored facts',
    export: 'Export facts file',
    import: 'Import facts file',
    importOk: 'Imported.',
    importBad: (why: string) => `Not imported: ${why}`,
    notJson: 'the file is not JSON',
    clear: 'Clear everything stored',
    clearConfirm: 'Clear all facts and settings ICP Preflight has stored?',
    cleared: 'Everything stored was cleared.',
    privacy: 'Everything stays on this computer. ID numbers are stored masked.',
  },
};

export type Strings = typeof en;

const zh: Strings = {
  appName: 'ICP 备案预检',
  status: { pass: '通过', fail: '不通过', unknown: '未知', notChecked: '尚未检查' },
  ...pageStrings.zh,
  openPage: (page: string) => `打开 ${page}`,
  popup: {
    checklist: '备案检查清单',
    summary: (c: { errors: number; warnings: number; unknown: number; pass: number }) => `${c.errors} 个错误 · ${c.warnings} 个警告 · ${c.unknown} 项未知 · ${c.pass} 项通过`,
    nothingSeen: '还没有读取到任何信息。打开阿里云控制台（云服务器 ECS、域名、ICP 备案）后，清单会自动填写。',
    unknownHint: '尚未读取的项目，打开对应链接的控制台页面后会自动读取。',
    notChecked: '尚未检查',
    passing: (n: number) => `${n} 项通过`,
    notSeenYet: (n: number) => `尚未读取（${n} 项）`,
    notCheckedHint: '已读取的页面中还没有这些规则需要的信息。',
    lookupLabel: '检查域名或网址',
    lookupPlaceholder: 'example.io 或 https://www.example.com/path',
    lookupButton: '检查',
    lookupFor: (d: string) => `${d} 的检查结果`,
    options: '设置',
    loading: '加载中…',
  },
  options: {
    title: 'ICP 备案预检设置',
    defaults: '备案默认信息',
    defaultsHint: '在尚未读取备案表单时使用。',
    entityType: '主体性质',
    entityUnset: '未设置',
    individual: '个人',
    organization: '单位（企业等）',
    province: '备案省份',
    provinceUnset: '未设置',
    language: '语言',
    langAuto: '跟随浏览器',
    save: '保存',
    saved: '已保存。',
    data: '已保存的信息',
    export: '导出信息文件',
    import: '导入信息文件',
    importOk: '已导入。',
    importBad: (why: string) => `未导入：${why}`,
    notJson: '文件不是 JSON 格式',
    clear: '清除所有已保存的数据',
    clearConfirm: '确定清除 ICP 备案预检保存的所有信息和设置吗？',
    cleared: '已清除所有数据。',
    privacy: '所有数据只保存在本机。证件号码以打码形式保存。',
  },
};

export const strings: Record<'zh' | 'en', Strings> = { zh, en };
