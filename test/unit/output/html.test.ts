// What every page is made of: text that never becomes markup, data that cannot end its
// script block, and a page that allows only its own script and style.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { barChart, escapeHtml, htmlPage, jsonForScript, tableLabels } from '../../../src/output/html.js';
import { TABLE_SCRIPT } from '../../../src/output/html-assets.js';
import { hasControl, visible } from '../../../src/core/visible.js';

describe('html', () => {
  it('escapes markup and shows control characters as escapes', () => {
    expect(escapeHtml(`<b onclick="x">'&'</b>`)).toBe('&lt;b onclick=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/b&gt;');
    expect(escapeHtml('a\u001b[2Jb')).toBe('a\\x1b[2Jb');
    expect(visible('Ñusantara\n\u202e')).toBe('Ñusantara\\n\\u202e');
    expect(hasControl('SD Ñusantara')).toBe(false);
    expect(hasControl('2.2\n')).toBe(true);
  });

  it('the data block cannot close its script or open a comment', () => {
    const text = jsonForScript({ nama: '</script><!-- & \u2028' });
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual({ nama: '</script><!-- & \u2028' });
  });

  it("a page's policy allows exactly its own script, by its hash, and nothing from outside", () => {
    const table = { labels: tableLabels('Status', 'Semua'), columns: [], statuses: [], sort: { key: 'no', dir: 1 as const }, rows: [] };
    const page = htmlPage({ title: 'Laporan <x>', body: '<p>isi</p>', table });
    const hash = createHash('sha256').update(TABLE_SCRIPT, 'utf8').digest('base64');
    expect(page).toContain(`script-src 'sha256-${hash}'`);
    expect(page).toContain("default-src 'none'");
    expect(page).toContain('<title>Laporan &lt;x&gt;</title>');
    expect(page).toContain(`<script>${TABLE_SCRIPT}</script>`);
    expect(TABLE_SCRIPT).not.toMatch(/innerHTML|<\/script/i);
  });

  it('a bar chart draws each bar, its label escaped', () => {
    const svg = barChart('Kesiapan <x>', [
      {
        label: 'SD <1>',
        parts: [
          { value: 3, cls: 'ok' },
          { value: 1, cls: 'bad' },
        ],
        note: '3 / 4',
      },
      { label: 'SMP', parts: [{ value: 2, cls: 'ok' }], note: '2 / 2' },
    ]);
    expect(svg).toContain('SD &lt;1&gt;');
    expect(svg).not.toContain('<x>');
    expect(svg).not.toContain('style=');
    expect(svg.match(/<rect /g)).toHaveLength(3);
  });
});
