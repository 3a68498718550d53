// The referral document: from a complete form (tests/fixtures/full-referral.json,
// kept current by tests/document.rs) to the PDF (read back with pdftotext),
// the printed view, the plain text and its Copy button, and the mail link,
// with the foundation checks (axe, no foreign or non-static requests,
// console, 320 px) on the confirmation page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { launchBrowser, openPage, checkPage, goto, mainText, seedReferral } from './helpers.mjs';

const FIXTURE = readFileSync(new URL('../fixtures/full-referral.json', import.meta.url), 'utf8');
const DRAFT = JSON.parse(FIXTURE);
const R = DRAFT.referral;
const VALUES = [
  R.about_you.name, R.about_you.email, R.dsl.name, R.child.name, R.child.other_names,
  R.household[0].name, R.household[1].address_if_different, R.case.what_happened,
  R.case.why_referring, R.parallel[0].reference, R.chronology[7].event, '1 June 2020',
];

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

/** A page on the confirmation step with the fixture (optionally changed) as this tab's form. */
async function confirmation(options = {}, change = (r) => r) {
  const opened = await openPage(browser, '/', options);
  const draft = { ...DRAFT, referral: change(structuredClone(R)) };
  await seedReferral(opened.page, JSON.stringify(draft));
  await goto(opened.page, '/referral/done');
  await opened.page.waitForSelector('main h1:text-is("Your referral is ready to send")');
  return opened;
}

function pdfText(path) {
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
}

const words = (text) => text.split(/\s+/).filter(Boolean).join(' ');

test('the PDF has every answer in any script, the marking and page numbers on every page, and a safe name', async () => {
  const { page, context, problems } = await confirmation();
  await checkPage(page, problems, 'confirmation page');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the referral (PDF)' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), `SCR-referral-Anytown-NHS-Trust-${new Date().toISOString().slice(0, 10)}.pdf`);
  const text = pdfText(await download.path());
  const pages = text.split('\f').filter((p) => p.trim());
  assert.ok(pages.length >= 3, `${pages.length} pages`);
  pages.forEach((p, i) => {
    assert.equal((p.match(/OFFICIAL-SENSITIVE/g) || []).length, 2, `marking twice on page ${i + 1}`);
    assert.ok(p.includes(`Page ${i + 1} of ${pages.length}`));
  });
  const all = words(text);
  for (const v of VALUES) assert.ok(all.includes(words(v)), `PDF has ${v}`);
  for (const heading of ["The Serious Case Review Sub Group's recommendation", "The Independent Chair's decision"]) {
    assert.ok(all.includes(heading), heading);
  }
  await page.waitForSelector('#pdf-status:has-text("Downloaded")');
  assert.equal(await page.locator('#missing-characters').count(), 0);
  assert.deepEqual(problems, [], 'the font is fetched from this site only');
  await context.close();
});

test('characters the PDF font cannot show are named, and the plain text keeps them', async () => {
  const { page, context } = await confirmation({}, (r) => { r.child.name = 'Ann 李 Kim'; return r; });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the referral (PDF)' }).click(),
  ]);
  await download.path();
  await page.waitForSelector('#missing-characters');
  assert.match(await page.locator('#missing-characters').innerText(), /The child: Name \(U\+674E\)/);
  assert.ok((await page.locator('#plain-text').inputValue()).includes('Ann 李 Kim'));
  await context.close();
});

test('the plain text has every answer, and Copy puts exactly it on the clipboard', async () => {
  const { page, context } = await confirmation({ contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] } });
  const plain = await page.locator('#plain-text').inputValue();
  for (const v of VALUES) assert.ok(plain.includes(v), `plain text has ${v}`);
  assert.ok(plain.startsWith('OFFICIAL-SENSITIVE\n'));
  await page.getByRole('button', { name: 'Copy the text' }).click();
  await page.waitForSelector('#copy-status:has-text("Copied")');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), plain);
  await context.close();
});

