import { Command } from 'commander';
import type { CliContext } from './context.js';

// Placeholder until issue 4 lands: the command exists so help lists it.
export function etaCommand(_ctx: CliContext): Command {
  return new Command('eta');
}
