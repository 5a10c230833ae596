import type { UnreadTab } from '../messaging/contract';
import type { PageStrings } from './strings-page';

/**
 * What the popup says of a console tab whose page was not read, or read in part (../messaging/not-read): whose page
 * (this tab's, or the page of a console in another tab) and why, in the UI language, with what to do. Only our words
 * and our counts: never the page's text or address.
 */
export function unreadWords(tab: UnreadTab, s: PageStrings): string | undefined {
  const u = s.unread;
  const who = tab.current ? u.thisPage : u.otherPage(u.consoles[tab.family] ?? tab.family);
  // a size said roughly, unless that would read as the limit itself ("24 million characters; the limit is 24 million")
  const size = (n: number, max: number) => (u.big(n) === u.big(max) ? u.number(n) : u.big(n));
  const why = tab.notRead;
  if (!why) return tab.partial && u.partial(who, u.number(tab.partial.rowsRead), u.number(tab.partial.rowsShown));
  switch (why.code) {
    case 'too-large':
      return u.tooLarge(who, size(why.chars, why.max), u.big(why.max));
    case 'url-too-long':
      return u.urlTooLong(who, u.number(why.chars), u.number(why.max));
    case 'sheet-missing':
      return u.sheetMissing(who);
    case 'parts-missing':
      return u.partsMissing(who);
    case 'refused':
      return u.refused(who);
    case 'reader-failed':
      return u.readerFailed(who);
  }
}
