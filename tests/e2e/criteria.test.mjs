// The questionnaire, clicked through as a person would: every outcome,
// the error when nothing is chosen, Change links, Back behaviour, restart.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage, checkPage, goto, mainText } from './helpers.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

/** Answer the current question page by its label and press Continue. */
async function answer(page, label) {
  await page.getByLabel(label, { exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForFunction(() => document.querySelector('main h1'));
}

async function h1(page) {
  return page.locator('main h1').innerText();
}

async function start(page) {
  await page.getByRole('link', { name: 'Check whether to refer a case' }).click();
  await page.getByRole('button', { name: 'Start now' }).click();
  assert.equal(await h1(page), 'Was the person under 18 at the time of the death or harm?');
}

async function finish(page, parallel = ['None of these that I know of']) {
  assert.equal(await h1(page), 'Are any of these other processes under way or expected?');
  for (const p of parallel) await page.getByLabel(p, { exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForSelector('h1:has-text("Check your answers")');
  await page.getByRole('button', { name: 'See the result' }).click();
  await page.waitForSelector('.panel-title');
}

const PATHS = [
  {
    name: 'abuse suspected and the child died: MUST',
    answers: ['Yes', 'Yes', 'Yes'],
    headline: 'This case meets the criteria for a Serious Case Review: refer it now',
    route: 'MustCommission',
  },
  {
    name: 'death in custody without suspected abuse: SHOULD ALWAYS',
    answers: ['Yes', 'Yes', 'No', 'Yes'],
    headline: 'A Serious Case Review should always be carried out: refer it now',
    route: 'ShouldAlwaysCommission',
  },
  {
    name: 'abuse not sure, seriously harmed, concerns: MAY',
    answers: ['Yes', 'No', 'Not sure', 'Yes', 'Yes, there is cause for concern'],
    headline: 'This case may meet the criteria: refer it so the Board can decide',
    route: 'MayMeetCriteria',
  },
  {
    name: 'looked-after child died, no abuse: NOTIFIABLE',
    answers: ['Yes', 'Yes', 'No', 'No', 'Yes'],
    headline: 'This is a serious incident to notify: refer it so the Board can consider a review',
    route: 'NotifiableIncident',
  },
  {
    name: 'harmed, clear no concerns: CRITERIA NOT MET, with something to do',
    answers: ['Yes', 'No', 'Yes', 'Yes', 'No, it is clear there are no such concerns'],
    headline: 'The criteria for a Serious Case Review do not appear to be met, but there is still something to do',
    route: 'CriteriaNotMet',
  },
];

for (const path of PATHS) {
  test(`outcome reached by clicking: ${path.name}`, async () => {
    const { page, context, problems } = await openPage(browser, '/');
    await start(page);
    await checkPage(page, problems, 'first question');
    for (const a of path.answers) await answer(page, a);
    await finish(page, path.route === 'MayMeetCriteria' ? ['A police (criminal) investigation', 'A coroner\'s inquest or inquiry'] : undefined);
    assert.equal(await page.locator('.panel-title').innerText(), path.headline);
    assert.equal(await page.locator('.panel').getAttribute('data-route'), path.route);
    const text = await mainText(page);
    assert.match(text, /Source: /);
    // What to do next, and why: each step's and finding's sources, in one note per list.
    const steps = await page.locator('.next-steps > li').count();
    const findings = await page.locator('.findings > li').count();
    const notes = page.locator('main details.sources');
    assert.equal(await notes.count(), 2);
    assert.equal(await notes.nth(0).locator('.citation').count(), steps, 'every step cited');
    assert.equal(await notes.nth(1).locator('.citation').count(), findings, 'every finding cited');
    assert.match(text, /designated safeguarding lead/);
    assert.match(text, /Checked on \d{1,2} [A-Z][a-z]+ \d{4}/);
    assert.match(text, /SCR referral form/, 'the form name comes from the Board profile');
    if (path.route !== 'CriteriaNotMet') assert.match(text, /scr-referrals@example\.org/, 'the mailbox comes from the Board profile');
    assert.equal(await page.getByRole('button', { name: 'Start the referral form' }).count(), 1);
    assert.equal(await page.getByRole('button', { name: 'Print or save this result' }).count(), 1);
    if (path.route === 'MayMeetCriteria') assert.match(text, /A police \(criminal\) investigation; A coroner's inquest or inquiry/);
    await checkPage(page, problems, `outcome ${path.route}`);
    await context.close();
  });
}

test('an adult is signposted to a Safeguarding Adults Review straight away', async () => {
  const { page, context, problems } = await openPage(browser, '/criteria');
  await page.getByRole('button', { name: 'Start now' }).click();
  await answer(page, 'No');
  await page.waitForSelector('h1:has-text("Check your answers")');
  await page.getByRole('button', { name: 'See the result' }).click();
  await page.waitForSelector('.panel-title');
  assert.equal(await page.locator('.panel-title').innerText(), 'This procedure is for children: consider a Safeguarding Adults Review');
  assert.equal(await page.getByText('Start the referral form').count(), 0);
  assert.match(await mainText(page), /other reviews may be relevant, such as a Safeguarding Adults Review/);
  await checkPage(page, problems, 'adult outcome');
  await context.close();
});

test('Continue with nothing chosen shows the error summary and inline error; fixing it moves on', async () => {
  const { page, context, problems } = await openPage(browser, '/criteria');
  await page.getByRole('button', { name: 'Start now' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  const summary = page.locator('#error-summary');
  await summary.waitFor();
  assert.match(await summary.innerText(), /There is a problem\s+Select an answer to continue/);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'error-summary', 'focus moves to the summary');
  assert.match(await page.title(), /^Error: /);
  assert.match(await page.locator('#question-error').innerText(), /Select an answer to continue/);
  await checkPage(page, problems, 'question with an error');
  await page.getByRole('link', { name: 'Select an answer to continue' }).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'answer-yes', 'the summary link goes to the first radio');
  await answer(page, 'Yes');
  assert.equal(await h1(page), 'Has the child died?');
  await context.close();
});

test('keyboard only: arrow keys choose, Enter continues', async () => {
  const { page, context, problems } = await openPage(browser, '/criteria');
  await page.getByRole('button', { name: 'Start now' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('h1:has-text("under 18")');
  await page.getByLabel('Yes', { exact: true }).focus();
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'answer-no');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await page.waitForSelector('h1:has-text("Has the child died?")');
  assert.deepEqual(problems, []);
  await context.close();
});

test('Change links keep the other answers; Back and the browser Back button behave', async () => {
  const { page, context, problems } = await openPage(browser, '/criteria');
  await page.getByRole('button', { name: 'Start now' }).click();
  for (const a of ['Yes', 'Yes', 'No', 'No', 'No']) await answer(page, a);
  await finish(page);
  assert.equal(await page.locator('.panel').getAttribute('data-route'), 'CriteriaNotMet');

  // Browser Back returns to the check page; the page's Back link to the previous question.
  await page.goBack();
  await page.waitForSelector('h1:has-text("Check your answers")');
  await page.getByRole('link', { name: 'Back' }).click();
  assert.equal(await h1(page), 'Are any of these other processes under way or expected?');
  assert.ok(await page.getByLabel('None of these that I know of').isChecked(), 'previous answer shown');
  await page.goBack();
  await page.waitForSelector('h1:has-text("Check your answers")');

  // Change "abuse or neglect" to Yes: the route becomes MUST and the
  // custody/looked-after answers drop off the summary.
  await page.getByRole('link', { name: /Change your answer to: Is abuse or neglect/ }).click();
  assert.equal(await h1(page), 'Is abuse or neglect of the child known or suspected?');
  assert.ok(await page.getByLabel('No', { exact: true }).isChecked());
  await answer(page, 'Yes');
  assert.equal(await h1(page), 'Check your answers', 'nothing new to ask: back to the check page');
  const summary = await mainText(page);
  assert.doesNotMatch(summary, /custody/);
  assert.match(summary, /Was the person under 18.*Yes.*Has the child died\?.*Yes/);
  await checkPage(page, problems, 'check your answers');
  await page.getByRole('button', { name: 'See the result' }).click();
  await page.waitForSelector('.panel-title');
  assert.equal(await page.locator('.panel').getAttribute('data-route'), 'MustCommission');

  // Change back to No: the kept custody answer is reused.
  await goto(page, '/criteria/abuse-or-neglect');
  await answer(page, 'No');
  assert.equal(await h1(page), 'Check your answers');
  assert.match(await mainText(page), /Did the child die in custody or while detained\?.*No/);
  await context.close();
});

test('answers survive a reload, and a mid-flow URL with no answers returns to the start', async () => {
  const { page, context, problems } = await openPage(browser, '/criteria');
  await page.getByRole('button', { name: 'Start now' }).click();
  await answer(page, 'Yes');
  await page.reload();
  await page.waitForSelector('main h1');
  assert.equal(await h1(page), 'Has the child died?');
  await page.goBack();
  await page.waitForSelector('main h1');
  assert.ok(await page.getByLabel('Yes', { exact: true }).isChecked(), 'answer kept after reload');
  assert.deepEqual(problems, []);
  await context.close();

  const fresh = await openPage(browser, '/criteria/seriously-harmed');
  assert.equal(new URL(fresh.page.url()).pathname, '/criteria');
  assert.match(await mainText(fresh.page), /taken you back to the start/);
  await checkPage(fresh.page, fresh.problems, 'restart notice');
  await goto(fresh.page, '/criteria/outcome');
  assert.equal(new URL(fresh.page.url()).pathname, '/criteria');
  await fresh.context.close();
});

test('the outcome prints with its date and answers, without buttons', async () => {
  const { page, context } = await openPage(browser, '/criteria');
  await page.getByRole('button', { name: 'Start now' }).click();
  for (const a of ['Yes', 'Yes', 'Yes']) await answer(page, a);
  await finish(page);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByRole('button', { name: 'Print or save this result' }).isVisible(), false);
  assert.ok(await page.getByText(/Checked on/).isVisible());
  assert.match(await page.locator('.print-header').innerText(), /SCR referral guide · Example Safeguarding Children Board \(an example Board profile: not a real Board\)/);
  assert.ok(await page.locator('.summary-list').isVisible());
  const today = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  assert.match(await page.locator('.print-header').innerText(), new RegExp(`Printed on ${today}`));
  // The sources print, and the lines to write on have room for handwriting
  // (at least 10 mm from the line above).
  assert.ok(await page.locator('details.sources .citation').first().isVisible(), 'sources print');
  const lines = await page.locator('.print-write-line').evaluateAll((ls) => ls.map((l) => {
    const box = l.getBoundingClientRect();
    return { text: l.textContent, height: box.height, width: box.width, border: getComputedStyle(l).borderBottomStyle };
  }));
  assert.deepEqual(lines.map((l) => l.text), ['Case reference:', 'Checked by (name and role):']);
  const mm = 96 / 25.4;
  for (const l of lines) {
    assert.equal(l.border, 'solid', `${l.text} is a line to write on`);
    assert.ok(l.height >= 10 * mm, `${l.text} has room to write (${(l.height / mm).toFixed(1)} mm)`);
  }
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 1000);
  await context.close();
});
