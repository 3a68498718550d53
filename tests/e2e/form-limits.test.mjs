// The referral form at its limits and on a bad day: the largest referral
// it accepts is kept, reloaded, downloaded and opened again; an unreadable
// saved form survives until the person chooses; opening pages never
// touches a kept draft; exclusive answers; a file never replaces a started
// form without asking; long unbroken words fit a phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { launchBrowser, openPage, checkPage, goto, seedReferral, datedToday, draftSaves, waitForSaved, waitForIdle } from './helpers.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const FIXTURE = datedToday(readFileSync(new URL('../fixtures/full-referral.json', import.meta.url), 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'limits-'));

/** The fixture with 200 events of 10,000 characters each (about 2 MB). */
function largest() {
  const draft = JSON.parse(FIXTURE);
  draft.referral.chronology = Array.from({ length: 200 }, (_, i) => ({
    date: { day: String(1 + (i % 28)), month: String(1 + (i % 10)), year: '2026' },
    agency: 'Health visiting',
    event: `Event ${String(i + 1).padStart(3, '0')} ` + '事'.repeat(10_000 - 10),
  }));
  return draft;
}

async function openFile(page, path) {
  await page.locator('#handover-file').setInputFiles(path);
  await page.getByRole('button', { name: 'Open the file' }).click();
}

async function chronologyFromStorage(page, area, key) {
  return page.evaluate(([area, key]) => {
    const text = (area === 'local' ? localStorage : sessionStorage).getItem(key);
    return text ? JSON.parse(text).referral.chronology : null;
  }, [area, key]);
}

test('the largest referral the form accepts is kept, survives two reloads, downloads and opens again', async () => {
  const draft = largest();
  const path = join(dir, 'largest.json');
  writeFileSync(path, JSON.stringify(draft, null, 2));
  const { page, context, problems } = await openPage(browser, '/referral');
  await page.getByLabel('Keep a draft on this device').check();
  await openFile(page, path);
  await page.waitForSelector('#opened-notice', { timeout: 60000 });
  for (const slug of ['about-you', 'chronology', 'case']) {
    assert.equal(await page.locator(`#status-${slug}`).innerText(), 'Completed', slug);
  }
  // Saved in the tab and as the kept draft, whole.
  await page.waitForFunction(() => (localStorage.getItem('scr-guide.draft') || '').length > 2_000_000, null, { timeout: 60000 });
  for (const reload of [1, 2]) {
    await page.reload();
    await page.waitForSelector('#tool[data-ready]', { timeout: 60000 });
    assert.equal(await page.locator('#status-chronology').innerText(), 'Completed', `after reload ${reload}`);
    const kept = await chronologyFromStorage(page, 'session', 'scr-guide.referral');
    assert.equal(kept.length, 200, `after reload ${reload}`);
    assert.equal(kept[199].event, draft.referral.chronology[199].event);
    assert.equal(await page.locator('#draft-notice').count(), 0, 'no "cannot be read" notice');
  }
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download a hand-over file' }).click()]);
  const downloaded = readFileSync(await download.path(), 'utf8');
  assert.deepEqual(JSON.parse(downloaded).referral.chronology, draft.referral.chronology);
  await checkPage(page, problems, 'task list with the largest referral');
  await context.close();

  const other = await openPage(browser, '/referral');
  const again = join(dir, 'again.json');
  writeFileSync(again, downloaded);
  await openFile(other.page, again);
  await other.page.waitForSelector('#opened-notice', { timeout: 60000 });
  assert.equal(await other.page.locator('#status-chronology').innerText(), 'Completed');
  await other.context.close();
});

test('an unreadable saved form survives reloads until the person chooses, and is never overwritten', async () => {
  const { page, context } = await openPage(browser, '/');
  const raw = '{"format": "scr-referral-guide referral", "version": 2, "referral": "damaged Zoë"}';
  await page.evaluate((raw) => sessionStorage.setItem('scr-guide.referral', raw), raw);
  await goto(page, '/referral');
  assert.match(await page.locator('#draft-notice').innerText(), /cannot read/);
  assert.match(await page.locator('#draft-notice').innerText(), /The saved form has been changed or damaged/);
  // Typing elsewhere in the form does not save over it.
  await page.getByRole('link', { name: 'About you', exact: true }).click();
  const typed = await draftSaves(page);
  await page.getByLabel('Your full name').fill('Someone');
  await waitForSaved(page, typed); // the save after typing has run (writing nothing over it)
  for (let i = 0; i < 2; i += 1) {
    await page.reload();
    await page.waitForSelector('#tool[data-ready]');
    assert.equal(await page.evaluate(() => sessionStorage.getItem('scr-guide.referral')), raw, `still there after reload ${i + 1}`);
    await goto(page, '/referral');
    assert.match(await page.locator('#draft-notice').innerText(), /cannot read/);
  }
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the saved form' }).click()]);
  assert.equal(readFileSync(await download.path(), 'utf8'), raw);
  const deleted = await draftSaves(page);
  await page.getByRole('button', { name: 'Delete it' }).click();
  assert.equal(await page.locator('#draft-notice').count(), 0);
  await waitForSaved(page, deleted); // the form is saved in its place
  assert.notEqual(await page.evaluate(() => sessionStorage.getItem('scr-guide.referral')), raw, 'gone only when the person chose');
  await context.close();
});

