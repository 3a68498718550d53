// Dev tool: screenshots of the main pages and states at phone and desktop
// widths, for looking at (not a test). Needs the site served at $BASE_URL.
// Usage: BASE_URL=http://127.0.0.1:8080 node scripts/screenshots.mjs [outdir]
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';

const base = process.env.BASE_URL || 'http://127.0.0.1:8080';
const out = process.argv[2] || 'reports/screenshots';
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});

async function answer(page, label) {
  await page.getByLabel(label, { exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForSelector('main h1:visible');
}

// A complete referral (kept current by tests/document.rs).
const fixture = readFileSync(new URL('../tests/fixtures/full-referral.json', import.meta.url), 'utf8');
async function withFixture(p, path) {
  const answers = JSON.stringify({ format: 'scr-guide/criteria-answers', version: 1, answers: JSON.parse(fixture).referral.case.criteria });
  await p.evaluate(([f, a]) => { sessionStorage.setItem('scr-guide.referral', f); sessionStorage.setItem('scr-guide.criteria', a); }, [fixture, answers]);
  await p.goto(base + path); await p.waitForSelector('#tool[data-ready]');
}

const shots = {
  home: async () => {},
  // The questionnaire: plain pages, each point at a fragment.
  start: async (p) => { await p.goto(base + '/criteria'); await p.waitForSelector('main h1:visible'); },
  question: async (p) => { await p.goto(base + '/criteria#qyn'); await p.waitForSelector('main h1:visible'); },
  check: async (p) => { await p.goto(base + '/criteria#cyyyn'); await p.waitForSelector('main h1:visible'); },
  'outcome-must': async (p) => { await p.goto(base + '/criteria/result#ryyyn'); await p.waitForSelector('.qn-o:visible'); },
  'outcome-notifiable': async (p) => { await p.goto(base + '/criteria/result#rynyyn'); await p.waitForSelector('.qn-o:visible'); },
  'outcome-may': async (p) => { await p.goto(base + '/criteria/result#rynuyy'); await p.waitForSelector('.qn-o:visible'); },
  paths: async (p) => { await p.goto(base + '/criteria/paths'); await p.waitForSelector('main h1:visible'); },
  interview: async (p) => { await p.goto(base + '/interview'); await p.waitForSelector('main h1:visible'); },
  process: async (p) => { await p.goto(base + '/process'); await p.waitForSelector('main h1:visible'); },
  deadlines: async (p) => {
    await p.goto(base + '/deadlines'); await p.waitForSelector('main h1:visible');
    await p.fill('#notified-day', '31'); await p.fill('#notified-month', '1'); await p.fill('#notified-year', '2026');
    await p.getByRole('button', { name: 'Work out the dates' }).click(); await p.waitForSelector('#result-decision');
  },
  'deadlines-bank-holiday': async (p) => {
    await p.goto(base + '/deadlines'); await p.waitForSelector('main h1:visible');
    await p.fill('#notified-day', '25'); await p.fill('#notified-month', '11'); await p.fill('#notified-year', '2026');
    await p.getByRole('button', { name: 'Work out the dates' }).click(); await p.waitForSelector('.date-flag');
  },
  accessibility: async (p) => { await p.goto(base + '/accessibility'); await p.waitForSelector('main h1:visible'); },
  'deadlines-error': async (p) => {
    await p.goto(base + '/deadlines'); await p.waitForSelector('main h1:visible');
    await p.fill('#notified-day', '31'); await p.fill('#notified-month', '2'); await p.fill('#notified-year', '2026');
    await p.getByRole('button', { name: 'Work out the dates' }).click(); await p.waitForSelector('#error-summary');
  },
  'referral-tasklist': async (p) => { await p.goto(base + '/referral'); await p.waitForSelector('main h1:visible'); },
  'referral-errors': async (p) => {
    await p.goto(base + '/referral/about-you'); await p.waitForSelector('main h1:visible');
    await p.fill('#phone', '12345'); await p.click('#save-section'); await p.waitForSelector('#error-summary');
  },
  'referral-check': async (p) => withFixture(p, '/referral/check'),
  'referral-done': async (p) => withFixture(p, '/referral/done'),
};

const only = process.env.ONLY ? process.env.ONLY.split(',') : Object.keys(shots);
for (const width of [375, 1280]) {
  for (const name of only) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(base + '/'); await page.waitForSelector('main h1:visible');
    await shots[name](page);
    if (await page.locator('#tool').count()) await page.waitForSelector('#tool[data-ready]');
    await page.screenshot({ path: `${out}/${name}-${width}.png`, fullPage: true });
    await context.close();
  }
}
const context = await browser.newContext();
const page = await context.newPage();
await page.goto(base + '/interview'); await page.waitForSelector('main h1:visible');
await page.emulateMedia({ media: 'print' });
await page.pdf({ path: `${out}/interview-print.pdf`, format: 'A4' });
await page.emulateMedia({ media: 'screen' });
await withFixture(page, '/referral/done');
await page.emulateMedia({ media: 'print' });
await page.pdf({ path: `${out}/referral-print.pdf`, format: 'A4' });
await browser.close();
console.log(`screenshots in ${out}`);
