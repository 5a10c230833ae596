// Tencent Cloud console chrome drawn as plain markup around the TDesign components (not rendered by a library).
import { Ready, addCss } from './shell.jsx';

export function TencentShell({ product, nav, active = 0, crumbs, children }) {
  return (
    <div className="tc-console">
      <header className="tc-top">
        <a className="tc-logo" href="#/">腾讯云</a>
        <a className="tc-home" href="#/">控制台</a>
        <span className="tc-product">{product}</span>
        <input className="tc-search" placeholder="搜索产品、文档、实例、API" />
        <nav className="tc-top-menu"><a>集团账号</a><a>备案</a><a>工具</a><a>工单</a><a>费用</a><a>消息</a></nav>
        <span className="tc-user">lin***@qq.com</span>
      </header>
      <div className="tc-body">
        <aside className="tc-nav">
          <div className="tc-nav-title">{product}</div>
          <ul>{nav.map((n, i) => <li key={n} className={i === active ? 'is-selected' : ''}><a href="#/">{n}</a></li>)}</ul>
        </aside>
        <main className="tc-main">
          <div className="tc-crumbs">{crumbs.join(' / ')}</div>
          {children}
        </main>
      </div>
      <Ready />
    </div>
  );
}

addCss(`
body{margin:0;font-family:-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;font-size:12px;color:rgba(0,0,0,.9);background:#f3f4f7}
.tc-top{height:50px;display:flex;align-items:center;gap:18px;padding:0 20px;background:#fff;box-shadow:0 1px 2px rgba(0,0,0,.08)}
.tc-logo{font-weight:600;color:#006eff;text-decoration:none;font-size:15px}
.tc-home{color:#333;text-decoration:none}
.tc-search{width:300px;height:30px}
.tc-top-menu{display:flex;gap:14px;margin-left:auto}.tc-top-menu a{color:#333}
.tc-body{display:flex}
.tc-nav{width:200px;flex:none;background:#fff;min-height:900px;border-right:1px solid #e7e7e7}
.tc-nav-title{font-size:14px;font-weight:600;padding:16px 20px}
.tc-nav ul{list-style:none;margin:0;padding:0}
.tc-nav li a{display:block;padding:9px 20px;color:#333;text-decoration:none}
.tc-nav li.is-selected a{background:#e6f0ff;color:#006eff}
.tc-main{flex:1;min-width:0;padding:20px 24px}
.tc-crumbs{color:#888;margin-bottom:12px}
.page-title{font-size:18px;margin:0 0 16px;display:flex;align-items:center;gap:12px}
.muted{color:rgba(0,0,0,.4)}
.panel{background:#fff;padding:20px;margin-bottom:16px}
`);
