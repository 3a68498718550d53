// The referral document: from a complete form (tests/fixtures/full-referral.json,
// kept current by tests/document.rs) to the PDF (read back with poppler's
// pdftotext and pdfinfo, and its form fields from its objects as qpdf
// expands them), the printed view, the plain text and its Copy button, and
// the mail link, with the foundation checks (axe, no foreign or non-static
// requests, console, 320 px) on the confirmation page; right-to-left text
// named before the PDF is made; hostile Board profiles refused by the
// generator.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { launchBrowser, openPage, checkPage, goto, mainText, seedReferral, generate, draftSaves, waitForSaved } from './helpers.mjs';

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
  await opened.page.waitForSelector('main h1:text-is("Your referral is not sent yet")');
  return opened;
}

function pdfText(path, args = []) {
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', ...args, path, '-'], { encoding: 'utf8' });
}

const BOARD_HEADINGS = [
  'For ESCB to complete', 'Board reference', 'Date received',
  "Section 2: The Serious Case Review Sub Group's recommendation", 'Recommendation',
  'Chair of the Serious Case Review Sub Group',
  "Section 3: The Independent Chair's decision", 'Decision', 'Independent Chair',
];

/** The PDF's text fields, read from its objects: the PDF keeps its
 * dictionaries compressed in object streams, so qpdf first writes every
 * object out on its own, uncompressed (`--qdf --object-streams=disable`;
 * qpdf renumbers the objects, consistently):
 * name -> { flags, widgets }. */
function textFields(path) {
  const expanded = join(mkdtempSync(join(tmpdir(), 'pdf-fields-')), 'expanded.pdf');
  execFileSync('qpdf', ['--qdf', '--object-streams=disable', path, expanded]);
  const raw = readFileSync(expanded).toString('latin1');
  const objects = new Map();
  for (const m of raw.matchAll(/(\d+) 0 obj([\s\S]*?)endobj/g)) objects.set(Number(m[1]), m[2]);
  const fields = {};
  for (const [n, body] of objects) {
    if (!/\/FT\s*\/Tx/.test(body)) continue;
    const name = body.match(/\/T\s*\(([^)]*)\)/)[1];
    const flags = Number((body.match(/\/Ff\s*(\d+)/) || [0, 0])[1]);
    const kids = body.match(/\/Kids\s*\[([^\]]*)\]/);
    const widgets = kids ? kids[1].split(' R').map((k) => k.trim()).filter(Boolean).map((k) => Number(k.split(' ')[0])) : [n];
    for (const w of widgets) assert.match(objects.get(w), /\/Subtype\s*\/Widget/, `${name}: widget ${w}`);
    fields[name] = { flags, widgets: widgets.length };
  }
  return fields;
}

