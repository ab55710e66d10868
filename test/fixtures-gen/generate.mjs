#!/usr/bin/env node
// `npm run fixtures`: rewrites every committed fixture under fixtures/ (or under the
// folder given as the first argument).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFixtures } from './fixtures.mjs';

const root = process.argv[2] ? path.resolve(process.argv[2]) : fileURLToPath(new URL('../../fixtures', import.meta.url));
const written = await writeFixtures(root);
console.log(`${written.length} fixtures written to ${path.relative(process.cwd(), root) || '.'}`);
