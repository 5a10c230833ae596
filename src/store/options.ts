import { z } from 'zod';
import { FilingDefaultsSchema } from './sightings';

/** What the user sets on the options page. */
export const langOptions = ['auto', 'zh', 'en'] as const;
export const OptionsSchema = FilingDefaultsSchema.extend({
  lang: z.enum(langOptions).default('auto'),
});
export type Options = z.infer<typeof OptionsSchema>;
export const defaultOptions: Options = { lang: 'auto' };

/** 'zh' for a Chinese browser language (zh, zh-CN, zh-TW …), else 'en'; the option wins over 'auto'. */
export function resolveLang(option: Options['lang'] | undefined, browserLanguage: string | undefined): 'zh' | 'en' {
  if (option === 'zh' || option === 'en') return option;
  return /^zh\b/i.test(browserLanguage ?? '') ? 'zh' : 'en';
}
