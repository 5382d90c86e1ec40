/**
 * Debian's chromium driven by playwright-core (no browser download): headless, no sandbox (CI
 * runs as root), no network beyond loopback.
 */
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM = process.env['BWC_CHROMIUM'] ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
