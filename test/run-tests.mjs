// `npm test`: the typechecks (the sources, the page script), the linter, the formatter's
// check and the test suite, side by side. The checks are mostly one thread each and the
// suite mostly waits on the processes it starts, so together they take little more than
// the suite alone. The suite's output streams; each check's is printed whole when it
// ends. The exit code is non-zero if any of them failed.
import { spawn } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (script, { stream = false } = {}) =>
  new Promise((resolve) => {
    const child = spawn(npm, ['run', '--silent', script], {
      stdio: ['ignore', stream ? 'inherit' : 'pipe', stream ? 'inherit' : 'pipe'],
      shell: process.platform === 'win32',
    });
    const chunks = [];
    child.stdout?.on('data', (d) => chunks.push(d));
    child.stderr?.on('data', (d) => chunks.push(d));
    child.on('close', (code) => {
      if (!stream) process.stdout.write(`> ${script}: ${code === 0 ? 'ok' : `failed (exit ${code})`}\n${Buffer.concat(chunks).toString()}`);
      resolve(code ?? 1);
    });
  });

const codes = await Promise.all([run('typecheck:src'), run('typecheck:page'), run('lint'), run('format:check'), run('test:unit', { stream: true })]);
process.exitCode = codes.some((code) => code !== 0) ? 1 : 0;
