// Shared helpers for every browser test: launch Debian's Chromium through
// playwright-core, open pages on the locally served release build, and check
// each page as the foundation requires:
//   (a) axe-core, WCAG 2.2 A/AA tags: 0 violations;
//   (b) no request to any other origin, and after the page has loaded no
//       request that is not a GET of one of the site's own static files;
//   (c) no console error, no uncaught exception, no CSP violation;
//   (d) no horizontal scroll at 320 px wide.
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { readdirSync, statSync, writeFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

export const BASE_URL = process.env.BASE_URL;
export const SITE_ROOT = process.env.SITE_ROOT;
if (!BASE_URL || !SITE_ROOT) {
  throw new Error('BASE_URL and SITE_ROOT must be set: run the browser tests with scripts/test.sh');
}
const ORIGIN = new URL(BASE_URL).origin;

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

function staticFiles() {
  const files = new Set(['/board.json']);
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.add('/' + relative(SITE_ROOT, path).split('\\').join('/'));
    }
  };
  walk(SITE_ROOT);
  return files;
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-quic', '--no-first-run', '--disable-sync',
    ],
  });
}

/**
 * Open `path` in a fresh context and start watching it. Returns
 * { page, context, problems } where problems collects every breach of
 * (b) and (c); `checkPage` asserts it is empty.
 */
export async function openPage(browser, path, { width = 1280, height = 900, contextOptions = {} } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, ...contextOptions });
  const problems = [];
  const allowed = staticFiles();
  let loaded = false;

  await context.exposeBinding('__reportCspViolation', (_source, v) => {
    problems.push(`CSP violation: ${v.directive} blocked ${v.blockedURI || '(inline)'}`);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__reportCspViolation({ directive: e.violatedDirective, blockedURI: e.blockedURI });
    });
  });

  const page = await context.newPage();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== ORIGIN) {
      problems.push(`request to another origin: ${request.method()} ${request.url()}`);
      return;
    }
    if (!loaded) return;
    const isNavigation = request.isNavigationRequest() && request.method() === 'GET';
    if (isNavigation) return; // a page load the test (the user) asked for
    if (request.method() !== 'GET' || !allowed.has(url.pathname)) {
      problems.push(`request after load that is not a GET of a static file: ${request.method()} ${url.pathname}`);
    }
  });
  page.on('load', () => { loaded = true; });
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`uncaught exception: ${err.message}`));

  await goto(page, path);
  return { page, context, problems };
}

/** Navigate and wait until the app has rendered (the loading message is gone). */
export async function goto(page, path) {
  await page.goto(new URL(path, BASE_URL).href);
  await waitForApp(page);
}

export async function waitForApp(page) {
  await page.waitForSelector('#loading', { state: 'detached' });
  await page.waitForSelector('main h1, h1');
}

/** The four foundation checks, on the page as it is now. */
export async function checkPage(page, problems, label = page.url()) {
  const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const violations = axe.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  assert.deepEqual(violations, [], `axe violations on ${label}`);

  const original = page.viewportSize();
  await page.setViewportSize({ width: 320, height: original.height });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await page.setViewportSize(original);
  assert.ok(overflow <= 0, `${label} scrolls sideways by ${overflow}px at 320px wide`);

  const headings = await page.evaluate(() => [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map((h) => Number(h.tagName[1])));
  assert.equal(headings.filter((h) => h === 1).length, 1, `${label} must have exactly one h1`);
  for (let i = 1; i < headings.length; i += 1) {
    assert.ok(headings[i] <= headings[i - 1] + 1, `${label}: heading level jumps from h${headings[i - 1]} to h${headings[i]}`);
  }

  assert.deepEqual(problems, [], `network, console or CSP problems on ${label}`);
}

/** Put a board.json in the served site for the length of `fn`. */
export async function withProfile(text, fn) {
  const path = join(SITE_ROOT, 'board.json');
  writeFileSync(path, text);
  try {
    return await fn();
  } finally {
    rmSync(path, { force: true });
  }
}

export async function mainText(page) {
  return (await page.locator('main').innerText()).replace(/\s+/g, ' ');
}
