import { Command } from 'commander';
import { t } from '../i18n/index.js';
import type { CliContext } from './context.js';

export function packCommand(ctx: CliContext): Command {
  return new Command('pack')
    .description(t('pack.description'))
    .argument('<jalur...>', t('pack.arg.paths'))
    .option('--out <folder>', t('pack.opt.out'))
    .option('--now <waktu>', t('pack.opt.now'))
    .option('--force', t('pack.opt.force'))
    .option('--json', t('cli.opt.json'))
    .option('--rules <berkas>', t('cli.opt.rules'))
    .option('--jobs <n>', t('pack.opt.jobs'))
    .addHelpText('after', `\n${t('cli.help.examples')}\n${t('pack.help.examples')}\n`)
    .action(async (paths: string[], _options: unknown, command: Command) => {
      const { runPackAction } = await import('../pack/action.js');
      ctx.exitCode = await runPackAction(paths, command.optsWithGlobals(), ctx);
    });
}
