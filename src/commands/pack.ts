import { Command } from 'commander';
import { t } from '../i18n/index.js';
import type { CliContext } from './context.js';
import { jobs, placeholder, text } from './options.js';

/** What the pack action gets from commander: values already checked by their parsers. */
export interface PackCommandOptions {
  out?: string;
  now?: string;
  force?: boolean;
  json?: boolean;
  rules?: string;
  jobs?: number;
}

export function packCommand(ctx: CliContext): Command {
  return new Command('pack')
    .description(t('pack.description'))
    .argument(placeholder('cli.arg.paths', true), t('pack.arg.paths'))
    .option(`--out ${placeholder('cli.arg.folder')}`, t('pack.opt.out'), text('--out'))
    .option(`--now ${placeholder('cli.arg.time')}`, t('pack.opt.now'), text('--now'))
    .option('--force', t('pack.opt.force'))
    .option('--json', t('cli.opt.json'))
    .option(`--rules ${placeholder('cli.arg.file')}`, t('cli.opt.rules'), text('--rules'))
    .option('--jobs <n>', t('pack.opt.jobs'), jobs)
    .addHelpText('after', `\n${t('cli.help.examples')}\n${t('pack.help.examples')}\n`)
    .action(async (paths: string[], options: PackCommandOptions) => {
      const { runPackAction } = await import('../pack/action.js');
      ctx.exitCode = await runPackAction(paths, options, ctx);
    });
}
