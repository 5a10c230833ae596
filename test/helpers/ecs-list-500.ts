/**
 * A realistic 500-row ECS instance list page (China site, Fusion next-table with a split header /
 * body and a locked ID column, hidden menus, tooltips, pagination), for the read + lint benchmark.
 * Deterministic: the same HTML every call. Rows cycle through subscription / pay-as-you-go / spot,
 * fixed public IP / EIP / no public IP, and Hangzhou zones.
 */

export const ecsList500Url = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou#/';

const ZONES = ['杭州 可用区I', '杭州 可用区J', '杭州 可用区K', '杭州 可用区H', '杭州 可用区G'];

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** The instance id of row `i` (0-based): i-bp1 + 17 characters. */
export function ecsList500Id(i: number): string {
  return `i-bp1${pad(i, 5)}abcdefghijkl`;
}

const th = (label: string, extra = '') =>
  `<th class="next-table-header-node" role="columnheader"><div class="next-table-cell-wrapper">${label}${extra}</div></th>`;
const td = (content: string) => `<td class="next-table-cell" role="gridcell"><div class="next-table-cell-wrapper">${content}</div></td>`;
const CHECK = '<label class="next-checkbox-wrapper"><span class="next-checkbox"><input type="checkbox" aria-label="select"></span></label>';
const ip = (addr: string, kind: string) => `<div class="css-ip"><span>${addr}</span><span>(${kind})</span></div>`;

function row(i: number): string[] {
  const id = ecsList500Id(i);
  const kind = i % 4;
  const month = pad((i % 12) + 1, 2);
  const day = pad((i % 28) + 1, 2);
  const priv = ip(`172.16.${Math.floor(i / 250)}.${(i % 250) + 2}`, '私有');
  const ipCell = kind === 0 ? ip(`121.40.${Math.floor(i / 200)}.${(i % 200) + 1}`, '公') + priv : kind === 1 ? ip(`47.98.${Math.floor(i / 200)}.${(i % 200) + 1}`, '弹性') + priv : priv;
  const bw = kind === 0 ? `${(i % 10) + 1}Mbps` : '0Mbps';
  const billing =
    kind === 2
      ? '<div><span>抢占式实例</span></div><div class="css-muted">2025-06-01 10:20 创建</div>'
      : kind === 3
        ? '<div><span>按量付费</span></div><div class="css-muted">2025-06-01 10:20 创建</div>'
        : `<div><span>包年包月</span></div><div class="css-muted">2027-${month}-${day} 23:59 到期</div>`;
  return [
    td(CHECK),
    td(`<div><a href="#/server/${id}/detail">${id}</a><i class="next-icon next-icon-copy"></i><div><span>host-${pad(i, 3)}</span><i class="next-icon next-icon-edit"></i></div></div>`),
    td('<i class="next-icon next-icon-tag"></i>'),
    td('<i class="next-icon next-icon-monitor" aria-label="monitor"></i>'),
    td(ZONES[i % ZONES.length] ?? ''),
    td(ipCell),
    td(`<span><i class="next-icon next-icon-success"></i><span>${i % 7 === 0 ? '已停止' : '运行中'}</span></span>`),
    td('专有网络'),
    td(`<div>2 vCPU 4 GiB (I/O优化)</div><div>ecs.c6.large ${bw} <span>(峰值)</span></div>`),
    td(billing),
    td('<span><a>远程连接</a><a>更改实例规格</a><button class="next-btn" aria-haspopup="true" aria-expanded="false" aria-controls="more-menu">更多</button></span>'),
  ];
}

export function ecsList500Html(): string {
  const head = [
    th(CHECK), th('实例ID/名称'), th('标签'), th('监控'), th('可用区'), th('IP地址'), th('状态'), th('网络类型'), th('配置'),
    th('付费方式', '<span><i class="next-icon next-icon-help"></i><span role="tooltip" class="tip">包年包月实例到期前7天会收到续费提醒</span></span>'), th('操作'),
  ];
  const rows: string[] = [];
  const lockRows: string[] = [];
  for (let i = 0; i < 500; i++) {
    const cells = row(i);
    rows.push(`<tr class="next-table-row" role="row" data-row-key="${i}">${cells.join('')}</tr>`);
    lockRows.push(`<tr class="next-table-row" role="row">${cells.slice(0, 2).join('')}</tr>`);
  }
  const cols = head.map(() => '<col>').join('');
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>云服务器 ECS - 实例</title>
<style>.next-overlay-wrapper{display:none}.tip{visibility:hidden;position:absolute}</style></head>
<body><div id="root"><div class="css-app-root">
<div class="aliyun-console-topbar"><span>阿里云</span><button type="button" aria-haspopup="true" aria-expanded="false" aria-controls="region-menu"><span>华东1（杭州）</span></button>
<div class="next-overlay-wrapper"><ul id="region-menu" role="listbox"><li role="option">华北2（北京）</li><li role="option">华东1（杭州）</li><li role="option">中国香港</li></ul></div></div>
<main class="next-shell-main"><div class="css-hd"><h1>实例</h1><button class="next-btn next-btn-primary">创建实例</button></div>
<div class="next-table next-table-lock" role="table"><div class="next-table-inner">
<div class="next-table-header"><table><colgroup>${cols}</colgroup><thead><tr>${head.join('')}</tr></thead></table></div>
<div class="next-table-body"><table><colgroup>${cols}</colgroup><tbody>${rows.join('\n')}</tbody></table></div>
<div class="next-table-lock-left"><div class="next-table-header"><table><thead><tr>${head.slice(0, 2).join('')}</tr></thead></table></div>
<div class="next-table-body"><table><tbody>${lockRows.join('\n')}</tbody></table></div></div>
</div></div>
<div class="next-pagination"><span>共有500条</span><button disabled>上一页</button><button>1</button><button disabled>下一页</button><span role="combobox"><em>500 条/页</em></span></div>
</main></div></div>
<div class="next-overlay-wrapper"><ul id="more-menu" role="menu"><li role="menuitem">续费</li><li role="menuitem">按量付费转包年包月</li><li role="menuitem">释放</li></ul></div>
</body></html>
`;
}
