// Shared set-up for the container unit tests: a ready school planned and written.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DateTime } from 'luxon';
import { planContainer, type ContainerPlan } from '../../src/container/build.js';
import { readContainerBytes } from '../../src/container/read.js';
import { verifyContents } from '../../src/container/verify.js';
import { writeContainer, type WrittenContainer } from '../../src/container/write.js';
import { assessSchool } from '../../src/domain/readiness.js';
import { defaultRuleset } from '../../src/domain/builtin-ruleset.js';
import { loadExportFile } from '../../src/io/load-input.js';
import { FIXTURES } from './cli.js';

export const READY_FIXTURE = path.join(FIXTURES, 'demo', 'sdn-1-contoh.json');
export const CREATED = DateTime.fromISO('2017-10-18T13:10:00+07:00');

export async function readyPlan(created = CREATED): Promise<ContainerPlan> {
  const { data } = await loadExportFile(READY_FIXTURE);
  const assessment = assessSchool(data, defaultRuleset());
  return planContainer({ data, created, aturan: assessment.aturan, ringkasan: assessment.jenis });
}

export function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'pmp-container-'));
}

/** A fresh input folder and output folder for runPack. */
export function inOutDirs(): { dir: string; out: string } {
  const root = tempDir();
  const dir = path.join(root, 'in');
  const out = path.join(root, 'out');
  mkdirSync(dir);
  mkdirSync(out);
  return { dir, out };
}

/** The verification pack uses, minus the readiness re-check. */
export async function verifyTemp(bytes: Buffer, temp: string, finalName: string): Promise<void> {
  const read = await readContainerBytes(bytes, temp);
  if (read.kind !== 'container') throw new Error('not a container');
  await verifyContents(read, finalName, temp);
}

export async function writeReady(dir: string, plan?: ContainerPlan, force = false): Promise<WrittenContainer> {
  return writeContainer({ plan: plan ?? (await readyPlan()), outDir: dir, force, verify: verifyTemp });
}
