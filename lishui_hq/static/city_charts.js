// Draws the city page's monthly-report charts from the JSON the page carries.
// A file of its own (not inline) so a strict Content-Security-Policy still allows it.
(function () {
  var d = JSON.parse(document.getElementById('monthly-data').textContent);
  function draw(id, series) {
    var el = document.getElementById(id);
    var c = echarts.init(el, null, {renderer: 'svg'});
    c.setOption({animation: false, tooltip: {trigger: 'axis'}, legend: {top: 0},
                 xAxis: {type: 'category', data: d.months}, yAxis: {type: 'value'},
                 series: series});
    el.setAttribute('data-drawn', String(series.length));
  }
  draw('chart-households', d.households);
  draw('chart-amounts', d.amounts);
})();
