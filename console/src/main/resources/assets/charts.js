// Draws every <table data-chart="bar|stacked-bar|line|doughnut"> (rendered by chart.jte) as a Chart.js chart on a
// canvas put before it. The table stays in the page, hidden from sight, as the chart's text for screen readers.
// Runs on page load and on every piece of page htmx swaps in. No inline script: the Content-Security-Policy forbids it.
(function () {
  'use strict';
  // Colours that stay apart for the common kinds of colour blindness (Okabe-Ito), darkened for contrast on white.
  var PALETTE = ['#0b5cad', '#c75a00', '#1e6b30', '#a4161a', '#6a3d9a', '#8a6d00', '#007a87', '#4a5360'];

  function figuresOf(table) {
    var series = Array.prototype.slice.call(table.tHead.rows[0].cells, 1).map(function (cell) {
      return cell.textContent.trim();
    });
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    return {
      labels: rows.map(function (row) { return row.cells[0].textContent.trim(); }),
      datasets: series.map(function (name, column) {
        return { label: name, data: rows.map(function (row) { return Number(row.cells[column + 1].textContent); }) };
      })
    };
  }

  function draw(table) {
    if (table.dataset.drawn || typeof Chart === 'undefined') {
      return;
    }
    table.dataset.drawn = 'true';
    var kind = table.dataset.chart;
    var figures = figuresOf(table);
    var doughnut = kind === 'doughnut';
    figures.datasets.forEach(function (dataset, index) {
      dataset.backgroundColor = doughnut ? PALETTE.slice(0, figures.labels.length) : PALETTE[index % PALETTE.length];
      dataset.borderColor = doughnut ? '#ffffff' : PALETTE[index % PALETTE.length];
    });
    var holder = document.createElement('div');
    holder.className = 'chart-canvas';
    var canvas = document.createElement('canvas');
    canvas.setAttribute('role', 'img');
    var caption = table.closest('figure') && table.closest('figure').querySelector('figcaption');
    canvas.setAttribute('aria-label', caption ? caption.textContent.trim() : 'Chart');
    holder.appendChild(canvas);
    table.parentNode.insertBefore(holder, table);
    table.classList.add('visually-hidden');
    var stacked = kind === 'stacked-bar';
    new Chart(canvas, {
      type: stacked ? 'bar' : kind,
      data: figures,
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: doughnut ? {} : {
          x: { stacked: stacked },
          y: { stacked: stacked, beginAtZero: true, ticks: { precision: 0 } }
        },
        plugins: { legend: { position: 'bottom' } }
      }
    });
  }

  function drawWithin(root) {
    (root.querySelectorAll ? root : document).querySelectorAll('table[data-chart]').forEach(draw);
  }

  document.addEventListener('DOMContentLoaded', function () { drawWithin(document); });
  document.addEventListener('htmx:load', function (event) { drawWithin(event.detail.elt); });
})();
