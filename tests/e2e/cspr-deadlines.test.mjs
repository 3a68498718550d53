// The deadline calculator under the Child Safeguarding Practice Review
// rules, used as a person would: 5 working days to notify the Panel, 15 for
// the rapid review, counted as the partnership's profile says. Expected
// dates are worked out by hand (as in tests/deadlines/cspr.rs).
//
// The example partnership's site (content/example-partnership.json, whose
// rapid review counts from becoming aware) is served by scripts/test.sh
// (`csprSite()`, its folder `CSPR_ROOT`). The "notification" rule is tested
// on a site built here with withBoardSite.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as helpers from './helpers.mjs';

const { launchBrowser, openPage, checkPage, mainText, withBoardSite, csprSite } = helpers;

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const PARTNERSHIP = JSON.parse(readFileSync(new URL('../../content/example-partnership.json', import.meta.url), 'utf8'));

async function fillDate(page, prefix, [d, m, y]) {
  await page.locator(`#${prefix}-day`).fill(d);
  await page.locator(`#${prefix}-month`).fill(m);
  await page.locator(`#${prefix}-year`).fill(y);
}

async function workOut(page) {
  await page.getByRole('button', { name: 'Work out the dates' }).click();
}

/** The calculator on the example partnership's site. */
async function openExample() {
  const base = await csprSite();
  const options = { siteRoot: helpers.CSPR_ROOT };
  return openPage(browser, `${base}/deadlines`, options);
}

test('CSPR calculator: over Christmas, the rapid review counted from becoming aware', async () => {
  const { page, context, problems } = await openExample();
  assert.match(await page.locator('h1:visible').innerText(), /notification and rapid review dates/);
  assert.equal(await page.locator('#sent-day').count(), 0, 'no notification date under the "aware" rule');
  // Aware Friday 18 December 2026; bank holidays 25 and 28 December, 1 January.
  await fillDate(page, 'aware', ['18', '12', '2026']);
  await workOut(page);
  await page.waitForSelector('#result-notify');
  assert.match(await page.locator('#result-aware').innerText(), /Friday 18 December 2026/);
  assert.match(await page.locator('#result-notify').innerText(), /Tuesday 29 December 2026/);
  assert.match(await page.locator('#result-rapid-review').innerText(), /Wednesday 13 January 2027/);
  assert.equal(await page.locator('.date-flag').count(), 0);
  assert.match(await page.locator('#rapid-review-from').innerText(), /became aware: Friday 18 December 2026/);
  // Both worked-out dates cite their sources, in one note.
  assert.equal(await page.locator('.results .sources .citation').count(), 2);
  const cited = await page.locator('.results .sources').textContent();
  assert.match(cited, /GOV\.UK: report a serious child safeguarding incident \(earlier version\), heading 'Notify the Child Safeguarding Practice Review Panel'/);
  assert.match(cited, /Wirral Safeguarding: notifiable incidents/);
  assert.match(cited, /Trafford Safeguarding Partnership: CSPRs/);
  assert.doesNotMatch(cited, /Cambridgeshire/, 'only the rule the partnership follows');
  const text = await mainText(page);
  // The method says which source says "must" and which "should".
  assert.match(text, /GOV\.UK's earlier guidance said it must; partnerships' procedures \(Wirral's, for example\) say it should/);
  assert.doesNotMatch(text, /\{[a-z_]+\}/, 'every placeholder filled');
  assert.ok(await page.getByRole('button', { name: 'Print these dates' }).isVisible());
  await checkPage(page, problems, 'CSPR deadlines');
  await context.close();
});

test('CSPR calculator: becoming aware at the weekend is flagged, and the counts start on Monday', async () => {
  const { page, context, problems } = await openExample();
  await fillDate(page, 'aware', ['7', '11', '2026']);
  await workOut(page);
  await page.waitForSelector('#result-notify');
  assert.match(await page.locator('#result-aware').innerText(), /Saturday 7 November 2026 is at the weekend\./);
  assert.match(await page.locator('#result-notify').innerText(), /Friday 13 November 2026/);
  assert.match(await page.locator('#result-rapid-review').innerText(), /Friday 27 November 2026/);
  assert.equal(await page.locator('.date-flag').count(), 1);
  await checkPage(page, problems, 'CSPR deadlines with a weekend');
  await context.close();
});

test('CSPR calculator: no date gives a clear error', async () => {
  const { page, context, problems } = await openExample();
  await workOut(page);
  await page.locator('#error-summary').waitFor();
  assert.match(await page.locator('#error-summary').innerText(), /Enter the date the local authority became aware of the incident/);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'error-summary');
  assert.match(await page.title(), /^Error: /);
  await page.getByRole('link', { name: /Enter the date the local authority became aware/ }).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'aware-day');
  await checkPage(page, problems, 'CSPR deadlines with an error');
  await context.close();
});

