// Size and speed report for the release build served at $BASE_URL, with the
// budgets in budgets.json (the only place they are kept). Fails (exit 1) when
// a budget is exceeded. Writes reports/report.json.
//
//  1. First load per page, as a new visitor gets it: every same-origin
//     response until the network is idle (bytes on the wire, gzip), empty
//     cache, service workers blocked; budget per page type.
//  2. What the service worker then saves for offline use (once, after load).
//  3. The PDF of a full referral (median of 7 runs after a warm-up), and of
//     the largest referral the form allows (200 events of 10,000
//     characters, every text field at its limit; made here, median of 3
//     runs after a warm-up) in the same worker.
//  4. A slow connection (400 kbps, 400 ms latency, empty cache): when the
//     interview page's text is visible, and when the first question can be
//     answered.
//  5. Lighthouse mobile performance on home, the interview page and the
//     first question (best of two runs).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { benchForm } from './bench/form.mjs';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const budgets = JSON.parse(readFileSync(join(root, 'budgets.json'), 'utf8'));
const baseUrl = process.env.BASE_URL;
if (!baseUrl) throw new Error('BASE_URL must be set: run this with scripts/test.sh');
// The example partnership's site (the CSPR rules), served beside it.
const csprUrl = process.env.CSPR_URL;
if (!csprUrl) throw new Error('CSPR_URL must be set: run this with scripts/test.sh');
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const failures = [];
const report = {};

// Every page, by type (the type's budget applies).
const PAGES = [
  ['guidance', '/'], ['guidance', '/what-is-an-scr'], ['guidance', '/process'], ['guidance', '/interview'],
  ['guidance', '/who-sees-the-report'], ['guidance', '/refer'], ['guidance', '/about'], ['guidance', '/accessibility'], ['guidance', '/delete'],
  ['guidance', '/no-such-page'],
  ['questionnaire', '/criteria'], ['questionnaire', '/criteria/age'],
  ['calculator', '/deadlines'],
  ['referral', '/referral'], ['referral', '/referral/about-you'],
];
// The same types of page under the CSPR rules: the same budgets.
const CSPR_PAGES = [
  ['guidance', '/'], ['guidance', '/what-is-a-cspr'], ['guidance', '/process'], ['guidance', '/interview'],
  ['guidance', '/who-sees-the-report'], ['guidance', '/refer'], ['guidance', '/about'],
  ['questionnaire', '/criteria'], ['questionnaire', '/criteria/under-18'],
  ['calculator', '/deadlines'],
  ['referral', '/referral'], ['referral', '/referral/case'],
];

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});

/** Wait until the page is usable: its tool (if it has one) has started. */
async function ready(page) {
  if (await page.locator('#tool').count()) await page.waitForSelector('#tool[data-ready]', { timeout: 60000 });
  else await page.waitForSelector('main h1');
}

// 1. First load per page.
console.log('First load per page (gzip bytes on the wire, every same-origin response until the network is idle):');
report.first_load = [];
for (const [type, path, base] of [
  ...PAGES.map(([type, path]) => [type, path, baseUrl]),
  ...CSPR_PAGES.map(([type, path]) => [type, path, csprUrl]),
]) {
  const origin = new URL(base).origin;
  const label = base === baseUrl ? path : `CSPR ${path}`;
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const files = [];
  page.on('requestfinished', async (request) => {
    if (new URL(request.url()).origin !== origin) return;
    const sizes = await request.sizes().catch(() => null);
    files.push({ url: new URL(request.url()).pathname, bytes: sizes ? sizes.responseBodySize : 0 });
  });
  await page.goto(base + path, { waitUntil: 'networkidle' });
  await ready(page);
  await page.waitForLoadState('networkidle');
  await context.close();
  const total = files.reduce((t, f) => t + f.bytes, 0);
  const budget = budgets.first_load_gzip_bytes[type];
  report.first_load.push({ type, path: label, total, budget, files });
  const over = total > budget;
  console.log(`  ${over ? 'OVER' : 'ok  '} ${type.padEnd(14)} ${label.padEnd(29)} ${kb(total).padStart(9)}  (budget ${kb(budget)}; ${files.length} files)`);
  if (over) {
    failures.push(`first load of ${label} is ${kb(total)}, over the ${type} budget of ${kb(budget)}`);
    for (const f of files) console.log(`         ${f.url} ${kb(f.bytes)}`);
  }
}

