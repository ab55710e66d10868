// `eta --log FILE`: the board of who to call, written where asked (calendar, workbook,
// page: before printing, so a failure is the one error and --json stays one document),
// then printed. Exit 3 when a row could not be read (the others are on the board).
import { ExitCode } from '../../core/errors.js';
import type { CliContext } from '../context.js';
import { writeWorkbook } from '../../output/workbook.js';
import { writeHtml } from '../../output/html.js';
import { t } from '../../i18n/index.js';
import { makeBoard } from '../../district/board.js';
import { boardHtml, boardReminders, boardToJson, boardWorkbook, renderBoard } from '../../district/board-render.js';
import { readLog } from '../../district/log-read.js';
import type { ParsedEtaOptions } from './types.js';

export async function runBoardAction(log: string, options: ParsedEtaOptions & { xlsx?: string; html?: string }, ctx: CliContext): Promise<number> {
  const { term } = ctx;
  const board = makeBoard(await readLog(log), { file: log, now: options.now, cutoff: options.cutoff, zone: options.zone });
  if (options.ics !== undefined) {
    const { buildIcs, writeIcs } = await import('../../output/calendar.js');
    const content = await buildIcs(boardReminders(board), board.cutoff, board.now);
    ctx.stopIfInterrupted();
    await writeIcs(options.ics, content, options.force);
  }
  if (options.xlsx !== undefined) {
    const bytes = await boardWorkbook(board);
    ctx.stopIfInterrupted();
    await writeWorkbook(
      options.xlsx,
      bytes,
      { exists: { kode: 'PAPAN_SUDAH_ADA', key: 'board.err.xlsxExists' }, write: { kode: 'PAPAN_GAGAL_DITULIS', key: 'board.err.xlsxWrite' } },
      options.force,
    );
  }
  if (options.html !== undefined) {
    const html = boardHtml(board);
    ctx.stopIfInterrupted();
    await writeHtml(
      options.html,
      html,
      { exists: { kode: 'PAPAN_SUDAH_ADA', key: 'board.err.htmlExists' }, write: { kode: 'PAPAN_GAGAL_DITULIS', key: 'board.err.htmlWrite' } },
      options.force,
    );
  }
  ctx.stopIfInterrupted();
  if (options.json) {
    ctx.writeDocument(boardToJson(board));
  } else {
    for (const g of board.galat) term.error(g.pesan);
    term.write(`${renderBoard(board, term)}\n`);
    if (options.ics !== undefined) term.writeErr(`${t('eta.ics.written', { file: options.ics })}\n`);
    if (options.xlsx !== undefined) term.writeErr(`${t('board.written.xlsx', { file: options.xlsx })}\n`);
    if (options.html !== undefined) term.writeErr(`${t('board.written.html', { file: options.html })}\n`);
  }
  return board.galat.length > 0 ? ExitCode.Input : ExitCode.Ok;
}
