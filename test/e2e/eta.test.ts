// End to end: the built CLI (`npm run build` first), run as a child process with the
// machine zone far from WIB (America/Los_Angeles, see helpers/cli.ts).
import { execFileSync } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, hashFiles, runCli } from '../helpers/cli.js';

const NAME = '20171018131000_1ed54ac4-30d0-45dc-99c1-f95cef07f606_pmp_1arjl2o9vj000.pmp';
const NAME2 = '20171021093000_2ed54ac4-30d0-45dc-99c1-f95cef07f606_pmp_2arjl2o9vj000.pmp';
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'pmp-eta-'));
  // A real-app .pmp: its inside is not public; any non-ZIP content stands for it.
  writeFileSync(path.join(dir, NAME), 'PMP-APP-BINARY\u0000\u0001data');
  writeFileSync(path.join(dir, NAME2), 'PMP-APP-BINARY\u0000\u0002data');
  writeFileSync(path.join(dir, 'kiriman.pmp'), 'PMP-APP-BINARY');
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const eta = (...args: string[]) => runCli(['eta', ...args]);
const json = (stdout: string): Record<string, unknown> => JSON.parse(stdout) as Record<string, unknown>;

describe('eta: human output', () => {
  it('Indonesian by default: the five points in WIB, the verdict, the stage and what to do', async () => {
    const r = await eta('--sent', '20/10/2017 14.30', '--now', '21/10/2017 16.00');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Waktu unggah: dari --sent.');
    expect(r.stdout).toMatch(/1 {2}Diunggah\s+Jumat, 20 Oktober 2017 14\.30 WIB/);
    expect(r.stdout).toMatch(/2 {2}Diproses server\s+Sabtu, 21 Oktober 2017 14\.30 WIB/);
    expect(r.stdout).toMatch(/3 {2}Tampil di situs\s+Sabtu, 21 Oktober 2017 18\.00 WIB/);
    expect(r.stdout).toMatch(/4 {2}Batas 2x24 jam\s+Minggu, 22 Oktober 2017 14\.30 WIB/);
    expect(r.stdout).toMatch(/5 {2}Batas 3x24 jam\s+Senin, 23 Oktober 2017 14\.30 WIB/);
    expect(r.stdout).toContain('Batas waktu: Jumat, 20 Oktober 2017 23.59 WIB');
    expect(r.stdout).toContain('Tepat waktu: 9 jam, 29 menit sebelum batas.');
    expect(r.stdout).toContain('Sekarang: Sabtu, 21 Oktober 2017 16.00 WIB — menunggu tampil di situs');
    expect(r.stdout).toContain('Tunggu sampai Sabtu, 21 Oktober 2017 18.00 WIB, lalu muat ulang halaman progres pengiriman.');
  });

  it('the picture: five points on one line and the "now" marker under where now falls (ASCII with NO_COLOR)', async () => {
    const r = await eta('--sent', '20/10/2017 14.30', '--now', '21/10/2017 16.00');
    const lines = r.stdout.split('\n');
    const i = lines.findIndex((l) => /^ {2}o-+o/.test(l));
    expect(i).toBeGreaterThan(0);
    const line = lines[i] ?? '';
    expect(line.trim()).toMatch(/^o-+o-*o-+o-+o$/);
    expect([...line].filter((c) => c === 'o')).toHaveLength(5);
    expect(lines[i + 1]?.replace(/\s+/g, '')).toBe('12345');
    const marker = lines[i + 2] ?? '';
    expect(marker).toMatch(/\^ sekarang$/);
    // 16.00 on the 21st is 25.5h into the 72h line: between point 2 and point 3's column.
    const at = marker.indexOf('^');
    expect(at).toBeGreaterThan((lines[i + 1] ?? '').indexOf('2'));
    expect(at).toBeLessThanOrEqual((lines[i + 1] ?? '').indexOf('3'));
    expect(r.stdout).not.toMatch(/[●─▲]/);
  });

  it('Unicode picture on a UTF-8 terminal with colour not switched off; ASCII with --no-color or a non-UTF-8 locale', async () => {
    const env = { NO_COLOR: undefined, LANG: 'C.UTF-8', LC_ALL: undefined, LC_CTYPE: undefined, TERM: 'xterm' };
    const uni = await runCli(['eta', '--sent', '20/10/2017 14.30', '--now', '24/10/2017 16.00'], { env });
    expect(uni.stdout).toMatch(/●─+●/);
    expect(uni.stdout).toContain('sekarang ▶');
    const flag = await runCli(['eta', '--sent', '20/10/2017 14.30', '--now', '24/10/2017 16.00', '--no-color'], { env });
    expect(flag.stdout).not.toMatch(/[●─▶]/);
    expect(flag.stdout).toContain('sekarang >');
    const latin = await runCli(['eta', '--sent', '20/10/2017 14.30', '--now', '24/10/2017 16.00'], { env: { ...env, LANG: 'C' } });
    expect(latin.stdout).not.toMatch(/[●─▶]/);
    expect(latin.stdout).toContain('o---');
    expect(latin.stdout).toContain('Sekarang: Selasa, 24 Oktober 2017 16.00 WIB - lewat 3x24 jam');
    expect(latin.stdout).toContain('-> Sudah lewat 3x24 jam.');
    expect(uni.stdout).toContain('Sekarang: Selasa, 24 Oktober 2017 16.00 WIB — lewat 3x24 jam');
  });

  it('English with --lang en', async () => {
    const r = await eta('--sent', '20/10/2017 14.30', '--now', '21/10/2017 16.00', '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Visible on the website\s+Saturday, 21 October 2017 18:00 WIB/);
    expect(r.stdout).toContain('On time: 9 hours, 29 minutes before the cut-off.');
    expect(r.stdout).toContain('Now: Saturday, 21 October 2017 16:00 WIB — waiting to show on the website');
    expect(r.stdout).not.toContain('Tepat waktu');
  });

  it('--zone WITA: read in WITA, shown in WIB with WITA beside it; 00.30 WITA on the 21st is on time', async () => {
    const r = await eta('--sent', '21/10/2017 00.30', '--zone', 'WITA', '--now', '21/10/2017 09.00');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Diunggah\s+Jumat, 20 Oktober 2017 23\.30 WIB\s+Sabtu, 21 Oktober 2017 00\.30 WITA/);
    expect(r.stdout).toMatch(/Tampil di situs\s+Minggu, 22 Oktober 2017 00\.00 WIB\s+Minggu, 22 Oktober 2017 01\.00 WITA/);
    expect(r.stdout).toContain('Tepat waktu: 29 menit sebelum batas.');
    expect(r.stdout).toContain('Sekarang: Sabtu, 21 Oktober 2017 08.00 WIB (Sabtu, 21 Oktober 2017 09.00 WITA)');
  });

  it('00.00 WIB on the 21st is late', async () => {
    const r = await eta('--sent', '21/10/2017 00.00', '--now', '21/10/2017 01.00');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Terlambat kurang dari 1 menit dari batas.');
    const en = await eta('--sent', '22/10/2017 02.15', '--now', '23/10/2017 01.00', '--lang', 'en');
    expect(en.stdout).toContain('Late by 1 day, 2 hours, 15 minutes.');
  });

  it('each stage gets its own advice', async () => {
    const at = async (now: string) => (await eta('--sent', '20/10/2017 14.30', '--now', now)).stdout;
    expect(await at('20/10/2017 14.00')).toContain('Unggah berkas .pmp');
    expect(await at('20/10/2017 20.00')).toContain('Status Belum Kirim sekarang masih wajar.');
    expect(await at('21/10/2017 19.00')).toContain('Data seharusnya sudah tampil: muat ulang halaman progres pengiriman.');
    expect(await at('22/10/2017 15.00')).toContain('hubungi dinas pendidikan / LPMP / helpdesk PMP');
    expect(await at('23/10/2017 14.30')).toContain('agar diteruskan ke admin pusat');
  });

  it('no file and no --sent: the estimate if uploaded now, with the time left before the cut-off', async () => {
    const r = await eta('--now', '20/10/2017 20.00');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('perkiraan bila berkas diunggah sekarang');
    expect(r.stdout).toContain('Sisa waktu sampai batas: 3 jam, 59 menit.');
    expect(r.stdout).toContain('Sekarang: Jumat, 20 Oktober 2017 20.00 WIB — belum diunggah');
    const after = await eta('--now', '21/10/2017 01.00', '--lang', 'en');
    expect(after.stdout).toContain('The cut-off passed 1 hour ago.');
  });

  it('--help lists the options and examples', async () => {
    const r = await eta('--help');
    expect(r.code).toBe(0);
    for (const word of ['--sent', '--now', '--cutoff', '--zone', '--json', '--ics', 'Contoh:', '--zone WITA', '20/10/2017 14.30']) {
      expect(r.stdout).toContain(word);
    }
  });
});

