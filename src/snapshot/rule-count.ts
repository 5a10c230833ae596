/**
 * How many top-level rules a style sheet's text parses to, at most: its `}` closing a block at depth 0 and its
 * statements ending at depth 0 (`@import …;`), comments and strings skipped — an `@media {…{…}}` block is one
 * rule, a `}` in a comment or a `content: "}"` none. (A rule the browser drops, an unknown selector, still counts:
 * an over-count, so a sheet with more rules than this has had rules inserted through the CSSOM.) Linear, with
 * indexOf jumps; never throws.
 */
export function topLevelRules(text: string): number {
  const special = /\/\*|[{}"';]/g;
  let depth = 0;
  let n = 0;
  for (let m = special.exec(text); m; m = special.exec(text)) {
    const c = m[0];
    if (c === '/*') {
      const end = text.indexOf('*/', m.index + 2);
      if (end < 0) break;
      special.lastIndex = end + 2;
    } else if (c === '"' || c === "'") {
      let i = m.index + 1;
      // a string ends at its quote (not escaped) or at a line break (an unclosed string)
      for (; i < text.length; i++) {
        const ch = text[i];
        if (ch === '\\') i++;
        else if (ch === c || ch === '\n') break;
      }
      special.lastIndex = i + 1;
    } else if (c === '{') depth++;
    else if (c === '}') {
      if (depth > 0 && --depth === 0) n++;
    } else if (depth === 0) n++; // ';' ends a statement at the top level
  }
  return n;
}