test('CSPR calculator: counted from the notification, assumed until it is sent; a notification before becoming aware is refused', async () => {
  const profile = JSON.stringify({ ...PARTNERSHIP, rapid_review_start: 'notification' }, null, 2);
  await withBoardSite(profile, async (url, root) => {
    const { page, context, problems } = await openPage(browser, `${url}/deadlines`, { siteRoot: root });
    await fillDate(page, 'aware', ['18', '12', '2026']);
    await workOut(page);
    await page.waitForSelector('#result-rapid-review');
    // Not sent yet: assumed sent on the last day to notify, Tuesday 29 December.
    assert.match(await page.locator('#result-notify').innerText(), /Tuesday 29 December 2026/);
    const assumed = page.locator('.summary-row', { has: page.locator('#result-rapid-review') });
    assert.match(await assumed.innerText(), /assuming the notification is sent on the last day to notify/);
    assert.match(await page.locator('#result-rapid-review').innerText(), /Wednesday 20 January 2027/);
    assert.match(await page.locator('#rapid-review-assumed').innerText(), /^Assumption: .*Tuesday 29 December 2026/s);
    assert.equal(await page.locator('.results .sources .citation').count(), 2);
    const cited = await page.locator('.results .sources').textContent();
    assert.match(cited, /Cambridgeshire and Peterborough Safeguarding Partnership: rapid reviews/);
    assert.doesNotMatch(cited, /Trafford/, 'only the rule the partnership follows');
    await checkPage(page, problems, 'CSPR deadlines, notification assumed');

    // Sent Wednesday 23 December: counted from then.
    await fillDate(page, 'sent', ['23', '12', '2026']);
    await workOut(page);
    await page.waitForFunction(() => document.querySelector('#result-sent'));
    assert.match(await page.locator('#result-sent').innerText(), /Wednesday 23 December 2026/);
    assert.match(await page.locator('#result-rapid-review').innerText(), /Monday 18 January 2027/);
    assert.equal(await page.locator('#rapid-review-assumed').count(), 0);
    assert.match(await page.locator('#rapid-review-from').innerText(), /Wednesday 23 December 2026/);
    assert.equal(await page.locator('#notified-late').count(), 0, 'sent in time: no warning');

    // Sent Wednesday 30 December, after the last day to notify (Tuesday 29):
    // warned, and the rapid review counts from then (Thu 31 (1), Mon 4 …
    // Fri 8 January (6), … Fri 15 (11), Mon 18 … Thu 21 January (15)).
    await fillDate(page, 'sent', ['30', '12', '2026']);
    await workOut(page);
    await page.waitForFunction(() => document.querySelector('#notified-late'));
    assert.match(await page.locator('#notified-late').innerText(),
      /sent after the last day to notify the Panel, Tuesday 29 December 2026/);
    assert.match(await page.locator('#result-rapid-review').innerText(), /Thursday 21 January 2027/);
    await checkPage(page, problems, 'CSPR deadlines, notification sent late');

    // Sent before becoming aware: refused, naming the field.
    await fillDate(page, 'sent', ['17', '12', '2026']);
    await workOut(page);
    await page.waitForFunction(() => /same as or after/.test(document.querySelector('#error-summary')?.innerText || ''));
    assert.match(await page.locator('#error-summary').innerText(),
      /The date the notification was sent to the Panel must be the same as or after the date the local authority became aware of the incident/);
    assert.match(await page.locator('#sent-day').getAttribute('class'), /input-error/);
    assert.equal(await page.locator('#result-rapid-review').count(), 0, 'no dates while there is an error');
    assert.equal(await page.locator('#sent-day').inputValue(), '17', 'input kept');
    await page.getByRole('link', { name: /must be the same as or after/ }).click();
    assert.equal(await page.evaluate(() => document.activeElement.id), 'sent-day');
    await checkPage(page, problems, 'CSPR deadlines, notification before aware');
    await context.close();
  });
});
