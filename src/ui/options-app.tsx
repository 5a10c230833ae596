import { useEffect, useState } from 'preact/hooks';
import type { ImportProblem } from '../messaging/contract';
import type { Options } from '../store/options';
import { importProblemText } from './import-problem';
import { strings } from './strings';

export interface ProvinceChoice {
  value: string;
  zh: string;
  en: string;
}

/** The options page: filing defaults, language, facts file export/import, clear everything. */
export function OptionsApp({
  load,
  save,
  exportFacts,
  importFacts,
  clearAll,
  provinces,
  browserLang,
}: {
  load: () => Promise<Options>;
  save: (o: Options) => Promise<void>;
  exportFacts: () => Promise<void>;
  importFacts: (file: File) => Promise<{ ok: true } | { ok: false; error: ImportProblem }>;
  clearAll: () => Promise<void>;
  provinces: ProvinceChoice[];
  browserLang: 'zh' | 'en';
}) {
  const [opts, setOpts] = useState<Options | null>(null);
  const [note, setNote] = useState('');
  const [dataNote, setDataNote] = useState<{ text: string; bad?: boolean }>({ text: '' });
  useEffect(() => void load().then(setOpts), []);
  const lang = opts?.lang === 'zh' || opts?.lang === 'en' ? opts.lang : browserLang;
  const s = strings[lang];
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = s.options.title;
  }, [lang]);
  if (!opts) return <main aria-busy="true" />;

  const update = (patch: Partial<Options>) => {
    const next = { ...opts, ...patch } as Options;
    for (const k of Object.keys(patch) as (keyof Options)[]) if (patch[k] === undefined || patch[k] === '') delete next[k];
    setOpts(next);
    setNote('');
    void save(next).then(() => setNote(strings[next.lang === 'zh' || next.lang === 'en' ? next.lang : browserLang].options.saved));
  };

  return (
    <main>
      <h1>{s.options.title}</h1>
      <p class="privacy">{s.options.privacy}</p>
      <section aria-labelledby="defaults-h">
        <h2 id="defaults-h">{s.options.defaults}</h2>
        <p class="hint">{s.options.defaultsHint}</p>
        <div class="field">
          <label for="entity-type">{s.options.entityType}</label>
          <select id="entity-type" value={opts.entityType ?? ''} onChange={(e) => update({ entityType: (e.currentTarget.value || undefined) as Options['entityType'] })}>
            <option value="">{s.options.entityUnset}</option>
            <option value="individual">{s.options.individual}</option>
            <option value="organization">{s.options.organization}</option>
          </select>
        </div>
        <div class="field">
          <label for="province">{s.options.province}</label>
          <select id="province" value={opts.province ?? ''} onChange={(e) => update({ province: e.currentTarget.value || undefined })}>
            <option value="">{s.options.provinceUnset}</option>
            {provinces.map((p) => (
              <option key={p.value} value={p.value}>
                {lang === 'zh' ? p.zh : `${p.en} (${p.zh})`}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="lang">{s.options.language}</label>
          <select id="lang" value={opts.lang} onChange={(e) => update({ lang: e.currentTarget.value as Options['lang'] })}>
            <option value="auto">{s.options.langAuto}</option>
            <option value="zh">中文</option>
            <option value="en">English</option>
          </select>
        </div>
        <p role="status" class="note">{note}</p>
      </section>

      <section aria-labelledby="data-h">
        <h2 id="data-h">{s.options.data}</h2>
        <div class="buttons">
          <button type="button" id="export" onClick={() => void exportFacts()}>
            {s.options.export}
          </button>
          <label class="file">
            {s.options.import}
            <input
              type="file"
              id="import"
              class="sr"
              accept="application/json,.json"
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                e.currentTarget.value = '';
                if (!file) return;
                void importFacts(file).then((r) =>
                  setDataNote(r.ok ? { text: s.options.importOk } : { text: s.options.importBad(importProblemText(r.error, s)), bad: true }),
                );
              }}
            />
          </label>
          <button
            type="button"
            id="clear"
            class="danger"
            onClick={() => {
              if (!confirm(s.options.clearConfirm)) return;
              void clearAll().then(() => {
                setDataNote({ text: s.options.cleared });
                void load().then(setOpts);
              });
            }}
          >
            {s.options.clear}
          </button>
        </div>
        <p role="status" class={dataNote.bad ? 'note bad' : 'note'}>
          {dataNote.text}
        </p>
      </section>
    </main>
  );
}
