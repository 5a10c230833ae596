import { render } from 'preact';
import provinces from '../../rules/provinces.json';
import { createClient, type ImportProblem } from '../../src/messaging/contract';
import { escapedJson } from '../../src/messaging/display-safe';
import { importLimits, OptionsSchema, resolveLang } from '../../src/store';
import { getOptions, optionsItem } from '../../src/store/items';
import { readImportFile } from '../../src/ui/import-problem';
import { OptionsApp } from '../../src/ui/options-app';
import '../../src/ui/options.css';

const send = createClient((message) => browser.runtime.sendMessage(message));

async function exportFacts() {
  const { facts } = await send({ type: 'export-facts' });
  // names as the file holds them, their direction and invisible controls written as \u escapes
  const blob = new Blob([`${escapedJson(facts, 2)}\n`], { type: 'application/json' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = 'icp-preflight-facts.json';
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

async function importFacts(file: File): Promise<{ ok: true } | { ok: false; error: ImportProblem }> {
  // the size before the file is read or parsed (src/store/limits.ts), then JSON
  const read = await readImportFile(file, importLimits.fileBytes);
  if (!read.ok) return read;
  const r = await send({ type: 'import-facts', file: read.data, name: file.name.slice(0, 300) });
  return r.ok ? { ok: true } : { ok: false, error: r.problem };
}

render(
  <OptionsApp
    load={getOptions}
    save={(o) => optionsItem.setValue(OptionsSchema.parse(o))}
    exportFacts={exportFacts}
    importFacts={importFacts}
    clearAll={async () => void (await send({ type: 'clear-all' }))}
    provinces={provinces.provinces.map((p) => ({ value: p.short, zh: p.short, en: p.pinyin[0] ?? p.short }))}
    browserLang={resolveLang('auto', browser.i18n.getUILanguage())}
  />,
  document.getElementById('app')!,
);
