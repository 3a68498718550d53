// The benchmarks (scripts/bench.sh): every timing budget in budgets.json
// ("timings"), measured against the two release builds served by
// scripts/sites.sh, each printed beside its budget with the ratio. Timings
// depend on the machine and on what else it is doing, so they are not part
// of the test command; noisy ones are repeated and the median (or, for
// Lighthouse, the best) is taken. Exits 1 when a figure is over its budget
// or could not be measured (a measure that produced no figure never
// passes). Writes reports/bench.json.
import { writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { root, budgets, siteUrls, launch, ready, median, fullDraft, answersOf, largestDraft, underCspr, makePdfs } from './lib/site.mjs';
import { benchForm } from './lib/form-bench.mjs';

const { baseUrl, csprUrl } = siteUrls('scripts/bench.sh');
const t = budgets.timings;
const rows = [];

/**
 * Measure one figure: `measure()` returns a number (or throws). `higherIsBetter`
 * for scores. A figure that is missing or not a number is a failure.
 */
async function figure(name, budget, unit, measure, higherIsBetter = false) {
  let value;
  let error;
  try {
    value = await measure();
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`no figure (got ${value})`);
  } catch (e) {
    error = e.message.split('\n')[0];
  }
  const over = error === undefined && (higherIsBetter ? value < budget : value > budget);
  const ratio = error === undefined ? (higherIsBetter ? budget / value : value / budget) : NaN;
  rows.push({ name, value, budget, unit, ratio, status: error !== undefined ? 'NO FIGURE' : over ? 'OVER' : 'ok', error });
  const shown = error !== undefined ? `no figure: ${error}` : `${value} ${unit}`;
  console.log(`  ${rows.at(-1).status.padEnd(9)} ${name.padEnd(58)} ${shown.padStart(12)}  budget ${higherIsBetter ? '≥' : '≤'} ${budget} ${unit}${error === undefined ? `  (${(ratio * 100).toFixed(0)}% of budget)` : ''}`);
}

const round1 = (x) => Math.round(x * 10) / 10;
const browser = await launch();
console.log('Benchmarks on this machine (each beside its budget from budgets.json):');

// The PDF of a full referral, made by the done page's button: median of 7 after a warm-up.
await figure('PDF of a full referral, median of 7', t.pdf_full_referral_median_ms, 'ms', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/referral`);
  await ready(page);
  const draft = fullDraft();
  await page.evaluate(([form, criteria]) => {
    sessionStorage.setItem('scr-guide.referral', form);
    sessionStorage.setItem('scr-guide.criteria', criteria);
  }, [JSON.stringify(draft), answersOf(draft)]);
  await page.goto(`${baseUrl}/referral/done`);
  await page.waitForSelector('#download-pdf');
  const runs = [];
  for (let i = 0; i < 8; i += 1) {
    await page.evaluate(() => document.body.removeAttribute('data-pdf-ms'));
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-pdf')]);
    await download.path();
    const ms = Number(await page.getAttribute('body', 'data-pdf-ms'));
    if (i > 0) runs.push(ms); // the first run also starts the worker and fetches the font
  }
  await context.close();
  return round1(median(runs));
});

// The largest referral's PDF in the same worker: median of 3 after a warm-up.
await figure('PDF of the largest referral, median of 3', t.pdf_largest_referral_median_ms, 'ms', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${baseUrl}/referral`);
  await ready(page);
  const made = await makePdfs(page, JSON.stringify(largestDraft().referral), 4);
  await context.close();
  return round1(median(made.slice(1).map((m) => m.ms)));
});

// The same under the CSPR rules: 4 children and every question only the
// CSPR form asks at its limit, on the partnership's site.
await figure('PDF of the largest CSPR referral (4 children), median of 3', t.pdf_largest_referral_median_ms, 'ms', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${csprUrl}/referral`);
  await ready(page);
  const made = await makePdfs(page, JSON.stringify(underCspr(largestDraft(), true).referral), 4);
  await context.close();
  return round1(median(made.slice(1).map((m) => m.ms)));
});

// The form at its largest.
let form;
const formRun = async () => {
  form ??= await benchForm(browser, baseUrl, largestDraft(199));
  return form;
};
await figure('Keystroke to screen, form at its largest, median of 15', t.form_at_largest_ms.keystroke, 'ms', async () => (await formRun()).keystroke_median_ms);
await figure('"Add another event", form at its largest, median of 5', t.form_at_largest_ms.add_event, 'ms', async () => (await formRun()).add_event_median_ms);
let csprForm;
const csprFormRun = async () => {
  csprForm ??= await benchForm(browser, csprUrl, underCspr(largestDraft(199), true));
  return csprForm;
};
await figure('Keystroke to screen, CSPR form at its largest (4 children), median of 15', t.form_at_largest_ms.keystroke, 'ms', async () => (await csprFormRun()).keystroke_median_ms);
await figure('"Add another event", CSPR form at its largest, median of 5', t.form_at_largest_ms.add_event, 'ms', async () => (await csprFormRun()).add_event_median_ms);

// A slow connection, empty cache: median of 3.
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
      resolve(Math.max(now, ...list.getEntries().map((e) => e.startTime)));
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    setTimeout(() => resolve(now), 1000);
  }));
  await context.close();
  return Math.round(ms);
}
const s = t.slow_connection_ms;
const thrice = async (f) => median([await f(), await f(), await f()]);
await figure('Slow connection: interview text visible, median of 3', s.interview_text_visible, 'ms', () => thrice(() => slow('/interview', 'main .lead')));
await figure('Slow connection: first question answerable, median of 3', s.first_question_answerable, 'ms', () => thrice(() => slow('/criteria#q', '#q .qn-answer')));
await browser.close();

// Lighthouse (mobile): best of three runs per page.
mkdirSync(join(root, 'reports'), { recursive: true });
for (const path of ['/', '/interview', '/criteria#q', '/criteria/result#ryyyn']) {
  await figure(`Lighthouse mobile performance ${path}, best of 3`, t.lighthouse_performance, 'points', async () => {
    const scores = [];
    for (let run = 0; run < 3; run += 1) {
      const out = join(root, 'reports', `lighthouse-${path.replace(/\W+/g, '_') || 'home'}.json`);
      try {
        execFileSync(join(root, 'node_modules', '.bin', 'lighthouse'), [
          baseUrl + path, '--quiet', '--output=json', `--output-path=${out}`,
          '--only-categories=performance', '--form-factor=mobile',
          '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run',
        ], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 180000, env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH || '/usr/bin/chromium' } });
        const score = JSON.parse(readFileSync(out, 'utf8')).categories.performance.score;
        if (typeof score === 'number') scores.push(Math.round(score * 100));
      } catch {
        // A run Lighthouse could not finish (e.g. NO_NAVSTART) gives no score; the others may.
      }
    }
    if (!scores.length) throw new Error('Lighthouse produced no score in 3 runs');
    return Math.max(...scores);
  }, true);
}

writeFileSync(join(root, 'reports', 'bench.json'), JSON.stringify(rows, null, 2));
const bad = rows.filter((r) => r.status !== 'ok');
if (bad.length) {
  console.error(`\n${bad.length} of ${rows.length} figures are over budget or missing:\n  ${bad.map((r) => `${r.name}: ${r.status}${r.error ? ` (${r.error})` : ` ${r.value} ${r.unit}`}`).join('\n  ')}`);
  process.exit(1);
}
console.log(`\nAll ${rows.length} figures within budget.`);
