// The `eta` command's work, imported lazily by src/commands/eta/command.ts: turn the options
// into instants and a zone, run, write the calendar (before printing, so --json still
// prints one document if writing fails), then render.
import { DateTime, WIB_ZONE } from '../../domain/luxon.js';
import { ExitCode, UsageError } from '../../core/errors.js';
import { t } from '../../i18n/index.js';
import { DEFAULT_CUTOFF } from '../../domain/timeline.js';
import { resolveZone, WIB } from '../../domain/zones.js';
import { parseTimeInput } from '../../time/parse.js';
import { given, guardRunPaths } from '../../io/run-paths.js';
import type { CliContext } from '../context.js';
import { etaReminders, runEta } from './run.js';
import { etaJson } from './render-json.js';
import { renderText } from './render-text.js';
import type { ParsedEtaOptions } from './types.js';

/** What the eta action gets from commander: values already checked by their parsers. */
export interface EtaCommandOptions {
  sent?: string;
  now?: string;
  cutoff?: string;
  zone?: string;
  json?: boolean;
  ics?: string;
  force?: boolean;
  /** false when --no-color was given. */
  color?: boolean;
  /** The district's upload log: the board of who to call (--log). */
  log?: string;
  /** With --log: the board as a workbook / a page. */
  xlsx?: string;
  html?: string;
}

/** Turns commander's strings into instants and a zone; throws UsageError (exit 2). */
export function parseEtaOptions(files: string[], o: EtaCommandOptions, clock: () => DateTime = () => DateTime.now()): ParsedEtaOptions {
  let zone = WIB;
  if (o.zone !== undefined) {
    const resolved = resolveZone(o.zone);
    if (!resolved) throw new UsageError('ZONA_TIDAK_DIKENAL', t('eta.err.badZone', { value: o.zone }));
    zone = resolved;
  }
  const time = (value: string | undefined, option: string, allowDate = false): DateTime | undefined =>
    value === undefined ? undefined : parseTimeInput(value, { option, zone, allowDate }).instant;
  return {
    files,
    sent: time(o.sent, '--sent'),
    now: time(o.now, '--now') ?? clock().setZone(WIB_ZONE),
    cutoff: time(o.cutoff, '--cutoff', true) ?? DEFAULT_CUTOFF,
    zone,
    json: o.json ?? false,
    ics: o.ics,
    force: o.force ?? false,
  };
}

export async function runEtaAction(files: string[], raw: EtaCommandOptions, ctx: CliContext): Promise<number> {
  if (raw.log === undefined) {
    for (const [option, value] of [
      ['--xlsx', raw.xlsx],
      ['--html', raw.html],
    ] as const) {
      if (value !== undefined) throw new UsageError('OPSI_TIDAK_SAH', t('eta.err.needsLog', { option }));
    }
  } else if (files.length > 0 || raw.sent !== undefined) {
    throw new UsageError('OPSI_TIDAK_SAH', t('eta.err.logWith'));
  }
  const options = parseEtaOptions(files, raw);
  await guardRunPaths({
    inputs: [...files.map((file) => ({ option: '', file })), given('--log', raw.log)],
    outputs: [given('--ics', raw.ics), given('--xlsx', raw.xlsx), given('--html', raw.html)],
  });
  if (raw.log !== undefined) {
    const { runBoardAction } = await import('./board-action.js');
    return runBoardAction(raw.log, { ...options, xlsx: raw.xlsx, html: raw.html }, ctx);
  }
  const result = await runEta(options);
  const [only] = result.entries;
  // One file that cannot be read is the answer itself: one error line, exit 3.
  if (result.entries.length === 1 && only?.kind === 'error') throw only.error;

  if (options.ics !== undefined) {
    const { buildIcs, writeIcs } = await import('../../output/calendar.js');
    const content = await buildIcs(etaReminders(result), result.cutoff, result.now);
    ctx.stopIfInterrupted();
    await writeIcs(options.ics, content, options.force);
  }
  if (options.json) {
    ctx.writeDocument(etaJson(result));
  } else {
    const noColorEnv = ctx.env.NO_COLOR !== undefined && ctx.env.NO_COLOR !== '';
    ctx.term.write(renderText(result, ctx.term, { unicodePicture: ctx.term.unicode && !ctx.noColor && !noColorEnv }));
    for (const e of result.entries) {
      if (e.kind === 'error') ctx.term.error(e.error.message);
    }
    if (options.ics !== undefined) ctx.term.writeErr(`${t('eta.ics.written', { file: options.ics })}\n`);
  }
  return result.entries.some((e) => e.kind === 'error') ? ExitCode.Input : ExitCode.Ok;
}
