// The `check` command's action: options in, exit code out. Loaded only when `check` runs.
import { ExitCode, InterruptedError } from '../../core/errors.js';
import { defaultJobs } from '../../core/jobs.js';
import { t } from '../../i18n/index.js';
import { kindOf } from '../../school/inputs.js';
import type { SchoolLevel } from '../../domain/respondent-types.js';
import { loadRuleset } from '../../school/load-ruleset.js';
import { given, guardRunPaths } from '../../io/run-paths.js';
import { startProgress } from '../../output/progress.js';
import type { CliContext } from '../context.js';
import { describeProblem } from '../../school/describe.js';
import { itemToJson, renderItem, renderSkipped, renderSummary, resultToJson, skippedToJson, type SummaryLine } from '../../school/render.js';
import { runCheck, type CheckTotals } from '../../school/check.js';

/** What the check action gets from commander: values already checked by their parsers. */
export interface CheckCommandOptions {
  json?: boolean;
  rules?: string;
  summary?: boolean;
  jobs?: number;
  /** Write the district recap workbook here (--xlsx). */
  xlsx?: string;
  /** Write the district report as one self-contained HTML page here (--html). */
  html?: string;
  /** Compare the respondents with Dapodik: saved answers, or an address (--roster). */
  roster?: string;
  tokenFile?: string;
  /** Replace a plain --xlsx / --html file even if not ours. */
  force?: boolean;
  /** For progress sheets that do not say: the application version, the level, the NPSN. */
  versi?: string;
  jenjang?: SchoolLevel;
  npsn?: string;
}

export function exitCodeFor(totals: CheckTotals): number {
  if (totals.tidak_terbaca > 0) return ExitCode.Input;
  if (totals.belum_siap > 0) return ExitCode.NotReady;
  return ExitCode.Ok;
}

