// The console's SPA: the configuration card is filled from the instance's API answer after load.
(function () {
  var data = { instanceType: 'ecs.g7.large', cpu: '2 vCPU', memory: '8 GiB', image: 'Alibaba Cloud Linux 3.2104 LTS 64位',
    publicIp: '47.98.120.31', internetChargeType: '按固定带宽', bandwidth: '5Mbps' };
  var rows = [['实例规格', data.instanceType], ['CPU&内存', data.cpu + ' ' + data.memory], ['镜像', data.image],
    ['公网IP', data.publicIp], ['带宽计费方式', data.internetChargeType], ['公网带宽', data.bandwidth]];
  setTimeout(function () {
    var box = document.getElementById('config-preview');
    box.textContent = '';
    rows.forEach(function (r) {
      var item = document.createElement('div'); item.className = 'next-form-item';
      var label = document.createElement('label'); label.className = 'next-form-item-label'; label.textContent = r[0];
      var control = document.createElement('div'); control.className = 'next-form-item-control'; control.textContent = r[1];
      if (r[0] === '公网带宽') { var a = document.createElement('a'); a.className = 'ecs-action'; a.textContent = '变更带宽'; control.appendChild(document.createTextNode(' ')); control.appendChild(a); }
      item.appendChild(label); item.appendChild(control); box.appendChild(item);
    });
    document.body.setAttribute('data-rendered', '1');
  }, 50);
})();
