/** Styles inside the shadow root of an in-page warning (the console's own styles never reach in, ours never leak out). */
export const warningCss = `
:host { all: initial; display: block; margin: 6px 0; max-width: 440px; font: 12px/1.45 -apple-system, "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; color: #202124; text-align: left; white-space: normal; }
.card { border: 1px solid #e8b4b0; border-left: 4px solid #c5221f; background: #fff8f7; border-radius: 4px; padding: 6px 8px; margin: 0 0 4px; }
.card.warning { border-color: #f2d48f; border-left-color: #b06000; background: #fffbf0; }
.card.info { border-color: #aecbfa; border-left-color: #1a73e8; background: #f5f9ff; }
.head { display: flex; align-items: baseline; gap: 6px; }
.sev { font-size: 11px; font-weight: 600; color: #fff; background: #c5221f; border-radius: 3px; padding: 0 4px; white-space: nowrap; }
.warning .sev { background: #b06000; } .info .sev { background: #1a73e8; }
.title { flex: 1; font-weight: 600; }
.x { all: unset; cursor: pointer; font-size: 16px; line-height: 1; padding: 0 4px; color: #5f6368; border-radius: 3px; }
.x:hover { background: rgba(0,0,0,.08); } .x:focus-visible { outline: 2px solid #1a73e8; }
p { margin: 3px 0 0; }
.src { color: #5f6368; font-size: 11px; }
.brand { font-size: 11px; color: #5f6368; margin: 0 0 2px; }
.more { cursor: pointer; color: #1a73e8; font-size: 12px; padding: 1px 2px; width: fit-content; }
.more:hover { text-decoration: underline; } .more:focus-visible { outline: 2px solid #1a73e8; }
`;

export const dialogCss = `
:host { all: initial; }
.backdrop { position: fixed; inset: 0; background: rgba(32,33,36,.45); z-index: 2147483647; display: flex; align-items: center; justify-content: center; font: 14px/1.5 -apple-system, "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; color: #202124; }
.dialog { background: #fff; border-radius: 8px; max-width: min(560px, 92vw); max-height: 85vh; overflow: auto; padding: 18px 20px; box-shadow: 0 8px 28px rgba(0,0,0,.3); }
h2 { font-size: 17px; margin: 0 0 6px; color: #c5221f; }
.intro { margin: 0 0 10px; }
.actions { display: flex; gap: 10px; justify-content: flex-end; margin-top: 14px; flex-wrap: wrap; }
button.primary, button.secondary { font: inherit; border-radius: 4px; padding: 6px 14px; cursor: pointer; }
button.primary { background: #1a73e8; color: #fff; border: 1px solid #1a73e8; }
button.secondary { background: #fff; color: #c5221f; border: 1px solid #c5221f; }
button:focus-visible { outline: 3px solid #fbbc04; outline-offset: 2px; }
.subject { font-size: 12px; color: #5f6368; margin: 8px 0 2px; }
${warningCss.replace(':host {', '.unused {')}
`;
