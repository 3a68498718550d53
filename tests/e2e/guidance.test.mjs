// Guidance pages and the deadline calculator, used as a person would.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage, checkPage, goto, mainText } from './helpers.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const PAGES = [
  ['/what-is-an-scr', 'What a Serious Case Review is, and is not', [/not a criminal investigation|a criminal investigation into who is responsible/, /abuse or neglect of a child is known or suspected/, /Proportionate/]],
  ['/process', 'The Serious Case Review process, step by step', [/within one month/, /within five working days/, /six months/, /at least 12 months/, /Cross-border|another Board's area/, /media enquiry/i]],
  ['/interview', 'If you are asked to take part in a Serious Case Review', [/bring someone to support you/, /cannot speak for you/, /off sick/, /de-brief/, /not part of any disciplinary process/, /01632 960000/, /Who sees the report|While the review is going on/]],
  ['/who-sees-the-report', 'Who sees the report', [/coroner/, /criminal trial/, /at least 12 months/]],
  ['/refer', 'Prepare the referral', [/scr-referrals@example\.org/, /designated safeguarding lead/, /chronology/]],
];

for (const [path, title, facts] of PAGES) {
  test(`${path} loads by URL with its headings, facts and sources`, async () => {
    const { page, context, problems } = await openPage(browser, path);
    assert.equal(await page.locator('h1').innerText(), title);
    const text = await mainText(page);
    for (const fact of facts) assert.match(text, fact);
    const paragraphs = await page.locator('.guide-body p:not(.citation)').count();
    const citations = await page.locator('.guide-body .citation').count();
    assert.ok(citations > 0 && citations >= paragraphs / 3, `${path}: cited (${citations} citations, ${paragraphs} paragraphs)`);
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
  await page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: 'Your rights' }).click();
  assert.equal(new URL(page.url()).hash, '#rights');
  assert.ok(await page.locator('#rights').isVisible());
  await page.goBack();
  assert.equal(new URL(page.url()).hash, '', 'Back goes back within the page');
  await page.goForward();
  await page.reload();
  await page.waitForSelector('main h1');
  assert.equal(new URL(page.url()).pathname, '/interview');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the interview page prints as a compact document (two A4 sheets at most)', async () => {
  const { page, context } = await openPage(browser, '/interview');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByRole('button', { name: 'Print this page' }).isVisible(), false);
  assert.equal(await page.locator('header').isVisible(), false);
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  assert.ok(pages <= 2, `the interview page prints on two A4 sheets at most, not ${pages}`);
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