test('opening pages never saves a kept draft again: only the person\'s changes do', async () => {
  const { page, context } = await openPage(browser, '/referral');
  await page.getByLabel('Keep a draft on this device').check();
  await page.getByRole('link', { name: 'About you', exact: true }).click();
  await page.getByLabel('Your full name').fill('Kept Person');
  await page.getByRole('link', { name: 'Return to the task list' }).click();
  await page.waitForFunction(() => (localStorage.getItem('scr-guide.draft') || '').includes('Kept Person'));
  await waitForIdle(page);
  const saved = () => page.evaluate(() => JSON.parse(localStorage.getItem('scr-guide.draft')).saved_at_ms);
  const first = await saved();
  const revision = () => page.evaluate(() => JSON.parse(localStorage.getItem('scr-guide.draft')).revision);
  const firstRevision = await revision();
  const status = await page.locator('#draft-status').innerText();
  // On each page with the form, wait until it has nothing waiting to save:
  // a save could start only from a change, and none came.
  for (const path of ['/interview', '/referral', '/referral/check', '/referral/about-you', '/criteria', '/referral']) {
    await goto(page, path);
    if (path.startsWith('/referral')) await waitForIdle(page);
  }
  await page.reload();
  await page.waitForSelector('#tool[data-ready]');
  await waitForIdle(page);
  assert.equal(await revision(), firstRevision, 'the kept draft was not saved again (any save is a new revision)');
  assert.equal(await saved(), first, 'the kept draft was not saved again');
  assert.equal(await page.locator('#draft-status').innerText(), status, 'one deletion date, unchanged');
  // A change by the person saves it.
  await page.getByRole('link', { name: 'About you', exact: true }).click();
  await page.getByLabel('Job title').fill('Nurse');
  await page.waitForFunction((first) => JSON.parse(localStorage.getItem('scr-guide.draft')).saved_at_ms > first, first);
  await context.close();
});

test('"None of these" and "Not known" stand alone among the legal statuses', async () => {
  const { page, context, problems } = await openPage(browser, '/referral/child');
  const box = (label) => page.getByRole('checkbox', { name: label, exact: true });
  await box('A child in need').check();
  await box('Receiving early help').check();
  await box('Not known').check();
  assert.equal(await box('A child in need').isChecked(), false);
  assert.equal(await box('Receiving early help').isChecked(), false);
  assert.equal(await box('Not known').isChecked(), true);
  await box('None of these').check();
  assert.equal(await box('Not known').isChecked(), false);
  await box('A child in need').check();
  assert.equal(await box('None of these').isChecked(), false);
  assert.equal(await box('A child in need').isChecked(), true);
  await checkPage(page, problems, 'legal status');
  await context.close();
});

test('opening a file over a form already started asks first, and keeping the form changes nothing', async () => {
  const path = join(dir, 'fixture.json');
  writeFileSync(path, FIXTURE);
  const { page, context, problems } = await openPage(browser, '/referral');
  await page.getByRole('link', { name: 'About you', exact: true }).click();
  await page.getByLabel('Your full name').fill('My Own Form');
  await page.getByRole('link', { name: 'Return to the task list' }).click();
  await openFile(page, path);
  const confirm = page.locator('#confirm-replace');
  await confirm.waitFor();
  assert.match(await confirm.innerText(), /will replace the form you have started/);
  await checkPage(page, problems, 'confirm before replacing');
  await page.getByRole('button', { name: 'Keep my form' }).click();
  await page.getByRole('link', { name: 'About you', exact: true }).click();
  assert.equal(await page.getByLabel('Your full name').inputValue(), 'My Own Form');
  await page.getByRole('link', { name: 'Return to the task list' }).click();
  await openFile(page, path);
  await page.getByRole('button', { name: 'Replace my form with the file' }).click();
  await page.waitForSelector('#opened-notice');
  await page.getByRole('link', { name: 'About you', exact: true }).click();
  assert.equal(await page.getByLabel('Your full name').inputValue(), JSON.parse(FIXTURE).referral.about_you.name);
  await context.close();
});

