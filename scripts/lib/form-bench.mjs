// Benchmark for the referral form at its largest (scripts/bench.mjs runs
// it): the largest referral the form allows less one chronology event, so
// that "Add another event" can be measured. Measures, in headless Chromium
// on this machine, the time from a keystroke to the next frame (median of
// 15 keystrokes in the last event) and from clicking "Add another event" to
// the next frame with the new row drawn (median of 5).
import { median, answersOf } from './site.mjs';

/** Run the benchmark in `browser` against the site at `baseUrl`, with `draft` (199 events) in the form. */
export async function benchForm(browser, baseUrl, draft) {
  // The form numbers events from 1: the last event's id is the count.
  const last = draft.referral.chronology.length;
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${baseUrl}/referral`);
  await page.waitForSelector('#tool[data-ready]');
  await page.evaluate(([form, criteria]) => {
    sessionStorage.setItem('scr-guide.referral', form);
    sessionStorage.setItem('scr-guide.criteria', criteria);
  }, [JSON.stringify(draft), answersOf(draft)]);
  await page.goto(`${baseUrl}/referral/chronology`);
  await page.waitForSelector(`#chronology-${last}-event`, { timeout: 120000 });
  // Time from each keydown to the frame after it.
  await page.evaluate(() => {
    window.__keys = [];
    document.addEventListener('keydown', () => {
      const started = performance.now();
      requestAnimationFrame(() => window.__keys.push(performance.now() - started));
    }, true);
  });
  await page.focus(`#chronology-${last}-event`);
  await page.keyboard.press('End');
  for (let i = 0; i < 15; i += 1) {
    await page.keyboard.press('x');
    // The next keystroke only after this one's frame has been measured.
    await page.waitForFunction((n) => window.__keys.length >= n, i + 1);
  }
  const keys = await page.evaluate(() => window.__keys);
  const added = `#chronology-${last + 1}-event`;
  const adds = [];
  for (let i = 0; i < 5; i += 1) {
    if (i > 0) {
      // Back to the starting number of events: remove the one just added.
      await page.click(`#remove-event-${last + 1}`);
      await page.waitForSelector(added, { state: 'detached' });
    }
    adds.push(await page.evaluate((id) => new Promise((resolve) => {
      const started = performance.now();
      document.getElementById('add-row').click();
      const wait = () => {
        if (document.getElementById(id)) requestAnimationFrame(() => resolve(performance.now() - started));
        else requestAnimationFrame(wait);
      };
      wait();
    }), added.slice(1)));
  }
  await context.close();
  return { keystroke_median_ms: Math.round(median(keys) * 10) / 10, add_event_median_ms: Math.round(median(adds) * 10) / 10, keystrokes: keys.length };
}
