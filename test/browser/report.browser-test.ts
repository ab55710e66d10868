// `check DISTRICT/ --html`: the report of a generated district, opened in Chromium.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDistrict, makeSchool, toJson } from '../fixtures-gen/index.mjs';
import { runCliProcess } from '../helpers/cli.js';
import { artifact, launch, open } from './browser.js';

const HOSTILE = `<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">"'&amp;`;
let browser: Browser;
let dir: string;
let report: string;
let totals: { siap: number; belum_siap: number; tidak_terbaca: number };

beforeAll(async () => {
  browser = await launch();
  dir = mkdtempSync(path.join(tmpdir(), 'pmp-report-'));
  const district = path.join(dir, 'kabupaten');
  await generateDistrict({ seed: 'browser-report', schools: 60, notReady: 15, outDir: district });
  // A school whose name is markup, and an unreadable file.
  writeFileSync(path.join(district, 'zz-hostile.json'), toJson(makeSchool({ seed: 'hostile', level: 'SD', mutate: (s) => void (s.sekolah.nama = HOSTILE) })));
  writeFileSync(path.join(district, 'zz-rusak.json'), '{"format": ');
  report = path.join(dir, 'laporan.html');
  // Run from the folder, as an operator would: the page names files as given.
  const r = await runCliProcess(['check', 'kabupaten', '--summary', '--html', 'laporan.html'], { cwd: dir });
  expect(r.code).toBe(3);
  totals = JSON.parse((await runCliProcess(['check', district, '--json'])).stdout).ringkasan;
});

afterAll(async () => {
  await browser?.close();
});

describe('check --html in Chromium', () => {
  it('shows the counts, asks for nothing outside the file, and runs no injected script', async () => {
    const { page, requests, errors } = await open(browser, report);
    const tile = (cls: string) => page.locator(`.tile.${cls} b`).textContent();
    expect(Number(await tile('ok'))).toBe(totals.siap);
    expect(Number(await tile('bad'))).toBe(totals.belum_siap);
    expect(Number(await tile('off'))).toBe(totals.tidak_terbaca);
    expect(await page.locator('#jumlah').textContent()).toBe(`${62} dari ${62} ditampilkan`);
    expect(requests).toEqual([`file://${report}`]);
    expect(errors).toEqual([]);
    await page.fill('#cari', 'script');
    const cell = page.locator('tr.row td:nth-child(3)');
    await expect.poll(() => cell.count()).toBe(1);
    expect(await cell.textContent()).toBe(HOSTILE);
    expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img').count()).toBe(0);
    await page.screenshot({ path: artifact('laporan-injeksi.png') });
  });

  it('sorts, filters, pages and opens a row to its problems and next steps', async () => {
    const { page } = await open(browser, report);
    // Fifty rows a page.
    expect(await page.locator('tr.row').count()).toBe(50);
    await page.click('#berikutnya');
    expect(await page.locator('tr.row').count()).toBe(12);
    expect(await page.locator('#halaman').textContent()).toBe('Halaman 2 dari 2');
    // Sort by name, ascending.
    await page.click('th[data-key="nama"] button');
    const names = await page.locator('tr.row td:nth-child(3)').allTextContents();
    const sorted = [...names].sort(new Intl.Collator('id', { numeric: true, sensitivity: 'base' }).compare);
    expect(names).toEqual(sorted);
    expect(await page.getAttribute('th[data-key="nama"]', 'aria-sort')).toBe('ascending');
    // Not ready only.
    await page.selectOption('#saring', 'belum_siap');
    expect(await page.locator('tr.row').count()).toBe(totals.belum_siap);
    expect(await page.locator('tr.row td.status').allTextContents()).toEqual(Array(totals.belum_siap).fill('BELUM SIAP'));
    // Open the first: its problems and next steps.
    await page.click('tr.row >> nth=0');
    const detail = page.locator('tr.detail');
    expect(await detail.count()).toBe(1);
    expect(await detail.locator('h3').allTextContents()).toContain('Langkah berikutnya');
    expect(await detail.locator('li').count()).toBeGreaterThan(2);
    // By NPSN.
    const npsn = (await page.locator('tr.row >> nth=0 >> td:nth-child(2)').textContent()) ?? '';
    await page.selectOption('#saring', '');
    await page.fill('#cari', npsn);
    expect(await page.locator('tr.row').count()).toBe(1);
    await page.fill('#cari', '');
    await page.selectOption('#saring', '');
    // The README's picture is this screenshot (test/browser/laporan.png, copied from here):
    // the page as it opens, the school with the most problems opened.
    const fresh = await open(browser, report, { width: 1100, height: 1000 });
    await fresh.page.click('tr.row >> nth=0');
    await fresh.page.screenshot({ path: artifact('laporan.png') });
  });

  it('prints on A4 with every filtered row and no controls', async () => {
    const { page } = await open(browser, report);
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => (globalThis as unknown as { dispatchEvent(e: Event): boolean }).dispatchEvent(new Event('beforeprint')));
    expect(await page.locator('tr.row').count()).toBe(62);
    expect(await page.locator('.controls').isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    writeFileSync(artifact('laporan.pdf'), pdf);
  });

  it('speaks English with --lang en', async () => {
    const en = path.join(dir, 'report-en.html');
    const r = await runCliProcess(['check', path.join(dir, 'kabupaten'), '--summary', '--html', en, '--lang', 'en']);
    expect(r.code).toBe(3);
    const { page } = await open(browser, en);
    expect(await page.locator('h1').textContent()).toBe('PMP send-readiness report');
    expect(await page.locator('#jumlah').textContent()).toBe('62 of 62 shown');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });
});
