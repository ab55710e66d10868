// Debian's Chromium for the browser tests, as this machine allows it: headless, no
// sandbox (tests run as root in CI), and none of the background connections a closed
// network refuses. Screenshots go to test-results/ (git-ignored): the test's artifacts.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ROOT } from '../helpers/cli.js';

export const CHROMIUM = process.env.PMP_CHROMIUM ?? '/usr/bin/chromium';
export const ARTIFACTS = path.join(ROOT, 'test-results');

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface Watched {
  page: Page;
  /** Every URL the page asked for. */
  requests: string[];
  /** Console errors, uncaught errors and CSP violations. */
  errors: string[];
}

export async function open(browser: Browser, file: string, viewport = { width: 1200, height: 1400 }): Promise<Watched> {
  const page = await browser.newPage({ viewport });
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`file://${file}`);
  return { page, requests, errors };
}

export function artifact(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return path.join(ARTIFACTS, name);
}