describe('eta --json: the pmp-offline/eta@1 contract', () => {
  const args = ['--sent', '2017-09-20 10:00', '--now', '2017-09-21T11:00', '--json'];
  const expected = {
    format: 'pmp-offline/eta@1',
    dikirim: '2017-09-20T10:00:00.000+07:00',
    sumber_waktu: 'sent',
    diproses: '2017-09-21T10:00:00.000+07:00',
    tampil: '2017-09-21T12:00:00.000+07:00',
    batas_2x24: '2017-09-22T10:00:00.000+07:00',
    batas_3x24: '2017-09-23T10:00:00.000+07:00',
    cutoff: '2017-10-20T23:59:59.999+07:00',
    tepat_waktu: true,
    sekarang: '2017-09-21T11:00:00.000+07:00',
    tahap: 'menunggu_tampil',
    langkah: 'tunggu_tampil',
  };

  it('prints exactly one document with the contract’s keys in order', async () => {
    const r = await eta(...args);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const doc = json(r.stdout);
    expect(doc).toEqual(expected);
    expect(Object.keys(doc)).toEqual(Object.keys(expected));
  });

  it('does not depend on the machine’s TZ', async () => {
    const a = await runCli(['eta', ...args], { env: { TZ: 'Pacific/Kiritimati' } });
    const b = await runCli(['eta', ...args], { env: { TZ: 'UTC' } });
    expect(json(a.stdout)).toEqual(expected);
    expect(b.stdout).toBe(a.stdout);
  });

  it('offsets and zones are honoured; a late upload and a custom cut-off', async () => {
    const r = await eta('--sent', '2019-09-15T18:00:00.000Z', '--cutoff', '2019-09-15', '--now', '2019-09-20 00:00', '--json');
    const doc = json(r.stdout);
    expect(doc.dikirim).toBe('2019-09-16T01:00:00.000+07:00');
    expect(doc.cutoff).toBe('2019-09-15T23:59:59.999+07:00');
    expect(doc.tepat_waktu).toBe(false);
    expect(doc.tahap).toBe('lewat_3x24');
  });

  it('every tahap by --now', async () => {
    const cases: [string, string][] = [
      ['2017-09-20T09:59:59.999', 'belum_dikirim'],
      ['2017-09-20T10:00', 'menunggu_proses'],
      ['2017-09-21T10:00', 'menunggu_tampil'],
      ['2017-09-21T12:00', 'seharusnya_tampil'],
      ['2017-09-22T10:00', 'lewat_2x24'],
      ['2017-09-23T10:00', 'lewat_3x24'],
    ];
    for (const [now, tahap] of cases) {
      const r = await eta('--sent', '2017-09-20 10:00', '--now', now, '--json');
      expect(json(r.stdout).tahap, now).toBe(tahap);
    }
  });

  it('without a file or --sent: sumber_waktu now, S = sekarang, not yet uploaded', async () => {
    const doc = json((await eta('--now', '20/10/2017 20.00', '--json')).stdout);
    expect(doc.sumber_waktu).toBe('now');
    expect(doc.dikirim).toBe('2017-10-20T20:00:00.000+07:00');
    expect(doc.sekarang).toBe(doc.dikirim);
    expect(doc.tahap).toBe('belum_dikirim');
    expect(doc.tepat_waktu).toBe(true);
  });

  it('without --now it uses the clock', async () => {
    const before = Date.now();
    const doc = json((await eta('--sent', '20/10/2017 14.30', '--json')).stdout);
    const now = Date.parse(String(doc.sekarang));
    expect(now).toBeGreaterThanOrEqual(before - 1000);
    expect(now).toBeLessThanOrEqual(Date.now());
    expect(doc.tahap).toBe('lewat_3x24');
  });
});

