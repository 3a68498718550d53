// Benchmark for the referral form at its largest (scripts/report.mjs runs
// it): a referral with 200 chronology events of 10,000 characters each
// (about 2 MB), every other long text at its limit. Measures, in headless
// Chromium on this machine, the time from a keystroke to the next frame
// (median of 15 keystrokes in the last event) and from clicking "Add
// another event" to the next frame with the new row drawn (median of 5).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

/** The largest referral the form takes, as a draft's JSON text (dated today). */
export function largestReferral(root) {
  const draft = JSON.parse(readFileSync(join(root, 'tests', 'fixtures', 'full-referral.json'), 'utf8'));
  const now = new Date();
  draft.referral.about_you.referral_date = { day: String(now.getDate()), month: String(now.getMonth() + 1), year: String(now.getFullYear()) };
  const long = (n) => 'Seen at home; concerns noted and shared. '.repeat(Math.ceil(n / 42)).slice(0, n);
  draft.referral.chronology = Array.from({ length: 199 }, (_, i) => ({
    date: { day: String(1 + (i % 28)), month: String(1 + (i % 10)), year: '2026' },
    agency: 'Health visiting',
    event: long(10_000),
  }));
  draft.referral.case.what_happened = long(10_000);
  draft.referral.case.why_referring = long(10_000);
  draft.referral.child.where_and_who_caring = long(10_000);
  return JSON.stringify(draft);
}

/** Run the benchmark in `browser` against the site at `baseUrl`. */
export async function benchForm(browser, baseUrl, root) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${baseUrl}/referral`);
  await page.waitForSelector('#tool[data-ready]');
  const text = largestReferral(root);
  const answers = JSON.stringify({ format: 'scr-guide/criteria-answers', version: 1, answers: JSON.parse(text).referral.case.criteria });
  await page.evaluate(([form, criteria]) => {
    sessionStorage.setItem('scr-guide.referral', form);
    sessionStorage.setItem('scr-guide.criteria', criteria);
  }, [text, answers]);
  await page.goto(`${baseUrl}/referral/chronology`);
  await page.waitForSelector('#chronology-199-event', { timeout: 120000 });
  // Time from each keydown to the frame after it.
  await page.evaluate(() => {
    window.__keys = [];
    document.addEventListener('keydown', () => {
      const started = performance.now();
      requestAnimationFrame(() => window.__keys.push(performance.now() - started));
    }, true);
  });
  await page.focus('#chronology-199-event');
  await page.keyboard.press('End');
  for (let i = 0; i < 15; i += 1) {
    await page.keyboard.press('x');
    await page.waitForTimeout(50);
  }
  const keys = await page.evaluate(() => window.__keys);
  const adds = [];
  for (let i = 0; i < 5; i += 1) {
    if (i > 0) {
      // Back to 199 events: remove the one just added.
      await page.click(`#remove-event-200`);
      await page.waitForSelector('#chronology-200-event', { state: 'detached' });
    }
    adds.push(await page.evaluate(() => new Promise((resolve) => {
      const started = performance.now();
      document.getElementById('add-row').click();
      const wait = () => {
        if (document.getElementById('chronology-200-event')) requestAnimationFrame(() => resolve(performance.now() - started));
        else requestAnimationFrame(wait);
      };
      wait();
    })));
  }
  await context.close();
  return { keystroke_median_ms: Math.round(median(keys) * 10) / 10, add_event_median_ms: Math.round(median(adds) * 10) / 10, keystrokes: keys.length };
}
