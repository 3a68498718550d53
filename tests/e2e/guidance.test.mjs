// Guidance pages and the deadline calculator, used as a person would.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { launchBrowser, openPage, checkPage, goto, mainText } from './helpers.mjs';

/** A PDF's text, one string per printed sheet. */
function pdfSheets(buffer) {
  const dir = mkdtempSync(join(tmpdir(), 'print-'));
  try {
    writeFileSync(join(dir, 'p.pdf'), buffer);
    return execFileSync('pdftotext', ['-layout', join(dir, 'p.pdf'), '-'], { encoding: 'utf8' })
      .split('\f').filter((p) => p.trim()).map((p) => p.replace(/\s+/g, ' '));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Today as the site prints it: "25 November 2026". */
const today = () => new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/** Every section's facts and its sources note, read from the page: each
 * fact starts a block (a paragraph, a list's lead-in or a list without one,
 * an inset, a quotation, a step's heading; not the Board's own words, which
 * cite nothing); the note lists each fact's
 * sources in order, introduced by its opening words when there are several. */
function sectionsAndSources() {
  return [...document.querySelectorAll('.guide-body .guide-section')].map((section) => {
    const facts = [];
    for (const el of section.children) {
      if (el.matches('p:not(.back-to-contents):not(.uncited)') || el.matches('.inset, blockquote')) facts.push(el.innerText);
      else if (el.matches('ul.list') && !el.previousElementSibling?.matches('p')) facts.push(el.innerText);
      else if (el.matches('ol.steps')) for (const h of el.querySelectorAll(':scope > li > h3')) facts.push(h.innerText);
    }
    const note = section.querySelector(':scope > details.sources');
    return {
      id: section.querySelector('h2').id,
      facts: facts.map((f) => f.replace(/\s+/g, ' ').trim()),
      labels: note ? [...note.querySelectorAll('dt')].map((dt) => dt.textContent) : [],
      citations: note ? [...note.querySelectorAll('.citation')].map((c) => c.textContent.trim()) : [],
      notes: section.querySelectorAll('details.sources').length,
      open: note?.open ?? false,
    };
  });
}

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const PAGES = [
  ['/what-is-an-scr', 'What a Serious Case Review is, and is not', [/not a criminal investigation|a criminal investigation into who is responsible/, /abuse or neglect of a child is known or suspected/, /Proportionate/]],
  ['/process', 'The Serious Case Review process, step by step', [/within one month/, /within five working days/, /six months/, /at least 12 months/, /Cross-border|another Board's area/, /media enquiry/i]],
  ['/interview', 'If you are asked to take part in a Serious Case Review', [/bring someone to support you/, /cannot speak for you/, /off sick/, /de-brief/, /not part of any disciplinary process/, /01632 960000/, /Who sees the report|While the review is going on/]],
  ['/who-sees-the-report', 'Who sees the report', [/coroner/, /criminal trial/, /at least 12 months/]],
  ['/refer', 'Prepare the referral', [/scr-referrals@example\.org/, /designated safeguarding lead/, /chronology/]],
  ['/about', 'About this guidance', [/Working Together to Safeguard Children 2018/, /29 September 2019/]],
  ['/accessibility', 'Accessibility statement', [/WCAG 2\.2/, /320 pixels/, /safeguarding-board@example\.org/, /01632 960000/]],
];

for (const [path, title, facts] of PAGES) {
  test(`${path} loads by URL with its headings, facts and sources`, async () => {
    const { page, context, problems } = await openPage(browser, path);
    assert.equal(await page.locator('h1:visible').innerText(), title);
    const text = await mainText(page);
    for (const fact of facts) assert.match(text, fact);
    // Every fact's sources are on the page, in one closed note per section
    // (on the accessibility statement, facts about the site itself cite
    // nothing, so only its cited facts are counted there).
    const sections = await page.evaluate(sectionsAndSources);
    for (const s of sections) {
      assert.ok(s.notes <= 1, `${path}#${s.id}: one sources note`);
      assert.equal(s.open, false, `${path}#${s.id}: the note is closed on screen`);
      for (const c of s.citations) assert.match(c, /\S+, \S/, `${path}#${s.id}: a citation names a source and a place in it: ${c}`);
      if (path === '/accessibility') continue;
      assert.equal(s.citations.length, s.facts.length, `${path}#${s.id}: every fact has its sources (${s.facts.length} facts)`);
      if (s.facts.length > 1) {
        s.labels.forEach((label, i) => {
          assert.ok(s.facts[i].startsWith(label.replace(/…$/, '')), `${path}#${s.id}: source ${i + 1} is for "${s.facts[i].slice(0, 40)}", not "${label}"`);
        });
      }
    }
    assert.ok(sections.reduce((n, s) => n + s.citations.length, 0) > 0, `${path} cites its sources`);
    // Every guidance page has a print button (shown by the site script).
    assert.ok(await page.getByRole('button', { name: 'Print this page' }).isVisible(), `${path} has a print button`);
    await checkPage(page, problems, path);
    await context.close();
  });
}

test('guidance pages link to each other and the contents list jumps to a section', async () => {
  const { page, context, problems } = await openPage(browser, '/');
  await page.getByRole('link', { name: 'The review process step by step' }).click();
  await page.waitForSelector('h1:has-text("step by step")');
  await page.getByRole('link', { name: 'If you are asked to take part in a review' }).click();
  await page.waitForSelector('h1:has-text("take part")');
  await page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: 'Will I be blamed or disciplined?' }).click();
  assert.equal(new URL(page.url()).hash, '#blame');
  assert.ok(await page.locator('#blame').isVisible());
  await page.goBack();
  assert.equal(new URL(page.url()).hash, '', 'Back goes back within the page');
  await page.goForward();
  await page.reload();
  await page.waitForSelector('main h1:visible');
  assert.equal(new URL(page.url()).pathname, '/interview');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a long guidance page has "Back to contents" after each section, not printed', async () => {
  const { page, context, problems } = await openPage(browser, '/interview');
  const sections = await page.locator('.guide-body .guide-section').count();
  const back = page.locator('.guide-section .back-to-contents a');
  assert.equal(await back.count(), sections, 'one link after each section');
  assert.deepEqual([...new Set(await back.evaluateAll((as) => as.map((a) => a.getAttribute('href'))))], ['#contents']);
  await back.last().click();
  assert.equal(new URL(page.url()).hash, '#contents');
  assert.ok(await page.getByRole('navigation', { name: 'Contents' }).isVisible());
  await page.emulateMedia({ media: 'print' });
  assert.equal(await back.first().isVisible(), false, 'not in print');
  await page.emulateMedia({ media: 'screen' });
  // A short page (no contents list) has none.
  await goto(page, '/about');
  assert.equal(await page.locator('.contents-list').count(), 0);
  assert.equal(await page.locator('.back-to-contents').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('citations take little room on screen and are all there in print', async () => {
  const { page, context } = await openPage(browser, '/interview');
  const share = () => page.evaluate(() => {
    const words = (t) => t.split(/\s+/).filter(Boolean).length;
    const main = document.querySelector('main');
    const cited = [...main.querySelectorAll('.citation, .sources')].filter((e) => !e.parentElement.closest('.sources'));
    // Words for screen readers only (which section a note is for) are not seen.
    const unseen = (el) => [...el.querySelectorAll('.visually-hidden')].reduce((n, e) => n + words(e.innerText), 0);
    return {
      all: words(main.innerText) - unseen(main),
      cited: cited.reduce((n, e) => n + words(e.innerText) - unseen(e), 0),
    };
  });
  const screen = await share();
  const ratio = screen.cited / screen.all;
  console.log(`/interview on screen: ${screen.cited} of ${screen.all} words are citations (${(100 * ratio).toFixed(1)}%)`);
  assert.ok(ratio < 0.1, `citations are ${(100 * ratio).toFixed(1)}% of the words on screen`);
  await page.emulateMedia({ media: 'print' });
  const printed = await share();
  console.log(`/interview printed: ${printed.cited} of ${printed.all} words are citations (${(100 * printed.cited / printed.all).toFixed(1)}%)`);
  for (const c of await page.locator('.sources .citation').all()) assert.ok(await c.isVisible(), 'every citation prints');
  assert.ok(printed.cited > screen.cited * 5, 'the sources notes print open');
  await context.close();
});

test('the interview page prints as a compact document (two A4 sheets at most), dated, with its sources', async () => {
  const { page, context } = await openPage(browser, '/interview');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByRole('button', { name: 'Print this page' }).isVisible(), false);
  assert.equal(await page.locator('header').isVisible(), false);
  assert.match(await page.locator('.print-header').innerText(), new RegExp(`Printed on ${today()} · Guidance last checked against its sources on \\d{1,2} [A-Z][a-z]+ \\d{4}`));
  const sheets = pdfSheets(await page.pdf({ format: 'A4', printBackground: false }));
  assert.ok(sheets.length <= 2, `the interview page prints on two A4 sheets at most, not ${sheets.length}`);
  sheets.forEach((sheet, i) => {
    assert.ok(sheet.includes(`Printed on ${today()}`), `sheet ${i + 1} says when it was printed`);
    assert.ok(sheet.includes(`Page ${i + 1} of ${sheets.length}`), `sheet ${i + 1} is numbered`);
  });
  const all = sheets.join(' ');
  assert.match(all, /Sources for this section:/);
  assert.match(all, /Bolton SCB leaflet, Introduction/);
  await context.close();
});

async function fillDate(page, prefix, [d, m, y]) {
  await page.locator(`#${prefix}-day`).fill(d);
  await page.locator(`#${prefix}-month`).fill(m);
  await page.locator(`#${prefix}-year`).fill(y);
}

for (const [label, notified, decided, expected] of [
  ['31 January: end of February, then five working days', ['31', '1', '2026'], null,
    { decision: 'Saturday 28 February 2026', national: 'Friday 6 March 2026', completion: 'Friday 28 August 2026' }],
  ['a decision before Easter skips Good Friday and Easter Monday', ['10', '3', '2026'], ['1', '4', '2026'],
    { decision: 'Friday 10 April 2026', national: 'Friday 10 April 2026', completion: 'Thursday 1 October 2026' }],
  ['a decision at Christmas skips the substitute days and New Year', ['1', '12', '2026'], ['23', '12', '2026'],
    { decision: 'Friday 1 January 2027', national: 'Monday 4 January 2027', completion: 'Wednesday 23 June 2027' }],
]) {
  test(`deadline calculator: ${label}`, async () => {
    const { page, context, problems } = await openPage(browser, '/deadlines');
    await fillDate(page, 'notified', notified);
    if (decided) await fillDate(page, 'decided', decided);
    await page.getByRole('button', { name: 'Work out the dates' }).click();
    await page.waitForSelector('#result-decision');
    assert.match(await page.locator('#result-decision').innerText(), new RegExp(expected.decision));
    assert.match(await page.locator('#result-national').innerText(), new RegExp(expected.national));
    assert.match(await page.locator('#result-completion').innerText(), new RegExp(expected.completion));
    await checkPage(page, problems, `deadlines: ${label}`);
    await context.close();
  });
}

test('deadline calculator: bad dates get clear errors and keep what was typed', async () => {
  const { page, context, problems } = await openPage(browser, '/deadlines');
  await page.getByRole('button', { name: 'Work out the dates' }).click();
  await page.locator('#error-summary').waitFor();
  assert.match(await page.locator('#error-summary').innerText(), /Enter the date the Board was notified/);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'error-summary');
  await checkPage(page, problems, 'deadlines with an error');

  await fillDate(page, 'notified', ['31', '2', '2026']);
  await page.getByRole('button', { name: 'Work out the dates' }).click();
  await page.waitForFunction(() => /February 2026 has no day 31/.test(document.querySelector('#error-summary')?.innerText || ''));
  assert.equal(await page.locator('#notified-day').inputValue(), '31', 'input kept');
  assert.match(await page.locator('#notified-day').getAttribute('class'), /input-error/);

  await fillDate(page, 'notified', ['1', '2', '0026']);
  await page.getByRole('button', { name: 'Work out the dates' }).click();
  await page.waitForFunction(() => /1900 or later/.test(document.querySelector('#error-summary')?.innerText || ''));
  await page.getByRole('link', { name: /1900 or later/ }).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'notified-year');

  await fillDate(page, 'notified', ['1', '2', '2026']);
  await fillDate(page, 'decided', ['1', '1', '2026']);
  await page.getByRole('button', { name: 'Work out the dates' }).click();
  await page.waitForFunction(() => /same as or after/.test(document.querySelector('#error-summary')?.innerText || ''));
  assert.match(await mainText(page), /same as or after the date the Board was notified/);
  await context.close();
});

test('deadline calculator: a date at the weekend or on a bank holiday is flagged, and the dates print, dated', async () => {
  const { page, context, problems } = await openPage(browser, '/deadlines');
  // Notified Wednesday 25 November 2026: the decision is due on Christmas Day.
  await fillDate(page, 'notified', ['25', '11', '2026']);
  await page.getByRole('button', { name: 'Work out the dates' }).click();
  await page.waitForSelector('#result-decision');
  assert.match(await page.locator('#result-decision').innerText(), /Friday 25 December 2026\s+Friday 25 December 2026 is a bank holiday in England and Wales\./);
  assert.equal(await page.locator('.date-flag').count(), 1, 'only the date that is not a working day');
  // The sources of the three dates are in one note.
  assert.equal(await page.locator('.results .sources .citation').count(), 3);
  await checkPage(page, problems, 'deadlines with a bank holiday');

  // An entered decision date at the weekend is flagged where it is shown.
  await fillDate(page, 'decided', ['28', '11', '2026']);
  await page.getByRole('button', { name: 'Work out the dates' }).click();
  await page.waitForFunction(() => document.querySelector('#result-decided'));
  assert.match(await page.locator('#result-decided').innerText(), /Saturday 28 November 2026 is at the weekend\./);

  // Printed: the dates, their flags and sources, not the form or buttons; dated.
  const print = page.getByRole('button', { name: 'Print these dates' });
  assert.ok(await print.isVisible());
  await page.emulateMedia({ media: 'print' });
  assert.equal(await print.isVisible(), false);
  assert.equal(await page.locator('form').isVisible(), false, 'the form does not print');
  const text = pdfSheets(await page.pdf({ format: 'A4' })).join(' ');
  for (const expected of ['Board notified Wednesday 25 November 2026', 'Decision made Saturday 28 November 2026',
    'Saturday 28 November 2026 is at the weekend.', 'Friday 25 December 2026 is a bank holiday in England and Wales.',
    `Printed on ${today()}`, 'Sources for this section:', 'Buckinghamshire SCB procedure, 8.2.27']) {
    assert.ok(text.includes(expected), `the printout has: ${expected}`);
  }
  await context.close();
});

test('deadline calculator: a date after the Serious Case Review rules ended is warned about; one before is not', async () => {
  const { page, context, problems } = await openPage(browser, '/deadlines');
  assert.match(await page.locator('#notified-hint').innerText().catch(() => page.locator('main').innerText()), /2018/, 'the example date is one when the rules applied');
  await fillDate(page, 'notified', ['27', '9', '2019']);
  await page.getByRole('button', { name: 'Work out the dates' }).click();
  await page.waitForSelector('#result-decision');
  assert.equal(await page.locator('#rules-replaced').count(), 0, 'no warning while the rules applied');
  await fillDate(page, 'notified', ['30', '9', '2019']);
  await page.getByRole('button', { name: 'Work out the dates' }).click();
  await page.locator('#rules-replaced').waitFor();
  assert.match(await page.locator('#rules-replaced').innerText(), /after 29 September 2019.*replaced by safeguarding partners/s);
  assert.match(await page.locator('#rules-replaced a').first().getAttribute('href'), /^\/sources#src-/);
  await checkPage(page, problems, 'deadlines after the rules ended');
  await context.close();
});