// 2. The offline copy, fetched by the service worker after the first load.
const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
const offlineFiles = JSON.parse(sw.match(/const FILES = (\[.*?\]);/s)[1]);
const onWire = (address) => {
  const file = address === '/' ? 'index.html' : address.replace(/^\//, '') + (/\.[a-z0-9]+$/i.test(address) ? '' : '.html');
  for (const candidate of [`${file}.gz`, file]) {
    try { return readFileSync(join(dist, candidate)).length; } catch { /* try the next */ }
  }
  throw new Error(`sw.js lists ${address}, which is not in dist/`);
};
report.offline = { files: offlineFiles.length, bytes: offlineFiles.reduce((t, f) => t + onWire(f), 0) };
console.log(`Saved for offline use by the service worker after the first load (once per version): ${report.offline.files} files, ${kb(report.offline.bytes)}`);

// 3. The PDF benchmark.
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
{
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/referral`);
  await ready(page);
  const fixture = readFileSync(join(root, 'tests', 'fixtures', 'full-referral.json'), 'utf8');
  // The form in this tab, and the criteria answers in their one home.
  const answers = JSON.stringify({ format: 'scr-guide/criteria-answers', version: 1, answers: JSON.parse(fixture).referral.case.criteria });
  await page.evaluate(([form, criteria]) => {
    sessionStorage.setItem('scr-guide.referral', form);
    sessionStorage.setItem('scr-guide.criteria', criteria);
  }, [fixture, answers]);
  await page.goto(`${baseUrl}/referral/done`);
  await page.waitForSelector('#download-pdf');
  const runs = [];
  let download;
  for (let i = 0; i < 8; i += 1) {
    await page.evaluate(() => document.body.removeAttribute('data-pdf-ms'));
    [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-pdf')]);
    await download.path();
    const ms = Number(await page.getAttribute('body', 'data-pdf-ms'));
    if (i > 0) runs.push(ms); // the first run also starts the worker and fetches the font
  }
  const bytes = readFileSync(await download.path()).length;
  report.pdf = { runs: runs.length, median_ms: median(runs), budget_ms: budgets.pdf_generation_median_ms, bytes };
  console.log(`PDF of a full referral (20-event chronology), ${runs.length} runs after a warm-up: median ${report.pdf.median_ms.toFixed(1)} ms (budget ${budgets.pdf_generation_median_ms} ms); ${kb(bytes)}`);
  if (report.pdf.median_ms > budgets.pdf_generation_median_ms) failures.push(`making the PDF took a median ${report.pdf.median_ms} ms`);
  await context.close();
}

// 3b. The referral form at its largest (200 events of 10,000 characters).
{
  report.form = await benchForm(browser, baseUrl, root);
  const b = budgets.form_at_largest_ms;
  console.log(`The referral form at its largest (200 events of 10,000 characters): keystroke to screen, median ${report.form.keystroke_median_ms} ms (goal ${b.keystroke}); "Add another event", median ${report.form.add_event_median_ms} ms (goal ${b.add_event})`);
  if (report.form.keystroke_median_ms > b.keystroke) failures.push('a keystroke in the largest form is slow');
  if (report.form.add_event_median_ms > b.add_event) failures.push('"Add another event" in the largest form is slow');
}

// 3c. The largest referral the form allows, built here from the fixture
// (the limits are read from src/referral/mod.rs, so they stay in step), made
// into a PDF by the same worker the page uses, timed in the page.
function largestReferral(base) {
  const source = readFileSync(join(root, 'src', 'referral', 'mod.rs'), 'utf8');
  const limit = (name) => Number(source.match(new RegExp(`${name}: usize = ([\\d_]+)`))[1].replace(/_/g, ''));
  const SHORT = limit('SHORT_TEXT_MAX');
  const LONG = limit('LONG_TEXT_MAX');
  const text = (n, seed) => {
    let s = '';
    for (let i = 0; s.length < n; i += 1) s += `${seed}${i} lorem ipsum dolor sit amet `;
    return s.slice(0, n);
  };
  const r = structuredClone(base);
  for (const k of ['name', 'job_title', 'agency']) r.about_you[k] = text(SHORT, k);
  for (const k of ['name', 'role']) r.dsl[k] = text(SHORT, `dsl${k}`);
  for (const k of ['name', 'other_names', 'sex_gender', 'ethnicity', 'address_or_area', 'lead_worker', 'school_or_setting']) r.child[k] = text(SHORT, k);
  r.child.where_and_who_caring = text(LONG, 'where');
  for (const k of ['what_happened', 'why_referring', 'agency_concerns', 'good_practice']) r.case[k] = text(LONG, k);
  for (const m of r.household) for (const k of ['name', 'relationship', 'address_if_different']) m[k] = text(SHORT, k);
  for (const a of r.agencies) { a.agency = text(SHORT, 'agency'); a.involvement = text(LONG, 'involvement'); a.contact = text(SHORT, 'contact'); }
  for (const p of r.parallel) p.reference = text(SHORT, 'reference');
  r.chronology = Array.from({ length: 200 }, (_, i) => ({
    date: { day: String(1 + (i % 28)), month: String(1 + (i % 12)), year: '2025' },
    agency: text(SHORT, `ag${i}x`),
    event: text(LONG, `e${i}w`),
  }));
  return r;
}
{
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${baseUrl}/referral`);
  await ready(page);
  const fixture = JSON.parse(readFileSync(join(root, 'tests', 'fixtures', 'full-referral.json'), 'utf8'));
  const referral = JSON.stringify(largestReferral(fixture.referral));
  // The profile as the form sends it to the worker (the example's, as the
  // site under test is built with it).
  const board = JSON.stringify({ is_example: true, profile: JSON.parse(readFileSync(join(root, 'content', 'example-board.json'), 'utf8')) });
  const made = await page.evaluate(async ({ referral, board, runs }) => {
    const worker = new Worker(document.getElementById('tool').getAttribute('data-worker'), { type: 'module' });
    const make = () => new Promise((resolve, reject) => {
      const started = performance.now();
      worker.onmessage = (event) => (event.data.ok
        ? resolve({ ms: performance.now() - started, bytes: event.data.pdf.byteLength, pages: event.data.pages })
        : reject(new Error(event.data.error)));
      worker.onerror = (event) => reject(new Error(event.message || 'the PDF worker failed'));
      worker.postMessage({ referral, board });
    });
    const out = [];
    for (let i = 0; i <= runs; i += 1) out.push(await make()); // the first also starts the worker
    worker.terminate();
    return out.slice(1);
  }, { referral, board, runs: 3 });
  const budget = budgets.pdf_largest_referral_median_ms;
  report.pdf_largest = { runs: made.length, median_ms: median(made.map((m) => m.ms)), budget_ms: budget, bytes: made[0].bytes, pages: made[0].pages, characters: referral.length };
  console.log(`PDF of the largest referral the form allows (200 events of 10,000 characters, every field at its limit; ${made[0].pages} pages), ${made.length} runs after a warm-up: median ${report.pdf_largest.median_ms.toFixed(1)} ms (budget ${budget} ms); ${kb(made[0].bytes)}`);
  if (report.pdf_largest.median_ms > budget) failures.push(`making the largest referral's PDF took a median ${report.pdf_largest.median_ms.toFixed(0)} ms`);
  await context.close();
}

