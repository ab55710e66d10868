// The house's rule (README "The map of the house"): every import points down the list of
// rooms, a command's folder imports no other command's, and no files import each other
// in a loop. Read from the sources' own import lines, static and dynamic.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

/** Bottom first: a room may import from its own folder and from the rooms before it. */
const ROOMS = ['core', 'i18n', 'domain', 'io', 'time', 'output', 'container', 'school', 'dapodik', 'district', 'commands', 'cli'];
const SRC = path.join(ROOT, 'src');

const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.split(path.sep).join('/'));

function importsOf(file: string): string[] {
  const text = readFileSync(path.join(SRC, file), 'utf8');
  const found = [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)'(\.{1,2}\/[^']+)'/g)].map((m) => m[1] as string);
  return found.map((spec) => path.posix.normalize(path.posix.join(path.posix.dirname(file), spec)).replace(/\.js$/, '.ts'));
}
const graph = new Map(files.map((f) => [f, importsOf(f)]));
const room = (file: string) => file.split('/')[0] as string;
/** A command's own folder: commands/check/…; commands/context.ts and options.ts are every command's. */
const commandOf = (file: string) => (file.startsWith('commands/') && file.split('/').length > 2 ? file.split('/')[1] : undefined);

describe('the layout', () => {
  it('every file is in a room of the map, and every import names a file that exists', () => {
    for (const [file, imports] of graph) {
      expect(ROOMS, file).toContain(room(file));
      for (const target of imports) expect(graph.has(target) || target.endsWith('.json'), `${file} -> ${target}`).toBe(true);
    }
  });

  it('imports point down the rooms, and no command imports another', () => {
    const up: string[] = [];
    for (const [file, imports] of graph) {
      for (const target of imports) {
        if (ROOMS.indexOf(room(target)) > ROOMS.indexOf(room(file))) up.push(`${file} -> ${target}`);
        const [from, to] = [commandOf(file), commandOf(target)];
        if (from !== undefined && to !== undefined && from !== to) up.push(`${file} -> ${target}`);
      }
    }
    expect(up).toEqual([]);
  });

  it('no files import each other in a loop', () => {
    const state = new Map<string, 'open' | 'done'>();
    const loops: string[] = [];
    const visit = (file: string, trail: string[]) => {
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) {
        if (state.get(next) === 'open') loops.push([...trail.slice(trail.indexOf(next)), next].join(' -> '));
        else if (!state.has(next) && graph.has(next)) visit(next, [...trail, next]);
      }
      state.set(file, 'done');
    };
    for (const file of graph.keys()) if (!state.has(file)) visit(file, [file]);
    expect(loops).toEqual([]);
  });
});
