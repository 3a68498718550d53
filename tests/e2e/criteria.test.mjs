// The questionnaire (plain pages, no WebAssembly), clicked through as a
// person would, on both rule sets' sites, with JavaScript on and off:
// every path to every outcome, each outcome's duties compared with the
// independent oracle (tests/oracle/<rule set>.table, written by hand from
// the provisions); the requests made, and the server's log, never depend on
// the answers; focus, titles, Back, Change, keyboard, print, and the
// answers handed to the referral form.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launchBrowser, openPage, checkPage, axeWithoutJs, mainText, BASE_URL, CSPR_URL, SITE_ROOT, CSPR_ROOT } from './helpers.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

// The two sites, each with its oracle's columns (question headings, in the
// table's order) and the server log nginx writes for it (scripts/nginx.sh).
const SITES = {
  'scr-2006': {
    url: BASE_URL,
    root: SITE_ROOT,
    log: `${ROOT}target/nginx/logs/access.log`,
    columns: [
      'Was the person under 18 at the time of the death or harm?',
      'Has the child died?',
      'Is abuse or neglect of the child known or suspected?',
      'Did the child die in custody or while detained?',
      'Was the child looked after, or did they die in a regulated setting or service?',
      'Has the child been seriously harmed?',
      'Is there cause for concern about how agencies worked together to safeguard the child?',
    ],
  },
  cspr: {
    url: CSPR_URL,
    root: CSPR_ROOT,
    log: `${ROOT}target/nginx-cspr/logs/access.log`,
    columns: [
      'Was the person under 18 at the time of the death or harm?',
      'Has the child or young person died?',
      'Has the child been seriously harmed?',
      'Is abuse or neglect of the child known or suspected?',
      'Was the child looked after by a local authority?',
      'Was the person a care leaver, aged 24 or under?',
    ],
  },
};

/** The oracle's rows: [[letters...], duties (sorted)]. */
function oracle(ruleSet) {
  return readFileSync(`${ROOT}tests/oracle/${ruleSet}.table`, 'utf8').split('\n')
    .map((l) => l.trim()).filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const [facts, duties] = l.split('|');
      return [facts.trim().split(/\s+/), duties.trim().split(/\s+/).filter((d) => d !== 'none').sort()];
    });
}

/** The oracle's duties for a complete combination of letters (Y, N, ?). */
function expected(rows, letters) {
  const row = rows.find(([facts]) => facts.every((f, i) => f === '*' || f === letters[i]));
  assert.ok(row, `the oracle covers ${letters.join(' ')}`);
  return row[1];
}

/** An answer's letter in the oracle ("Yes, there is cause for concern" is Y). */
const letter = (label) => (label === 'Not sure' ? '?' : label.startsWith('Yes') ? 'Y' : 'N');

/** The visible answer link with exactly this label. */
const answerLink = (page, label) => page.locator('.qn-answer:visible')
  .filter({ hasText: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) });

/** The section the address shows now, and its heading. */
async function shown(page) {
  return page.evaluate(() => {
    const visible = [...document.querySelectorAll('main h1')].filter((h) => h.getClientRects().length > 0);
    return visible.map((h) => h.textContent.trim());
  });
}

/**
 * Walk every path of a site's questionnaire by clicking its links, depth
 * first, going back with the browser's Back button. At each end, see the
 * result and compare its duties with the oracle. Returns the number of ends.
 */