test('when the clipboard is blocked, the text is selected for the user to copy', async () => {
  const { page, context } = await confirmation();
  await page.evaluate(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('blocked')) } });
  });
  await page.getByRole('button', { name: 'Copy the text' }).click();
  await page.waitForSelector('#copy-status:has-text("did not let this site copy")');
  const selected = await page.evaluate(() => {
    const t = document.getElementById('plain-text');
    return document.activeElement === t && t.selectionEnd - t.selectionStart === t.value.length;
  });
  assert.ok(selected, 'the whole text is selected');
  await context.close();
});

test('the mail link goes to the Board mailbox with no personal data', async () => {
  const { page, context } = await confirmation();
  const href = await page.locator('#mail-link').getAttribute('href');
  const url = new URL(href);
  assert.equal(url.protocol, 'mailto:');
  assert.equal(url.pathname, 'scr-referrals@example.org');
  const subject = url.searchParams.get('subject');
  assert.match(subject, /^SCR referral — Anytown NHS Trust — \d{1,2} \w+ \d{4}$/);
  const body = url.searchParams.get('body');
  assert.match(body, /Attach the PDF/);
  for (const v of [R.child.name, R.about_you.name, R.household[0].name, R.case.what_happened, 'Anytown\n']) {
    assert.ok(!decodeURIComponent(href).includes(v), `link has no ${v}`);
  }
  await context.close();
});

test('printing shows the whole referral and the Board sections, not the page controls', async () => {
  const { page, context } = await confirmation();
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('#download-pdf').isVisible(), false);
  const printed = words(await page.locator('#print-document').innerText());
  for (const v of VALUES) assert.ok(printed.includes(words(v)), `printed view has ${v}`);
  assert.ok(printed.includes('The Independent Chair\'s decision'));
  await page.emulateMedia({ media: 'screen' });
  assert.equal(await page.locator('#print-document').isVisible(), false);

  // Printed, every page carries the marking at the top and bottom, and its number.
  const dir = mkdtempSync(join(tmpdir(), 'print-'));
  const printedPdf = join(dir, 'printed.pdf');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: printedPdf, format: 'A4' });
  const pages = pdfText(printedPdf).split('\f').filter((p) => p.trim());
  assert.ok(pages.length >= 3, `${pages.length} printed pages`);
  pages.forEach((p, i) => {
    assert.equal((p.match(/OFFICIAL-SENSITIVE/g) || []).length, 2, `printed page ${i + 1} has the marking twice`);
    assert.ok(p.includes(`Page ${i + 1} of ${pages.length}`), `printed page ${i + 1} is numbered`);
  });
  const all = words(pdfText(printedPdf));
  for (const v of VALUES) assert.ok(all.includes(words(v)), `printed PDF has ${v}`);

  // Other pages do not print the marking.
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('link', { name: 'Delete everything on this device' }).click();
  await page.waitForSelector('main h1:text-is("Delete everything on this device")');
  const otherPdf = join(dir, 'other.pdf');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: otherPdf, format: 'A4' });
  assert.ok(!pdfText(otherPdf).includes('OFFICIAL-SENSITIVE'));
  await context.close();
});

test('after sending, the referral can be deleted from the device there and then', async () => {
  const { page, context } = await confirmation();
  assert.match(await mainText(page), /scr-referrals@example\.org, as soon as possible/);
  await page.getByRole('button', { name: 'Delete everything on this device' }).click();
  await page.waitForSelector('#deleted-notice');
  await page.waitForTimeout(100);
  const left = await page.evaluate(() => localStorage.length + sessionStorage.length);
  assert.equal(left, 0);
  await context.close();
});

test('the confirmation page is only for a complete form', async () => {
  const { page, context } = await openPage(browser, '/referral/done');
  await page.waitForSelector('main h1:text-is("Check your answers before producing the referral")');
  await context.close();
});
