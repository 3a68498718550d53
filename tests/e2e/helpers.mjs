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
import { readdirSync, statSync, writeFileSync, rmSync, mkdtempSync, chmodSync, mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { spawnSync, execFileSync } from 'node:child_process';

export const BASE_URL = process.env.BASE_URL;
export const SITE_ROOT = process.env.SITE_ROOT;
if (!BASE_URL || !SITE_ROOT) {
  throw new Error('BASE_URL and SITE_ROOT must be set: run the browser tests with scripts/test.sh');
}

/** The same tools built with the example partnership's profile (the Child
 * Safeguarding Practice Review rules), served beside the Board's site. */
export const CSPR_URL = process.env.CSPR_URL;
export const CSPR_ROOT = process.env.CSPR_ROOT;
if (!CSPR_URL || !CSPR_ROOT) {
  throw new Error('CSPR_URL and CSPR_ROOT must be set: run the browser tests with scripts/test.sh');
}

/** The CSPR example site's base URL. */
export function csprSite() {
  return CSPR_URL;
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

function staticFiles(root = SITE_ROOT) {
  const files = new Set();
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.add('/' + relative(root, path).split('\\').join('/'));
    }
  };
  walk(root);
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
export async function openPage(browser, path, { width = 1280, height = 900, contextOptions = {}, siteRoot = SITE_ROOT } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, ...contextOptions });
  const problems = [];
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
  const origin = new URL(path, BASE_URL).origin; // BASE_URL, or a second site's
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== origin) {
      problems.push(`request to another origin: ${request.method()} ${request.url()}`);
      return;
    }
    if (!loaded) return;
    const isNavigation = request.isNavigationRequest() && request.method() === 'GET';
    if (isNavigation) return; // a page load the test (the user) asked for
    // The site's files as they are now (a test may deploy a new version).
    if (request.method() !== 'GET' || !staticFiles(siteRoot).has(url.pathname)) {
      problems.push(`request after load that is not a GET of a static file: ${request.method()} ${url.pathname}`);
    }
  });
  page.on('load', () => { loaded = true; });
  // A page that is not found is served with status 404, which the browser
  // logs as an error: that one is expected, any other is a problem.
  let notFoundPages = 0;
  page.on('response', (response) => {
    if (response.request().isNavigationRequest() && response.status() === 404) notFoundPages += 1;
  });
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    if (notFoundPages > 0 && /status of 404/.test(msg.text())) {
      notFoundPages -= 1;
      return;
    }
    problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`uncaught exception: ${err.message}`));
  // The referral form asks before a page goes when its form is kept
  // neither on this device nor in a hand-over file: a test that does not
  // listen for dialogs itself leaves the page, as the person would; each
  // is recorded in `dialogs`.
  const dialogs = [];
  page.on('dialog', async (dialog) => {
    if (page.listenerCount('dialog') > 1) return; // the test answers it
    dialogs.push(dialog.type());
    await dialog.accept();
  });

  if (contextOptions.javaScriptEnabled === false) {
    await page.goto(new URL(path, BASE_URL).href);
    await page.waitForSelector('main h1:visible');
  } else {
    await goto(page, path);
  }
  return { page, context, problems, dialogs };
}

/** Navigate and wait until the page is usable (its tool, if any, has started). */
export async function goto(page, path) {
  await page.goto(new URL(path, BASE_URL).href);
  await waitForApp(page);
}

/** A guidance page is ready when it arrives; a tool page once its tool has
 * drawn itself (it marks its #tool element data-ready). */
export async function waitForApp(page) {
  // A visible heading: the questionnaire's page holds every point's, and
  // shows one.
  await page.waitForSelector('main h1:visible');
  if (await page.locator('#tool').count()) await page.waitForSelector('#tool[data-ready]');
}

async function axeCheck(page, label) {
  const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const violations = axe.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  assert.deepEqual(violations, [], `axe violations on ${label}`);
}

/** The four foundation checks, on the page as it is now. A page opened
 * with JavaScript off cannot run axe-core: its axe check is run on the same
 * page as a browser without JavaScript shows it (see `axeWithoutJs`). */
export async function checkPage(page, problems, label = page.url(), { axe = true } = {}) {
  if (axe) await axeCheck(page, label);

  const original = page.viewportSize();
  await page.setViewportSize({ width: 320, height: original.height });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await page.setViewportSize(original);
  assert.ok(overflow <= 0, `${label} scrolls sideways by ${overflow}px at 320px wide`);

  // The headings a person perceives: those rendered (a section hidden by
  // the style sheet, as the questionnaire's unselected points are, is not).
  const headings = await page.evaluate(() => [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')]
    .filter((h) => h.getClientRects().length > 0 || h.closest('.visually-hidden'))
    .map((h) => Number(h.tagName[1])));
  assert.equal(headings.filter((h) => h === 1).length, 1, `${label} must have exactly one h1`);
  for (let i = 1; i < headings.length; i += 1) {
    assert.ok(headings[i] <= headings[i - 1] + 1, `${label}: heading level jumps from h${headings[i - 1]} to h${headings[i]}`);
  }

  assert.deepEqual(problems, [], `network, console or CSP problems on ${label}`);
}

const ROOT = new URL('../..', import.meta.url).pathname;

/** Run the site generator (as a Board would) with this profile text into a
 * new folder. Returns { status, stdout, stderr, out, board }. */
export function generate(profileText) {
  // Under target/, readable by nginx's worker user.
  mkdirSync(join(ROOT, 'target', 'e2e'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, 'target', 'e2e', 'board-'));
  chmodSync(dir, 0o755);
  const board = join(dir, 'board.json');
  writeFileSync(board, profileText);
  const out = join(dir, 'site');
  const run = spawnSync(join(ROOT, 'target/debug/site'), ['--tools', 'target/tools', '--out', out, '--board', board], { cwd: ROOT, encoding: 'utf8' });
  chmodSync(dir, 0o755);
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, out, board, dir };
}

