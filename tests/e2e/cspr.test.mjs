// The Child Safeguarding Practice Review rules, on the site built with the
// example partnership's profile (served at CSPR_URL by scripts/test.sh):
// the banner says which example is in use; every page passes the
// foundation checks; the questionnaire is clicked through to every route;
// a CSPR referral is filled in and produced (PDF read back with poppler);
// the guidance pages read with the partnership's words; a Serious Case
// Review hand-over file is refused.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { launchBrowser, openPage, checkPage, checkPdf, goto, mainText, seedReferral, CSPR_URL, CSPR_ROOT, BASE_URL } from './helpers.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const at = (path) => `${CSPR_URL}${path}`;
const open = (path, options = {}) => openPage(browser, at(path), { siteRoot: CSPR_ROOT, ...options });
const h1 = (page) => page.locator('main h1').innerText();

/** Children 2 to 4 of one notification, as the test types them. */
const CHILDREN = [
  { n: 2, name: 'Μαρία Παπαδοπούλου', outcome: 'Seriously harmed', age: '4 5 2019', sex: 'Girl', ethnicity: 'Greek', address: '2 Mill Lane, Anytown', lives: 'Anytown Council', statuses: ['A care leaver'], health: 'Broken arm, now healed' },
  { n: 3, name: 'Олег Иванов', outcome: 'Died', age: 'About 7', sex: 'Boy', ethnicity: 'Russian', address: '9 Station Road, Othertown', lives: 'Othertown Council', statuses: ['Privately fostered', 'A child in need'], health: 'Epilepsy' },
  { n: 4, name: 'Ada O\'Neill', outcome: 'Seriously harmed', age: 'About 15', sex: 'Not known', ethnicity: 'Irish', address: 'Somewhere in Anytown', lives: 'Not known yet', statuses: ['Looked after (a child in care)'], health: 'None known' },
];
/** Every value typed for children 2 to 4, as the document shows it. */
const shownAge = (c) => (c.age === '4 5 2019' ? '4 May 2019' : c.age);
const childValues = CHILDREN.flatMap((c) => [c.name, c.outcome, shownAge(c), c.sex, c.ethnicity,
  c.address, c.lives, ...c.statuses, c.health]);

const GUIDE = [
  ['what-is-a-cspr', 'What a Child Safeguarding Practice Review is, and is not'],
  ['process', 'The Child Safeguarding Practice Review process, step by step'],
  ['interview', 'If you are involved in a review'],
  ['who-sees-the-report', null],
  ['refer', 'Prepare the referral'],
  ['about', 'About this guidance'],
];

test('CSPR example: the home page says which example is in use and offers the three ways in', async () => {
  const { page, context, problems } = await open('/');
  assert.equal(await h1(page), 'Child Safeguarding Practice Reviews');
  const banner = page.getByRole('region', { name: 'Example profile warning' });
  assert.match(await banner.innerText(), /example safeguarding partnership profile \(Child Safeguarding Practice Review rules\).*do not send a referral/i);
  assert.match(await page.locator('header').innerText(), /Example Safeguarding Children Partnership/);
  for (const [name, href] of [
    ['Check whether to refer an incident', '/criteria'],
    ['If you are involved in a review', '/interview'],
    ['Prepare the referral', '/referral'],
  ]) {
    assert.equal(await page.getByRole('link', { name, exact: true }).getAttribute('href'), href);
  }
  assert.match(await page.title(), /CSPR referral guide – ESCP/);
  assert.doesNotMatch(await mainText(page), /Serious Case Review/);
  await checkPage(page, problems, 'CSPR home');
  await context.close();
});

test('CSPR example: every page passes the foundation checks', async () => {
  const paths = [
    '/', ...GUIDE.map(([slug]) => `/${slug}`), '/accessibility', '/delete', '/no-such-page',
    '/criteria', '/criteria#q', '/criteria#cyyynn', '/criteria/result#ryyynn', '/criteria/result', '/criteria/paths',
    '/deadlines',
    '/referral', '/referral/about-you', '/referral/safeguarding-lead', '/referral/child', '/referral/household',
    '/referral/case', '/referral/agencies', '/referral/other-reviews', '/referral/chronology', '/referral/check', '/referral/done',
  ];
  const { page, context, problems } = await open('/');
  for (const path of paths) {
    await goto(page, at(path));
    await checkPage(page, problems, `CSPR ${path}`);
  }
  await context.close();
});