export async function runCheckAction(paths: string[], options: CheckCommandOptions, ctx: CliContext): Promise<number> {
  const json = options.json === true;
  await guardRunPaths({
    inputs: [
      ...paths.map((file) => ({ option: '', file })),
      given('--rules', options.rules),
      given('--roster', options.roster),
      given('--token-file', options.tokenFile),
    ],
    outputs: [given('--xlsx', options.xlsx), given('--html', options.html)],
    // A district's own recap written into its folder is read back as no progress sheet
    // (skipped), so only exports and containers there count as inputs; a workbook someone
    // worked on is protected by the writer (it replaces only an unchanged one of ours).
    reads: (file) => kindOf(file) !== undefined && kindOf(file)?.id !== 'lembar_progres',
  });
  const ruleset = await loadRuleset(options.rules);
  // Opened before the batch, so a bad address, a missing token or folder is the one error.
  const rosters = options.roster !== undefined ? await import('../../dapodik/compare.js') : undefined;
  const rosterFor = rosters && options.roster !== undefined ? await rosters.openRosters(options.roster, ctx.env, options.tokenFile) : undefined;
  // A progress sheet that does not say its level takes Dapodik's: one school's saved
  // answers, or the school --npsn names at the address.
  const jenjang = options.jenjang ?? (rosterFor ? (rosterFor.single ?? (options.npsn ? await rosterFor(options.npsn) : undefined))?.bentuk : undefined);
  const { term } = ctx;
  const trap = ctx.interrupt;
  const progress = await startProgress(term, !json, t('check.progress', { done: 0, total: '?', file: '' }));
  const jsonItems: ReturnType<typeof itemToJson>[] = [];
  // By school: a newer file of a school replaces its line, a passed-over one adds none.
  const notReady = new Map<string, SummaryLine>();
  const unreadable: SummaryLine[] = [];
  let count = 0;
  let printed = 0;
  // A view that could not be written is said now, not after a batch of thousands.
  if (options.xlsx !== undefined) {
    const [{ checkWorkbookOutput, preloadExcel }, { REKAP_ERRORS }] = await Promise.all([
      import('../../output/workbook.js'),
      import('../../district/rekap.js'),
    ]);
    await checkWorkbookOutput(options.xlsx, REKAP_ERRORS, options.force);
    // exceljs starts loading now, while the batch keeps this thread waiting on files and workers.
    preloadExcel();
  }
  if (options.html !== undefined) {
    const [{ checkHtmlOutput }, { REPORT_ERRORS }] = await Promise.all([import('../../output/html.js'), import('../../district/report.js')]);
    await checkHtmlOutput(options.html, REPORT_ERRORS, options.force);
  }
  // The district views gather summaries only.
  const district = options.xlsx !== undefined || options.html !== undefined ? new (await import('../../district/summary.js')).DistrictSummary() : undefined;
  let result: Awaited<ReturnType<typeof runCheck>>;
  try {
    result = await runCheck({
      paths,
      settings: {
        ruleset,
        respondents: rosterFor !== undefined,
        progres: { ...(options.versi ? { versi: options.versi } : {}), ...(jenjang ? { jenjang } : {}), ...(options.npsn ? { npsn: options.npsn } : {}) },
      },
      signal: trap.signal,
      // As many threads as cores unless asked; runCheck starts workers only for batches
      // big enough to repay them (README "Performance").
      jobs: options.jobs ?? defaultJobs(),
      onWorkersDone: (stats) => {
        progress.clear();
        ctx.workersDone(stats);
      },
      onSkipped: (skipped) => {
        if (json || skipped.length === 0) return;
        progress.clear();
        term.writeErr(renderSkipped(skipped, term));
      },
      onProgress: (done, total, file) => progress.update(t('check.progress', { done: done + 1, total, file })),
      onItem: async (item) => {
        if (item.ok && rosters && rosterFor) {
          item.assessment.peringatan.push(...rosters.compareWithRoster(item.sekolah, item.responden ?? [], await rosterFor(item.sekolah.npsn)));
          delete item.responden;
        }
        count++;
        district?.add(item);
        if (json) {
          jsonItems.push(itemToJson(item));
          return;
        }
        progress.clear();
        if (!item.ok) {
          // An unreadable input is an error: one line on stderr; the summary counts it.
          term.error(item.galat.pesan);
          unreadable.push({ berkas: item.berkas, alasan: item.galat.pesan });
          return;
        }
        if (options.summary !== true) term.write(`${printed++ > 0 ? '\n' : ''}${renderItem(item, term)}\n`);
        const codes = item.assessment.peringatan.map((w) => w.kode);
        if (codes.includes('SEKOLAH_GANDA_DILEWATI')) return;
        notReady.delete(item.sekolah.sekolah_id);
        if (!item.assessment.siap) {
          const first = item.assessment.masalah[0];
          notReady.set(item.sekolah.sekolah_id, {
            berkas: item.berkas,
            nama: item.sekolah.nama,
            alasan: first ? describeProblem(first) + (item.assessment.masalah.length > 1 ? ` (+${item.assessment.masalah.length - 1})` : '') : '',
          });
        }
      },
    });
  } finally {
    progress.stop();
  }
  const { totals, skipped } = result;
  // Written before anything is printed at the end, so a failure is the one error; not
  // at all once a signal has come (the batch is incomplete).
  if (district && options.xlsx !== undefined && !trap.received()) {
    const { rekapWorkbook, writeRekap } = await import('../../district/rekap.js');
    const bytes = await rekapWorkbook(district);
    if (!trap.received()) {
      await writeRekap(options.xlsx, bytes, options.force);
      if (!json) term.writeErr(`${t('rekap.written', { file: options.xlsx })}\n`);
    }
  }
  if (district && options.html !== undefined && !trap.received()) {
    const { reportHtml, writeReport } = await import('../../district/report.js');
    const html = reportHtml(district, { aturan: ruleset.id });
    if (!trap.received()) {
      await writeReport(options.html, html, options.force);
      if (!json) term.writeErr(`${t('report.written', { file: options.html })}\n`);
    }
  }
  const interrupted = trap.received();
  if (json) {
    ctx.writeDocument(resultToJson(jsonItems, totals, skippedToJson(skipped), interrupted !== undefined));
  } else if (count > 1 || options.summary === true || skipped.length > 0 || interrupted) {
    term.write(`${printed > 0 ? '\n' : ''}${renderSummary(totals, [...notReady.values()], unreadable, skipped, term)}\n`);
  }
  if (interrupted) throw new InterruptedError(interrupted, t('err.interruptedCheck', { signal: interrupted, done: count }));
  return exitCodeFor(totals);
}
