import { Command } from 'commander';
import { t } from '../i18n/index.js';
import type { CliContext } from './context.js';

export function etaCommand(ctx: CliContext): Command {
  return new Command('eta')
    .description(t('eta.description'))
    .argument('[berkas...]', t('eta.arg.files'))
    .option('--sent <waktu>', t('eta.opt.sent'))
    .option('--now <waktu>', t('eta.opt.now'))
    .option('--cutoff <waktu>', t('eta.opt.cutoff'))
    .option('--zone <zona>', t('eta.opt.zone'))
    .option('--json', t('cli.opt.json'))
    .option('--ics <berkas>', t('eta.opt.ics'))
    .addHelpText('after', `\n${t('cli.help.examples')}\n${t('eta.help.examples')}\n\n${t('eta.help.timeForms')}\n`)
    .action(async (files: string[], _options: unknown, command: Command) => {
      const { runEtaAction } = await import('../eta/action.js');
      ctx.exitCode = await runEtaAction(files, command.optsWithGlobals(), ctx);
    });
}
