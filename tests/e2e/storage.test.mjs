// Nothing typed is lost without the person being told, in every state the
// browser's storage can be in: blocked or full as a form page loads, filling
// during the visit (tests/e2e/referral.test.mjs), only local storage
// blocked, only session storage blocked. The form keeps what the tab can,
// says so at once on every form page, offers the hand-over file, and asks
// before the page goes when typing would be lost.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage, checkPage, goto, waitForIdle } from './helpers.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

/** Make a storage area throw as a blocking browser does. */
function block(context, names) {
  return context.addInitScript((blocked) => {
    for (const name of blocked) {
      Object.defineProperty(window, name, { configurable: true, get() { throw new DOMException('blocked', 'SecurityError'); } });
    }
  }, names);
}

/** Make every write to storage fail, as a full storage does; reads work. */
function fill(context) {
  return context.addInitScript(() => {
    Storage.prototype.setItem = function setItem() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
}


async function typeName(page, text) {
  await page.getByLabel('Your full name').fill(text);
}

test('storage blocked as a form page loads: the notice and its download are there at once, on every form page', async () => {
  const { page, context, problems } = await openPage(browser, '/');
  await block(context, ['localStorage', 'sessionStorage']);
  for (const path of ['/referral/about-you', '/referral/child', '/referral']) {
    await goto(page, path);
    const notice = page.locator('#storage-unavailable');
    assert.ok(await notice.isVisible(), `${path}: told at once, before typing`);
    assert.match(await notice.innerText(), /not letting the site store anything/);
    assert.ok(await page.locator('#storage-unavailable-download').isVisible(), `${path}: the hand-over file is offered`);
  }
  await checkPage(page, problems, 'task list, storage blocked at load');
  await context.close();
});

test('storage full as a form page loads: told at once, and asked before the page goes; the older copy never comes back silently', async () => {
  // An older answer is in this tab's storage.
  const { page, context } = await openPage(browser, '/referral/about-you');
  await typeName(page, 'Older Name');
  await page.waitForFunction(() => (sessionStorage.getItem('scr-guide.referral') || '').includes('Older Name'));
  // Then storage fills up.
  await fill(context);
  await goto(page, '/referral/about-you');
  assert.equal(await page.getByLabel('Your full name').inputValue(), 'Older Name');
  assert.ok(await page.locator('#storage-unavailable').isVisible(), 'told at once that typing is not kept');
  await typeName(page, 'Newer Name');
  // Leaving asks first.
  const dialogs = [];
  page.on('dialog', async (dialog) => { dialogs.push(dialog.type()); await dialog.dismiss(); });
  await page.reload({ timeout: 5000 }).catch(() => {});
  assert.deepEqual(dialogs, ['beforeunload'], 'the browser asks before the typing is lost');
  assert.equal(await page.getByLabel('Your full name').inputValue(), 'Newer Name', 'staying keeps the typing');
  await context.close();
});

test('only local storage blocked: this tab keeps the form (a reload brings it back) and drafts are said to be off', async () => {
  const { page, context, problems } = await openPage(browser, '/');
  await block(context, ['localStorage']);
  await goto(page, '/referral/about-you');
  assert.equal(await page.locator('#storage-unavailable').count(), 0, 'no alarm: the tab keeps it');
  await typeName(page, 'Kept In This Tab');
  await page.waitForFunction(() => (sessionStorage.getItem('scr-guide.referral') || '').includes('Kept In This Tab'));
  await page.reload();
  await page.waitForSelector('#tool[data-ready]');
  assert.equal(await page.getByLabel('Your full name').inputValue(), 'Kept In This Tab');
  await goto(page, '/referral');
  assert.match(await page.locator('#drafts-off').innerText(), /This tab keeps your answers/);
  assert.equal(await page.locator('#keep-draft').count(), 0, 'no draft option that cannot work');
  await checkPage(page, problems, 'task list, local storage blocked');
  await context.close();
});

test('only session storage blocked: told at once on every form page, with the hand-over file', async () => {
  const { page, context } = await openPage(browser, '/');
  await block(context, ['sessionStorage']);
  await goto(page, '/referral/about-you');
  assert.ok(await page.locator('#storage-unavailable').isVisible());
  await typeName(page, 'Someone');
  assert.ok(await page.locator('#storage-unavailable-download').isVisible());
  await context.close();
});

test('storage that frees up during the visit is used again, and the notice goes', async () => {
  const { page, context } = await openPage(browser, '/');
  await context.addInitScript(() => {
    const real = Storage.prototype.setItem;
    window.__full = true;
    Storage.prototype.setItem = function setItem(key, value) {
      if (window.__full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return real.call(this, key, value);
    };
  });
  await goto(page, '/referral/about-you');
  assert.ok(await page.locator('#storage-unavailable').isVisible());
  await page.evaluate(() => { window.__full = false; });
  await typeName(page, 'Saved At Last');
  await page.waitForFunction(() => (sessionStorage.getItem('scr-guide.referral') || '').includes('Saved At Last'));
  await page.locator('#storage-unavailable').waitFor({ state: 'detached' });
  await context.close();
});

test('"Save and continue" with nothing changed does not put off a kept draft\'s deletion', async () => {
  const { page, context, problems } = await openPage(browser, '/referral');
  await page.locator('#keep-draft').check();
  await page.getByRole('link', { name: 'About you', exact: true }).click();
  await typeName(page, 'Kept Draft Name');
  await page.getByLabel('Job title').fill('Health visitor');
  await page.getByLabel('Agency').fill('Anytown NHS Trust');
  await page.getByLabel('Phone number').fill('+44 1632 960 001');
  await page.getByLabel('Secure email address').fill('kept@nhs.example');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await page.waitForSelector('main h1:text-is("Referral form")');
  const savedAt = () => page.evaluate(() => JSON.parse(localStorage.getItem('scr-guide.draft') || '{}').saved_at_ms);
  // Every change is in the kept draft (the last box typed in and the saved
  // section too), and no save is waiting: only then is its time the last.
  await page.waitForFunction(() => {
    const kept = localStorage.getItem('scr-guide.draft') || '';
    return kept.includes('kept@nhs.example') && kept.includes('"AboutYou"');
  });
  await waitForIdle(page);
  const first = await savedAt();
  assert.ok(first > 0);
  // Open the section again and save it with nothing changed; then make the
  // form save anything it has waiting (as it does when the page is hidden).
  await page.getByRole('link', { name: 'About you', exact: true }).click();
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await page.waitForSelector('main h1:text-is("Referral form")');
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  assert.equal(await savedAt(), first, 'the draft was not saved again, so its deletion date stands');
  assert.deepEqual(problems, []);
  await context.close();
});
