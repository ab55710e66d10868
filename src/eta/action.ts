// The `eta` command's work, imported lazily by src/commands/eta.ts: validate the options
// once, run, write the calendar (before printing, so --json still prints one document
// if writing fails), then render.
import { DateTime } from 'luxon';
import { ExitCode, UsageError } from '../core/errors.js';
import { t } from '../i18n/index.js';
import { DEFAULT_CUTOFF } from '../domain/timeline.js';
import { resolveZone, WIB } from '../domain/zones.js';
import { parseTimeInput } from '../time/parse.js';
import type { CliContext } from '../commands/context.js';
import { runEta } from './run.js';
import { renderJson } from './render-json.js';
import { renderText } from './render-text.js';
import type { EtaOptions } from './types.js';

// The options commander hands over, checked by hand: loading zod for these seven
// cost more than the rest of eta's start-up (issue 5). zod is loaded only to word the
// answer when a value is of the wrong type, which commander itself never produces.
const STRING_OPTIONS = ['sent', 'now', 'cutoff', 'zone', 'ics'] as const;
const BOOLEAN_OPTIONS = ['json', 'color'] as const;

export interface RawEtaOptions {
  sent?: string;
  now?: string;
  cutoff?: string;
  zone?: string;
  json?: boolean;
  ics?: string;
  color?: boolean;
}

/** Names of the options whose value has the wrong type (all of them if `raw` is no object). */
function badOptions(raw: unknown): string[] {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return [...STRING_OPTIONS, ...BOOLEAN_OPTIONS];
  const o = raw as Record<string, unknown>;
  return [
    ...STRING_OPTIONS.filter((key) => o[key] !== undefined && typeof o[key] !== 'string'),
    ...BOOLEAN_OPTIONS.filter((key) => o[key] !== undefined && typeof o[key] !== 'boolean'),
  ];
}

/** zod's explanation of options of the wrong type, as eta always gave it. */
async function explainBadOptions(raw: unknown): Promise<UsageError> {
  const { z } = await import('zod');
  const schema = z.object({
    sent: z.string().optional(),
    now: z.string().optional(),
    cutoff: z.string().optional(),
    zone: z.string().optional(),
    json: z.boolean().optional(),
    ics: z.string().optional(),
    color: z.boolean().optional(),
  });
  const parsed = schema.safeParse(raw);
  return new UsageError('OPSI_TIDAK_SAH', t('err.usage', { detail: parsed.success ? badOptions(raw).join(', ') : parsed.error.message }));
}

export interface ParsedEtaOptions extends EtaOptions {
  json: boolean;
  ics?: string;
  /** --no-color was given. */
  noColor: boolean;
}

/** Turns commander's strings into instants and a zone; throws UsageError (exit 2). */
export function parseEtaOptions(files: string[], raw: unknown, clock: () => DateTime = () => DateTime.now()): ParsedEtaOptions {
  const bad = badOptions(raw);
  // runEtaAction has already asked zod to word this; a direct caller gets the names.
  if (bad.length > 0) throw new UsageError('OPSI_TIDAK_SAH', t('err.usage', { detail: bad.map((key) => `--${key}`).join(', ') }));
  const o = raw as RawEtaOptions;
  let zone = WIB;
  if (o.zone !== undefined) {
    const resolved = resolveZone(o.zone);
    if (!resolved) throw new UsageError('ZONA_TIDAK_DIKENAL', t('eta.err.badZone', { value: o.zone }));
    zone = resolved;
  }
  const time = (value: string | undefined, option: string, allowDate = false): DateTime | undefined =>
    value === undefined ? undefined : parseTimeInput(value, { option, zone, allowDate }).instant;
  if (o.ics !== undefined && o.ics.trim() === '') throw new UsageError('NILAI_OPSI_KURANG', t('err.optionMissingArgument', { option: '--ics' }));
  return {
    files,
    sent: time(o.sent, '--sent'),
    now: time(o.now, '--now') ?? clock().setZone(WIB),
    cutoff: time(o.cutoff, '--cutoff', true) ?? DEFAULT_CUTOFF,
    zone,
    json: o.json ?? false,
    ics: o.ics,
    noColor: o.color === false,
  };
}

export async function runEtaAction(files: string[], raw: unknown, ctx: CliContext): Promise<number> {
  if (badOptions(raw).length > 0) throw await explainBadOptions(raw);
  const options = parseEtaOptions(files, raw);
  const result = await runEta(options);
  const [only] = result.entries;
  // One file that cannot be read is the answer itself: one error line, exit 3.
  if (result.entries.length === 1 && only?.kind === 'error') throw only.error;

  if (options.ics !== undefined) {
    const { buildIcs, writeIcs } = await import('./ics.js');
    await writeIcs(options.ics, await buildIcs(result, ctx.lang), ctx.lang);
  }
  if (options.json) {
    ctx.term.write(renderJson(result));
  } else {
    const noColorEnv = ctx.env.NO_COLOR !== undefined && ctx.env.NO_COLOR !== '';
    ctx.term.write(renderText(result, ctx.term, { lang: ctx.lang, unicodePicture: ctx.term.unicode && !options.noColor && !noColorEnv }));
    for (const e of result.entries) {
      if (e.kind === 'error') ctx.term.writeErr(`pmp-offline: ${ctx.term.color.red(t('err.prefix'))}: ${e.error.message}\n`);
    }
    if (options.ics !== undefined) ctx.term.writeErr(`${t('eta.ics.written', { file: options.ics })}\n`);
  }
  return result.entries.some((e) => e.kind === 'error') ? ExitCode.Input : ExitCode.Ok;
}
