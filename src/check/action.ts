// The `check` command's action: options in, exit code out. Loaded only when `check` runs.
import { ExitCode, UsageError } from '../core/errors.js';
import { defaultJobs, parseJobs } from '../core/jobs.js';
import { t } from '../i18n/index.js';
import { loadRuleset } from '../io/load-ruleset.js';
import { startProgress } from '../ui/progress.js';
import type { CliContext } from '../commands/context.js';
import { describeProblem } from './describe.js';
import { itemToJson, renderItem, renderSummary, resultToJson, type SummaryLine } from './render.js';
import { runCheck, type CheckTotals } from './run.js';

export interface CheckOptions {
  json: boolean;
  rules?: string;
  /** Threads that check at once (--jobs); undefined: defaultJobs(). */
  jobs?: number;
  /** Only the summary table, not a report per school (--summary). */
  summary: boolean;
}

/** Commander's options, checked; zod is loaded only to explain a bad value (start-up). */
export async function parseCheckOptions(raw: unknown): Promise<CheckOptions> {
  const o = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const jsonOk = o.json === undefined || typeof o.json === 'boolean';
  const rulesOk = o.rules === undefined || (typeof o.rules === 'string' && o.rules.length >= 1);
  const jobs = parseJobs(o.jobs);
  const summary = o.summary === true;
  if (raw === o && jsonOk && rulesOk) return { json: (o.json as boolean | undefined) ?? false, rules: o.rules as string | undefined, jobs, summary };
  const { z } = await import('zod');
  const optionsSchema = z.object({
    json: z.boolean().default(false),
    rules: z.string().min(1).optional(),
  });
  const parsed = optionsSchema.safeParse(raw);
  if (!parsed.success) throw new UsageError('OPSI_TIDAK_SAH', t('err.usage', { detail: parsed.error.issues[0]?.message ?? '' }));
  return { ...parsed.data, jobs, summary };
}

export function exitCodeFor(totals: CheckTotals): number {
  if (totals.tidak_terbaca > 0) return ExitCode.Input;
  if (totals.belum_siap > 0) return ExitCode.NotReady;
  return ExitCode.Ok;
}

export async function runCheckAction(paths: string[], raw: unknown, ctx: CliContext): Promise<number> {
  const options = await parseCheckOptions(raw);
  const ruleset = await loadRuleset(options.rules);
  const { term } = ctx;
  const progress = await startProgress(term, !options.json, t('check.progress', { done: 0, total: '?', file: '' }));
  const jsonItems: ReturnType<typeof itemToJson>[] = [];
  const notReady: SummaryLine[] = [];
  const unreadable: SummaryLine[] = [];
  let count = 0;
  let printed = 0;
  let totals: CheckTotals;
  try {
    totals = await runCheck({
      paths,
      ruleset,
      // As many threads as cores unless asked; runCheck starts workers only for batches
      // big enough to repay them (README "Performance").
      jobs: options.jobs ?? defaultJobs(),
      onProgress: (done, total, file) => progress.update(t('check.progress', { done: done + 1, total, file })),
      onItem: (item) => {
        count++;
        if (options.json) {
          jsonItems.push(itemToJson(item));
          return;
        }
        progress.clear();
        if (!item.ok) {
          // An unreadable input is an error: one line on stderr; the summary counts it.
          term.writeErr(`pmp-offline: ${term.color.red(t('err.prefix'))}: ${item.galat.pesan}\n`);
          unreadable.push({ berkas: item.berkas, alasan: item.galat.pesan });
          return;
        }
        if (!options.summary) term.write(`${printed++ > 0 ? '\n' : ''}${renderItem(item, term)}\n`);
        if (!item.assessment.siap) {
          const first = item.assessment.masalah[0];
          notReady.push({
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
  if (options.json) {
    term.write(`${JSON.stringify(resultToJson(jsonItems, totals), null, 2)}\n`);
  } else if (count > 1 || options.summary) {
    term.write(`${printed > 0 ? '\n' : ''}${renderSummary(totals, notReady, unreadable, term)}\n`);
  }
  return exitCodeFor(totals);
}
