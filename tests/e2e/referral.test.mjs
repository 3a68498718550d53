// The referral form, used as a person would: from a questionnaire outcome
// to a checked referral; errors and their fixes; Change links; reload;
// kept drafts (expiry, unreadable drafts, two tabs); hand-over files;
// "Delete everything on this device"; and blocked storage. Every page
// visited passes the foundation checks (axe, network, console, 320 px).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { launchBrowser, openPage, checkPage, goto, mainText, waitForIdle } from './helpers.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const CHILD = 'Nguyễn Thị Ánh';
const ME = "Zoë O'Brien-Łukasiewicz";

async function h1(page) {
  return page.locator('main h1').innerText();
}

async function storage(page) {
  return page.evaluate(() => ({
    local: Object.fromEntries(Object.entries(localStorage)),
    session: Object.fromEntries(Object.entries(sessionStorage)),
  }));
}

/** Open a section from the task list. */
async function openSection(page, title) {
  await page.getByRole('link', { name: title, exact: true }).click();
  await page.waitForSelector(`main h1:text-is("${title}")`);
}

async function save(page) {
  await page.getByRole('button', { name: 'Save and continue' }).click();
}

async function saveBackToList(page) {
  await save(page);
  await page.waitForSelector('main h1:text-is("Referral form")');
}

async function status(page, slug) {
  return page.locator(`#status-${slug}`).innerText();
}

async function date(page, id, d, m, y) {
  await page.fill(`#${id}-day`, d);
  await page.fill(`#${id}-month`, m);
  await page.fill(`#${id}-year`, y);
}

/** Answer the questionnaire (the SCR must be commissioned: under 18,
 * died, abuse suspected, not in custody) and start the form. */
async function fromOutcome(page) {
  await goto(page, '/criteria');
  await page.getByRole('button', { name: 'Start now' }).click();
  for (const label of ['Yes', 'Yes', 'Yes', 'No']) {
    await page.locator('.qn-answer:visible').filter({ hasText: new RegExp(`^${label}$`) }).click();
  }
  await page.getByRole('button', { name: 'See the result' }).click();
  await page.getByRole('button', { name: 'Start the referral form' }).click();
  await page.waitForSelector('main h1:text-is("Referral form")');
}

async function fillAboutYou(page) {
  await openSection(page, 'About you');
  await page.getByLabel('Your full name').fill(ME);
  await page.getByLabel('Job title').fill('Health visitor');
  await page.getByLabel('Agency').fill('Anytown NHS Trust');
  await page.getByLabel('Phone number').fill('+44 1632 960 001');
  await page.getByLabel('Secure email address').fill('zoe.obrien@nhs.example');
  await saveBackToList(page);
}