test("the Board's site has no CSPR pages, and the partnership's none of the SCR ones", async () => {
  for (const [base, path] of [[BASE_URL, '/what-is-a-cspr'], [CSPR_URL, '/what-is-an-scr']]) {
    const response = await fetch(`${base}${path}`);
    assert.equal(response.status, 404, `${base}${path}`);
  }
  // The questionnaire's addresses from before it became plain pages are
  // kept on both sites: the questionnaire has changed, start again.
  for (const [base, path] of [[BASE_URL, '/criteria/under-18'], [CSPR_URL, '/criteria/age'], [BASE_URL, '/criteria/outcome']]) {
    const response = await fetch(`${base}${path}`);
    assert.equal(response.status, 200, `${base}${path}`);
    assert.match(await response.text(), /The questionnaire has changed/);
  }
});

// Outcomes by their point in the questionnaire (answers in the order asked:
// under 18, died, [harmed], abuse or neglect, looked after, care leaver);
// the walk in criteria.test.mjs reaches every one by clicking.
const OUTCOMES = [
  {
    at: 'ryyynn', duties: ['panel', 'child-death-review'], refer: true,
    headline: 'This is a serious child safeguarding incident: refer it to the safeguarding partners now',
    says: [/must notify the Child Safeguarding Practice Review Panel/, /should do so within five working days/,
      /15 working days counted from the day the safeguarding partners became aware of the incident/,
      /serious-incidents@example\.org/, /not for protecting a child now/, /Child Death Overview Panel/],
  },
  {
    at: 'rynyu', duties: ['panel'], refer: true,
    headline: 'This may be a serious child safeguarding incident: refer it so the partners can decide',
    says: [/should inform the safeguarding partners of any incident/, /serious-incidents@example\.org/, /May apply/, /What your .not sure. answers could change/],
  },
  {
    at: 'ryyny', duties: ['lac-death', 'child-death-review'], refer: true,
    headline: 'A looked-after child has died: the death is notified whatever the cause',
    says: [/Secretary of State and Ofsted/],
  },
  {
    at: 'ryynny', duties: ['care-leaver-death', 'child-death-review'], refer: false,
    headline: 'A care leaver has died: the local authority should notify the death, without a rapid review',
    says: [/up to and including the age of 24/, /Child Death Overview Panel/],
  },
  {
    at: 'rynn', duties: [], refer: true,
    headline: 'This does not appear to be a serious child safeguarding incident, but there may still be learning',
    says: [/safeguarding lead/],
  },
  {
    at: 'rnyy', duties: ['care-leaver-death'], refer: false,
    headline: 'A care leaver has died: the local authority should notify the death, without a rapid review',
    says: [/up to and including the age of 24/, /does not require a rapid review/],
  },
  {
    at: 'rnn', duties: [], refer: false,
    headline: 'These arrangements are for children, and for care leavers who have died',
    says: [/safeguarding lead/],
  },
];

test('CSPR questionnaire: every question in the partnership\'s words, none of the Board\'s', async () => {
  const html = await (await fetch(at('/criteria'))).text();
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  assert.doesNotMatch(main, /Board|Buckinghamshire|Bracknell|Serious Case Review/);
  const { page, context, problems } = await open('/');
  await page.getByRole('link', { name: 'Check whether to refer an incident', exact: true }).click();
  await page.getByRole('button', { name: 'Start now' }).click();
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Was the person under 18 at the time of the death or harm?');
  await checkPage(page, problems, 'CSPR first question');
  await context.close();
});

for (const o of OUTCOMES) {
  test(`CSPR outcome ${o.at}: ${o.headline}`, async () => {
    const { page, context, problems } = await open(`/criteria/result#${o.at}`);
    const body = page.locator('.qn-o:visible');
    assert.equal(await body.locator('h1:visible').innerText(), o.headline);
    const duties = await body.locator('.duty').evaluateAll((ds) => ds.map((d) => d.dataset.duty));
    assert.deepEqual(duties, o.duties, 'every duty, strongest first');
    const text = await mainText(page);
    for (const pattern of o.says) assert.match(text, pattern, `${o.at} says ${pattern}`);
    assert.doesNotMatch(text, /\{[a-z_]+\}/, 'every placeholder filled');
    assert.doesNotMatch(text, /Serious Case Review/);
    assert.equal(await page.getByRole('button', { name: 'Start the referral form' }).count(), o.refer ? 1 : 0);
    const notes = body.locator('details.sources');
    assert.equal(await notes.last().locator('.citation').count(), await body.locator('.next-steps > li').count(), 'every step cited');
    await checkPage(page, problems, `CSPR outcome ${o.at}`);
    await context.close();
  });
}

