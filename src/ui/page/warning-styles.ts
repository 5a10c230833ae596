/**
 * Styles inside the closed shadow roots of the in-page UI (the console's own styles never reach in,
 * ours never leak out). Colours: error #c5221f, warning #b06000, info #1a73e8, and shapes (a warning
 * is a diamond: ./icCss); `.dark` follows the console's dark mode.
 */
/**
 * The console's own typeface where it has one (`--icp-font`, set on each host from the page's body:
 * ./shadow-host consoleFont), else ours. Drawing in the fonts the page already uses asks the system for
 * no new font: on Linux the first look-up of system-ui and of families it lacks cost the frame that first
 * shows the pill a Layout of 35–275 ms on the Tencent list (12 ms in the page's font; bench/trace-ui-tencent.mts).
 * Ours names no system-ui (and no -apple-system): on a page without a font of its own that Layout took
 * 32 ms with them, 9 ms with the two Chinese UI fonts (macOS, Windows) and the generic sans-serif (Linux
 * and the rest), 6 ms in the page's font (2026-12-04).
 */
const font = `font-family:var(--icp-font,"PingFang SC","Microsoft YaHei",sans-serif)`;

/** A finding in full (popover, pill list, dialog). */
const cardCss = `.card{border:1px solid #e8b4b0;border-left:4px solid #c5221f;background:#fff8f7;border-radius:4px;padding:6px 8px;margin:6px 0 0}.card.warning{border-color:#f2d48f;border-left-color:#b06000;background:#fffbf0}.card.info{border-color:#aecbfa;border-left-color:#1a73e8;background:#f5f9ff}.head{display:flex;align-items:baseline;gap:6px}.sev{font-size:11px;font-weight:600;color:#fff;background:#c5221f;border-radius:3px;padding:0 4px;white-space:nowrap}.warning .sev{background:#b06000}.info .sev{background:#1a73e8}.title{flex:1;font-weight:700}p{margin:3px 0 0}.src{color:#5f6368;font-size:12px}.src a{color:#1a73e8}.src cite{font-style:italic}.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}button.dismiss,button.jump,button.details{all:unset;cursor:pointer;color:#1a73e8;font-size:12px;padding:1px 4px;margin-top:2px;border-radius:3px}button.dismiss:hover,button.jump:hover,button.details:hover{text-decoration:underline}button:focus-visible{outline:2px solid #1a73e8;outline-offset:1px}`;

const darkCardCss = `.dark .card{background:#2d2020;border-color:#6b3b38;color:#e8eaed}.dark .card.warning{background:#2e2717;border-color:#6b5520}.dark .card.info{background:#1b2533;border-color:#2f4a70}.dark .src{color:#9aa0a6}.dark .src a,.dark button.dismiss,.dark button.jump,.dark button.details{color:#8ab4f8}`;

/**
 * Severity is told by shape as well as colour: an error (and a note) is a disc, a warning a diamond
 * (a square turned 45°, drawn behind the glyph so the box keeps its size and place).
 */
const icCss = `.ic{position:relative;z-index:0;display:inline-flex;align-items:center;justify-content:center;flex:none;width:14px;height:14px;color:#fff;font:700 10px/14px ${font.slice(12)}}.ic::before{content:'';position:absolute;z-index:-1;inset:0;border-radius:50%;background:#c5221f}.ic.warning::before{inset:auto;left:2px;top:2px;width:10px;height:10px;border-radius:1px;background:#b06000;transform:rotate(45deg)}.ic.info::before{background:#1a73e8}`;

/**
 * The overlay host's own box: fixed, of no size, above the console. The content scripts place the host
 * with this rule alone before the page is first laid out (./overlay-host); the page view adds the rest.
 */
export const overlayHostCss = `:host{all:initial;position:fixed;top:0;left:0;width:0;height:0;overflow:visible;z-index:2147483000;${font};font-size:13px;line-height:1.5;color:#202124}
.layer,.ui{position:fixed;top:0;left:0;width:0;height:0;overflow:visible}`;

/**
 * The pill and its list sit in a box of fixed size in the corner (`.pill-wrap`: the open list's
 * largest height plus the pill's, contained): a change of the pill's text or list lays out that box
 * alone, not the console's page (a finding that comes or goes on a 500-row list: the Layout of the frame
 * it needs 0.89 → 0.31 ms CPU, medians of 3 interleaved traces, bench/trace-classes.mts FRAMES=1).
 * The box is transparent to the pointer; the pill and the list are not.
 */
