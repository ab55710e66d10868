// What every build of the program shares: the npm build (esbuild.config.mjs), the
// standalone executables (test/dist/build.mjs) and the sources run by vitest
// (vitest.config.ts).
//
// buildDefines(): the constants the sources are compiled with: the version, and the
// pages' table script (src/output/page/table.ts, TypeScript for the browser, bundled here
// into one plain script, the same text in every build).
//
// archiver-utils (under exceljs's streaming writer) still calls the deprecated
// `new Buffer(...)`. Node stays quiet about that inside node_modules, but once bundled
// the call is ours, and every `check --xlsx` printed DEP0005 on the operator's terminal.
// The same calls, in the constructors Node asks for, change nothing else.
//
// commander loads node:child_process when it is loaded, for the executable subcommands
// this program never has: about 7 ms of every start on Node 20 (child_process pulls in
// net, dgram and more). The same spawn, loaded the first time it is called.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { buildSync } from 'esbuild';

const here = (file) => new URL(file, import.meta.url);

/** `define` for esbuild and vitest: what `declare const __PMP_…__` in the sources stands for. */
export function buildDefines() {
  const { version } = JSON.parse(readFileSync(here('./package.json'), 'utf8'));
  const page = buildSync({
    entryPoints: [here('./src/output/page/table.ts').pathname],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    minify: true,
    charset: 'utf8',
    legalComments: 'none',
    write: false,
    logLevel: 'warning',
  });
  return { __PMP_OFFLINE_VERSION__: JSON.stringify(version), __PMP_PAGE_SCRIPT__: JSON.stringify(page.outputFiles[0].text) };
}

const BUFFER_CALLS = [
  [/new Buffer\(0\)/g, 'Buffer.alloc(0)'],
  [/new Buffer\(size\)/g, 'Buffer.allocUnsafe(size)'],
  [/new Buffer\(source\)/g, 'Buffer.from(source)'],
];

const COMMANDER_CHILD_PROCESS = "const childProcess = require('node:child_process');";
const COMMANDER_LAZY_CHILD_PROCESS = "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };";

export const dependencyPatches = {
  name: 'pmp-offline-dependency-patches',
  setup(build) {
    build.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, async (args) => {
      const contents = await readFile(args.path, 'utf8');
      if (!contents.includes(COMMANDER_CHILD_PROCESS)) throw new Error(`${args.path}: no longer loads child_process as this patch expects`);
      if (/childProcess\.(?!spawn\()/.test(contents)) throw new Error(`${args.path}: uses more of child_process than spawn`);
      return { contents: contents.replace(COMMANDER_CHILD_PROCESS, COMMANDER_LAZY_CHILD_PROCESS), loader: 'js' };
    });
    build.onLoad({ filter: /[\\/]archiver-utils[\\/]index\.js$/ }, async (args) => {
      let contents = await readFile(args.path, 'utf8');
      for (const [from, to] of BUFFER_CALLS) contents = contents.replace(from, to);
      if (/new Buffer\(/.test(contents)) throw new Error(`${args.path}: a new Buffer() call this patch does not know`);
      return { contents, loader: 'js' };
    });
  },
};