/** Fill every section of the form (after fromOutcome). */
async function fillAll(page, problems) {
  await fillAboutYou(page);
  assert.equal(await status(page, 'about-you'), 'Completed');

  await openSection(page, 'Designated safeguarding lead');
  await page.locator('#consulted-yes').check();
  await page.getByLabel('Their name').fill('Ayşe Yılmaz');
  await page.getByLabel('Their role').fill('Named nurse for safeguarding');
  await date(page, 'dsl-date', '20', '11', '2026');
  await checkPage(page, problems, 'designated safeguarding lead section');
  await saveBackToList(page);

  await openSection(page, 'The child');
  await page.getByLabel("The child's full name").fill(CHILD);
  await page.locator('#dob-known-yes').check();
  await date(page, 'dob', '1', '6', '2020');
  await page.getByLabel('Address, or the area if the address is not known').fill('Anytown');
  await page.getByLabel('A child in need').check();
  await page.locator('#social-care-yes').check();
  await date(page, 'incident-date', '1', '11', '2026');
  await page.getByLabel('Where was the child, and who was caring for them, at the time?').fill('At home with her mother.\nΣτο σπίτι.');
  await checkPage(page, problems, 'the child section, filled in');
  await saveBackToList(page);

  // Household: add two people, remove the first; the second keeps its answers.
  await openSection(page, 'Family and household');
  await page.getByRole('button', { name: 'Add a person' }).click();
  await page.locator('#household-1-name').fill('Removed Person');
  await page.getByRole('button', { name: 'Add another person' }).click();
  await page.waitForFunction(() => document.activeElement.id === 'household-2-name'); // focus moves to the new row
  await page.locator('#household-2-name').fill('Олена Петренко');
  await page.locator('#household-2-relationship').fill('Mother');
  await page.getByRole('button', { name: 'Remove person 1' }).click();
  assert.equal(await page.locator('#household-1-name').inputValue(), 'Олена Петренко');
  assert.equal(await page.locator('#household-1-relationship').inputValue(), 'Mother');
  assert.equal(await page.locator('#household-2-name').count(), 0);
  await checkPage(page, problems, 'household section with a row');
  await saveBackToList(page);

  // The case shows the questionnaire's answers; changing them comes back here.
  await openSection(page, 'The case');
  assert.match(await mainText(page), /This case meets the criteria for a Serious Case Review/);
  await page.getByRole('link', { name: 'Change your answers to the criteria questions' }).click();
  await page.waitForURL(/\/criteria#cyyyn$/);
  await page.getByRole('button', { name: 'See the result' }).click();
  await page.getByRole('button', { name: 'Return to the referral form' }).click();
  await page.waitForSelector('main h1:text-is("The case")');
  await page.getByLabel('Consideration for a Serious Case Review').check();
  await page.getByLabel('What happened?').fill('Σοβαρός τραυματισμός: a serious injury at home.');
  await page.getByLabel('Why are you referring the case?').fill('Abuse is suspected and the child died.');
  await checkPage(page, problems, 'case section');
  await saveBackToList(page);

  // Agencies: the first row starts with the referrer's own agency.
  await openSection(page, 'Agencies involved');
  assert.equal(await page.locator('#agency-1-agency').inputValue(), 'Anytown NHS Trust');
  await page.locator('#agency-1-involvement').fill('Health visiting since June 2020');
  await page.locator('#agency-1-still-yes').check();
  await page.locator('#records-yes').check();
  await checkPage(page, problems, 'agencies section');
  await saveBackToList(page);

  // Other processes: the form asks them (the questionnaire no longer
  // does: they cannot change a duty).
  await openSection(page, 'Other investigations and reviews');
  await page.getByLabel('A police (criminal) investigation').check();
  await page.locator('#parallel-police-reference').fill('Op Ash, DC Smith');
  await checkPage(page, problems, 'other reviews section');
  await saveBackToList(page);

  // Chronology: two events entered out of order, then sorted by date.
  await openSection(page, 'Skeleton chronology');
  await page.getByRole('button', { name: 'Add an event' }).click();
  await date(page, 'chronology-1-date', '1', '11', '2026');
  await page.locator('#chronology-1-agency').fill('Police');
  await page.locator('#chronology-1-event').fill('Child taken to hospital');
  await page.getByRole('button', { name: 'Add another event' }).click();
  await date(page, 'chronology-2-date', '14', '2', '2026');
  await page.locator('#chronology-2-agency').fill('Health visiting');
  await page.locator('#chronology-2-event').fill('Missed appointment');
  await page.getByRole('button', { name: 'Sort by date' }).click();
  assert.equal(await page.locator('#chronology-1-agency').inputValue(), 'Health visiting');
  await checkPage(page, problems, 'chronology section');
  await saveBackToList(page);
}

test('from a questionnaire outcome to a checked referral, with errors, Change links and a reload', async () => {
  const { page, context, problems, dialogs } = await openPage(browser, '/');
  await fromOutcome(page);
  await checkPage(page, problems, 'task list');
  assert.equal(await status(page, 'about-you'), 'Not started');
  // The form is not the way to report a child at risk now (said without
  // citations: the form carries none).
  const urgent = await page.locator('#urgent').innerText();
  assert.match(urgent, /If a child is at risk now[\s\S]*call 999/);
  assert.equal(await page.locator('#urgent a').count(), 0);

  // An error: nothing entered. Summary and inline messages, fields kept.
  await openSection(page, 'About you');
  await page.getByLabel('Your full name').fill(ME);
  await page.getByLabel('Phone number').fill('12345');
  await save(page);
  await page.waitForSelector('#error-summary');
  assert.ok((await page.title()).startsWith('Error: '));
  assert.equal(await page.evaluate(() => document.activeElement.id), 'error-summary');
  const summary = await page.locator('#error-summary').innerText();
  assert.match(summary, /Enter your job title/);
  assert.match(summary, /Enter a UK phone number, like 01632 960 001/);
  assert.match(await page.locator('#phone-error').innerText(), /Enter a UK phone number/);
  assert.equal(await page.getByLabel('Your full name').inputValue(), ME, 'nothing typed is lost');
  await checkPage(page, problems, 'about you with errors');
  await page.locator('#error-summary a', { hasText: 'Enter your job title' }).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'job-title');
  await page.getByRole('link', { name: 'Return to the task list' }).click();
  assert.equal(await status(page, 'about-you'), 'Has errors');

  // A date in the future and a child 18 or over.
  await openSection(page, 'The child');
  await page.locator('#dob-known-yes').check();
  await date(page, 'dob', '1', '1', '2000');
  await date(page, 'incident-date', '31', '2', '2026');
  await save(page);
  await page.waitForSelector('#error-summary');
  assert.match(await page.locator('#incident-date-error').innerText(), /real date/i);
  await date(page, 'incident-date', '1', '11', '2026');
  await save(page);
  await page.waitForSelector('#dob-error');
  assert.match(await page.locator('#dob-error').innerText(), /18 or over/);
  await page.getByRole('link', { name: 'Return to the task list' }).click();

  await fillAll(page, problems);
  assert.equal(await page.locator('#progress').innerText(), 'You have completed 8 of 8 sections.');

  // A reload keeps everything (session storage), and nothing is in local
  // storage. The form is kept only in this tab, so the browser asks first
  // (it cannot tell a reload from closing the tab); following the site's
  // own links (to the questionnaire and back) did not.
  assert.deepEqual(dialogs, [], 'no question when following the site\'s own links');
  await page.reload();
  await page.waitForSelector('main h1:text-is("Referral form")');
  assert.deepEqual(dialogs, ['beforeunload'], 'asked before a reload, as before closing the tab');
  assert.equal(await status(page, 'chronology'), 'Completed');
  const stored = await storage(page);
  assert.deepEqual(Object.keys(stored.local), [], 'no draft is kept unless the user asks');
  assert.ok(stored.session['scr-guide.referral'].includes(CHILD));

  // Check your answers, then a Change link and back.
  await page.getByRole('link', { name: 'Check your answers and produce the referral' }).click();
  await page.waitForSelector('main h1:text-is("Check your answers before producing the referral")');
  const check = await mainText(page);
  for (const value of [ME, CHILD, 'Олена Петренко', 'Ayşe Yılmaz', 'Op Ash, DC Smith', 'Missed appointment', '1 June 2020', 'Σοβαρός τραυματισμός']) {
    assert.ok(check.includes(value), `check page shows ${value}`);
  }
  assert.ok(check.indexOf('Missed appointment') < check.indexOf('Child taken to hospital'), 'chronology in date order');
  await checkPage(page, problems, 'check your answers');
  await page.locator('#change-child').click();
  await page.waitForSelector('main h1:text-is("The child")');
  await page.getByLabel('Other names or aliases (optional)').fill('Ánh');
  await save(page);
  await page.waitForSelector('main h1:text-is("Check your answers before producing the referral")');
  assert.match(await mainText(page), /Other names or aliases Ánh/);

  await page.getByRole('button', { name: 'Finish and produce the referral' }).click();
  await page.waitForSelector('main h1:text-is("Your referral is not sent yet")');
  assert.match(await mainText(page), /scr-referrals@example\.org/);
  await checkPage(page, problems, 'finished');
  await context.close();
});

