// The `pack` command's action: options in, exit code out. Loaded only when `pack` runs,
// so archiver and the zip reader never slow down `--help`, `check` or `eta`.
import { DateTime } from 'luxon';
import { z } from 'zod';
import { InterruptedError, UsageError } from '../core/errors.js';
import { defaultJobs, parseJobs } from '../core/jobs.js';
import type { CliContext } from '../commands/context.js';
import { WriteAborted } from '../container/write.js';
import { WIB } from '../domain/zones.js';
import { t } from '../i18n/index.js';
import { loadRuleset } from '../io/load-ruleset.js';
import { parseTimeInput } from '../time/parse.js';
import { startProgress } from '../ui/progress.js';
import { trapInterrupts } from './interrupt.js';
import { packResultToJson, renderNextSteps, renderPackItem, renderPackSummary } from './render.js';
import { runPack, type PackItem } from './run.js';

const optionsSchema = z.object({
  json: z.boolean().default(false),
  rules: z.string().min(1).optional(),
  out: z.string().min(1).default('.'),
  now: z.string().optional(),
  force: z.boolean().default(false),
});

export type PackCommandOptions = z.output<typeof optionsSchema> & { jobs?: number };

export function parsePackOptions(raw: unknown): PackCommandOptions {
  const jobs = parseJobs((raw as { jobs?: unknown } | null)?.jobs);
  const { jobs: _jobs, ...rest } = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const parsed = optionsSchema.safeParse(rest);
  if (!parsed.success) throw new UsageError('OPSI_TIDAK_SAH', t('err.usage', { detail: parsed.error.issues[0]?.message ?? '' }));
  return { ...parsed.data, jobs };
}

/** `--now`: the same time forms as `eta` (read in WIB without an offset); default the clock. */
export function creationInstant(now: string | undefined): DateTime {
  if (now === undefined) return DateTime.now().setZone(WIB);
  return parseTimeInput(now, { option: '--now', zone: WIB }).instant;
}

export async function runPackAction(paths: string[], raw: unknown, ctx: CliContext): Promise<number> {
  const options = parsePackOptions(raw);
  const created = creationInstant(options.now);
  const ruleset = await loadRuleset(options.rules);
  const { term } = ctx;
  const trap = trapInterrupts();
  const progress = await startProgress(term, !options.json, t('pack.progress', { done: 0, total: '?', file: '' }));
  let count = 0;
  let items: PackItem[];
  let exitCode: number;
  try {
    ({ hasil: items, exitCode } = await runPack({
      paths,
      outDir: options.out,
      created,
      force: options.force,
      ruleset,
      signal: trap.signal,
      jobs: options.jobs ?? defaultJobs(),
      onProgress: (done, total, file) => progress.update(t('pack.progress', { done: done + 1, total, file })),
      onItem: (item) => {
        count++;
        if (options.json) return;
        progress.clear();
        term.write(`${count > 1 ? '\n' : ''}${renderPackItem(item, term)}\n`);
      },
    }));
  } catch (err) {
    const signal = trap.received();
    if (err instanceof WriteAborted || signal) {
      const name = signal ?? 'SIGINT';
      throw new InterruptedError(name, t('err.interrupted', { signal: name }));
    }
    throw err;
  } finally {
    progress.stop();
    trap.release();
  }
  if (options.json) {
    term.write(`${JSON.stringify(packResultToJson(items), null, 2)}\n`);
    return exitCode;
  }
  if (items.length > 1) term.write(`\n${renderPackSummary(items, term)}\n`);
  const next = renderNextSteps(items);
  if (next) term.write(`\n${next}\n`);
  return exitCode;
}