/** Build the site for this Board profile and serve it (a second nginx, the
 * same config) for the length of `fn(baseUrl)`. */
export async function withBoardSite(profileText, fn) {
  const built = generate(profileText);
  assert.equal(built.status, 0, `the generator accepts the profile: ${built.stderr}`);
  const url = execFileSync(join(ROOT, 'scripts/nginx.sh'), ['start', built.out, '', 'board'], { encoding: 'utf8' }).trim();
  try {
    return await fn(url, built.out);
  } finally {
    execFileSync(join(ROOT, 'scripts/nginx.sh'), ['stop', 'board']);
    rmSync(built.dir, { recursive: true, force: true });
  }
}

/** A draft's JSON text dated today (the form accepts a date of referral
 * within the last 12 months), so fixtures stay valid whatever the date. */
export function datedToday(draftText) {
  const draft = JSON.parse(draftText);
  const now = new Date();
  draft.referral.about_you.referral_date = { day: String(now.getDate()), month: String(now.getMonth() + 1), year: String(now.getFullYear()) };
  return JSON.stringify(draft, null, 2);
}

/** Seed this tab with a referral (a draft's JSON text, dated today) and its
 * criteria answers in their one home, as the form and questionnaire keep them. */
export async function seedReferral(page, draftText) {
  draftText = datedToday(draftText);
  const answers = JSON.stringify({ format: 'scr-guide/criteria-answers', version: 1, answers: JSON.parse(draftText).referral.case.criteria });
  await page.evaluate(([form, criteria]) => {
    sessionStorage.setItem('scr-guide.referral', form);
    sessionStorage.setItem('scr-guide.criteria', criteria);
  }, [draftText, answers]);
}

/** axe-core on a page as it looks without JavaScript: the site script is
 * replaced by an empty one and the no-JavaScript styles are applied. */
export async function axeWithoutJs(browser, path) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.route(/\/site-[0-9a-f]{16}\.js$/, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }));
  await page.goto(new URL(path, BASE_URL).href);
  const noscript = readdirSync(SITE_ROOT).find((f) => /^noscript-[0-9a-f]{16}\.css$/.test(f));
  await page.addStyleTag({ url: `/${noscript}` });
  await axeCheck(page, `${path} without JavaScript`);
  await context.close();
}

export async function mainText(page) {
  return (await page.locator('main').innerText()).replace(/\s+/g, ' ');
}

/** The referral form's saves so far (the tool's data-draft-saves). */
export async function draftSaves(page) {
  return Number(await page.locator('#tool').getAttribute('data-draft-saves'));
}

/** Wait until the referral form has saved more than `after` times and has
 * no save waiting (data-draft="idle"): the save has happened, whatever it
 * wrote, and nothing more is written until something changes. */
export async function waitForSaved(page, after) {
  await page.waitForFunction((n) => {
    const tool = document.querySelector('#tool[data-draft]');
    return tool !== null && Number(tool.dataset.draftSaves) > n && tool.dataset.draft === 'idle';
  }, after);
}

/** Wait until the referral form has no save waiting (data-draft="idle"). */
export async function waitForIdle(page) {
  await page.waitForSelector('#tool[data-draft="idle"]');
}

/**
 * A PDF the site made is sound (`qpdf --check`: no error, no warning) and
 * passes every PDF/UA-1 rule (page-validation, in the project's .venv,
 * through scripts/pdf-ua-check.py). Both are installed by scripts/setup.sh.
 */
export function checkPdf(path) {
  const root = new URL('../..', import.meta.url).pathname;
  const qpdf = spawnSync('qpdf', ['--check', path], { encoding: 'utf8' });
  assert.equal(qpdf.status, 0, `qpdf --check: ${qpdf.stdout}${qpdf.stderr}`);
  assert.ok(!/WARNING/.test(qpdf.stdout + qpdf.stderr), `qpdf --check warns: ${qpdf.stdout}${qpdf.stderr}`);
  const said = execFileSync(join(root, '.venv', 'bin', 'python'), [join(root, 'scripts', 'pdf-ua-check.py'), path], { encoding: 'utf8' });
  const lines = said.trim().split('\n');
  const [, passed, total, failed, checksFailed, compliant] = lines[0].split('\t');
  assert.ok(Number(total) > 0, `page-validation checked no rule: ${said}`);
  assert.deepEqual([passed, failed, checksFailed, compliant], [total, '0', '0', 'True'], `PDF/UA-1: ${said}`);
}