const FIXTURE = JSON.parse(readFileSync(new URL('../fixtures/full-referral.json', import.meta.url), 'utf8'));
/** The full referral fixture as a CSPR referral: the CSPR answers, the
 * questions only the CSPR form asks left for the test to type. */
function csprDraft() {
  const draft = structuredClone(FIXTURE);
  draft.referral.case.criteria = {
    rule_set: 'cspr',
    answers: { CsprUnder18: 'Yes', CsprDied: 'Yes', CsprAbuseOrNeglect: 'Yes', CsprLookedAfter: 'No', CareLeaverDied: 'No' },
    parallel: [],
  };
  return JSON.stringify(draft, null, 2);
}

test('a CSPR referral is filled in and produced: the partnership\'s words, questions and own page', async () => {
  const { page, context, problems } = await open('/');
  await seedReferral(page, csprDraft());
  await goto(page, at('/referral/case'));
  assert.equal(await page.getByText('What are you asking the safeguarding partners to consider?').count(), 1);
  await page.getByLabel('Consideration as a serious child safeguarding incident (a notification to the Panel and a rapid review)').check();
  await page.getByLabel('Other children affected (optional)').fill('Brother, aged 4 (Θεόδωρος)');
  // What a notification needs: where and when, who knows, what was done.
  await page.getByLabel('Where did the incident happen?').fill('At the family home, Anytown');
  await page.getByLabel('Time of the incident, if known (optional)').fill('About 3pm');
  await page.getByLabel('Which local authority area does the child normally live in?').fill('Othertown Council');
  const dateIn = async (id, [d, m, y]) => {
    await page.locator(`#${id}-day`).fill(d); await page.locator(`#${id}-month`).fill(m); await page.locator(`#${id}-year`).fill(y);
  };
  await dateIn('agency-aware', ['2', '11', '2026']);
  await dateIn('la-aware', ['2', '11', '2026']);
  await page.locator('fieldset:has-text("Does the local authority\'s children\'s social care know about the incident?")').getByLabel('Yes').check();
  await page.locator('fieldset:has-text("Has the local authority notified")').getByLabel('Not known').check();
  await page.getByLabel('What has been done since, to keep the child and other children safe?').fill('Strategy discussion on 3 November; the baby\'s brother is staying with his grandmother');
  await page.getByLabel('Linked cases (optional)').fill('An earlier incident in 2025 (ref 2025/14)');
  await page.locator('fieldset:has-text("Is there media interest")').getByLabel('No', { exact: true }).check();
  await page.getByLabel('Supporting documents you hold (optional)').fill('Strategy discussion notes; body map');
  assert.match(await mainText(page), /talk to your agency's safeguarding lead/);
  await checkPage(page, problems, 'CSPR case section');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await page.waitForSelector('main h1:text-is("Referral form")');
  await goto(page, at('/referral/child'));
  await page.getByLabel('Health information (optional)').fill('Asthma; under the care of the community paediatrician');
  // Children 2 to 4 harmed in the same incident, each added and filled in
  // as a person would; 4 is the most one notification gives.
  for (const c of CHILDREN) {
    await page.getByRole('button', { name: 'Add another child' }).click();
    const row = page.locator(`#child-${c.n}`);
    // The new child's first box takes the focus once it is drawn.
    await page.waitForFunction((id) => document.activeElement?.id === id, `child-${c.n}-name`);
    await row.getByLabel('Full name').fill(c.name);
    await row.getByLabel(c.outcome, { exact: true }).check();
    await row.getByLabel('Date of birth or age').fill(c.age);
    await row.getByLabel('Sex or gender (optional)').fill(c.sex);
    await row.getByLabel('Ethnicity (optional)').fill(c.ethnicity);
    await row.getByLabel('Address, or the area if the address is not known').fill(c.address);
    await row.getByLabel('Which local authority area does this child normally live in?').fill(c.lives);
    for (const status of c.statuses) await row.getByLabel(status, { exact: true }).check();
    await row.getByLabel('Health information (optional)').fill(c.health);
  }
  assert.ok(await page.getByRole('button', { name: 'Add another child' }).isDisabled());
  assert.match(await mainText(page), /4 is the most children the form takes\./);
  await checkPage(page, problems, 'CSPR child section with 4 children');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await page.waitForSelector('main h1:text-is("Referral form")');
  // The lead's part asks for their agreement, not a discussion.
  await goto(page, at('/referral/safeguarding-lead'));
  assert.equal(await page.getByText("Has your agency's senior safeguarding lead agreed the referral?").count(), 1);
  assert.ok(await page.getByLabel('Yes, they have agreed it').isChecked(), 'the draft\'s answer is kept');
  // The example partnership accepts only referrals the lead has agreed: said
  // when the answer is "No", with the business office's phone.
  assert.equal(await page.locator('#lead-required').count(), 0);
  await page.getByLabel('No', { exact: true }).check();
  assert.match(await page.locator('#lead-required').innerText(), /ESCP accepts a referral only when your agency's senior safeguarding lead has agreed it\..*01632 960001/s);
  await checkPage(page, problems, 'CSPR lead not agreed');
  await page.getByLabel('Yes, they have agreed it').check();
  await page.locator('#lead-required').waitFor({ state: 'detached' });
  await page.locator('#agreed-date-day').fill('20');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await page.waitForSelector('main h1:text-is("Referral form")');

  await page.getByRole('link', { name: 'Check your answers and produce the referral' }).click();
  await page.waitForSelector('main h1:text-is("Check your answers before producing the referral")');
  const check = await mainText(page);
  for (const value of ['Brother, aged 4 (Θεόδωρος)', 'Asthma; under the care of the community paediatrician',
    'This is a serious child safeguarding incident', 'ESCP\'s secure mailbox', 'At the family home, Anytown',
    'Othertown Council', 'Strategy discussion on 3 November', 'An earlier incident in 2025 (ref 2025/14)',
    'Strategy discussion notes; body map', 'Monday 9 November 2026', ...childValues]) {
    assert.ok(check.includes(value), `the check page shows ${value}`);
  }
  await page.getByRole('button', { name: 'Finish and produce the referral' }).click();
  await page.waitForSelector('main h1:text-is("Your referral is not sent yet")');
  assert.match(await mainText(page), /serious-incidents@example\.org/);
  await checkPage(page, problems, 'CSPR referral ready');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the referral (PDF)' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), `Serious-incident-referral-Anytown-NHS-Trust-${new Date().toISOString().slice(0, 10)}.pdf`);
  const pdf = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', await download.path(), '-'], { encoding: 'utf8' }).split(/\s+/).join(' ');
  for (const expected of ['Referral of a serious child safeguarding incident', 'Partnership reference:',
    'Section 2: Notification to the Panel', 'Section 3: The rapid review', 'For ESCP to complete',
    'Brother, aged 4 (Θεόδωρος)', 'Asthma; under the care of the community paediatrician',
    'Consideration as a serious child safeguarding incident', 'Where the incident happened At the family home, Anytown',
    'Time of the incident About 3pm', 'Othertown Council', 'Date the referrer\'s agency became aware 2 November 2026',
    'Date the local authority became aware 2 November 2026', 'Monday 9 November 2026',
    'Immediate action taken Strategy discussion on 3 November', 'Linked cases An earlier incident in 2025 (ref 2025/14)',
    'Media interest No', 'Supporting documents held Strategy discussion notes; body map',
    'Agreed with the agency\'s senior safeguarding lead Yes, they have agreed it', 'Date agreed 20 November 2026',
    ...CHILDREN.flatMap((c) => [`Child ${c.n} Name ${c.name}`, `Died or seriously harmed ${c.outcome}`,
      `Date of birth or age ${shownAge(c)}`, `Address or area ${c.address}`,
      `Local authority area where the child normally lives ${c.lives}`, `Health information ${c.health}`]),
    ...childValues]) {
    assert.ok(pdf.includes(expected), `the PDF has ${expected}`);
  }
  checkPdf(await download.path());
  const plain = await page.locator('#plain-text').inputValue();
  for (const value of childValues) assert.ok(plain.includes(value), `the plain text has ${value}`);
  for (const scr of ['Serious Case Review', 'Independent Chair', 'Board reference']) {
    assert.ok(!pdf.includes(scr), `the PDF does not say ${scr}`);
  }
  const info = execFileSync('pdfinfo', [await download.path()], { encoding: 'utf8' });
  assert.match(info, /Producer:\s+CSPR referral guide/);
  // No SCR "decision due in one month" after sending.
  assert.equal(await page.locator('#decision-due').count(), 0);
  assert.doesNotMatch(await mainText(page), /decision is due|Board|Serious Case Review/);
  const mail = await page.locator('#mail-link').getAttribute('href');
  assert.match(mail, /^mailto:serious-incidents@example\.org\?subject=Serious%20incident%20referral%20/);
  await context.close();
});

test('a Serious Case Review hand-over file is refused by the partnership\'s site, and the form is untouched', async () => {
  const { page, context, problems } = await open('/referral');
  const path = join(mkdtempSync(join(tmpdir(), 'cspr-')), 'scr.json');
  writeFileSync(path, JSON.stringify(FIXTURE));
  await page.locator('#handover-file').setInputFiles(path);
  await page.getByRole('button', { name: 'Open the file' }).click();
  await page.waitForSelector('#handover-file-error');
  const message = /a referral for a Serious Case Review, but this site follows the Child Safeguarding Practice Review rules/;
  assert.match(await page.locator('#error-summary').innerText(), message);
  assert.match(await page.locator('#handover-file-error').innerText(), message);
  await checkPage(page, problems, 'CSPR hand-over refused');
  await context.close();
});

test('the CSPR guidance pages read with the partnership\'s words and rapid review rule', async () => {
  const { page, context, problems } = await open('/');
  for (const [slug, title] of GUIDE) {
    await goto(page, at(`/${slug}`));
    if (title) assert.equal(await h1(page), title, slug);
    const text = await mainText(page);
    assert.doesNotMatch(text, /\{[a-z_]+\}/, `${slug}: every placeholder filled`);
    assert.ok(await page.locator('main details.sources').count() >= 1, `${slug}: its sources`);
    await checkPage(page, problems, `CSPR /${slug}`);
  }
  await goto(page, at('/process'));
  assert.match(await mainText(page), /the day the safeguarding partners became aware of the incident/);
  await goto(page, at('/interview'));
  assert.match(await mainText(page), /without fear of being blamed for actions they took in good faith/);
  // The partnership's own practice, or where to ask, in its own words.
  assert.match(await mainText(page), /Can I bring someone with me\?\s+ESCP decides this for each review\. Ask its business office: phone 01632 960001/);
  await context.close();
});

test('CSPR: the home page says which rules it follows and what "the Panel" is; the sources page and the process diagram', async () => {
  const { page, context, problems } = await open('/');
  const rules = await page.locator('.home-rules').innerText();
  assert.match(rules, /Children Act 2004 \(section 16C\) and Working Together to Safeguard Children 2023/);
  assert.match(rules, /"The Panel" is the Child Safeguarding Practice Review Panel/);
  // Its source note is a link to the sources page's entry, which has the address.
  const link = page.locator('.home-rules .citation a').first();
  const href = await link.getAttribute('href');
  assert.match(href, /^\/sources#src-/);
  await link.click();
  await page.waitForURL(/\/sources#src-/);
  const entry = page.locator(`[id="${href.split('#')[1]}"]`);
  assert.match(await entry.innerText(), /Address\s+https:\/\//);
  assert.match(await entry.innerText(), /Last checked\s+\d{1,2} [A-Z][a-z]+ 20\d\d/);
  await goto(page, at('/process'));
  const diagram = page.getByRole('img', { name: /The process at a glance/ });
  assert.match(await diagram.getAttribute('aria-labelledby'), /process-diagram-t process-diagram-d/);
  assert.match(await page.locator('#process-diagram-d').textContent(), /local authority: Notifies the Child Safeguarding Practice Review Panel.*Within 5 working days/);
  await checkPage(page, problems, 'CSPR process with its diagram');
  await context.close();
});

test('CSPR: on a phone, the questionnaire\'s first screen shows "Start now" and what to do if a child is in danger', async () => {
  const { page, context } = await open('/criteria', { width: 375, height: 667 });
  const start = await page.locator('.button-start').boundingBox();
  const urgent = await page.locator('.urgent-short').boundingBox();
  assert.ok(start.y + start.height <= 667, `Start now ends at ${start.y + start.height}px`);
  assert.ok(urgent.y + urgent.height <= 667, `the urgent line ends at ${urgent.y + urgent.height}px`);
  assert.match(await page.locator('.urgent-short').innerText(), /immediate danger, call 999/);
  await context.close();
});
