// The one CSV reader, on the bytes Excel and other tools write.
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors.js';
import { setLang } from '../../../src/i18n/index.js';
import { readCsvRows } from '../../../src/io/csv.js';

const rows = async (bytes: Buffer) => (await readCsvRows('unggahan.csv', bytes)).map((r) => [r.baris, r.values]);

describe('readCsvRows', () => {
  it('a semicolon file of Indonesian Excel, with its hidden sep= line and a BOM', async () => {
    const text = '\uFEFFsep=;\r\nNPSN;Waktu Unggah\r\n20100001;"18/10/2017 13.10"\r\n';
    expect(await rows(Buffer.from(text))).toEqual([
      [1, ['NPSN', 'Waktu Unggah']],
      [2, ['20100001', '18/10/2017 13.10']],
    ]);
  });

  it('commas, a quoted cell over two lines counted as one row, an empty line counted', async () => {
    const text = 'nama,catatan\n"SD Satu","baris\nkedua"\n\nSD Tiga,ok\n';
    expect(await rows(Buffer.from(text))).toEqual([
      [1, ['nama', 'catatan']],
      [2, ['SD Satu', 'baris\nkedua']],
      [4, ['SD Tiga', 'ok']],
    ]);
  });

  it("Windows-1252 bytes (Excel's plain CSV) read as such", async () => {
    const bytes = Buffer.concat([Buffer.from('nama\n'), Buffer.from([0x53, 0x44, 0x20, 0xd1, 0x75, 0x73, 0x61]), Buffer.from('\n')]);
    expect(await rows(bytes)).toEqual([
      [1, ['nama']],
      [2, ['SD Ñusa']],
    ]);
  });

  it("a file that is no CSV: one line naming the file and row, in the words of the user's language", async () => {
    for (const [lang, words] of [
      ['id', 'unggahan.csv, baris 1: CSV tidak sah (tanda kutip (") tanpa pasangannya).'],
      ['en', 'unggahan.csv, line 1: invalid CSV (a quotation mark (") without its pair).'],
    ] as const) {
      setLang(lang);
      const err = await readCsvRows('unggahan.csv', Buffer.from('{"format": \n')).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(InputError);
      expect((err as InputError).message).toBe(words);
    }
    setLang('id');
  });
});
