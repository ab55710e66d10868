// The page's JSON data block: what ../html.ts writes and ./table.ts reads in the browser.
// No imports: the browser script's typecheck (./tsconfig.json) reads this file too.

export interface TableData {
  /** The words of the table's controls; {page}, {pages}, {n} and {total} are filled in the browser. */
  labels: Record<'search' | 'status' | 'all' | 'details' | 'prev' | 'next' | 'page' | 'shown' | 'noRows', string>;
  columns: Array<{ key: string; label: string; type: 'text' | 'number' }>;
  /** The values of the filter select, with their labels; rows carry one in `status`. */
  statuses: Array<{ value: string; label: string }>;
  /** Column sorted first, and its direction. */
  sort: { key: string; dir: 1 | -1 };
  rows: Array<{
    cells: Record<string, string | number>;
    /** What a column sorts by when not its cell (an instant's milliseconds). */
    keys?: Record<string, number>;
    status: string;
    /** Lower-cased text the search box matches (name, NPSN). */
    search: string;
    detail: Array<{ title: string; items: string[] }>;
  }>;
}