describe('eta: bad input is a usage error (exit 2) on one line', () => {
  it.each([
    [['--sent', '31/02/2017 10.00'], '"31/02/2017 10.00"'],
    [['--sent', '20/10/2017 25.00'], '"20/10/2017 25.00"'],
    [['--sent', '2017-10-20'], '"2017-10-20"'],
    [['--now', 'kemarin'], '"kemarin"'],
    [['--cutoff', '31/02/2019'], '"31/02/2019"'],
    [['--sent', '20/10/2017 14.30', '--zone', 'Mars/Olympus'], '"Mars/Olympus"'],
    [['--sent', '20/10/2017 14.30', '--zone', 'WITB'], '"WITB"'],
  ])('%j', async (args, quoted) => {
    const r = await eta(...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(quoted);
    expect(lines[0]).toMatch(/^pmp-offline: galat: /);
  });

  it('a bad time lists the accepted forms; in English with --lang en', async () => {
    const r = await eta('--sent', '20/10/2017 25.00', '--lang', 'en');
    expect(r.stderr).toContain('--sent "20/10/2017 25.00" is not a valid time. Accepted forms: 2017-10-20T14:30');
    expect(r.stderr).toContain('20/10/2017 14.30');
  });

  it('with --json the error is one JSON document on stdout', async () => {
    const r = await eta('--sent', '31/02/2017 10.00', '--json');
    expect(r.code).toBe(2);
    expect(json(r.stdout)).toMatchObject({ format: 'pmp-offline/galat@1', galat: { kode: 'WAKTU_TIDAK_SAH' } });
    const z = await eta('--zone', 'Mars/Olympus', '--json');
    expect(json(z.stdout)).toMatchObject({ galat: { kode: 'ZONA_TIDAK_DIKENAL' } });
  });

  it('a date and time without quotes: the date alone is refused with a hint to quote both', async () => {
    const r = await eta('--sent', '20/10/2017', '14.30');
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('tulis keduanya dalam tanda kutip: --sent "20/10/2017 14.30"');
    const other = await eta('--sent', '31/02/2017 10.00');
    expect(other.stderr).not.toContain('tanda kutip');
  });

  it('an option without its value', async () => {
    const r = await eta('--sent');
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('eta: S from a .pmp file', () => {
  it('file-name route: the stamp read in WIB, said plainly to be when the file was made; the file is unchanged', async () => {
    const file = path.join(dir, NAME);
    const before = hashFiles([file]);
    const r = await eta(file, '--now', '2017-10-19T14:00', '--json');
    expect(r.code).toBe(0);
    const doc = json(r.stdout);
    expect(doc).toMatchObject({
      berkas: file,
      sumber_waktu: 'filename',
      dikirim: '2017-10-18T13:10:00.000+07:00',
      tampil: '2017-10-19T18:00:00.000+07:00',
      tahap: 'menunggu_tampil',
    });
    const human = await eta(file, '--now', '2017-10-19T14:00');
    expect(human.stdout).toContain(`Waktu dari nama berkas ${file} (dibaca dalam WIB): itu saat berkas DIBUAT, bukan saat diunggah.`);
    expect(human.stdout).toContain('--sent');
    expect(human.stdout).toContain('(dihitung dari saat berkas dibuat');
    expect(hashFiles([file])).toEqual(before);
  });

  it('the stamp is read in --zone', async () => {
    const doc = json((await eta(path.join(dir, NAME), '--zone', 'WIT', '--now', '2017-10-19T14:00', '--json')).stdout);
    expect(doc.dikirim).toBe('2017-10-18T11:10:00.000+07:00');
  });

  it('--sent wins over the file', async () => {
    const doc = json((await eta(path.join(dir, NAME), '--sent', '20/10/2017 14.30', '--now', '2017-10-21T00:00', '--json')).stdout);
    expect(doc.sumber_waktu).toBe('sent');
    expect(doc.dikirim).toBe('2017-10-20T14:30:00.000+07:00');
  });

  it('several files: one table row each, and hasil in JSON', async () => {
    const files = [path.join(dir, NAME), path.join(dir, NAME2)];
    const r = await eta(...files, '--now', '2017-10-22T00:00');
    expect(r.code).toBe(0);
    const rows = r.stdout.split('\n').filter((l) => l.includes('_pmp_'));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/18\/10\/2017 13\.10 WIB\s+nama berkas\s+19\/10\/2017 18\.00 WIB\s+ya\s+lewat 3x24 jam/);
    expect(rows[1]).toMatch(/21\/10\/2017 09\.30 WIB\s+nama berkas\s+22\/10\/2017 12\.00 WIB\s+TIDAK\s+menunggu diproses server/);
    expect(r.stdout).toContain('saat berkas DIBUAT');
    const doc = json((await eta(...files, '--now', '2017-10-22T00:00', '--json')).stdout) as { format: string; hasil: Record<string, unknown>[] };
    expect(doc.format).toBe('pmp-offline/eta@1');
    expect(doc.hasil.map((h) => [h.berkas, h.dikirim, h.tepat_waktu])).toEqual([
      [files[0], '2017-10-18T13:10:00.000+07:00', true],
      [files[1], '2017-10-21T09:30:00.000+07:00', false],
    ]);
  });

  it('in a batch an unreadable file is reported and the others still answered (exit 3)', async () => {
    const files = [path.join(dir, 'hilang.pmp'), path.join(dir, NAME)];
    const r = await eta(...files, '--now', '2017-10-22T00:00', '--json');
    expect(r.code).toBe(3);
    const doc = json(r.stdout) as { hasil: Record<string, unknown>[] };
    expect(doc.hasil[0]).toMatchObject({ berkas: files[0], galat: { kode: 'BERKAS_TIDAK_ADA' } });
    expect(doc.hasil[1]).toMatchObject({ berkas: files[1], sumber_waktu: 'filename' });
    const human = await eta(...files, '--now', '2017-10-22T00:00');
    expect(human.code).toBe(3);
    expect(human.stderr).toContain('hilang.pmp: berkas tidak ditemukan.');
  });

  it('one missing file, or a file whose making time cannot be known: exit 3, one line', async () => {
    const missing = await eta(path.join(dir, 'hilang.pmp'));
    expect(missing.code).toBe(3);
    expect(missing.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(missing.stdout).toBe('');
    const unnamed = await eta(path.join(dir, 'kiriman.pmp'), '--lang', 'en');
    expect(unnamed.code).toBe(3);
    expect(unnamed.stderr).toContain('cannot tell when it was made');
    expect(unnamed.stderr).toContain('--sent');
    const folder = await eta(dir);
    expect(folder.code).toBe(3);
  });
});

describe('eta: S from a pmp-offline container (manifest dibuat)', () => {
  let packed: string;

  beforeAll(async () => {
    const out = path.join(dir, 'packed');
    mkdirSync(out);
    const r = await runCli(['pack', 'fixtures/demo/sdn-1-contoh.json', '--out', out, '--now', '2017-10-18T13:10:00+07:00']);
    expect(r.code, r.stderr).toBe(0);
    const [name] = readdirSync(out).filter((n) => n.endsWith('.pmp'));
    // Renamed, so the file-name route cannot be what answers.
    packed = path.join(out, 'kiriman-sekolah.pmp');
    writeFileSync(packed, readFileSync(path.join(out, name ?? '')));
  });

  it('reads the manifest, whatever the file is called and whatever --zone says', async () => {
    const before = hashFiles([packed]);
    const r = await eta(packed, '--zone', 'WIT', '--now', '2017-10-19T15:00:00+07:00', '--json');
    expect(r.code).toBe(0);
    expect(json(r.stdout)).toMatchObject({
      berkas: packed,
      sumber_waktu: 'manifest',
      dikirim: '2017-10-18T13:10:00.000+07:00',
      tampil: '2017-10-19T18:00:00.000+07:00',
      tahap: 'menunggu_tampil',
    });
    const human = await eta(packed, '--now', '2017-10-19T15:00:00+07:00', '--lang', 'en');
    expect(human.stdout).toContain(`Time from the manifest of ${packed}: that is when the file was MADE, not uploaded.`);
    expect(hashFiles([packed])).toEqual(before);
  });

  it('a damaged container is unreadable input (exit 3), not silently read by its name', async () => {
    const cut = path.join(dir, 'packed', NAME);
    writeFileSync(cut, readFileSync(packed).subarray(0, 200));
    const r = await eta(cut, '--now', '2017-10-19T15:00:00+07:00');
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('eta --ics', () => {
  const icsArgs = (file: string, now = '2017-10-19T09:00') => ['--sent', '2017-10-19 08:00', '--now', now, '--ics', file];
  const events = (text: string): string[] => text.split('BEGIN:VEVENT').slice(1);

  it('writes reminders at V, L, E and the cut-off still ahead, in UTC, CRLF, with the JSON still on stdout', async () => {
    const file = path.join(dir, 'pengingat.ics');
    const r = await eta(...icsArgs(file), '--json');
    expect(r.code).toBe(0);
    expect(json(r.stdout).tampil).toBe('2017-10-20T12:00:00.000+07:00');
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
    const ev = events(text);
    expect(ev).toHaveLength(4);
    // Ordered by time: V 20/10 12.00 WIB, cut-off 20/10 23.59.59 WIB, L 21/10 08.00, E 22/10 08.00.
    expect(ev.map((e) => /DTSTART:(\S+)/.exec(e)?.[1])).toEqual(['20171020T050000Z', '20171020T165959Z', '20171021T010000Z', '20171022T010000Z']);
    expect(ev[0]).toContain('SUMMARY:PMP: cek status pengiriman');
    expect(ev[2]).toContain('SUMMARY:PMP: batas 2x24 jam');
    expect(ev[3]).toContain('SUMMARY:PMP: batas 3x24 jam');
    // The cut-off's second alarm, a day ahead.
    expect(ev[1]).toContain('TRIGGER:-P1D');
    expect(text).toContain('BEGIN:VALARM');
    // Every alarm trigger is valid RFC 5545: an absolute UTC time or a non-empty duration.
    const triggers = text.split('\r\n').filter((l) => l.startsWith('TRIGGER'));
    expect(triggers).toHaveLength(5);
    for (const trig of triggers) {
      expect(trig).toMatch(/^TRIGGER(;VALUE=DATE-TIME:\d{8}T\d{6}Z|:-?P(\d+D(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|T(?=\d)(\d+H)?(\d+M)?(\d+S)?))$/);
    }
    expect(ev[0]).toContain('TRIGGER;VALUE=DATE-TIME:20171020T050000Z');
    expect(text).toContain('DTSTAMP:20171019T020000Z');
  });

  it('the same inputs give the same file; the cut-off is left out once passed; English text with --lang en', async () => {
    const a = path.join(dir, 'a.ics');
    const b = path.join(dir, 'b.ics');
    await eta(...icsArgs(a));
    await eta(...icsArgs(b));
    expect(readFileSync(a, 'utf8')).toBe(readFileSync(b, 'utf8'));
    const late = path.join(dir, 'late.ics');
    const r = await eta(...icsArgs(late, '2017-10-21T09:00'), '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`Calendar reminders written to ${late}.`);
    const text = readFileSync(late, 'utf8');
    expect(events(text)).toHaveLength(3);
    expect(text).not.toContain('cut-off');
    expect(text).toContain('SUMMARY:PMP: check the sending status');
  });

  it('replaces a calendar it wrote, whole, and leaves no temporary file behind', async () => {
    const sub = path.join(dir, 'atomic');
    mkdirSync(sub);
    const file = path.join(sub, 'pengingat.ics');
    expect((await eta(...icsArgs(file))).code).toBe(0);
    const first = readFileSync(file, 'utf8');
    const r = await eta('--sent', '2017-10-19 10:00', '--now', '2017-10-19 11:00', '--ics', file);
    expect(r.code).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text).not.toBe(first);
    expect(text.startsWith('BEGIN:VCALENDAR')).toBe(true);
    expect(readdirSync(sub)).toEqual(['pengingat.ics']);
  });

  it('never replaces another file: a school export, a link, a FIFO (exit 4, one line, nothing changed); --force replaces a plain file only', async () => {
    const sub = path.join(dir, 'bukan-kalender');
    mkdirSync(sub);
    const data = path.join(sub, 'data-sekolah.json');
    const original = readFileSync(path.join(FIXTURES, 'demo', 'sdn-1-contoh.json'));
    writeFileSync(data, original);
    const refused = await eta(...icsArgs(data));
    expect(refused.code).toBe(4);
    expect(refused.stdout).toBe('');
    expect(refused.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(refused.stderr).toContain(`${data} sudah ada dan bukan kalender dari pmp-offline`);
    expect(readFileSync(data).equals(original)).toBe(true);

    const link = path.join(sub, 'tautan.ics');
    symlinkSync(data, link);
    for (const extra of [[], ['--force']]) {
      const viaLink = await eta(...icsArgs(link), ...extra, '--lang', 'en');
      expect(viaLink.code).toBe(4);
      expect(viaLink.stderr).toContain(`${link} is not a plain file`);
      expect(lstatSync(link).isSymbolicLink()).toBe(true);
      expect(readFileSync(data).equals(original)).toBe(true);
    }

    const fifo = path.join(sub, 'antrian.ics');
    execFileSync('mkfifo', [fifo]);
    const toFifo = await eta(...icsArgs(fifo), '--force');
    expect(toFifo.code).toBe(4);
    expect(lstatSync(fifo).isFIFO()).toBe(true);

    const forced = await eta(...icsArgs(data), '--force');
    expect(forced.code).toBe(0);
    expect(readFileSync(data, 'utf8').startsWith('BEGIN:VCALENDAR')).toBe(true);
    expect(readdirSync(sub).sort()).toEqual(['antrian.ics', 'data-sekolah.json', 'tautan.ics']);
  });

  it('cannot write: exit 4, one clear line, nothing left behind, no result printed', async () => {
    const missingFolder = path.join(dir, 'tidak-ada', 'x.ics');
    const r = await eta(...icsArgs(missingFolder));
    expect(r.code).toBe(4);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`tidak dapat menulis pengingat kalender ke ${missingFolder}: foldernya tidak ada.`);

    const sub = path.join(dir, 'target-is-folder');
    mkdirSync(path.join(sub, 'x.ics'), { recursive: true });
    const f = await eta(...icsArgs(path.join(sub, 'x.ics')), '--json', '--lang', 'en');
    expect(f.code).toBe(4);
    expect(json(f.stdout)).toMatchObject({ format: 'pmp-offline/galat@1', galat: { kode: 'ICS_BUKAN_BERKAS' } });
    expect(readdirSync(sub)).toEqual(['x.ics']);
  });
});
