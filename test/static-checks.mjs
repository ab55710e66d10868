// `npm test`'s first step: the typechecks, the linter and the formatter's check, side by
// side (each is mostly one thread; together they take the time of the slowest). Output of each is printed
// whole when it ends; the exit code is non-zero if either failed.
import { spawn } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (script) =>
  new Promise((resolve) => {
    const child = spawn(npm, ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' });
    const chunks = [];
    child.stdout.on('data', (d) => chunks.push(d));
    child.stderr.on('data', (d) => chunks.push(d));
    child.on('close', (code) => {
      process.stdout.write(`> ${script}: ${code === 0 ? 'ok' : `failed (exit ${code})`}\n${Buffer.concat(chunks).toString()}`);
      resolve(code ?? 1);
    });
  });

// The sources' and the page script's typechecks are two projects: run side by side too.
const codes = await Promise.all([run('typecheck:src'), run('typecheck:page'), run('lint'), run('format:check')]);
process.exitCode = codes.some((code) => code !== 0) ? 1 : 0;
