import { Command } from 'commander';
import type { CliContext } from './context.js';

// Placeholder until issue 3 lands: the command exists so help lists it.
export function packCommand(_ctx: CliContext): Command {
  return new Command('pack');
}
