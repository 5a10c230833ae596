import { fixedEcsList } from './fixed-rows';

/**
 * A micro-frontend console page (qiankun strictStyleIsolation, wujie): the page's frame first, then
 * the sub-application's host, an OPEN shadow root on it, and the ECS instance list (./fixed-rows: row i
 * pay-as-you-go when i % 3 === 0) rendered into that root ~300 ms after load, as an app does after its
 * fetch. `attach`: 'before' — the root is attached before the host is inserted (qiankun); 'after' —
 * attached to the host once it is in the page (no DOM mutation says so).
 */
export const SHADOW_ECS_URL = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou#/micro';

/**
 * What the sub-application renders into its shadow root: the list's style, title and table. `decoys`:
 * each row's bandwidth is in a hidden popover and each subscription row's expiry date in a closed menu, both
 * hidden by the app's OWN stylesheet (inside the root, as qiankun's strictStyleIsolation puts it), so
 * neither is shown — and the decoy dates and bandwidth (2031-01-01, 100 Mbps) are never facts.
 */
export function shadowEcsApp(rows: number, opts: { decoys?: boolean } = {}): string {
  const html = fixedEcsList(rows);
  let style = html.match(/<style>([\s\S]*?)<\/style>/)![1]!.replace(/\bbody\b/g, ':host');
  let content = html.match(/<div class="content">([\s\S]*)<\/div><\/body>/)![1]!;
  if (opts.decoys) {
    style += ' .more { visibility: hidden; position: absolute; } .menu { display: none; }';
    content = content
      .replace(/ 5Mbps \(峰值\)/g, '<div class="more">公网带宽 100Mbps</div>')
      .replace(/<span class="name">2027-09-30 23:59 到期<\/span>/g, '<div class="menu">2031-01-01 23:59 到期</div>');
  }
  return `<style>${style}</style><div class="content">${content}`;
}

export function shadowEcsPage(rows: number, attach: 'before' | 'after' = 'after', opts: { decoys?: boolean } = {}): string {
  const app = JSON.stringify(shadowEcsApp(rows, opts)).replace(/</g, '\\u003c');
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>云服务器 ECS - 实例</title>
<style>body { margin: 0; font: 12px/1.5 "PingFang SC", "WenQuanYi Micro Hei", sans-serif; background: #f5f5f5; } .topbar { height: 50px; background: #373d41; color: #fff; display: flex; align-items: center; padding: 0 16px; font-size: 14px; }</style></head>
<body><div class="topbar">阿里云 | 云服务器 ECS</div><div id="subapp-viewport"></div>
<script>
  const host = document.createElement('div');
  host.id = '__qiankun_microapp_wrapper_for_ecs__';
  const attach = () => host.attachShadow({ mode: 'open' });
  ${attach === 'before' ? 'attach();' : ''}
  setTimeout(() => document.getElementById('subapp-viewport').appendChild(host), 100);
  ${attach === 'after' ? 'setTimeout(attach, 200);' : ''}
  setTimeout(() => { host.shadowRoot.innerHTML = ${app}; }, 300);
</script></body></html>`;
}
