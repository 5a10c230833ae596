// The domain list's rows come from the list API (as the console's SPA renders them). The row of a domain that left the
// account (transferred out) stays in the table, classed stale, until the next refresh; a tooltip for each real-name tag
// is rendered hidden into the page.
(function () {
  var list = [
    { domain: 'qingshan-r57.com', status: '正常', expire: '2027-08-14', holder: '杭州青山数字科技有限公司', verified: true },
    { domain: 'qingshan57.cn', status: '急需续费', expire: '2026-12-28', holder: '周青山', verified: true },
    { domain: 'qingshan-mall.top', status: '正常', expire: '2027-03-02', holder: '周青山', verified: false }
  ];
  var stale = { domain: 'qingshan-old.net', status: '正常', expire: '2026-06-30', holder: '宁波旧港贸易有限公司', verified: true };
  function cell(tr, text) { var td = document.createElement('td'); if (text !== undefined) td.textContent = text; tr.appendChild(td); return td; }
  function row(d, cls) {
    var tr = document.createElement('tr'); tr.className = 'ant-table-row ' + cls; tr.setAttribute('data-row-key', d.domain);
    var sel = cell(tr); sel.className = 'ant-table-selection-column';
    var cb = document.createElement('input'); cb.type = 'checkbox'; cb.className = 'ant-checkbox-input'; sel.appendChild(cb);
    var name = cell(tr); var a = document.createElement('a'); a.textContent = d.domain; name.appendChild(a);
    cell(tr, d.status);
    cell(tr, d.expire);
    cell(tr, d.holder);
    var rn = cell(tr); var tag = document.createElement('span'); tag.className = 'ant-tag ' + (d.verified ? 'ant-tag-success' : 'ant-tag-warning');
    tag.textContent = d.verified ? '已实名认证' : '未实名认证'; rn.appendChild(tag);
    var ops = cell(tr); ['解析', '管理', '续费'].forEach(function (t) { var l = document.createElement('a'); l.textContent = t; l.style.marginRight = '8px'; ops.appendChild(l); });
    return tr;
  }
  setTimeout(function () {
    var body = document.getElementById('domain-rows');
    body.textContent = '';
    list.forEach(function (d) { body.appendChild(row(d, '')); });
    body.appendChild(row(stale, 'ant-table-row-stale'));
    list.forEach(function (d) {
      var tip = document.createElement('div'); tip.className = 'ant-tooltip ant-tooltip-hidden'; tip.setAttribute('role', 'tooltip');
      tip.textContent = d.verified ? '实名认证通过：' + d.holder : '请提交持有者实名资料';
      document.body.appendChild(tip);
    });
    document.body.setAttribute('data-rendered', '1');
  }, 50);
})();
