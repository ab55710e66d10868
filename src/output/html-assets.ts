// The stylesheet and the one script of every page ./html.ts writes. The script reads the
// page's JSON data block and builds the table with DOM calls and textContent only (data
// never becomes markup): sort by any column, filter by status and by a search over name
// and NPSN, fifty rows a page (a province of 5,000 schools stays quick), a row opens to
// its details. Before printing, every filtered row is laid out; afterwards the page
// returns. Words come from the data block (the catalogue), never from this file.

export const PAGE_STYLE = `
:root { --ok: #1b7f3b; --bad: #b3261e; --off: #6b6b6b; --info: #1f5fa8; --line: #d0d4da; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, "Segoe UI", Roboto, Arial, sans-serif; color: #1d1f23; margin: 0 auto; max-width: 1200px; padding: 16px 20px 40px; }
h1 { font-size: 1.5em; margin: 0 0 4px; }
.meta { color: #555; margin: 0 0 16px; }
.tiles { display: flex; flex-wrap: wrap; gap: 12px; margin: 12px 0 20px; }
.tile { border: 1px solid var(--line); border-radius: 8px; padding: 10px 16px; min-width: 150px; }
.tile b { display: block; font-size: 1.8em; line-height: 1.1; }
.tile.ok b { color: var(--ok); } .tile.bad b { color: var(--bad); } .tile.off b { color: var(--off); } .tile.info b { color: var(--info); }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(440px, 1fr)); gap: 8px 24px; }
figure.chart { margin: 0 0 16px; break-inside: avoid; }
figcaption { font-weight: 600; margin-bottom: 4px; }
figure.chart svg { max-width: 640px; }
svg text { font-size: 12px; fill: #1d1f23; }
rect.ok { fill: var(--ok); } rect.bad { fill: var(--bad); } rect.off { fill: #a8a8a8; } rect.info { fill: var(--info); }
.controls { display: flex; flex-wrap: wrap; gap: 8px 12px; align-items: center; margin: 20px 0 8px; }
.controls input, .controls select, .controls button, .pager button { font: inherit; padding: 4px 8px; }
.controls input { min-width: 260px; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid var(--line); padding: 5px 6px; text-align: left; vertical-align: top; }
th button { all: unset; cursor: pointer; font-weight: 600; }
th button:focus-visible, td button:focus-visible { outline: 2px solid var(--info); }
th[aria-sort="ascending"] button::after { content: " \\25B2"; } th[aria-sort="descending"] button::after { content: " \\25BC"; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.row { cursor: pointer; } tr.row:hover { background: #f4f6f9; }
tr.row td:first-child button { all: unset; cursor: pointer; width: 1.2em; display: inline-block; }
td.status { white-space: nowrap; }
tr.st-siap .status, tr.st-selesai .status { color: var(--ok); font-weight: 600; }
tr.st-belum_siap .status, tr.st-hubungi_dinas .status, tr.st-eskalasi_lpmp .status, tr.st-terlambat .status { color: var(--bad); font-weight: 600; }
tr.st-tidak_terbaca .status { color: var(--off); font-weight: 600; }
tr.detail td { background: #fafbfc; }
tr.detail h3 { font-size: 1em; margin: 6px 0 2px; }
tr.detail ul { margin: 0 0 6px; padding-left: 20px; }
.pager { display: flex; gap: 8px; align-items: center; margin-top: 10px; }
.empty { color: #555; padding: 12px 0; }
@media print {
  @page { size: A4; margin: 12mm; }
  body { max-width: none; padding: 0; font-size: 10pt; }
  .no-print, .pager, tr.row td:first-child button { display: none !important; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  .charts { grid-template-columns: 1fr 1fr; }
  a { color: inherit; text-decoration: none; }
}
`;

