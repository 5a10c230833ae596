// Console chrome drawn as plain markup around the library components (not rendered by a library).
import { useEffect } from 'react';

export function Ready() {
  useEffect(() => {
    // tell the generator that React has committed (libraries measure in effects after this)
    setTimeout(() => document.body.setAttribute('data-rendered', '1'), 300);
  }, []);
  return null;
}

export function Shell({ product, nav, crumbs, children }) {
  return (
    <div className="console">
      <header className="console-top">
        <a className="console-logo" href="#/">阿里云</a>
        <span className="console-product">{product}</span>
        <input className="console-search" placeholder="搜索云产品、文档、API" />
        <span className="console-user">费用</span><span className="console-user">工单</span>
        <span className="console-user">zhou***@aliyun.com</span>
      </header>
      <div className="console-body">
        <aside className="console-nav">
          <ul>{nav.map((n, i) => <li key={n} className={i === 0 ? 'active' : ''}><a href="#/">{n}</a></li>)}</ul>
        </aside>
        <main className="console-main">
          <div className="crumbs">{crumbs.join(' / ')}</div>
          {children}
        </main>
      </div>
      <Ready />
    </div>
  );
}

export function addCss(text) {
  const el = document.createElement('style');
  el.textContent = text;
  document.head.appendChild(el);
}

export const shellCss = `
body{margin:0;font-family:-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;font-size:12px;color:#333}
.console-top{height:50px;display:flex;align-items:center;gap:16px;padding:0 16px;background:#fff;border-bottom:1px solid #e5e5e5}
.console-logo{font-weight:600;color:#ff6a00;text-decoration:none}
.console-search{width:280px;height:28px}
.console-body{display:flex}
.console-nav{width:180px;flex:none;background:#f7f7f7;min-height:900px}
.console-nav ul{list-style:none;margin:0;padding:8px 0}
.console-nav li a{display:block;padding:8px 16px;color:#333;text-decoration:none}
.console-nav li.active a{background:#e6f0ff;color:#0064c8}
.console-main{flex:1;min-width:0;padding:16px 20px}
.crumbs{color:#888;margin-bottom:12px}
.page-title{font-size:18px;margin:0 0 16px}
.muted{color:#888}
`;

addCss(shellCss);
