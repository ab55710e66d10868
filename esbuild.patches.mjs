// Build-time fixes to bundled dependencies, shared by the npm build (esbuild.config.mjs)
// and the standalone executables (test/dist/build.mjs).
//
// archiver-utils (under exceljs's streaming writer) still calls the deprecated
// `new Buffer(...)`. Node stays quiet about that inside node_modules, but once bundled
// the call is ours, and every `check --xlsx` printed DEP0005 on the operator's terminal.
// The same calls, in the constructors Node asks for, change nothing else.
import { readFile } from 'node:fs/promises';

const BUFFER_CALLS = [
  [/new Buffer\(0\)/g, 'Buffer.alloc(0)'],
  [/new Buffer\(size\)/g, 'Buffer.allocUnsafe(size)'],
  [/new Buffer\(source\)/g, 'Buffer.from(source)'],
];

export const dependencyPatches = {
  name: 'pmp-offline-dependency-patches',
  setup(build) {
    build.onLoad({ filter: /[\\/]archiver-utils[\\/]index\.js$/ }, async (args) => {
      let contents = await readFile(args.path, 'utf8');
      for (const [from, to] of BUFFER_CALLS) contents = contents.replace(from, to);
      if (/new Buffer\(/.test(contents)) throw new Error(`${args.path}: a new Buffer() call this patch does not know`);
      return { contents, loader: 'js' };
    });
  },
};
