import { fixture } from '../test/e2e/harness';

/** The ECS instance list URL the bench and profile scripts serve their pages at. */
export const ECS_URL = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou';

/**
 * The e2e ECS instance list with `n` generated rows: every 50th row (i % 50 === 7) pay-as-you-go,
 * the others subscriptions; `idDigits` pads the row number inside the instance id.
 */
export function ecsListPage(n: number, opts: { payg?: (i: number) => boolean; idDigits?: number; separator?: string } = {}): string {
  const payg = opts.payg ?? ((i: number) => i % 50 === 7);
  const base = fixture('e2e/pages/ecs-instance-list.html');
  const rows: string[] = [];
  for (let i = 0; i < n; i++) {
    const id = `i-bp1list${String(i).padStart(opts.idDigits ?? 5, '0')}abcd`;
    const billing = payg(i) ? '按量付费<br>2026-10-01 10:00 创建' : '包年包月<br>2027-06-30 23:59 到期';
    rows.push(`<tr><td><a>${id}</a> <span class="name">web-${i}</span></td><td>杭州 可用区I</td><td>47.96.${(i >> 8) & 255}.${i & 255}(公)</td><td>运行中</td><td>2 vCPU 4 GiB 5Mbps (峰值)</td><td>${billing}</td><td><a>管理</a></td></tr>`);
  }
  return base.replace(/<tbody id="rows">[\s\S]*?<\/tbody>/, `<tbody id="rows">${rows.join(opts.separator ?? '\n')}</tbody>`);
}

/**
 * The 20,000-row page of `content-script-20000-rows-longest-task` (extension.bench bigList) and the
 * trace-big scripts: light rows (no name line), every 50th pay-as-you-go.
 */
export function bigListPage(n = 20_000): string {
  const rows: string[] = [];
  for (let i = 0; i < n; i++) rows.push(`<tr><td><a>i-bp1big${String(i).padStart(6, '0')}abcdef</a></td><td>杭州 可用区I</td><td>47.96.${i >> 8 & 255}.${i & 255}(公)</td><td>运行中</td><td>2 vCPU 4 GiB 5Mbps (峰值)</td><td>${i % 50 === 7 ? '按量付费' : '包年包月<br>2027-06-30 23:59 到期'}</td><td><a>管理</a></td></tr>`);
  return fixture('e2e/pages/ecs-instance-list.html').replace(/<tbody id="rows">[\s\S]*?<\/tbody>/, `<tbody id="rows">${rows.join('')}</tbody>`);
}

/**
 * `rules` style rules the size of a component library's style sheet (Fusion's or TDesign's: several
 * thousand rules), inserted before `</head>` (or first): the usual declarations, and — as such sheets have — a few
 * in a hundred that hide, move or scale (state classes, transitions), some inside `@media` blocks. None
 * of its classes is on the bench pages, so what a page shows is unchanged; what it costs is each read's
 * look at the page's style rules.
 */
export function withConsoleCss(html: string, rules = 8000): string {
  const sheet = `<style>${consoleCss(rules)}</style>`;
  return html.includes('</head>') ? html.replace('</head>', `${sheet}</head>`) : sheet + html;
}

/** withConsoleCss's sheet's text: a component library's rules (one in 29 hides), as a console's CDN serves it. */
export function consoleCss(rules = 8000): string {
  const decl = [
    'display:inline-block;position:relative;padding:0 8px;margin:0 4px 0 0;color:#333;background-color:#fff;border:1px solid #dcdee3;border-radius:3px;font-size:12px;line-height:1.5;transition:all .1s linear',
    'display:flex;align-items:center;justify-content:space-between;height:32px;min-width:80px;box-sizing:border-box',
    'color:#0064c8;text-decoration:none;cursor:pointer;outline:0',
    'box-shadow:0 4px 16px 0 rgba(0,0,0,.12);z-index:1000;overflow:auto;max-height:320px',
  ];
  const hiding = ['display:none', 'visibility:hidden', 'opacity:0;transform:scale(.9)', 'transform:translateX(-100%)', 'width:0;height:0;overflow:hidden'];
  const out: string[] = [];
  for (let i = 0; i < rules; i++) {
    const c = `.lib-c${i % 997}`;
    const sel = i % 3 === 0 ? `${c}.lib-small ${c}-inner` : i % 3 === 1 ? `${c}:not(.lib-disabled):hover` : `${c} > .lib-icon${i % 37}`;
    const body = i % 29 === 0 ? hiding[i % hiding.length]! : decl[i % decl.length]!;
    out.push(i % 11 === 0 ? `@media (min-width: ${600 + (i % 5) * 200}px){${sel}{${body}}}` : `${sel}{${body}}`);
  }
  return out.join('\n');
}