test('finishing with a section missing lists it and links to it', async () => {
  const { page, context, problems } = await openPage(browser, '/referral');
  await fillAboutYou(page);
  await page.getByRole('link', { name: 'Check your answers and produce the referral' }).click();
  await page.getByRole('button', { name: 'Finish and produce the referral' }).click();
  await page.waitForSelector('#error-summary');
  const summary = await page.locator('#error-summary').innerText();
  assert.match(summary, /The child: Enter the child's name/);
  assert.doesNotMatch(summary, /About you/);
  await checkPage(page, problems, 'check page with errors');
  await page.locator('#error-summary a', { hasText: 'The child:' }).click();
  await page.waitForSelector('main h1:text-is("The child")');
  assert.match(await page.locator('#error-summary').innerText(), /Enter the child's name/, 'the section shows its errors');
  await context.close();
});

test('a kept draft survives closing the tab, shows its dates, and expires', async () => {
  const { page, context, problems } = await openPage(browser, '/referral');
  await page.getByLabel('Keep a draft on this device').check();
  await fillAboutYou(page);
  await waitForIdle(page); // the last change is saved, nothing is waiting
  const kept = JSON.parse((await storage(page)).local['scr-guide.draft']);
  assert.equal(kept.version, 2);
  assert.equal(kept.referral.about_you.name, ME);
  assert.match(await page.locator('#draft-status').innerText(), /Draft saved on this device on .* It will be deleted on/);
  await checkPage(page, problems, 'task list with a kept draft');
  await page.close();

  // A new tab (new session storage, same device) opens the draft.
  const second = await context.newPage();
  await goto(second, '/referral');
  assert.match(await second.locator('#draft-notice').innerText(), /We have opened the draft you kept on this device/);
  assert.equal(await second.locator('#status-about-you').innerText(), 'Completed');
  await second.close();

  // Older than the Board's limit (7 days): deleted, and the user is told.
  const third = await context.newPage();
  await goto(third, '/');
  await third.evaluate(() => {
    const d = JSON.parse(localStorage.getItem('scr-guide.draft'));
    d.saved_at_ms -= 8 * 24 * 60 * 60 * 1000;
    localStorage.setItem('scr-guide.draft', JSON.stringify(d));
  });
  await third.close();
  const fourth = await context.newPage();
  await goto(fourth, '/referral');
  assert.match(await fourth.locator('#draft-notice').innerText(), /older than 7 days, so it has been deleted/);
  assert.equal(await fourth.evaluate(() => localStorage.getItem('scr-guide.draft')), null);
  assert.equal(await fourth.locator('#status-about-you').innerText(), 'Not started');
  await context.close();
});

test('an unreadable draft is never discarded silently: it can be downloaded, then deleted', async () => {
  const { page, context: ctx, problems } = await openPage(browser, '/');
  await page.evaluate(() => localStorage.setItem('scr-guide.draft', '{"format": "scr-referral-guide referral", "version": 99, "note": "Zoë"}'));
  await goto(page, '/referral');
  const notice = await page.locator('#draft-notice').innerText();
  assert.match(notice, /cannot read/);
  assert.match(notice, /newer version of this site/);
  await checkPage(page, problems, 'unreadable draft notice');
  // Keeping a new draft would overwrite it: not until the user decides.
  await page.getByLabel('Keep a draft on this device').check();
  assert.match(await page.evaluate(() => localStorage.getItem('scr-guide.draft')), /"version": 99/);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the saved form' }).click(),
  ]);
  const path = await download.path();
  assert.equal(readFileSync(path, 'utf8'), '{"format": "scr-referral-guide referral", "version": 99, "note": "Zoë"}');
  await page.getByRole('button', { name: 'Delete it' }).click();
  assert.equal(await page.evaluate(() => localStorage.getItem('scr-guide.draft')), null);
  assert.equal(await page.locator('#draft-notice').count(), 0);
  await ctx.close();
});

