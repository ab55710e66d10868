import { Command } from 'commander';
import { t } from '../i18n/index.js';
import type { CliContext } from './context.js';

export function checkCommand(ctx: CliContext): Command {
  return new Command('check')
    .description(t('check.description'))
    .argument('<jalur...>', t('check.arg.paths'))
    .option('--json', t('cli.opt.json'))
    .option('--rules <berkas>', t('cli.opt.rules'))
    .option('--summary', t('check.opt.summary'))
    .option('--jobs <n>', t('check.opt.jobs'))
    .addHelpText('after', `\n${t('cli.help.examples')}\n${t('check.help.examples')}\n`)
    .action(async (paths: string[], _options: unknown, command: Command) => {
      const { runCheckAction } = await import('../check/action.js');
      ctx.exitCode = await runCheckAction(paths, command.optsWithGlobals(), ctx);
    });
}