async function walkAll(page, site, rows) {
  let ends = 0;
  const given = new Map(); // question heading -> letter
  async function here() {
    const headings = await shown(page);
    assert.equal(headings.length, 1, `exactly one heading is shown at ${page.url()}: ${headings}`);
    return headings[0];
  }
  async function visit(depth) {
    const heading = await here();
    if (heading === 'Check your answers') {
      await page.getByRole('button', { name: 'See the result' }).click();
      await page.waitForURL(/\/criteria\/result#r/);
      const duties = await page.evaluate(() => [...document.querySelectorAll('.duty')]
        .filter((d) => d.getClientRects().length > 0)
        .map((d) => (d.dataset.status === 'applies' ? d.dataset.duty : `${d.dataset.duty}?`)).sort());
      const letters = site.columns.map((c) => given.get(c) ?? 'N');
      assert.deepEqual(duties, expected(rows, letters), `duties for ${letters.join(' ')}`);
      const headline = await here();
      assert.ok(headline.length > 20, 'the outcome has a headline');
      ends += 1;
      await page.goBack();
      await page.waitForURL(/\/criteria#c/);
      return;
    }
    assert.ok(site.columns.includes(heading), `"${heading}" is one of the rule set's questions`);
    assert.ok(!given.has(heading), `${heading} asked twice`);
    const labels = await page.locator('.qn-answer').evaluateAll((as) => as
      .filter((a) => a.getClientRects().length > 0).map((a) => a.textContent.trim()));
    assert.ok(labels.length >= 2, `answers offered for ${heading}`);
    for (const label of labels) {
      given.set(heading, letter(label));
      const before = page.url();
      await answerLink(page, label).click();
      await page.waitForFunction((b) => window.location.href !== b, before);
      await visit(depth + 1);
      await page.goBack();
      await page.waitForFunction((b) => window.location.href === b, before);
      given.delete(heading);
    }
  }
  await page.getByRole('button', { name: 'Start now' }).click();
  await visit(0);
  return ends;
}

/** Every request path the server logged since `from` bytes into its log. */
function logged(site, from) {
  return readFileSync(site.log, 'utf8').slice(from).split('\n').filter(Boolean)
    .map((line) => line.match(/"[A-Z]+ (\S+) HTTP/)?.[1]).filter(Boolean);
}

for (const [ruleSet, site] of Object.entries(SITES)) {
  for (const javaScriptEnabled of [true, false]) {
    test(`${ruleSet}: every path to every outcome, by clicking, JavaScript ${javaScriptEnabled ? 'on' : 'off'}; the oracle's duties; no request depends on the answers`, async () => {
      const rows = oracle(ruleSet);
      const logStart = readFileSync(site.log, 'utf8').length;
      const { page, context, problems } = await openPage(browser, `${site.url}/criteria`, { contextOptions: { javaScriptEnabled }, siteRoot: site.root });
      const requests = [];
      page.on('request', (r) => requests.push(r.url()));
      const ends = await walkAll(page, site, rows);
      assert.ok(ends > (ruleSet === 'cspr' ? 100 : 40), `${ends} outcomes reached`);
      // Requests: only the two pages and the site's own files, never a query
      // string; the answers live only in the fragment, which is not sent.
      for (const url of requests) {
        const u = new URL(url);
        assert.equal(u.search, '', `no query string: ${url}`);
        assert.ok(['/criteria', '/criteria/result'].includes(u.pathname) || /-[0-9a-f]{16}(_bg)?\.(js|css|svg|wasm)$/.test(u.pathname) || u.pathname === '/sw.js',
          `a request the answers could not change: ${u.pathname}`);
      }
      const paths = new Set(logged(site, logStart));
      for (const path of paths) {
        assert.ok(!/[?#]/.test(path) && !/\b(yes|no|not-sure)\b/.test(path), `the server's log holds no answer: ${path}`);
      }
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
}

test('the pages pass the foundation checks: start, a question, check your answers, an outcome (with and without JavaScript)', async () => {
  for (const [url, label] of [
    ['/criteria', 'start'], ['/criteria#q', 'first question'], ['/criteria#qyy', 'a later question'],
    ['/criteria#cyyy', 'check your answers'], ['/criteria/result#ryyy', 'an outcome'], ['/criteria/result', 'result with no answers'],
    ['/criteria/paths', 'every path'],
  ]) {
    const { page, context, problems } = await openPage(browser, url);
    await checkPage(page, problems, label);
    await context.close();
    await axeWithoutJs(browser, url);
  }
});

test('with JavaScript, focus moves to each new heading and the page is named after it', async () => {
  const { page, context, problems } = await openPage(browser, '/criteria');
  await page.getByRole('button', { name: 'Start now' }).click();
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Was the person under 18 at the time of the death or harm?');
  assert.match(await page.title(), /^Was the person under 18 at the time of the death or harm\? – /);
  await answerLink(page, 'Yes').click();
  await page.waitForFunction(() => document.activeElement?.textContent === 'Has the child died?');
  assert.match(await page.title(), /^Has the child died\? – /);
  assert.deepEqual(problems, []);
  await context.close();
});

test('keyboard only: Tab to an answer, Enter chooses it; Back and Change go where they say', async () => {
  const { page, context, problems } = await openPage(browser, '/criteria#q');
  // From the heading, Tab reaches the answers in order.
  await page.locator('#q-h').focus();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Yes');
  await page.keyboard.press('Enter');
  await page.waitForURL(/#qy$/);
  await page.getByRole('link', { name: 'Back' }).click();
  await page.waitForURL(/#q$/);
  // Answer yes, yes, yes (abuse suspected, the child died), then custody no.
  for (const a of ['Yes', 'Yes', 'Yes', 'No']) await answerLink(page, a).click();
  await page.waitForURL(/#cyyyn$/);
  assert.match(await mainText(page), /Is abuse or neglect of the child known or suspected\? Yes/);
  await page.getByRole('link', { name: /Change your answer to: Is abuse or neglect/ }).click();
  await page.waitForURL(/#qyy$/);
  await answerLink(page, 'No').click();
  assert.match(page.url(), /#qyyn$/, 'the questions after it are asked again');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the result keeps its answers in this tab for the referral form, and offers to return to a referral under way', async () => {
  const { page, context } = await openPage(browser, '/criteria/result#ryyyn');
  await page.waitForFunction(() => sessionStorage.getItem('scr-guide.criteria'));
  const stored = JSON.parse(await page.evaluate(() => sessionStorage.getItem('scr-guide.criteria')));
  assert.equal(stored.format, 'scr-guide/criteria-answers');
  assert.deepEqual(stored.answers.answers, { Under18: 'Yes', Died: 'Yes', AbuseOrNeglect: 'Yes', DiedInCustody: 'No' });
  assert.equal(await page.getByRole('button', { name: 'Start the referral form' }).getAttribute('href'), '/referral');
  await page.evaluate(() => sessionStorage.setItem('scr-guide.referral', '{}'));
  await page.reload();
  const back = page.getByRole('button', { name: 'Return to the referral form' });
  assert.equal(await back.getAttribute('href'), '/referral/case');
  await context.close();
});

test('an outcome prints with its answers and sources, without buttons', async () => {
  const { page, context } = await openPage(browser, '/criteria/result#ryyyn');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByRole('button', { name: 'Print or save this result' }).isVisible(), false);
  assert.match(await page.locator('.print-header').innerText(), /SCR referral guide · Example Safeguarding Children Board/);
  assert.ok(await page.locator('.qn-why li.qn-row:visible').count() >= 4, 'the answers print');
  assert.ok(await page.locator('.qn-o:visible details.sources .citation').first().isVisible(), 'sources print');
  const lines = await page.locator('.print-write-line:visible').allTextContents();
  assert.deepEqual(lines, ['Case reference:', 'Checked by (name and role):']);
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 1000);
  await context.close();
});

test('every path page lists each path with its duties, for a Board to review', async () => {
  const { page, context } = await openPage(browser, '/criteria/paths');
  const text = await mainText(page);
  assert.match(text, /scr-must/);
  assert.match(text, /notifiable/);
  assert.ok(await page.locator('table.paths tbody tr').count() > 40);
  await context.close();
});

test('every Serious Case Review outcome names today\'s duty, on screen and in print', async () => {
  // A death with abuse suspected, and an adult: different outcomes, the same sentence.
  for (const end of ['ryyyn', 'rn']) {
    const { page, context } = await openPage(browser, `/criteria/result#${end}`);
    const today = page.locator('.qn-today');
    assert.ok(await today.isVisible(), `${end}: today's duty shown`);
    assert.match(await today.innerText(), /Today's duty: .*the local authority must notify the Child Safeguarding Practice Review Panel, and should do so within five working days/s);
    await page.emulateMedia({ media: 'print' });
    assert.ok(await today.isVisible(), `${end}: and printed`);
    await context.close();
  }
});

test('from a blank referral form, the questionnaire\'s result returns to the section left, and no address from elsewhere is followed', async () => {
  const { page, context } = await openPage(browser, '/referral/case');
  await page.locator('#answer-criteria').click();
  await page.waitForURL(/\/criteria(#.*)?$/);
  assert.equal(await page.evaluate(() => sessionStorage.getItem('scr-guide.return')), '/referral/case');
  await page.goto(new URL('/criteria/result#ryyyn', page.url()).href);
  await page.waitForSelector('main h1:visible');
  const back = page.getByRole('button', { name: 'Return to the referral form' });
  assert.equal(await back.getAttribute('href'), '/referral/case');
  await back.click();
  await page.waitForSelector('main h1:text-is("The case")');
  // A value that is not a section of the form is never followed.
  await page.evaluate(() => { sessionStorage.clear(); sessionStorage.setItem('scr-guide.return', 'https://example.com/'); });
  await page.goto(new URL('/criteria/result#ryyyn', page.url()).href);
  await page.waitForSelector('main h1:visible');
  assert.equal(await page.getByRole('button', { name: 'Start the referral form' }).getAttribute('href'), '/referral');
  await context.close();
});