test('two tabs editing the same kept draft do not overwrite each other silently', async () => {
  const { page: a, context, problems } = await openPage(browser, '/referral');
  await a.getByLabel('Keep a draft on this device').check();
  await fillAboutYou(a);
  // Tab A has saved its last change ("Save and continue" marks the section)
  // and has nothing waiting before tab B opens: otherwise B could open an
  // older draft, hear of A's save, and rightly stop saving itself.
  await waitForIdle(a);
  const revision = Number(await a.locator('#tool').getAttribute('data-draft-revision'));
  assert.equal(await a.evaluate(() => JSON.parse(localStorage.getItem('scr-guide.draft')).revision), revision, "the kept draft is A's last save");
  const b = await context.newPage();
  await goto(b, '/referral/about-you');
  await b.getByLabel('Job title').fill('Named nurse');
  // B saves its change over the revision it opened, as the next one.
  await b.waitForSelector(`#tool[data-draft="idle"][data-draft-revision="${revision + 1}"]`);
  // The person goes back to tab A (a hidden tab may not draw): it has heard
  // of it, and saves nothing more until the user chooses.
  await a.bringToFront();
  await a.waitForSelector('#draft-notice:has-text("changed in another tab")');
  // A reload does not lose this tab's version either.
  await goto(a, '/referral');
  await a.waitForSelector('#draft-notice:has-text("changed in another tab")');
  await checkPage(a, problems, 'two-tab conflict notice');
  const before = await a.evaluate(() => localStorage.getItem('scr-guide.draft'));
  assert.match(before, /Named nurse/);
  await a.getByRole('button', { name: 'Use the other version' }).click();
  await a.getByRole('link', { name: 'About you', exact: true }).click();
  assert.equal(await a.getByLabel('Job title').inputValue(), 'Named nurse');
  await context.close();
});

