import { Command, Option } from 'commander';
import { t } from '../../i18n/index.js';
import type { CliContext } from '../context.js';
import type { PlanCommandOptions } from './action.js';
import { DEFAULT_TIMEOUT_S } from '../../dapodik/constants.js';
import { npsn, placeholder, refuseToken, text, timeoutSeconds } from '../options.js';

export function planCommand(ctx: CliContext): Command {
  return new Command('plan')
    .description(t('plan.description'))
    .argument(placeholder('cli.arg.folder', false, true), t('plan.arg.source'))
    .option(`--dapodik [${t('cli.arg.address')}]`, t('plan.opt.dapodik'))
    .option('--npsn <npsn>', t('plan.opt.npsn'), npsn)
    .option(`--token-file ${placeholder('cli.arg.file')}`, t('plan.opt.tokenFile'), text('--token-file'))
    .addOption(new Option('--token <token>').hideHelp().argParser(refuseToken))
    .option(`--timeout ${placeholder('cli.arg.seconds')}`, t('plan.opt.timeout', { seconds: DEFAULT_TIMEOUT_S }), timeoutSeconds)
    .option(`--rules ${placeholder('cli.arg.file')}`, t('cli.opt.rules'), text('--rules'))
    .option('--json', t('cli.opt.json'))
    .option('--force', t('cli.opt.forceOutput'))
    .option(`--xlsx ${placeholder('cli.arg.file')}`, t('plan.opt.xlsx'), text('--xlsx'))
    .option(`--save ${placeholder('cli.arg.folder')}`, t('plan.opt.save'), text('--save'))
    .addHelpText('after', `\n${t('cli.help.examples')}\n${t('plan.help.examples')}\n`)
    .action(async (folder: string | undefined, options: PlanCommandOptions) => {
      const { runPlanAction } = await import('./action.js');
      ctx.exitCode = await runPlanAction(folder, options, ctx);
    });
}
