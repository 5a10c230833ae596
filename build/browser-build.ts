/**
 * Vite `define` for the extension build: the readers run in a real browser (Chrome, Firefox), where an
 * element's computed style is cheap. src/readers/dom/visibility.ts then reads the computed style of
 * every element it checks and the bundles leave out its stylesheet-rule index, which exists only
 * because happy-dom's computed style is slow (the CLI's `read` of saved pages, the tests). Same answers
 * either way: the index only picks the elements whose computed style is read. Tested in Chromium on the
 * built extension (test/e2e/visibility-browser.test.ts).
 */
export const browserBuildDefine = { __ICP_BROWSER_BUILD__: 'true' };
