// What the size report (scripts/report.mjs) and the benchmarks
// (scripts/bench.mjs) share: where the sites are, the browser, waiting for a
// page to be usable, the budgets, and the largest referral the form allows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

/** The repository's root folder. */
export const root = new URL('../..', import.meta.url).pathname;

/** budgets.json, the only place budgets are kept. */
export const budgets = JSON.parse(readFileSync(join(root, 'budgets.json'), 'utf8'));

/** The two sites served by scripts/sites.sh: { baseUrl, csprUrl }. */
export function siteUrls(command) {
  const baseUrl = process.env.BASE_URL;
  const csprUrl = process.env.CSPR_URL;
  if (!baseUrl || !csprUrl) throw new Error(`BASE_URL and CSPR_URL must be set: run this with ${command}`);
  return { baseUrl, csprUrl };
}

/** Debian's Chromium, headless, with nothing of its own on the network. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/** Wait until the page is usable: its tool (if it has one) has started. */
export async function ready(page) {
  if (await page.locator('#tool').count()) await page.waitForSelector('#tool[data-ready]', { timeout: 60000 });
  else await page.waitForSelector('main h1:visible');
}

/** Kilobytes, for people. */
export const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** The median of a non-empty list of numbers (throws on an empty one or on a non-number). */
export function median(xs) {
  if (!xs.length) throw new Error('no measurement was made');
  if (xs.some((x) => typeof x !== 'number' || !Number.isFinite(x))) throw new Error(`a measurement is not a number: ${xs.join(', ')}`);
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** The full referral the browser tests use (tests/fixtures/full-referral.json), as a draft object. */
export function fullDraft() {
  return JSON.parse(readFileSync(join(root, 'tests', 'fixtures', 'full-referral.json'), 'utf8'));
}

/** The criteria answers a draft carries, in their one home's stored format. */
export function answersOf(draft) {
  return JSON.stringify({ format: 'scr-guide/criteria-answers', version: 1, answers: draft.referral.case.criteria });
}

/**
 * The largest referral the form allows, as a draft object: `events`
 * chronology events of the longest text, and every other text field at its
 * limit. The limits are read from src/referral/mod.rs, so they stay in step.
 */
export function largestDraft(events = 200) {
  const source = readFileSync(join(root, 'src', 'referral', 'mod.rs'), 'utf8');
  const limit = (name) => {
    const found = source.match(new RegExp(`${name}: usize = ([\\d_]+)`));
    if (!found) throw new Error(`${name} is not in src/referral/mod.rs`);
    return Number(found[1].replace(/_/g, ''));
  };
  const SHORT = limit('SHORT_TEXT_MAX');
  const LONG = limit('LONG_TEXT_MAX');
  const text = (n, seed) => {
    let s = '';
    for (let i = 0; s.length < n; i += 1) s += `${seed}${i} lorem ipsum dolor sit amet `;
    return s.slice(0, n);
  };
  const draft = fullDraft();
  const r = draft.referral;
  const now = new Date();
  r.about_you.referral_date = { day: String(now.getDate()), month: String(now.getMonth() + 1), year: String(now.getFullYear()) };
  for (const k of ['name', 'job_title', 'agency']) r.about_you[k] = text(SHORT, k);
  for (const k of ['name', 'role']) r.dsl[k] = text(SHORT, `dsl${k}`);
  for (const k of ['name', 'other_names', 'sex_gender', 'ethnicity', 'address_or_area', 'lead_worker', 'school_or_setting']) r.child[k] = text(SHORT, k);
  r.child.where_and_who_caring = text(LONG, 'where');
  for (const k of ['what_happened', 'why_referring', 'agency_concerns', 'good_practice']) r.case[k] = text(LONG, k);
  for (const m of r.household) for (const k of ['name', 'relationship', 'address_if_different']) m[k] = text(SHORT, k);
  for (const a of r.agencies) { a.agency = text(SHORT, 'agency'); a.involvement = text(LONG, 'involvement'); a.contact = text(SHORT, 'contact'); }
  for (const p of r.parallel) p.reference = text(SHORT, 'reference');
  r.chronology = Array.from({ length: events }, (_, i) => ({
    date: { day: String(1 + (i % 28)), month: String(1 + (i % 12)), year: '2025' },
    agency: text(SHORT, `ag${i}x`),
    event: text(LONG, `e${i}w`),
  }));
  return draft;
}

/**
 * A draft made under the CSPR rules instead: its criteria answered with
 * that rule set's questions, and the questions only the CSPR form asks
 * answered too: every text at its limit when `largest`.
 */
export function underCspr(draft, largest = false) {
  draft.referral.case.criteria = {
    rule_set: 'cspr',
    answers: { CsprUnder18: 'Yes', CsprDied: 'Yes', CsprAbuseOrNeglect: 'Yes', CsprLookedAfter: 'No', CareLeaverDied: 'No' },
    parallel: [],
  };
  const source = readFileSync(join(root, 'src', 'referral', 'mod.rs'), 'utf8');
  const limit = (name) => Number(source.match(new RegExp(`${name}: usize = ([\\d_]+)`))[1].replace(/_/g, ''));
  const text = (n, seed, short) => {
    if (!largest) return short;
    let s = '';
    for (let i = 0; s.length < n; i += 1) s += `${seed}${i} lorem ipsum dolor sit amet `;
    return s.slice(0, n);
  };
  const [SHORT, LONG] = [limit('SHORT_TEXT_MAX'), limit('LONG_TEXT_MAX')];
  const c = draft.referral.case;
  c.incident_place = text(SHORT, 'place', 'At the family home');
  c.incident_time = text(SHORT, 'time', 'About 3pm');
  c.normally_lives = text(SHORT, 'lives', 'Anytown Council');
  c.agency_aware = { day: '2', month: '11', year: '2026' };
  c.la_aware = { day: '2', month: '11', year: '2026' };
  c.la_knows = 'Yes';
  c.la_notified = 'NotKnown';
  c.immediate_action = text(LONG, 'action', 'A strategy discussion was held the next day');
  c.linked_cases = text(LONG, 'linked', 'None known');
  c.media_interest = 'No';
  c.supporting_documents = text(LONG, 'docs', 'Strategy discussion notes');
  c.other_children = text(LONG, 'children', 'A brother, aged 4');
  draft.referral.child.health = text(LONG, 'health', 'Asthma');
  // Children 2 to 4: one notification gives the details of up to 4.
  draft.referral.more_children = [2, 3, 4].map((n) => ({
    name: text(SHORT, `child${n}name`, `Child ${n} Example`),
    dob_or_age: text(SHORT, `child${n}age`, `About ${n}`),
    outcome: n === 3 ? 'Died' : 'SeriouslyHarmed',
    sex_gender: text(SHORT, `child${n}sex`, 'Girl'),
    ethnicity: text(SHORT, `child${n}eth`, 'White British'),
    address_or_area: text(SHORT, `child${n}addr`, `${n} High Street, Anytown`),
    normally_lives: text(SHORT, `child${n}lives`, 'Othertown Council'),
    legal_status: n === 2 ? ['CareLeaver'] : ['PrivatelyFostered', 'ChildInNeed'],
    health: text(LONG, `child${n}health`, `Health of child ${n}`),
  }));
  return draft;
}

/**
 * Make `count` PDFs of `referral` (the referral's JSON text) one after the
 * other in the page's PDF worker (the first also starts the worker), for
 * the profile the page carries, sent as the form sends it: its text fields
 * as [name, value] pairs. Returns each one's { ms, bytes, pages }.
 */
export async function makePdfs(page, referral, count) {
  return page.evaluate(async ({ referral, count }) => {
    // The profile's fields, one to a hidden element in the page as served
    // (the tool has replaced them in the live page by now).
    const served = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
    const board = [...served.querySelectorAll('#board-profile [data-key]')]
      .map((span) => [span.getAttribute('data-key'), span.textContent]);
    if (board.length === 0) throw new Error('the page carries no Board profile');
    const worker = new Worker(document.getElementById('tool').getAttribute('data-worker'), { type: 'module' });
    const make = () => new Promise((resolve, reject) => {
      const started = performance.now();
      worker.onmessage = (event) => (event.data.ok
        ? resolve({ ms: performance.now() - started, bytes: event.data.pdf.byteLength, pages: event.data.pages })
        : reject(new Error(event.data.error)));
      worker.onerror = (event) => reject(new Error(event.message || 'the PDF worker failed'));
      worker.postMessage({ referral, board });
    });
    const out = [];
    for (let i = 0; i < count; i += 1) out.push(await make());
    worker.terminate();
    return out;
  }, { referral, count });
}
