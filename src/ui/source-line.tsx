import type { SourceItem } from '../messaging/tab-results';
import type { PageStrings as Strings } from './strings-page';

/**
 * The one place a source is rendered: publisher, document title and section in the UI language, the
 * title linked where the document has a link. zh: 阿里云《ICP备案 产品简介》，限制说明 › 域名;
 * en: Alibaba Cloud, ICP Filing — Product Introduction, Restrictions › Domains.
 */
export function SourceText({ src, s }: { src: SourceItem; s: Strings }) {
  const zh = s.lang === 'zh';
  const title = src.title ? (zh && !src.title.startsWith('《') ? `《${src.title}》` : src.title) : '';
  const named = src.url && title ? (
    <a href={src.url} target="_blank" rel="noreferrer noopener">
      {zh ? title : <cite>{title}</cite>}
    </a>
  ) : title ? (zh ? title : <cite>{title}</cite>) : null;
  const head = zh ? <>{src.publisher}{named}</> : <>{src.publisher}{src.publisher && named ? ', ' : ''}{named}</>;
  const hasHead = !!(src.publisher || named);
  return (
    <>
      {head}
      {hasHead && src.section ? (zh ? '，' : ', ') : ''}
      {src.section}
    </>
  );
}

export function SourceLine({ sources, s }: { sources: readonly SourceItem[]; s: Strings }) {
  if (sources.length === 0) return null;
  return (
    <p class="src">
      {s.sourceLabel}
      {sources.map((src, i) => (
        <>
          {i > 0 ? s.sourceSeparator : ''}
          <SourceText src={src} s={s} />
        </>
      ))}
    </p>
  );
}