async function downloadPdf(page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the referral (PDF)' }).click(),
  ]);
  const path = await download.path();
  await page.waitForSelector('#pdf-status:has-text("Downloaded")');
  return { download, path };
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
  assert.ok(all.includes('4 May 1990') && !all.includes('4 5 1990'), 'household dates read like other dates');
  await page.waitForSelector('#pdf-status:has-text("Downloaded")');
  assert.equal(await page.locator('#pdf-unsupported').count(), 0, 'no script warning for Latin, Greek and Cyrillic');
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
  assert.match(body, /attach the PDF of the referral, or, if you cannot attach files, paste the referral's plain text/);
  assert.match(body, /secure email account/);
  // One rule on the page too: the plain text is pasted into a secure email
  // when the PDF cannot be attached; nothing about the child in the subject.
  const main = await mainText(page);
  assert.match(main, /If you cannot attach the PDF, paste this text into the body of a secure email to scr-referrals@example\.org instead/);
  assert.match(main, /attach the PDF \(or, if you cannot attach files, paste the plain text into the email\)/);
  assert.match(main, /Keep the child's details out of the subject line/);
  assert.ok(!/do not type the child's details/i.test(main));
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
  for (const h of BOARD_HEADINGS) assert.ok(printed.includes(h), `printed view has ${h}`);
  assert.ok(printed.includes('4 May 1990'));
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
  // Every printed page's header has the Board reference line and the date;
  // the Board's part is on a page of its own, the last.
  pages.forEach((p, i) => {
    assert.ok(p.includes('Board reference:'), `printed page ${i + 1} has the Board reference`);
    assert.match(p, /Date of referral: \d{1,2} \w+ \d{4}/, `printed page ${i + 1} has the date`);
  });
  const last = words(pages[pages.length - 1]);
  for (const h of BOARD_HEADINGS) assert.ok(last.includes(h), `the last printed page has ${h}`);
  assert.ok(!last.includes(R.child.name), 'only the Board\'s part on its page');
  assert.ok(!words(pages[pages.length - 2]).includes('Section 2:'));

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
  const saves = await draftSaves(page);
  await page.getByRole('button', { name: 'Delete everything on this device' }).click();
  await page.waitForSelector('#deleted-notice');
  // The form saves the emptied form once, after the delete (it removes it
  // from the tab): that save has happened and nothing more is waiting.
  await waitForSaved(page, saves);
  const left = await page.evaluate(() => localStorage.length + sessionStorage.length);
  assert.equal(left, 0);
  await context.close();
});

test('the confirmation page is only for a complete form', async () => {
  const { page, context } = await openPage(browser, '/referral/done');
  await page.waitForSelector('main h1:text-is("Check your answers before producing the referral")');
  await context.close();
});

test("the Board's part in the PDF is on its own page with fillable fields, and every page's header has the Board reference", async () => {
  const { page, context } = await confirmation();
  const { path } = await downloadPdf(page);
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  assert.match(info, /Tagged: yes/);
  assert.match(info, /Form: AcroForm/);
  const pageCount = Number(info.match(/Pages: (\d+)/)[1]);
  const fields = textFields(path);
  assert.deepEqual(Object.keys(fields).sort(), [
    'board_reference', 'date_received', 'decision', 'decision_by', 'decision_date',
    'recommendation', 'recommendation_by', 'recommendation_date',
  ]);
  const MULTILINE = 1 << 12;
  assert.equal(fields.recommendation.flags & MULTILINE, MULTILINE, 'the recommendation is multi-line');
  assert.equal(fields.decision.flags & MULTILINE, MULTILINE, 'the decision is multi-line');
  assert.equal(fields.board_reference.flags & MULTILINE, 0);
  assert.equal(fields.board_reference.widgets, pageCount + 1, 'the reference in every header and on the Board page');
  const last = words(pdfText(path, ['-f', String(pageCount), '-l', String(pageCount)]));
  let at = 0;
  for (const h of BOARD_HEADINGS) {
    const found = last.indexOf(h, at);
    assert.ok(found >= 0, `the Board's page has ${h} in order`);
    at = found;
  }
  assert.ok(!last.includes(R.child.name));
  for (let p = 1; p <= pageCount; p += 1) {
    const header = words(pdfText(path, ['-f', String(p), '-l', String(p), '-x', '0', '-y', '0', '-W', '596', '-H', '70']));
    assert.match(header, /^OFFICIAL-SENSITIVE Board reference: Date of referral: \d{1,2} \w+ \d{4}$/, `page ${p} header: ${header}`);
  }
  const tree = execFileSync('pdfinfo', ['-struct-text', path], { encoding: 'utf8' });
  for (const role of ['H1', 'H2', 'H3', 'Table', 'TH', 'TD', 'Form']) assert.match(tree, new RegExp(`^\\s*${role}\\b`, 'm'), `structure has ${role}`);
  await context.close();
});

test('right-to-left text in a field: the page names the field before the PDF is made, and the PDF notes it', async () => {
  const { page, context, problems } = await confirmation({}, (r) => {
    r.child.name = 'سارة أحمد';
    r.household[0].name = 'שרה כהן';
    return r;
  });
  const warning = page.locator('#pdf-unsupported');
  await warning.waitFor();
  const said = await warning.innerText();
  assert.match(said, /The child: Name \(Arabic, written right to left\)/);
  assert.match(said, /Family and household: Person 1: Name \(Hebrew, written right to left\)/);
  assert.match(said, /printed referral and the plain text below show them correctly/);
  // It comes before the download button.
  const order = await page.evaluate(() => {
    const w = document.getElementById('pdf-unsupported');
    const b = document.getElementById('download-pdf');
    return Boolean(w.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  assert.ok(order, 'the warning is before the download button');
  await checkPage(page, problems, 'confirmation page with a script warning');
  const { path } = await downloadPdf(page);
  const text = words(pdfText(path));
  assert.equal((text.match(/This PDF cannot show this answer properly/g) || []).length, 2);
  assert.ok((await page.locator('#plain-text').inputValue()).includes('سارة أحمد'));
  await page.emulateMedia({ media: 'print' });
  assert.ok((await page.locator('#print-document').innerText()).includes('سارة أحمد'));
  await context.close();
});

test('printing a chronology with a long unbroken word keeps every column', async () => {
  const long = 'x'.repeat(30) + 'LONGWORD' + 'y'.repeat(30);
  const { page, context } = await confirmation({}, (r) => {
    r.chronology[0].event = long;
    r.chronology[1].agency = 'A'.repeat(60);
    return r;
  });
  await page.emulateMedia({ media: 'print' });
  const dir = mkdtempSync(join(tmpdir(), 'print-'));
  const printedPdf = join(dir, 'printed.pdf');
  await page.pdf({ path: printedPdf, format: 'A4' });
  const text = pdfText(printedPdf);
  const all = text.replace(/\s+/g, '');
  assert.ok(all.includes(long), 'the long word is printed whole (wrapped)');
  assert.ok(all.includes('A'.repeat(60)));
  for (const row of R.chronology.slice(2)) assert.ok(words(text).includes(words(row.event)), `event printed: ${row.event.slice(0, 30)}`);
  const widths = await page.evaluate(() => {
    const table = document.querySelector('#print-document table');
    return { table: table.getBoundingClientRect().right, doc: document.getElementById('print-document').getBoundingClientRect().right };
  });
  assert.ok(widths.table <= widths.doc + 1, `the table fits the page (${widths.table} <= ${widths.doc})`);
  await context.close();
});

const EXAMPLE = JSON.parse(readFileSync(new URL('../../deploy/board.example.json', import.meta.url), 'utf8'));
const profile = (change) => JSON.stringify({ ...EXAMPLE, ...change }, null, 2);
for (const [label, text, field, message] of [
  ['a mailbox with a hidden Bcc', profile({ secure_mailbox: 'scr@board.example.org?bcc=leak%40evil.example&x=' }), 'secure_mailbox', /contains '\?'/],
  ['a mailbox with an encoded line break', profile({ secure_mailbox: 'scr@board.example.org%0D%0ABcc:leak@evil.example' }), 'secure_mailbox', /contains '%'/],
  ['a mailbox with a fragment', profile({ secure_mailbox: 'scr@board.example.org#x' }), 'secure_mailbox', /contains '#'/],
  ['an office email with a query', profile({ business_office_email: 'office@board.example.org?cc=x@evil.example' }), 'business_office_email', /contains '\?'/],
  ['a name of a zero-width space', profile({ name: '\u200B' }), 'name', /looks blank/],
  ['a marking with a control character', profile({ protective_marking: 'OFFICIAL\u0007-SENSITIVE' }), 'protective_marking', /control character \(U\+0007\)/],
  ['a key given twice', JSON.stringify(EXAMPLE, null, 2).replace('"short_name": "ASCB",', '"short_name": "ASCB",\n  "secure_mailbox": "leak@evil.example",'), 'secure_mailbox', /more than once/],
]) {
  test(`the generator refuses a hostile Board profile (${label}), naming the field, and writes nothing`, () => {
    const built = generate(text);
    assert.equal(built.status, 1, built.stderr);
    assert.ok(built.stderr.includes(`field \`${field}\``), `names the field: ${built.stderr}`);
    assert.match(built.stderr, message);
    assert.match(built.stderr, /Nothing was written/);
    assert.equal(existsSync(built.out), false, 'no half-configured site');
  });
}
