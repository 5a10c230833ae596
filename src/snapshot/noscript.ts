/**
 * A page's markup (as ./take-snapshot serializes it) with every `<noscript>` emptied. In the page — scripting on
 * — a `<noscript>`'s content is text, never elements; the copy (./open-copy) has scripting off, so its parser makes
 * them elements: a `<style>` or `<link>` there styled the copy only, an `<input>` there shifted the controls' indices
 * (a typed value applied to the control before it: wrong), and in the head anything but a style or link ended the
 * head, its text and elements put in the body. Emptied, the copy has the page's elements.
 *
 * The markup is the browser's serializer's: attribute values in double quotes (a `"` in them escaped), text
 * escaped but in raw-text elements (style, script, xmp, iframe, noembed, noframes, plaintext, and noscript with
 * scripting on), whose content runs to their end tag. A scan over tags, off the page's main thread; markup with no
 * `<noscript` is returned as it is.
 */
const RAW = new Set(['style', 'script', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript']);

export function withoutNoscriptContent(html: string): string {
  if (!/<noscript/i.test(html)) return html;
  const tag = /<(!--|[a-zA-Z][^\s/>]*)/g;
  const out: string[] = [];
  let from = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    if (m[1] === '!--') {
      const end = html.indexOf('-->', m.index + 4);
      if (end < 0) break;
      tag.lastIndex = end + 3;
      continue;
    }
    // the start tag's end: the first '>' outside a quoted value
    let i = m.index + m[0].length;
    for (; i < html.length; i++) {
      const c = html.charCodeAt(i);
      if (c === 34 /* " */) {
        const q = html.indexOf('"', i + 1);
        if (q < 0) return html;
        i = q;
      } else if (c === 62 /* > */) break;
    }
    const name = m[1]!.toLowerCase();
    if (name === 'plaintext') break;
    tag.lastIndex = i + 1;
    if (!RAW.has(name)) continue;
    const close = new RegExp(`</${name}`, 'ig');
    close.lastIndex = i + 1;
    const end = close.exec(html);
    if (!end) break;
    if (name === 'noscript') {
      out.push(html.slice(from, i + 1));
      from = end.index;
    }
    tag.lastIndex = end.index + 2 + name.length;
  }
  out.push(html.slice(from));
  return out.join('');
}