test('a hand-over file downloads, opens on another device, and bad files are refused without losing the form', async () => {
  const { page, context, problems } = await openPage(browser, '/referral');
  await fillAboutYou(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download a hand-over file' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^SCR-referral-draft-\d{4}-\d{2}-\d{2}\.json$/, 'no personal data in the file name');
  const text = readFileSync(await download.path(), 'utf8');
  assert.ok(text.includes(ME));
  await context.close();

  // Another device: a fresh browser context.
  const other = await openPage(browser, '/referral');
  const dir = mkdtempSync(join(tmpdir(), 'handover-'));
  await fillAboutYou(other.page); // their own form, which a bad file must not touch
  await other.page.getByRole('link', { name: 'About you', exact: true }).click();
  await other.page.getByLabel('Job title').fill('Designated lead');
  await other.page.getByRole('link', { name: 'Return to the task list' }).click();

  const bad = [
    ['not-json.json', 'Dear Board, please see attached.', /not a hand-over file from this site/],
    ['newer.json', text.replace('"version": 2', '"version": 3'), /newer version of this site/],
    ['tampered.json', text.replace('"records_secured": null', '"records_secured": "Maybe"'), /changed or damaged.*records_secured/],
    // Hostile files: a key given twice (the real chronology followed by an
    // empty one), a line break in a one-line answer (it would reach the
    // mail link's subject), an answer only the other rule set's form asks.
    ['doubled.json', text.replace('"chronology": [', '"chronology": [], "chronology": ['), /"referral\.chronology" is given more than once/],
    ['line-break.json', text.replace('"agency": "Anytown NHS Trust"', '"agency": "Anytown\\r\\nBcc: x@example.org"'), /"agency" has a line break/],
    ['other-rules.json', text.replace('"health": ""', '"health": "Asthma"'), /belongs to another rule set's form/],
  ];
  for (const [name, contents] of bad.slice(3)) assert.notEqual(contents, text, `${name} differs from the file`);
  for (const [name, contents, message] of bad) {
    const path = join(dir, name);
    writeFileSync(path, contents);
    await other.page.locator('#handover-file').setInputFiles(path);
    await other.page.getByRole('button', { name: 'Open the file' }).click();
    await other.page.waitForFunction(
      (source) => new RegExp(source).test(document.getElementById('handover-file-error')?.innerText || ''),
      message.source,
    );
    assert.match(await other.page.locator('#error-summary').innerText(), message, name);
    assert.match(await other.page.locator('#handover-file-error').innerText(), message, name);
  }
  await checkPage(other.page, other.problems, 'hand-over file error');
  await other.page.getByRole('link', { name: 'About you', exact: true }).click();
  assert.equal(await other.page.getByLabel('Job title').inputValue(), 'Designated lead', 'a refused file changes nothing');
  await other.page.getByRole('link', { name: 'Return to the task list' }).click();

  const good = join(dir, 'good.json');
  writeFileSync(good, text);
  await other.page.locator('#handover-file').setInputFiles(good);
  await other.page.getByRole('button', { name: 'Open the file' }).click();
  // Their own form is started: opening the file asks first.
  await other.page.getByRole('button', { name: 'Replace my form with the file' }).click();
  await other.page.waitForSelector('#opened-notice');
  assert.equal(await other.page.locator('#handover-file-error').count(), 0);
  await other.page.getByRole('link', { name: 'About you', exact: true }).click();
  assert.equal(await other.page.getByLabel('Job title').inputValue(), 'Health visitor');
  assert.equal(await other.page.getByLabel('Your full name').inputValue(), ME, 'Unicode kept exactly');
  await other.context.close();
});

test('"Delete everything on this device" is one click from any page and leaves storage empty', async () => {
  const { page, context, problems } = await openPage(browser, '/referral');
  await page.getByLabel('Keep a draft on this device').check();
  await fillAboutYou(page);
  await waitForIdle(page); // everything typed is saved before the form's page goes
  await goto(page, '/interview');
  const before = await storage(page);
  assert.ok(Object.keys(before.local).length > 0 && Object.keys(before.session).length > 0);
  await page.getByRole('link', { name: 'Delete everything on this device' }).click();
  await page.waitForSelector('main h1:text-is("Delete everything on this device")');
  assert.match(await page.locator('#stored-now').innerText(), /the referral draft kept on this device/);
  await checkPage(page, problems, 'delete page');
  await page.getByRole('button', { name: 'Delete everything' }).click();
  await page.waitForSelector('#deleted-heading');
  // No referral form runs on this page (it saved and went before), so
  // nothing can write after the delete.
  assert.equal(await page.locator('#tool[data-draft]').count(), 0, 'no form on the delete page');
  assert.deepEqual(await storage(page), { local: {}, session: {} });
  await checkPage(page, problems, 'deleted');
  await page.reload();
  await page.waitForSelector('main h1:visible');
  assert.deepEqual(await storage(page), { local: {}, session: {} });
  await goto(page, '/referral');
  assert.equal(await status(page, 'about-you'), 'Not started');
  await context.close();
});

test('with storage blocked the form still works and says drafts are off', async () => {
  const { page, context, problems } = await openPage(browser, '/');
  await context.addInitScript(() => {
    for (const name of ['localStorage', 'sessionStorage']) {
      Object.defineProperty(window, name, { get() { throw new DOMException('blocked', 'SecurityError'); } });
    }
  });
  await goto(page, '/referral');
  assert.match(await page.locator('#storage-off').innerText(), /drafts are off/);
  await fillAboutYou(page);
  assert.equal(await status(page, 'about-you'), 'Completed');
  await checkPage(page, problems, 'task list with storage blocked');
  await context.close();
});

test('when storage is full the form keeps working and says drafts are off', async () => {
  const { page, context, problems } = await openPage(browser, '/');
  await context.addInitScript(() => {
    const real = Storage.prototype.setItem;
    Storage.prototype.setItem = function setItem(key, value) {
      if (key.startsWith('scr-guide.referral') || key === 'scr-guide.draft') {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return real.call(this, key, value);
    };
  });
  await goto(page, '/referral');
  await fillAboutYou(page);
  await page.locator('#storage-full').waitFor();
  assert.match(await page.locator('#storage-full').innerText(), /could not be saved in this browser .* drafts are off/);
  assert.ok(await page.getByRole('button', { name: 'Download a hand-over file' }).first().isVisible());
  assert.equal(await status(page, 'about-you'), 'Completed', 'the form still works');
  await checkPage(page, problems, 'task list with storage full');
  await context.close();
});

test('a section can be completed with the keyboard alone, with focus always visible', async () => {
  const { page, context, problems } = await openPage(browser, '/referral');
  // From the task list to the safeguarding lead section by keyboard.
  await page.getByRole('link', { name: 'Designated safeguarding lead', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('main h1:text-is("Designated safeguarding lead")');
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H1', 'focus moves to the new page');
  // Tab to the first radio; the arrow key moves to and chooses the next;
  // the fields it reveals follow.
  for (let i = 0; i < 20 && (await page.evaluate(() => document.activeElement.id)) !== 'consulted-i-am'; i += 1) {
    await page.keyboard.press('Tab');
  }
  assert.equal(await page.evaluate(() => document.activeElement.id), 'consulted-i-am');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'consulted-yes');
  const outline = await page.evaluate(() => {
    const label = document.querySelector('label[for="consulted-yes"]');
    return getComputedStyle(label, '::before').boxShadow;
  });
  assert.notEqual(outline, 'none', 'the focused radio shows a focus ring');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'dsl-name');
  await page.keyboard.type('Ayşe Yılmaz');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Named nurse');
  for (const part of ['20', '11', '2026']) {
    await page.keyboard.press('Tab');
    await page.keyboard.type(part);
  }
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'save-section');
  await page.keyboard.press('Enter');
  await page.waitForSelector('main h1:text-is("Referral form")');
  assert.equal(await status(page, 'safeguarding-lead'), 'Completed');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the first save offers a choice: keep a draft on this device, or a hand-over file', async () => {
  const { page, context, problems } = await openPage(browser, '/referral');
  assert.equal(await page.locator('#first-save-choice').count(), 0, 'not before anything is saved');
  await fillAboutYou(page);
  const choice = page.locator('#first-save-choice');
  await choice.waitFor();
  assert.match(await choice.innerText(), /How do you want to keep your answers\?/);
  assert.match(await choice.innerText(), /kept only in this tab\. If you close it, they will be lost/);
  await checkPage(page, problems, "task list with the first save's choice");
  // A hand-over file is a choice made: the question goes.
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#choice-file').click()]);
  assert.match(download.suggestedFilename(), /^SCR-referral-draft-\d{4}-\d{2}-\d{2}\.json$/);
  await choice.waitFor({ state: 'detached' });
  await context.close();

  // Keeping a draft: chosen there, it is ticked below and saved.
  const other = await openPage(browser, '/referral');
  await fillAboutYou(other.page);
  await other.page.locator('#choice-keep').click();
  await other.page.locator('#first-save-choice').waitFor({ state: 'detached' });
  assert.ok(await other.page.locator('#keep-draft').isChecked());
  await waitForIdle(other.page);
  assert.match(await other.page.evaluate(() => localStorage.getItem('scr-guide.draft')), /zoe\.obrien@nhs\.example/);
  // Saving a section again does not ask again.
  await openSection(other.page, 'About you');
  await saveBackToList(other.page);
  assert.equal(await other.page.locator('#first-save-choice').count(), 0);
  await other.context.close();
});

test('leaving asks first only when the form is kept neither on this device nor in a hand-over file', async () => {
  const { page, context, dialogs } = await openPage(browser, '/referral');
  await fillAboutYou(page);
  // Kept only in this tab: a reload (as closing the tab) asks.
  await page.reload();
  await page.waitForSelector('#tool[data-ready]');
  assert.deepEqual(dialogs, ['beforeunload']);
  // A change, then a link to another of the site's pages: this tab keeps
  // the form, so no question.
  await openSection(page, 'About you');
  await page.getByLabel('Job title').fill('Named nurse');
  await page.getByRole('link', { name: 'Return to the task list' }).click();
  await page.getByRole('link', { name: 'What the referral asks for, and where to send it' }).click();
  await page.waitForURL(/\/refer$/);
  assert.deepEqual(dialogs, ['beforeunload'], 'no question for a page of this site');
  // A hand-over file downloaded since the last change: nothing is lost.
  await goto(page, '/referral');
  await openSection(page, 'About you');
  await page.getByLabel('Job title').fill('Designated lead');
  await page.getByRole('link', { name: 'Return to the task list' }).click();
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download a hand-over file' }).click()]);
  await page.reload();
  await page.waitForSelector('#tool[data-ready]');
  assert.deepEqual(dialogs, ['beforeunload'], 'no question after a download');
  // Kept on this device and saved: no question either.
  await page.getByLabel('Keep a draft on this device').check();
  await waitForIdle(page);
  await page.waitForFunction(() => localStorage.getItem('scr-guide.draft') !== null);
  await page.reload();
  await page.waitForSelector('#tool[data-ready]');
  assert.deepEqual(dialogs, ['beforeunload'], 'no question with the draft kept');
  await context.close();
});
