// The package as users get it: `npm pack`'s tarball holds the built CLI and installs globally.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT } from '../helpers/cli.js';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

describe('npm package', () => {
  it('ships bin/ and dist/, not sources, tests or fixtures', () => {
    // --ignore-scripts: building again here would swap dist/ under the other end-to-end tests.
    const out = execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
    const files = (JSON.parse(out) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map((f) => f.path);
    expect(files).toEqual(expect.arrayContaining(['bin/pmp-offline.cjs', 'dist/cli.cjs', 'README.md', 'package.json']));
    expect(files.filter((f) => /^(src|test|fixtures)\//.test(f))).toEqual([]);
  });

  it('installs globally from the tarball and runs', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'pmp-global-'));
    const packed = execFileSync(npm, ['pack', '--ignore-scripts', '--pack-destination', work, '--json'], { cwd: ROOT, encoding: 'utf8' });
    const tarball = path.join(work, (JSON.parse(packed) as Array<{ filename: string }>)[0]!.filename);
    const prefix = path.join(work, 'prefix');
    execFileSync(npm, ['install', '--global', '--prefix', prefix, tarball, '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd: work,
      encoding: 'utf8',
    });
    const bin = path.join(prefix, 'bin', 'pmp-offline');
    expect(existsSync(bin)).toBe(true);
    const version = execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim();
    expect(version).toBe(
      (JSON.parse(execFileSync('node', ['-p', 'JSON.stringify(require("./package.json"))'], { cwd: ROOT, encoding: 'utf8' })) as { version: string }).version,
    );
    const report = execFileSync(bin, ['check', path.join(FIXTURES, 'demo', 'sdn-1-contoh.json'), '--lang', 'en'], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(report).toContain('READY TO SEND');
  }, 180_000);
});
