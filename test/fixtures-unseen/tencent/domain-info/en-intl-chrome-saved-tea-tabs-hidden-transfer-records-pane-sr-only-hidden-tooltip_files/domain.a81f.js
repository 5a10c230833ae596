// The DNS records tab is filled from the records API when the page loads (its panel stays closed).
(function () {
  var rows = [['@', 'A', '43.139.57.10'], ['www', 'CNAME', 'linhai-r57.com']];
  setTimeout(function () {
    var body = document.getElementById('dns-rows');
    rows.forEach(function (r) { var tr = document.createElement('tr'); r.forEach(function (v) { var td = document.createElement('td'); td.textContent = v; tr.appendChild(td); }); body.appendChild(tr); });
    document.body.setAttribute('data-rendered', '1');
  }, 50);
})();