test('a long unbroken word in the chronology fits the check page on a phone', async () => {
  const draft = JSON.parse(FIXTURE);
  draft.referral.chronology[0].event = 'x'.repeat(60) + ' and ' + 'https://example.org/' + 'y'.repeat(60);
  draft.referral.chronology[0].agency = 'Z'.repeat(60);
  const { page, context, problems } = await openPage(browser, '/referral', { width: 320 });
  await seedReferral(page, JSON.stringify(draft));
  await goto(page, '/referral/check');
  await checkPage(page, problems, 'check page with long words at 320 px');
  await context.close();
});

test('every error on every section page points at an input on that page', async () => {
  const { page, context } = await openPage(browser, '/referral');
  const sections = ['about-you', 'safeguarding-lead', 'child', 'household', 'case', 'agencies', 'other-reviews', 'chronology'];
  for (const slug of sections) {
    await goto(page, `/referral/${slug}`);
    // A row in each repeated part, and the answers that reveal more questions.
    const add = page.locator('#add-row');
    if (await add.count()) await add.click();
    if (slug === 'about-you') await page.fill('#referral-date-year', '26');
    if (slug === 'safeguarding-lead') await page.check('#consulted-yes');
    if (slug === 'child') await page.check('#dob-known-yes');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    if (slug === 'other-reviews') continue; // nothing is required there
    await page.waitForSelector('#error-summary');
    const targets = await page.locator('#error-summary a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    assert.ok(targets.length > 0, slug);
    for (const target of targets) {
      assert.ok(target.startsWith('#'), `${slug}: ${target}`);
      assert.equal(await page.locator(target).count(), 1, `${slug}: the error link ${target} has its input on the page`);
    }
  }
  await context.close();
});

test('a hand-over file saved by the previous version of the form (format version 1) still opens', async () => {
  const path = join(dir, 'version-1.json');
  writeFileSync(path, datedToday(readFileSync(new URL('../fixtures/version-1-handover.json', import.meta.url), 'utf8')));
  const { page, context, problems } = await openPage(browser, '/referral');
  await openFile(page, path);
  await page.waitForSelector('#opened-notice');
  assert.equal(await page.locator('#status-safeguarding-lead').innerText(), 'Completed');
  await page.getByRole('link', { name: 'Designated safeguarding lead', exact: true }).click();
  assert.equal(await page.locator('#consulted-yes').isChecked(), true, '"true" in version 1 is "Yes, I have discussed it"');
  assert.equal(await page.getByLabel('Their name').inputValue(), 'Ayşe Yılmaz');
  await checkPage(page, problems, 'a version 1 file opened');
  await context.close();
});

// Files of both earlier formats open and give the whole document: version 1,
// and version 2 as saved before the CSPR form's later questions (the
// full-referral fixture has no more children, place or media interest).
for (const [version, fixture] of [[1, 'version-1-handover.json'], [2, 'full-referral.json']]) {
  test(`a version ${version} hand-over file produces the complete referral`, async () => {
    const path = join(dir, `produce-${version}.json`);
    writeFileSync(path, datedToday(readFileSync(new URL(`../fixtures/${fixture}`, import.meta.url), 'utf8')));
    const { page, context } = await openPage(browser, '/referral');
    await openFile(page, path);
    await page.waitForSelector('#opened-notice');
    await page.getByRole('link', { name: 'Check your answers and produce the referral' }).click();
    await page.getByRole('button', { name: 'Finish and produce the referral' }).click();
    if (version === 1) {
      // Version 1 was saved before the questionnaire asked about a death in
      // custody: that one answer is asked for, and nothing else.
      await page.waitForSelector('#error-summary');
      assert.deepEqual(await page.locator('#error-summary a').allInnerTexts(), ['The case: Answer the questions about the criteria']);
      // Answered as the questionnaire keeps its answers (its own tests click through it).
      await page.evaluate(() => {
        const kept = JSON.parse(sessionStorage.getItem('scr-guide.criteria'));
        kept.answers.answers.DiedInCustody = 'No';
        sessionStorage.setItem('scr-guide.criteria', JSON.stringify(kept));
      });
      await page.reload();
      await page.getByRole('button', { name: 'Finish and produce the referral' }).click();
    }
    await page.waitForSelector('main h1:text-is("Your referral is not sent yet")');
    const plain = await page.locator('#plain-text').inputValue();
    for (const value of ['Zoë O\'Brien-Łukasiewicz', 'Ayşe Yılmaz', 'Nguyễn Thị Ánh', 'Event 20: Seen at home', 'Anytown NHS Trust']) {
      assert.ok(plain.includes(value), `version ${version}: the plain text has ${value}`);
    }
    await context.close();
  });
}
