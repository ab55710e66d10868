import { Command, Option } from 'commander';
import { t } from '../../i18n/index.js';
import type { CliContext } from '../context.js';
import type { CheckCommandOptions } from './action.js';
import { jenjang, jobs, npsn, placeholder, refuseToken, text } from '../options.js';

export function checkCommand(ctx: CliContext): Command {
  return new Command('check')
    .description(t('check.description'))
    .argument(placeholder('cli.arg.paths', true), t('check.arg.paths'))
    .option('--json', t('cli.opt.json'))
    .option('--force', t('cli.opt.forceOutput'))
    .option(`--rules ${placeholder('cli.arg.file')}`, t('cli.opt.rules'), text('--rules'))
    .option('--summary', t('check.opt.summary'))
    .option('--jobs <n>', t('check.opt.jobs'), jobs)
    .option(`--xlsx ${placeholder('cli.arg.file')}`, t('check.opt.xlsx'), text('--xlsx'))
    .option(`--html ${placeholder('cli.arg.file')}`, t('check.opt.html'), text('--html'))
    .option('--versi <versi>', t('check.opt.versi'), text('--versi'))
    .option('--jenjang <SD|SMP|SMA|SMK|SLB>', t('check.opt.jenjang'), jenjang)
    .option('--npsn <npsn>', t('check.opt.npsn'), npsn)
    .option(`--roster ${placeholder('cli.arg.source')}`, t('check.opt.roster'), text('--roster'))
    .option(`--token-file ${placeholder('cli.arg.file')}`, t('plan.opt.tokenFile'), text('--token-file'))
    .addOption(new Option('--token <token>').hideHelp().argParser(refuseToken))
    .addHelpText('after', `\n${t('cli.help.examples')}\n${t('check.help.examples')}\n`)
    .action(async (paths: string[], options: CheckCommandOptions) => {
      const { runCheckAction } = await import('./action.js');
      ctx.exitCode = await runCheckAction(paths, options, ctx);
    });
}
