import { Command } from 'commander';
import { t } from '../../i18n/index.js';
import type { CliContext } from '../context.js';
import type { PackCommandOptions } from './action.js';
import { jobs, placeholder, text } from '../options.js';

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
      const { runPackAction } = await import('./action.js');
      ctx.exitCode = await runPackAction(paths, options, ctx);
    });
}
