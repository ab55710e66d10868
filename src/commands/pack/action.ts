// The `pack` command's action: options in, exit code out. Loaded only when `pack` runs,
// so archiver and the zip reader never slow down `--help`, `check` or `eta`.
import { DateTime, WIB_ZONE } from '../../domain/luxon.js';
import { InterruptedError } from '../../core/errors.js';
import { defaultJobs } from '../../core/jobs.js';
import type { CliContext } from '../context.js';
import { WIB } from '../../domain/zones.js';
import { t } from '../../i18n/index.js';
import { loadRuleset } from '../../school/load-ruleset.js';
import { parseTimeInput } from '../../time/parse.js';
import { renderSkipped } from '../../school/render.js';
import { startProgress } from '../../output/progress.js';
import { failureLine, packResultToJson, renderCleaned, renderLists, renderNextSteps, renderPackItem, renderPackSummary } from './render.js';
import { runPack } from './run.js';

/** What the pack action gets from commander: values already checked by their parsers. */
export interface PackCommandOptions {
  out?: string;
  now?: string;
  force?: boolean;
  json?: boolean;
  rules?: string;
  jobs?: number;
}

/** `--now`: the same time forms as `eta` (read in WIB without an offset); default the clock. */
export function creationInstant(now: string | undefined): DateTime {
  if (now === undefined) return DateTime.now().setZone(WIB_ZONE);
  return parseTimeInput(now, { option: '--now', zone: WIB }).instant;
}

export async function runPackAction(paths: string[], options: PackCommandOptions, ctx: CliContext): Promise<number> {
  const json = options.json === true;
  const created = creationInstant(options.now);
  const ruleset = await loadRuleset(options.rules);
  const { term } = ctx;
  const trap = ctx.interrupt;
  const progress = await startProgress(term, !json, t('pack.progress', { done: 0, total: '?', file: '' }));
  let printed = 0;
  let result: Awaited<ReturnType<typeof runPack>>;
  try {
    result = await runPack({
      paths,
      outDir: options.out ?? '.',
      created,
      force: options.force === true,
      ruleset,
      signal: trap.signal,
      jobs: options.jobs ?? defaultJobs(),
      onWorkersDone: (stats) => {
        progress.clear();
        ctx.workersDone(stats);
      },
      onStart: (cleaned, skipped) => {
        if (json) return;
        progress.clear();
        if (cleaned.length > 0) term.writeErr(renderCleaned(cleaned, term));
        if (skipped.length > 0) term.writeErr(renderSkipped(skipped, term));
      },
      onProgress: (done, total, file) => progress.update(t('pack.progress', { done: done + 1, total, file })),
      onItem: (item) => {
        if (json) return;
        progress.clear();
        // A failure is an error, as in check: one line on stderr; the summary lists it.
        if (item.status === 'galat') term.error(failureLine(item));
        else term.write(`${printed++ > 0 ? '\n' : ''}${renderPackItem(item, term)}\n`);
      },
    });
  } finally {
    progress.stop();
  }
  const { hasil: items, exitCode, skipped, cleaned, daftar } = result;
  const interrupted = trap.received();
  if (json) {
    ctx.writeDocument(packResultToJson(items, skipped, cleaned, interrupted !== undefined, daftar));
  } else {
    if (items.length > 1 || skipped.length > 0 || interrupted) term.write(`${printed > 0 ? '\n' : ''}${renderPackSummary(items, skipped, term)}\n`);
    const next = renderNextSteps(items);
    if (next) term.write(`\n${next}\n`);
    if (daftar) term.write(`\n${renderLists(daftar)}\n`);
  }
  if (interrupted) throw new InterruptedError(interrupted, t('err.interrupted', { signal: interrupted }));
  return exitCode;
}
