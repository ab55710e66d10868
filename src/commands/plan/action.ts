// The `plan` command's action: options in, exit code out. Loaded only when `plan` runs.
import path from 'node:path';
import { ExitCode, UsageError } from '../../core/errors.js';
import { t } from '../../i18n/index.js';
import { loadRuleset } from '../../school/load-ruleset.js';
import { writeWorkbook } from '../../output/workbook.js';
import { startProgress } from '../../output/progress.js';
import type { CliContext } from '../context.js';
import { loadRoster, savedFile, saveRoster, serverSource, type RosterSource } from '../../dapodik/source.js';
import { ENDPOINTS } from '../../dapodik/schema.js';
import { given, guardRunPaths } from '../../io/run-paths.js';
import { makePlan } from './choose.js';
import { planToJson, planWorkbook, renderPlan, type PlanSource } from './render.js';

/** What the plan action gets from commander: values already checked by their parsers. */
export interface PlanCommandOptions {
  /** --dapodik with an address, or bare (this PC). */
  dapodik?: string | true;
  npsn?: string;
  tokenFile?: string;
  /** Milliseconds. */
  timeout?: number;
  rules?: string;
  json?: boolean;
  xlsx?: string;
  save?: string;
  /** Replace a plain --xlsx file even if not ours. */
  force?: boolean;
}

async function sourceOf(folder: string | undefined, options: PlanCommandOptions, ctx: CliContext): Promise<RosterSource> {
  if (folder !== undefined && options.dapodik !== undefined) throw new UsageError('SUMBER_GANDA', t('plan.err.bothSources'));
  if (options.save !== undefined && options.dapodik === undefined) throw new UsageError('OPSI_TIDAK_SAH', t('plan.err.saveFolder'));
  if (folder !== undefined) return { kind: 'folder', dir: folder };
  if (options.dapodik === undefined) throw new UsageError('SUMBER_TIDAK_ADA', t('plan.err.source'));
  if (options.npsn === undefined) throw new UsageError('NPSN_TIDAK_ADA', t('plan.err.npsnRequired'));
  return serverSource({
    address: options.dapodik === true ? 'localhost' : options.dapodik,
    npsn: options.npsn,
    env: ctx.env,
    tokenFile: options.tokenFile,
    timeoutMs: options.timeout,
  });
}

export async function runPlanAction(folder: string | undefined, options: PlanCommandOptions, ctx: CliContext): Promise<number> {
  const { term } = ctx;
  const json = options.json === true;
  await guardRunPaths({
    inputs: [given('', folder), given('--token-file', options.tokenFile), given('--rules', options.rules)],
    outputs: [
      given('--xlsx', options.xlsx),
      ...(options.save === undefined ? [] : ENDPOINTS.map((endpoint) => given('--save', savedFile(options.save as string, endpoint)))),
    ],
    reads: (file) => ENDPOINTS.some((endpoint) => path.basename(file) === `${endpoint}.json`),
  });
  const source = await sourceOf(folder, options, ctx);
  const ruleset = await loadRuleset(options.rules);
  const shown: PlanSource = source.kind === 'dapodik' ? { jenis: 'dapodik', alamat: source.origin } : { jenis: 'folder', alamat: source.dir };
  const progress = await startProgress(term, !json && source.kind === 'dapodik', t('plan.progress', { alamat: shown.alamat }));
  let roster: Awaited<ReturnType<typeof loadRoster>>;
  try {
    roster = await loadRoster(source, ctx.interrupt.signal);
  } finally {
    progress.stop();
  }
  ctx.stopIfInterrupted();
  const plan = makePlan(roster.answers, roster.level, ruleset);
  // Outputs are written before anything is printed, so a failure is the one error.
  if (options.save !== undefined) await saveRoster(options.save, roster);
  if (options.xlsx !== undefined) {
    const bytes = await planWorkbook(plan, shown);
    ctx.stopIfInterrupted();
    await writeWorkbook(
      options.xlsx,
      bytes,
      { exists: { kode: 'RENCANA_SUDAH_ADA', key: 'plan.err.exists' }, write: { kode: 'RENCANA_GAGAL_DITULIS', key: 'plan.err.write' } },
      options.force,
    );
  }
  ctx.stopIfInterrupted();
  if (json) {
    ctx.writeDocument(planToJson(plan, shown));
  } else {
    term.write(`${renderPlan(plan, shown, term)}\n`);
    if (options.save !== undefined) term.writeErr(`${t('plan.saved', { dir: options.save })}\n`);
    if (options.xlsx !== undefined) term.writeErr(`${t('plan.written', { file: options.xlsx })}\n`);
  }
  return plan.dapat_dipenuhi ? ExitCode.Ok : ExitCode.NotReady;
}
