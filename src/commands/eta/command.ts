import { Command } from 'commander';
import { t } from '../../i18n/index.js';
import type { CliContext } from '../context.js';
import type { EtaCommandOptions } from './action.js';
import { placeholder, text } from '../options.js';

export function etaCommand(ctx: CliContext): Command {
  return new Command('eta')
    .description(t('eta.description'))
    .argument(placeholder('cli.arg.files', true, true), t('eta.arg.files'))
    .option(`--sent ${placeholder('cli.arg.time')}`, t('eta.opt.sent'), text('--sent'))
    .option(`--now ${placeholder('cli.arg.time')}`, t('eta.opt.now'), text('--now'))
    .option(`--cutoff ${placeholder('cli.arg.time')}`, t('eta.opt.cutoff'), text('--cutoff'))
    .option(`--zone ${placeholder('cli.arg.zone')}`, t('eta.opt.zone'), text('--zone'))
    .option('--json', t('cli.opt.json'))
    .option(`--ics ${placeholder('cli.arg.file')}`, t('eta.opt.ics'), text('--ics'))
    .option('--force', t('eta.opt.force'))
    .option(`--log ${placeholder('cli.arg.file')}`, t('eta.opt.log'), text('--log'))
    .option(`--xlsx ${placeholder('cli.arg.file')}`, t('eta.opt.xlsx'), text('--xlsx'))
    .option(`--html ${placeholder('cli.arg.file')}`, t('eta.opt.html'), text('--html'))
    .addHelpText('after', `\n${t('cli.help.examples')}\n${t('eta.help.examples')}\n\n${t('eta.help.timeForms')}\n`)
    .action(async (files: string[], options: EtaCommandOptions) => {
      const { runEtaAction } = await import('./action.js');
      ctx.exitCode = await runEtaAction(files, options, ctx);
    });
}
