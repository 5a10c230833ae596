/** The classes one selector's subject (its last compound) requires; null when it requires none or cannot be told. */
export function subjectClasses(selector: string): string[] | null {
  const subject = selector.trim().split(/\s*[\s>+~]\s*/).pop() ?? '';
  if (subject.includes('(') || subject.includes('[') || subject.includes('\\')) return null;
  const classes = Array.from(subject.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g), (m) => m[1] as string);
  return classes.length > 0 ? classes : null;
}
