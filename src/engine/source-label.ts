import type { DisplaySource, Lang } from './types';

/**
 * One line for a source: 阿里云《ICP备案 产品简介》：限制说明 › 域名 /
 * Alibaba Cloud, “ICP Filing — Product Introduction”: Restrictions › Domain names.
 * No imports beyond types: content scripts may use it.
 */
export function sourceLabel(source: Omit<DisplaySource, 'label' | 'url'>, lang: Lang): string {
  return lang === 'zh'
    ? `${source.publisher}《${source.title}》：${source.section}`
    : `${source.publisher}, “${source.title}”: ${source.section}`;
}
