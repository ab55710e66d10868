// `npm run demo`: the main job on the bundled sample data, as an operator would run it.
// Each step's exit code is shown; a not-ready school exiting 1 is the expected answer.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'bin', 'pmp-offline.js');
const out = path.join(root, '.demo', 'kirim');

function step(title, args, expected) {
  process.stdout.write(`\n\x1b[1m$ pmp-offline ${args.join(' ')}\x1b[0m   # ${title}\n\n`);
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, stdio: 'inherit' });
  const ok = result.status === expected;
  process.stdout.write(`\n(exit ${result.status}${ok ? '' : `, expected ${expected}`})\n`);
  if (!ok) process.exitCode = 1;
}

step("choose who fills in PMP, from the school's Dapodik data (saved answers)", ['plan', 'fixtures/dapodik/sdn-1-contoh'], 0);
step('a school whose Dapodik data cannot meet the minimums yet', ['plan', 'fixtures/dapodik/smp-2-contoh-kurang'], 1);
step('a ready school', ['check', 'fixtures/demo/sdn-1-contoh.json'], 0);
step('a school that is not ready yet', ['check', 'fixtures/demo/smp-2-contoh-belum-siap.json'], 1);

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const outRel = path.relative(root, out);
step('write the offline file for the ready school', ['pack', 'fixtures/demo/sdn-1-contoh.json', '--out', outRel, '--now', '2017-10-18T13:10:00+07:00'], 0);
const packed = readdirSync(out).filter((name) => name.endsWith('.pmp'));
if (packed.length === 1) {
  const file = path.join(outRel, packed[0]);
  step('verify the file that will be uploaded', ['check', file], 0);
  step('when will it show on the PMP website?', ['eta', file, '--now', '2017-10-19T15:00:00+07:00'], 0);
} else {
  process.stdout.write(`expected one .pmp file in ${outRel}, found ${packed.length}\n`);
  process.exitCode = 1;
}