export const overlayCss = `${overlayHostCss}
.mk{all:unset;position:fixed;top:0;left:0;z-index:0;box-sizing:border-box;min-width:16px;height:16px;padding:0 4px;border-radius:8px;color:#fff;font:700 11px/16px ${font.slice(12)};text-align:center;cursor:pointer}
.mk::before{content:'';position:absolute;z-index:-1;inset:0;border-radius:8px;background:#c5221f;box-shadow:0 0 0 1.5px #fff,0 1px 3px rgba(0,0,0,.3)}
.mk.warning::before{inset:auto;left:50%;top:1.5px;width:13px;height:13px;margin-left:-6.5px;border-radius:1.5px;background:#b06000;transform:rotate(45deg)}.mk.info::before{background:#1a73e8}
.mk:hover{filter:brightness(1.15)}.mk:focus-visible{outline:2px solid #1a73e8;outline-offset:2px}
.layer.dark .mk::before{box-shadow:0 0 0 1.5px #202124,0 1px 3px rgba(0,0,0,.6)}
.pop{position:fixed;top:0;left:0;box-sizing:border-box;width:max-content;max-width:min(400px,calc(100vw - 16px));max-height:min(60vh,480px);overflow:auto;background:#fff;color:#202124;border:1px solid #dadce0;border-radius:8px;box-shadow:0 6px 24px rgba(0,0,0,.22);padding:8px 10px 10px;font-size:13px;white-space:normal;text-align:left}
.pop:focus{outline:none}.pop:focus-visible{outline:2px solid #1a73e8}
.pop-head{display:flex;align-items:center;gap:8px}.brand{flex:1;font-size:12px;color:#5f6368;margin:0}
.x{all:unset;cursor:pointer;font-size:18px;line-height:1;padding:0 5px;color:#5f6368;border-radius:3px}.x:hover{background:rgba(0,0,0,.08)}.x:focus-visible{outline:2px solid #1a73e8}
.pill-wrap{position:fixed;right:16px;bottom:16px;display:flex;flex-direction:column;align-items:flex-end;justify-content:flex-end;gap:6px;box-sizing:border-box;width:min(420px,calc(100vw - 32px));height:calc(min(60vh,520px) + 36px);contain:size layout style;pointer-events:none}
.pill{all:unset;pointer-events:auto;box-sizing:border-box;display:inline-flex;align-items:center;gap:6px;height:30px;padding:0 12px 0 8px;border-radius:15px;background:#fff;color:#202124;border:1px solid #e8b4b0;box-shadow:0 2px 10px rgba(0,0,0,.18);cursor:pointer;font-size:13px;font-weight:600;white-space:nowrap}
.pill.warning{border-color:#f2d48f}.pill:focus-visible{outline:2px solid #1a73e8;outline-offset:2px}
.panel{pointer-events:auto;box-sizing:border-box;width:min(420px,calc(100vw - 32px));max-height:min(60vh,520px);overflow:auto;background:#fff;border:1px solid #dadce0;border-radius:8px;box-shadow:0 6px 24px rgba(0,0,0,.22);padding:8px 10px}
.panel ul{list-style:none;margin:4px 0 0;padding:0}.panel li{display:flex;gap:8px;align-items:flex-start;padding:6px 0;border-top:1px solid #eee}.panel li .ic{margin-top:3px}
.entry{flex:1;min-width:0}.t{margin:0;font-weight:600}.subj{margin:0;color:#5f6368;font-size:12px;overflow-wrap:anywhere}.capped{margin:4px 0 0;font-size:12px;color:#b06000}.note{margin:4px 0;font-size:13px;color:#202124;border-left:3px solid #b06000;padding-left:8px}.dark .note{color:#e8eaed}
.dark .pop,.dark .panel,.dark .pill{background:#292a2d;color:#e8eaed;border-color:#5f6368}.dark .brand,.dark .subj,.dark .x{color:#9aa0a6}.dark .panel li{border-color:#3c4043}
${cardCss}${darkCardCss}${icCss}`;

/** A message under a form field (the console's own form-explain position). */
export const formCss = `:host{all:initial;display:block;margin:4px 0 0;${font};font-size:12px;line-height:1.5;color:#202124;text-align:left;white-space:normal}
.explain p{margin:0 0 2px;color:#c5221f}.explain p.warning{color:#8a4b00}.explain p.info{color:#1a5bb8}.explain .ic{margin-right:5px;vertical-align:-2px}
.explain.dark p{color:#f28b82}.explain.dark p.warning{color:#fdd663}.explain.dark p.info{color:#8ab4f8}
${cardCss}${darkCardCss}${icCss}`;

export const dialogCss = `:host{all:initial}.backdrop{position:fixed;inset:0;background:rgba(32,33,36,.45);z-index:2147483647;display:flex;align-items:center;justify-content:center;${font};font-size:14px;line-height:1.5;color:#202124}.dialog{background:#fff;border-radius:8px;max-width:min(560px,92vw);max-height:85vh;overflow:auto;padding:18px 20px;box-shadow:0 8px 28px rgba(0,0,0,.3)}h2{font-size:17px;margin:0 0 6px;color:#c5221f}.intro{margin:0 0 10px}.actions{display:flex;gap:10px;justify-content:flex-end;margin-top:14px;flex-wrap:wrap}button.primary,button.secondary{font:inherit;border-radius:4px;padding:6px 14px;cursor:pointer}button.primary{background:#1a73e8;color:#fff;border:1px solid #1a73e8}button.secondary{background:#fff;color:#c5221f;border:1px solid #c5221f}button:focus-visible{outline:3px solid #fbbc04;outline-offset:2px}.subject{font-size:12px;color:#5f6368;margin:10px 0 0}.card{font-size:13px}${cardCss}`;