export const TABLE_SCRIPT = `
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('data').textContent);
  var L = data.labels;
  var PAGE = 50;
  var state = { q: '', status: '', key: data.sort.key, dir: data.sort.dir, page: 0, open: {}, all: false };
  var root = document.getElementById('tabel');
  var collator = new Intl.Collator(document.documentElement.lang || 'id', { numeric: true, sensitivity: 'base' });

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    for (var name in attrs) if (Object.prototype.hasOwnProperty.call(attrs, name)) node.setAttribute(name, attrs[name]);
    if (text !== undefined) node.textContent = String(text);
    return node;
  }
  function fill(template, values) {
    return template.replace(/\\{(\\w+)\\}/g, function (whole, name) { return Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole; });
  }
  var safe = function (value) { return /^[a-z_]+$/.test(value) ? value : 'x'; };

  var controls = el('div', { 'class': 'controls no-print' });
  var search = el('input', { type: 'search', id: 'cari', placeholder: L.search, 'aria-label': L.search });
  var select = el('select', { id: 'saring', 'aria-label': L.status });
  select.appendChild(el('option', { value: '' }, L.all));
  data.statuses.forEach(function (s) { select.appendChild(el('option', { value: s.value }, s.label)); });
  var count = el('span', { id: 'jumlah' });
  controls.appendChild(search);
  controls.appendChild(select);
  controls.appendChild(count);
  var table = el('table', { id: 'sekolah' });
  var thead = el('thead');
  var headRow = el('tr');
  headRow.appendChild(el('th', { 'class': 'no-print', 'aria-label': L.details }));
  var heads = {};
  data.columns.forEach(function (c) {
    var th = el('th', { scope: 'col', 'class': c.type === 'number' ? 'num' : '', 'data-key': c.key });
    var button = el('button', { type: 'button' }, c.label);
    button.addEventListener('click', function () {
      if (state.key === c.key) state.dir = -state.dir; else { state.key = c.key; state.dir = c.type === 'number' ? -1 : 1; }
      state.page = 0;
      render();
    });
    th.appendChild(button);
    heads[c.key] = th;
    headRow.appendChild(th);
  });
  thead.appendChild(headRow);
  table.appendChild(thead);
  var tbody = el('tbody');
  table.appendChild(tbody);
  var pager = el('div', { 'class': 'pager' });
  var prev = el('button', { type: 'button', id: 'sebelumnya' }, L.prev);
  var info = el('span', { id: 'halaman' });
  var next = el('button', { type: 'button', id: 'berikutnya' }, L.next);
  pager.appendChild(prev);
  pager.appendChild(info);
  pager.appendChild(next);
  root.appendChild(controls);
  root.appendChild(table);
  root.appendChild(pager);

  // What a column sorts by: the row's sort key for it (an instant), else the cell.
  function value(row, key) {
    return row.keys && Object.prototype.hasOwnProperty.call(row.keys, key) ? row.keys[key] : row.cells[key];
  }
  function visibleRows() {
    var q = state.q.trim().toLowerCase();
    var list = [];
    data.rows.forEach(function (row, index) {
      if (state.status && row.status !== state.status) return;
      if (q && row.search.indexOf(q) < 0) return;
      list.push(index);
    });
    list.sort(function (a, b) {
      var x = value(data.rows[a], state.key), y = value(data.rows[b], state.key);
      var c = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x === undefined ? '' : x), String(y === undefined ? '' : y));
      return c * state.dir || a - b;
    });
    return list;
  }
  function detailRow(row) {
    var tr = el('tr', { 'class': 'detail' });
    var td = el('td', { colspan: String(data.columns.length + 1) });
    row.detail.forEach(function (section) {
      if (section.items.length === 0) return;
      td.appendChild(el('h3', {}, section.title));
      var ul = el('ul');
      section.items.forEach(function (item) { ul.appendChild(el('li', {}, item)); });
      td.appendChild(ul);
    });
    tr.appendChild(td);
    return tr;
  }
  function render() {
    var list = visibleRows();
    var pages = Math.max(1, Math.ceil(list.length / PAGE));
    if (state.page >= pages) state.page = pages - 1;
    var shown = state.all ? list : list.slice(state.page * PAGE, state.page * PAGE + PAGE);
    while (tbody.firstChild) tbody.removeChild(tbody.firstChild);
    shown.forEach(function (index) {
      var row = data.rows[index];
      var open = !!state.open[index];
      var tr = el('tr', { 'class': 'row st-' + safe(row.status), 'data-index': String(index), 'aria-expanded': open ? 'true' : 'false' });
      var toggleCell = el('td');
      var toggle = el('button', { type: 'button', 'aria-label': L.details }, open ? '\\u25BE' : '\\u25B8');
      toggleCell.appendChild(toggle);
      tr.appendChild(toggleCell);
      data.columns.forEach(function (c) {
        var value = row.cells[c.key];
        tr.appendChild(el('td', { 'class': (c.type === 'number' ? 'num ' : '') + (c.key === 'status' ? 'status' : '') }, value === undefined ? '' : value));
      });
      tr.addEventListener('click', function () {
        if (state.open[index]) delete state.open[index]; else state.open[index] = true;
        render();
      });
      tbody.appendChild(tr);
      if (open) tbody.appendChild(detailRow(row));
    });
    if (list.length === 0) {
      var empty = el('tr');
      empty.appendChild(el('td', { colspan: String(data.columns.length + 1), 'class': 'empty' }, L.noRows));
      tbody.appendChild(empty);
    }
    for (var key in heads) heads[key].setAttribute('aria-sort', key === state.key ? (state.dir > 0 ? 'ascending' : 'descending') : 'none');
    count.textContent = fill(L.shown, { n: list.length, total: data.rows.length });
    info.textContent = fill(L.page, { page: state.page + 1, pages: pages });
    prev.disabled = state.page === 0;
    next.disabled = state.page >= pages - 1;
  }
  search.addEventListener('input', function () { state.q = search.value; state.page = 0; render(); });
  select.addEventListener('change', function () { state.status = select.value; state.page = 0; render(); });
  prev.addEventListener('click', function () { state.page--; render(); });
  next.addEventListener('click', function () { state.page++; render(); });
  window.addEventListener('beforeprint', function () { state.all = true; render(); });
  window.addEventListener('afterprint', function () { state.all = false; render(); });
  render();
})();
`;
