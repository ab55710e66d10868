// The one script of every page ../html.ts writes, run in the browser (bundled by the
// build into a string, see esbuild.patches.mjs; typechecked against the DOM by
// ./tsconfig.json). It reads the page's JSON data block and builds the table with DOM
// calls and textContent only (data never becomes markup): sort by any column, filter by
// status and by a search over name and NPSN, fifty rows a page (a province of 5,000
// schools stays quick), a row opens to its details. Before printing, every filtered row
// is laid out; afterwards the page returns. Words come from the data block (the
// catalogue), never from this file. The shape of the block: TableData in ../html.ts.

import type { TableData } from './data.js';

type Data = TableData;
type Row = Data['rows'][number];

const data = JSON.parse(document.getElementById('data')?.textContent ?? '{}') as Data;
const L = data.labels;
const PAGE = 50;
const state = { q: '', status: '', key: data.sort.key, dir: data.sort.dir as number, page: 0, open: new Set<number>(), all: false };
const root = document.getElementById('tabel') as HTMLElement;
const collator = new Intl.Collator(document.documentElement.lang || 'id', { numeric: true, sensitivity: 'base' });
const own = (object: object, name: string) => Object.prototype.hasOwnProperty.call(object, name);

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string | number): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const name of Object.keys(attrs)) node.setAttribute(name, attrs[name] as string);
  if (text !== undefined) node.textContent = String(text);
  return node;
}
function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (own(values, name) ? String(values[name]) : whole));
}
const safe = (value: string) => (/^[a-z_]+$/.test(value) ? value : 'x');

const controls = el('div', { class: 'controls no-print' });
const search = el('input', { type: 'search', id: 'cari', placeholder: L.search, 'aria-label': L.search });
const select = el('select', { id: 'saring', 'aria-label': L.status });
select.appendChild(el('option', { value: '' }, L.all));
for (const s of data.statuses) select.appendChild(el('option', { value: s.value }, s.label));
const count = el('span', { id: 'jumlah' });
controls.append(search, select, count);
const table = el('table', { id: 'sekolah' });
const thead = el('thead');
const headRow = el('tr');
headRow.appendChild(el('th', { class: 'no-print', 'aria-label': L.details }));
const heads = new Map<string, HTMLElement>();
for (const c of data.columns) {
  const th = el('th', { scope: 'col', class: c.type === 'number' ? 'num' : '', 'data-key': c.key });
  const button = el('button', { type: 'button' }, c.label);
  button.addEventListener('click', () => {
    if (state.key === c.key) state.dir = -state.dir;
    else {
      state.key = c.key;
      state.dir = c.type === 'number' ? -1 : 1;
    }
    state.page = 0;
    render();
  });
  th.appendChild(button);
  heads.set(c.key, th);
  headRow.appendChild(th);
}
thead.appendChild(headRow);
table.appendChild(thead);
const tbody = el('tbody');
table.appendChild(tbody);
const pager = el('div', { class: 'pager' });
const prev = el('button', { type: 'button', id: 'sebelumnya' }, L.prev);
const info = el('span', { id: 'halaman' });
const next = el('button', { type: 'button', id: 'berikutnya' }, L.next);
pager.append(prev, info, next);
root.append(controls, table, pager);

/** What a column sorts by: the row's sort key for it (an instant), else the cell. */
function value(row: Row, key: string): string | number | undefined {
  return row.keys && own(row.keys, key) ? row.keys[key] : row.cells[key];
}
function visibleRows(): number[] {
  const q = state.q.trim().toLowerCase();
  const list: number[] = [];
  data.rows.forEach((row, index) => {
    if (state.status && row.status !== state.status) return;
    if (q && !row.search.includes(q)) return;
    list.push(index);
  });
  list.sort((a, b) => {
    const x = value(data.rows[a] as Row, state.key);
    const y = value(data.rows[b] as Row, state.key);
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x ?? ''), String(y ?? ''));
    return c * state.dir || a - b;
  });
  return list;
}
function detailRow(row: Row): HTMLTableRowElement {
  const tr = el('tr', { class: 'detail' });
  const td = el('td', { colspan: String(data.columns.length + 1) });
  for (const section of row.detail) {
    if (section.items.length === 0) continue;
    td.appendChild(el('h3', {}, section.title));
    const ul = el('ul');
    for (const item of section.items) ul.appendChild(el('li', {}, item));
    td.appendChild(ul);
  }
  tr.appendChild(td);
  return tr;
}
function render(): void {
  const list = visibleRows();
  const pages = Math.max(1, Math.ceil(list.length / PAGE));
  if (state.page >= pages) state.page = pages - 1;
  const shown = state.all ? list : list.slice(state.page * PAGE, state.page * PAGE + PAGE);
  tbody.replaceChildren();
  for (const index of shown) {
    const row = data.rows[index] as Row;
    const open = state.open.has(index);
    const tr = el('tr', { class: `row st-${safe(row.status)}`, 'data-index': String(index), 'aria-expanded': open ? 'true' : 'false' });
    const toggleCell = el('td');
    toggleCell.appendChild(el('button', { type: 'button', 'aria-label': L.details }, open ? '\u25BE' : '\u25B8'));
    tr.appendChild(toggleCell);
    for (const c of data.columns) {
      const cell = row.cells[c.key];
      tr.appendChild(el('td', { class: (c.type === 'number' ? 'num ' : '') + (c.key === 'status' ? 'status' : '') }, cell ?? ''));
    }
    tr.addEventListener('click', () => {
      if (!state.open.delete(index)) state.open.add(index);
      render();
    });
    tbody.appendChild(tr);
    if (open) tbody.appendChild(detailRow(row));
  }
  if (list.length === 0) {
    const empty = el('tr');
    empty.appendChild(el('td', { colspan: String(data.columns.length + 1), class: 'empty' }, L.noRows));
    tbody.appendChild(empty);
  }
  for (const [key, th] of heads) th.setAttribute('aria-sort', key === state.key ? (state.dir > 0 ? 'ascending' : 'descending') : 'none');
  count.textContent = fill(L.shown, { n: list.length, total: data.rows.length });
  info.textContent = fill(L.page, { page: state.page + 1, pages });
  prev.disabled = state.page === 0;
  next.disabled = state.page >= pages - 1;
}
search.addEventListener('input', () => {
  state.q = search.value;
  state.page = 0;
  render();
});
select.addEventListener('change', () => {
  state.status = select.value;
  state.page = 0;
  render();
});
prev.addEventListener('click', () => {
  state.page--;
  render();
});
next.addEventListener('click', () => {
  state.page++;
  render();
});
window.addEventListener('beforeprint', () => {
  state.all = true;
  render();
});
window.addEventListener('afterprint', () => {
  state.all = false;
  render();
});
render();
