// `eta --log --html`: the board of 2,000 schools in Chromium.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliProcess } from '../helpers/cli.js';
import { artifact, launch, open } from './browser.js';

let browser: Browser;
let page: string;
let ringkasan: Record<string, number>;

beforeAll(async () => {
  browser = await launch();
  const dir = mkdtempSync(path.join(tmpdir(), 'pmp-board-html-'));
  const rows = ['npsn;nama;waktu_unggah;status'];
  const statuses = ['Belum Kirim', '', 'Sudah Kirim', 'Sudah Diproses', 'Gagal Diproses'];
  for (let i = 0; i < 2000; i++) {
    const hour = (i * 7) % 96;
    const day = 15 + Math.floor(hour / 24);
    rows.push(`${String(20300000 + i)};"SD NEGERI ${i} <b>UJI</b>";"${day}/10/2017 ${String(hour % 24).padStart(2, '0')}.15";${statuses[i % 5]}`);
  }
  writeFileSync(path.join(dir, 'unggahan.csv'), rows.join('\n'));
  const r = await runCliProcess(['eta', '--log', 'unggahan.csv', '--now', '19/10/2017 12.00', '--html', 'papan.html'], { cwd: dir });
  expect(r.code).toBe(0);
  ringkasan = JSON.parse((await runCliProcess(['eta', '--log', 'unggahan.csv', '--now', '19/10/2017 12.00', '--json'], { cwd: dir })).stdout).ringkasan;
  page = path.join(dir, 'papan.html');
});

afterAll(async () => {
  await browser?.close();
});

describe('eta --log --html in Chromium', () => {
  it('the most urgent first, fifty a page, filtered by action, names as text', async () => {
    const { page: p, errors, requests } = await open(browser, page);
    expect(errors).toEqual([]);
    expect(requests).toHaveLength(1);
    expect(await p.locator('tr.row').count()).toBe(50);
    expect(await p.locator('tr.row >> nth=0 >> td:nth-child(3)').textContent()).toBe('Eskalasi ke LPMP');
    expect(await p.locator('b', { hasText: 'UJI' }).count()).toBe(0);
    expect(await p.locator('tr.row >> nth=0 >> td:nth-child(5)').textContent()).toContain('<b>UJI</b>');
    await p.selectOption('#saring', 'hubungi_dinas');
    expect(await p.locator('#jumlah').textContent()).toBe(`${ringkasan.hubungi_dinas} dari 2000 ditampilkan`);
    await p.click('tr.row >> nth=0');
    expect(await p.locator('tr.detail li').first().textContent()).toContain('Sudah lewat 2x24 jam');
    await p.screenshot({ path: artifact('papan.png') });
  });
});
