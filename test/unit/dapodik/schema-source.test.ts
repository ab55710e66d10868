// The Dapodik WebService reader and the address rules, without a server.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { InputError, UsageError } from '../../../src/core/errors.js';
import { setLang } from '../../../src/i18n/index.js';
import { levelOf, parseAnswer } from '../../../src/dapodik/schema.js';
import { checkToken, loadRoster, parseDapodikAddress } from '../../../src/dapodik/source.js';

describe('parseDapodikAddress', () => {
  it.each([
    ['localhost', 'http://localhost:5774'],
    ['192.168.1.10', 'http://192.168.1.10:5774'],
    ['10.0.0.7:8080', 'http://10.0.0.7:8080'],
    ['http://pc-tu:5774/WebService/getSekolah?npsn=20212345', 'http://pc-tu:5774'],
    ['PC-TU', 'http://pc-tu:5774'],
    ['server.sekolah.local', 'http://server.sekolah.local:5774'],
    ['[::1]:5774', 'http://[::1]:5774'],
    ['172.20.1.1', 'http://172.20.1.1:5774'],
  ])('%s → %s', (given, origin) => {
    expect(parseDapodikAddress(given)).toBe(origin);
  });

  it.each(['8.8.8.8', 'dapodik.kemdikbud.go.id', '172.32.0.1', 'http://203.0.113.5:5774'])('%s is not this PC or the LAN: refused', (given) => {
    expect(() => parseDapodikAddress(given)).toThrow(UsageError);
  });

  it('credentials in the address are refused without being repeated', () => {
    let message = '';
    try {
      parseDapodikAddress('http://admin:rahasia123@localhost:5774');
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).not.toBe('');
    expect(message).not.toContain('rahasia123');
  });

  it('a token is visible ASCII without inner spaces; the message never holds it', () => {
    expect(checkToken('  abc-DEF_123.xyz \n', 'x')).toBe('abc-DEF_123.xyz');
    for (const bad of ['abc def', 'tökén', 'abc\u0000', '']) {
      let message = '';
      try {
        checkToken(bad, 'token.txt');
      } catch (err) {
        message = (err as Error).message;
      }
      expect(message).toContain('token.txt');
      if (bad.trim() !== '') expect(message).not.toContain(bad);
    }
  });
});

describe('parseAnswer', () => {
  const envelope = (rows: unknown, results?: number) =>
    JSON.stringify({ results: results ?? (Array.isArray(rows) ? rows.length : 1), id: 'x', start: 0, limit: 10, rows });
  const student = (tingkat: unknown) => ({
    peserta_didik_id: 'p1',
    nama: 'Ani',
    tingkat_pendidikan_id: tingkat,
    rombongan_belajar_id: 'r1',
    nama_rombel: '4A',
    nisn: '0012345678',
  });

  it('grades as Dapodik sends them: "4" and 4 are grade 4; "99", null and "" are no grade', () => {
    const grades = ['4', 4, ' 5 ', '99', null, '', 0].map((g) => parseAnswer('getPesertaDidik', envelope([student(g)]), 'w')[0]?.tingkat_pendidikan_id);
    expect(grades).toEqual([4, 4, 5, null, null, null, null]);
  });

  it('unknown fields are ignored; getSekolah is one object (or a list of one)', () => {
    const sekolah = { sekolah_id: 'S', npsn: '20212345', nama: 'SD N 1', bentuk_pendidikan_id_str: 'SD', lintang: '-6.9', status_sekolah_str: 'Negeri' };
    expect(parseAnswer('getSekolah', envelope(sekolah), 'w')).toEqual({ sekolah_id: 'S', npsn: '20212345', nama: 'SD N 1', bentuk_pendidikan_id_str: 'SD' });
    expect(parseAnswer('getSekolah', envelope([sekolah]), 'w').npsn).toBe('20212345');
  });

  it.each([
    ['Access denied - You are not authorized to access this page. #1', 'DAPODIK_TOKEN_DITOLAK'],
    ['Parameter NPSN harap diisi', 'DAPODIK_NPSN_KOSONG'],
    ['Sekolah tidak ditemukan', 'DAPODIK_SEKOLAH_TIDAK_ADA'],
    ['<html><body>Error</body></html>', 'DAPODIK_BUKAN_DATA'],
    ['OK', 'DAPODIK_BUKAN_DATA'],
    ['{"results": 2, "rows": [', 'JSON_TIDAK_SAH'],
    [JSON.stringify({ results: 3, rows: [{ ptk_id: 'a', nama: 'A' }] }), 'DAPODIK_JAWABAN_TERPOTONG'],
    [JSON.stringify({ results: 1, rows: [{ nama: 'A' }] }), 'DAPODIK_JAWABAN_TIDAK_SAH'],
    [JSON.stringify({ rows: [] }), 'DAPODIK_JAWABAN_TIDAK_SAH'],
  ])('%s → %s, naming where it came from', (body, kode) => {
    let caught: { kode?: string; message?: string } = {};
    try {
      parseAnswer('getGtk', body, 'http://localhost:5774/WebService/getGtk');
    } catch (err) {
      caught = err as { kode: string; message: string };
    }
    expect(caught.kode).toBe(kode);
    expect(caught.message).toContain('getGtk');
  });

  it('levels: the PMP forms, SLB in its Dapodik spellings, nothing else', () => {
    expect(['SD', 'smp', 'SMA', 'SMK', 'SLB', 'SDLB', 'SMPLB', 'SMALB', 'TK', 'PKBM', 'SPK SD'].map(levelOf)).toEqual([
      'SD',
      'SMP',
      'SMA',
      'SMK',
      'SLB',
      'SLB',
      'SLB',
      'SLB',
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('a link the system refuses to make', () => {
  // What Windows networking under wine 8 does to every request (setKeepAlive fails with
  // UNKNOWN on a connecting socket); a firewall or antivirus can fail a connect the same way.
  const source = { kind: 'dapodik', origin: 'http://127.0.0.1:5774', npsn: '20212345', token: 'rahasia-token-1', timeoutMs: 5000 } as const;
  afterEach(() => vi.unstubAllGlobals());

  it.each([
    ['UNKNOWN', 'setKeepAlive'],
    ['EACCES', 'connect'],
  ])('%s from %s is "could not connect", not "answered but not the WebService"', async (code, syscall) => {
    const cause = Object.assign(new Error(`${syscall} ${code}`), { code, syscall });
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('fetch failed', { cause })));
    setLang('en');
    const err = await loadRoster(source).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).kode).toBe('DAPODIK_TIDAK_TERHUBUNG');
    expect((err as InputError).message).toBe(
      `could not connect to http://127.0.0.1:5774 (${code}); check the address and port (5774), the network, and any firewall or antivirus on this PC.`,
    );
  });

  it('an answer that is not HTTP stays "not the WebService"', async () => {
    const cause = Object.assign(new Error('Expected HTTP/'), { code: 'HPE_INVALID_CONSTANT' });
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('fetch failed', { cause })));
    const err = await loadRoster(source).catch((e: unknown) => e);
    expect((err as InputError).kode).toBe('DAPODIK_BUKAN_WEBSERVICE');
  });
});
