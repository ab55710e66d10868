#!/usr/bin/env node
// Thin launcher: all logic is in the bundled dist/cli.js (built by `npm run build`).
import { main } from '../dist/cli.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 70;
  },
);