// 4. A slow connection, empty cache.
async function slow(path, until) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: 400, downloadThroughput: 400 * 1000 / 8, uploadThroughput: 400 * 1000 / 8,
  });
  await page.goto(baseUrl + path, { waitUntil: 'commit', timeout: 60000 });
  await page.waitForSelector(until, { state: 'visible', timeout: 60000 });
  // Milliseconds since the navigation started, measured by the page itself:
  // when the largest text was painted (the styles have arrived by then), or
  // now, if that is later (a tool has drawn its controls).
  const ms = await page.evaluate(() => new Promise((resolve) => {
    const now = performance.now();
    new PerformanceObserver((list) => {
      const entries = list.getEntries();
      resolve(Math.max(now, ...entries.map((e) => e.startTime)));
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    setTimeout(() => resolve(now), 1000);
  }));
  await context.close();
  return Math.round(ms);
}
const s = budgets.slow_connection_ms;
report.slow = {
  interview_text_visible_ms: await slow('/interview', 'main .lead'),
  first_question_answerable_ms: await slow('/criteria/age', '#answer-yes'),
};
console.log('A slow connection (400 kbps, 400 ms latency, empty cache):');
console.log(`  interview page text visible:   ${report.slow.interview_text_visible_ms} ms (goal ${s.interview_text_visible})`);
console.log(`  first question can be answered: ${report.slow.first_question_answerable_ms} ms (goal ${s.first_question_answerable})`);
if (report.slow.interview_text_visible_ms > s.interview_text_visible) failures.push('the interview page is slow to show on a slow connection');
if (report.slow.first_question_answerable_ms > s.first_question_answerable) failures.push('the first question is slow to be answerable on a slow connection');
await browser.close();

// 5. Lighthouse (mobile), best of two runs per page.
mkdirSync(join(root, 'reports'), { recursive: true });
report.lighthouse = {};
if (process.env.SKIP_LIGHTHOUSE === '1') {
  console.log('Lighthouse skipped (SKIP_LIGHTHOUSE=1)');
} else {
  const l = budgets.lighthouse_performance;
  console.log(`Lighthouse mobile performance (best of two runs; goal ${l.goal}, fails below ${l.minimum}):`);
  for (const path of ['/', '/interview', '/criteria/age']) {
    const scores = [];
    for (let run = 0; run < 2; run += 1) {
      const out = join(root, 'reports', `lighthouse-${path.replace(/\W+/g, '_') || 'home'}.json`);
      execFileSync(join(root, 'node_modules', '.bin', 'lighthouse'), [
        baseUrl + path, '--quiet', '--output=json', `--output-path=${out}`,
        '--only-categories=performance', '--form-factor=mobile',
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run',
      ], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 180000, env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH || '/usr/bin/chromium' } });
      const lh = JSON.parse(readFileSync(out, 'utf8'));
      scores.push({ score: Math.round(lh.categories.performance.score * 100), lcp_ms: Math.round(lh.audits['largest-contentful-paint'].numericValue) });
    }
    const best = scores.reduce((a, b) => (b.score > a.score ? b : a));
    report.lighthouse[path] = best;
    console.log(`  ${best.score >= l.goal ? 'ok  ' : best.score >= l.minimum ? 'LOW ' : 'FAIL'} ${path.padEnd(16)} ${best.score}  (largest contentful paint ${best.lcp_ms} ms)`);
    if (best.score < l.minimum) failures.push(`Lighthouse performance on ${path} is ${best.score}`);
  }
}

writeFileSync(join(root, 'reports', 'report.json'), JSON.stringify(report, null, 2));
if (failures.length) {
  console.error(`FAIL (budgets.json):\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('OK: every budget in budgets.json is met');
