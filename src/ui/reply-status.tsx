import type { ChecklistResponse } from '../messaging/contract';

/**
 * One status line in the popup when the background could not do all it should: the last save to
 * storage failed (the browser's quota), or the checklist was cut to its capped length.
 */
const text = {
  zh: {
    storage: '最近一次保存失败（浏览器存储已满）：此处内容在浏览器重启后可能丢失。可在设置中清除数据后重试。',
    omitted: (n: number) => `结果过多，另有 ${n} 条未显示（先显示未通过的）。`,
  },
  en: {
    storage: 'The last save failed (browser storage is full): what is shown here may be lost when the browser restarts. Clear the data in the options to make room.',
    omitted: (n: number) => `Too many results: ${n} more are not shown (failing ones come first).`,
  },
} as const;

export function ReplyStatus({ data }: { data: Pick<ChecklistResponse, 'lang' | 'storageError' | 'omitted'> }) {
  const t = text[data.lang];
  if (!data.storageError && !data.omitted) return null;
  return (
    <p class="reply-status" role="status" style={{ color: "#b3261e" }}>
      {data.storageError ? t.storage : ''}
      {data.storageError && data.omitted ? ' ' : ''}
      {data.omitted ? t.omitted(data.omitted) : ''}
    </p>
  );
}
