// The CVM list's SPA: rows from DescribeInstances; a row of an instance returned before the last refresh (now terminated)
// is kept, classed stale, until the table is re-keyed; each billing cell's "more" popover is rendered hidden.
(function () {
  var list = [
    { id: 'ins-r57k2m9q', name: 'web-sh-01', state: '运行中', zone: '上海五区', type: '标准型SA5', cfg: '2核 4GB 5Mbps', disk: '系统盘：高性能云硬盘', ip: '101.34.12.57', charge: '包年包月', at: '2027-04-22 16:08:15到期', net: '按带宽计费' },
    { id: 'ins-r57p3w8x', name: 'api-sh-02', state: '运行中', zone: '上海四区', type: '标准型S6', cfg: '4核 8GB 20Mbps', disk: '系统盘：SSD云硬盘', ip: '81.68.200.14', charge: '按量计费', at: '2026-11-02 09:41:27创建', net: '按流量计费' },
    { id: 'ins-r57z4d6f', name: 'db-sh-03', state: '已关机', zone: '上海五区', type: '内存型M6', cfg: '4核 32GB 0Mbps', disk: '系统盘：SSD云硬盘', ip: '', charge: '包年包月', at: '2027-01-15 20:00:00到期', net: '按带宽计费' }
  ];
  var stale = { id: 'ins-r57old11', name: 'old-sh', state: '已销毁', zone: '上海二区', type: '标准型S5', cfg: '1核 1GB 1Mbps', disk: '', ip: '49.234.8.8', charge: '包年包月', at: '2026-10-01 00:00:00到期', net: '按带宽计费' };
  function td(tr) { var c = document.createElement('td'); tr.appendChild(c); return c; }
  function div(parent, text, cls) { var d = document.createElement('div'); if (cls) d.className = cls; d.textContent = text; parent.appendChild(d); return d; }
  function row(d, cls) {
    var tr = document.createElement('tr'); tr.className = 'tea-table__row ' + cls;
    var c1 = td(tr); var a = document.createElement('a'); a.textContent = d.id; c1.appendChild(a); div(c1, d.name, 'tea-text-weak');
    var c2 = td(tr); var m = document.createElement('i'); m.className = 'tea-icon tea-icon-monitor'; m.title = '监控'; c2.appendChild(m);
    var c3 = td(tr); var dot = document.createElement('span'); dot.className = 'tea-status-dot'; c3.appendChild(dot); c3.appendChild(document.createTextNode(d.state));
    td(tr).textContent = d.zone;
    td(tr).textContent = d.type;
    var c6 = td(tr); div(c6, d.cfg); if (d.disk) div(c6, d.disk, 'tea-text-weak');
    var c7 = td(tr); if (d.ip) { c7.appendChild(document.createTextNode(d.ip)); var s = document.createElement('span'); s.className = 'cvm-ip-type'; s.textContent = '(公)'; c7.appendChild(s); } else c7.textContent = '-';
    var c8 = td(tr); div(c8, d.charge); div(c8, d.at, 'tea-text-weak');
    var pop = div(c8, d.charge === '包年包月' ? '开通自动续费后，将于 ' + d.at.slice(0, 10) + ' 自动续费一个月' : '按量计费实例每小时结算', 'tea-bubble tea-bubble--hidden');
    pop.setAttribute('role', 'tooltip');
    td(tr).textContent = d.net;
    var c10 = td(tr); ['登录', '更多'].forEach(function (t) { var l = document.createElement('a'); l.textContent = t; l.style.marginRight = '8px'; c10.appendChild(l); });
    return tr;
  }
  setTimeout(function () {
    var body = document.getElementById('cvm-rows'); body.textContent = '';
    list.forEach(function (d) { body.appendChild(row(d, '')); });
    body.appendChild(row(stale, 'tea-table__row--stale'));
    document.getElementById('cvm-total').textContent = String(list.length);
    document.body.setAttribute('data-rendered', '1');
  }, 50);
})();
