// `check DISTRICT/ --html`: the page as a file (the browser suite opens it in Chromium).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeSchool, toJson } from '../fixtures-gen/index.mjs';
import { FIXTURES, runCli } from '../helpers/cli.js';

const DISTRICT = path.join(FIXTURES, 'kabupaten-contoh');
const tmp = () => mkdtempSync(path.join(tmpdir(), 'pmp-report-file-'));

describe('check --html', () => {
  it('one self-contained page: a CSP allowing only its own inline code, nothing fetched, data escaped', async () => {
    const dir = tmp();
    const hostile = makeSchool({ seed: 'html-hostile', level: 'SD', mutate: (s) => void (s.sekolah.nama = '</script><script>alert(1)</script>\u2028x') });
    writeFileSync(path.join(dir, 'a.json'), toJson(hostile));
    const file = path.join(dir, 'laporan.html');
    const r = await runCli(['check', dir, '--html', file]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`Laporan HTML ditulis ke ${file}.`);
    const html = readFileSync(file, 'utf8');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    expect(csp).toMatch(/^default-src 'none'; script-src 'sha256-[A-Za-z0-9+/=]+'; style-src 'sha256-[A-Za-z0-9+/=]+'; img-src 'none'/);
    // No address anywhere but the ones in the data; no external resource.
    expect(html).not.toMatch(/\b(src|href)=/);
    expect(html).not.toMatch(/https?:\/\//);
    // The name never appears as markup: exactly two <script> tags, both the page's.
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html).not.toContain('</script><script>alert');
    expect(html).not.toContain('\u2028');
    // The data block holds the name (a line separator shown as an escape, as on a terminal).
    const data = JSON.parse(/<script type="application\/json" id="data">(.*?)<\/script>/s.exec(html)?.[1] ?? 'null');
    expect(data.rows[0].cells.nama).toBe('</script><script>alert(1)</script>\\u2028x');
  });

  it('follows --lang, replaces only its own page, and keeps --json one document', async () => {
    const dir = tmp();
    const file = path.join(dir, 'report.html');
    expect((await runCli(['check', DISTRICT, '--summary', '--html', file, '--lang', 'en'])).code).toBe(1);
    expect(readFileSync(file, 'utf8')).toContain('<title>PMP send-readiness report</title>');
    // Again: its own page is replaced.
    const again = await runCli(['check', DISTRICT, '--json', '--html', file]);
    expect(again.code).toBe(1);
    expect(JSON.parse(again.stdout).format).toBe('pmp-offline/cek@1');
    expect(readFileSync(file, 'utf8')).toContain('<html lang="id">');
    // Someone else's page, or an export, is left alone: exit 4, one line.
    const other = path.join(dir, 'index.html');
    writeFileSync(other, '<!DOCTYPE html><title>Beranda</title>');
    const refused = await runCli(['check', DISTRICT, '--summary', '--html', other]);
    expect(refused.code).toBe(4);
    expect(refused.stderr).toContain('bukan laporan HTML pmp-offline');
    expect(readFileSync(other, 'utf8')).toBe('<!DOCTYPE html><title>Beranda</title>');
    const missing = await runCli(['check', DISTRICT, '--summary', '--html', path.join(dir, 'tidak-ada', 'r.html')]);
    expect(missing.code).toBe(4);
    expect(missing.stderr).toContain('foldernya tidak ada');
    // Said before the batch: no school was reported first.
    expect(missing.stdout).toBe('');
  });

  it('the table holds one row per input with its problems and next steps', async () => {
    const file = path.join(tmp(), 'laporan.html');
    await runCli(['check', DISTRICT, '--summary', '--html', file]);
    const json = JSON.parse((await runCli(['check', DISTRICT, '--json'])).stdout);
    const data = JSON.parse(/<script type="application\/json" id="data">(.*?)<\/script>/s.exec(readFileSync(file, 'utf8'))?.[1] ?? 'null');
    expect(data.rows).toHaveLength(json.hasil.length);
    const notReady = json.hasil.filter((h: { siap: boolean }) => !h.siap);
    expect(data.rows.filter((r: { status: string }) => r.status === 'belum_siap')).toHaveLength(notReady.length);
    for (const h of notReady) {
      const row = data.rows.find((r: { cells: { npsn: string } }) => r.cells.npsn === h.sekolah.npsn);
      expect(row.detail[0].items).toEqual(h.masalah.map((m: { pesan: string }) => m.pesan));
      expect(row.detail[2].items).toEqual(h.langkah);
    }
  });
});
