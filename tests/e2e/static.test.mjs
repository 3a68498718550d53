// Static first: guidance pages are plain HTML that reads, navigates and
// prints without JavaScript; each tool page loads only its own code, says
// what it is loading, fails clearly with a retry, and says what it needs
// without JavaScript; everything works offline after one visit, and a new
// version takes over cleanly.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { launchBrowser, openPage, checkPage, axeWithoutJs, goto, generate, seedReferral, BASE_URL } from './helpers.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

// Each guidance page, its heading and facts it must show (written by hand).
const GUIDANCE = [
  ['/', 'Serious Case Reviews', [/Check whether to refer a case/, /Prepare the referral/]],
  ['/what-is-an-scr', 'What a Serious Case Review is, and is not', [/abuse or neglect/, /Sources for this section/]],
  ['/process', 'The Serious Case Review process, step by step', [/within one month/, /five working days/]],
  ['/interview', 'If you are asked to take part in a Serious Case Review', [/bring someone to support you/, /Who sees the report|While the review is going on/]],
  ['/who-sees-the-report', 'Who sees the report', [/coroner/]],
  ['/refer', 'Prepare the referral', [/scr-referrals@example\.org/]],
  ['/about', 'About this guidance', [/Working Together/, /Child Safeguarding Practice Review/]],
  ['/accessibility', 'Accessibility statement', [/WCAG 2\.2/, /JavaScript turned off/]],
  ['/delete', 'Delete everything on this device', [/Nothing from this site is stored/]],
];

const TOOL_PAGES = {
  deadlines: ['/deadlines'],
  referral: ['/referral', '/referral/about-you', '/referral/chronology', '/referral/check', '/referral/done'],
};

function pdfText(buffer) {
  const dir = mkdtempSync(join(tmpdir(), 'print-'));
  try {
    writeFileSync(join(dir, 'p.pdf'), buffer);
    return execFileSync('pdftotext', ['-layout', join(dir, 'p.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

for (const [path, title, facts] of GUIDANCE) {
  test(`without JavaScript, ${path} reads, links and prints`, async () => {
    const { page, context, problems } = await openPage(browser, path, { contextOptions: { javaScriptEnabled: false } });
    if (title) assert.equal(await page.locator('h1:visible').innerText(), title);
    const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    for (const fact of facts) assert.match(text, fact, `${path} shows ${fact}`);
    assert.equal(await page.locator('#tool').count(), 0, 'no tool on a guidance page');
    assert.equal(await page.locator('button:visible').count(), 0, 'no button that needs JavaScript is shown');
    // Every link to this site goes somewhere real.
    const hrefs = await page.locator('a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    for (const href of new Set(hrefs.map((h) => h.split('#')[0]))) {
      assert.equal((await fetch(new URL(href, BASE_URL))).status, 200, `${path} links to ${href}`);
    }
    const printed = pdfText(await page.pdf({ format: 'A4' }));
    if (title) assert.ok(printed.includes(title), `${path} prints its heading`);
    assert.match(printed, /SCR referral guide · Example Safeguarding Children Board/, `${path} prints the service and Board`);
    assert.match(printed, /Guidance last checked against its sources on \d{1,2} [A-Z][a-z]+ \d{4}/, `${path} prints when the guidance was last reviewed`);
    // Sources notes are closed on screen and open in print, with no script.
    const notes = await page.locator('main details.sources').count();
    if (notes > 0) {
      assert.equal(await page.locator('main details.sources[open]').count(), 0);
      assert.match(printed, /Sources for this section: /, `${path} prints its sources`);
      const first = (await page.locator('main details.sources .citation').first().textContent()).replace(/\s+/g, ' ').trim();
      assert.ok(printed.includes(first.slice(0, 30)), `${path} prints "${first}"`);
    }
    await checkPage(page, problems, `${path} without JavaScript`, { axe: false });
    await context.close();
    await axeWithoutJs(browser, path);
  });
}

test('without JavaScript, a section\'s sources open and close, and "Back to contents" goes back', async () => {
  const { page, context } = await openPage(browser, '/interview', { contextOptions: { javaScriptEnabled: false } });
  const note = page.locator('#blame').locator('xpath=..').locator('details.sources');
  assert.equal(await note.locator('.citation').first().isVisible(), false, 'closed at first');
  await note.locator('summary').click();
  assert.ok(await note.locator('.citation').first().isVisible(), 'opens without JavaScript');
  await note.locator('summary').focus();
  await page.keyboard.press('Enter');
  assert.equal(await note.locator('.citation').first().isVisible(), false, 'closes again from the keyboard');
  await page.locator('#blame').locator('xpath=..').getByRole('link', { name: 'Back to contents' }).click();
  assert.equal(new URL(page.url()).hash, '#contents');
  await context.close();
});

test('without JavaScript, the contents list is ordinary links: each adds a history entry', async () => {
  const { page, context } = await openPage(browser, '/interview', { contextOptions: { javaScriptEnabled: false } });
  await page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: 'Will I be blamed or disciplined?' }).click();
  assert.equal(new URL(page.url()).hash, '#blame');
  assert.ok(await page.locator('#blame').isVisible());
  await page.goBack();
  assert.equal(new URL(page.url()).hash, '', 'Back returns to the top of the page, not away from it');
  assert.equal(new URL(page.url()).pathname, '/interview');
  await context.close();
});

for (const [tool, paths] of Object.entries(TOOL_PAGES)) {
  test(`without JavaScript, the ${tool} pages say what they need and link to the guidance`, async () => {
    const { page, context, problems } = await openPage(browser, paths[0], { contextOptions: { javaScriptEnabled: false } });
    for (const path of paths) {
      await page.goto(new URL(path, BASE_URL).href);
      const message = page.locator('.tool-no-script');
      assert.ok(await message.isVisible(), `${path} shows its no-JavaScript message`);
      assert.match(await message.innerText(), /needs JavaScript/);
      assert.equal(await page.locator('#tool-loading').isVisible(), false, `${path} shows no endless loading state`);
      const links = await message.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      assert.ok(links.length > 0, `${path} links to guidance`);
      for (const href of links) assert.equal((await fetch(new URL(href, BASE_URL))).status, 200, href);
    }
    await checkPage(page, problems, `${tool} without JavaScript`, { axe: false });
    await context.close();
    await axeWithoutJs(browser, paths[1] || paths[0]);
  });
}

test('each page loads only its own code: guidance pages no WebAssembly, each tool only its own', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  const code = () => requested.filter((p) => /\.(wasm|js)$/.test(p)).map((p) => p.replace(/-[0-9a-f]{16}/, '').replace(/^\//, ''));
  // The questionnaire's pages are plain pages too.
  for (const [path] of [...GUIDANCE, ['/criteria'], ['/criteria/result'], ['/criteria/paths']]) {
    requested.length = 0;
    await goto(page, path);
    await page.waitForLoadState('networkidle');
    assert.deepEqual(code(), ['site.js'], `${path} loads only the site script`);
  }
  for (const [tool, paths] of Object.entries(TOOL_PAGES)) {
    for (const path of paths.slice(0, 2)) {
      requested.length = 0;
      await goto(page, path);
      await page.waitForLoadState('networkidle');
      assert.deepEqual(code().sort(), [`${tool}.js`, `${tool}_bg.wasm`, 'site.js'].sort(), `${path} loads only the ${tool} tool`);
    }
  }
  await context.close();
});

test('a tool page explains what is loading, fails clearly when its code does not arrive, and retries', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  let block = true;
  await page.route(/deadlines-[0-9a-f]{16}_bg\.wasm/, (route) => (block ? route.abort('internetdisconnected') : route.continue()));
  await page.goto(`${BASE_URL}/deadlines`);
  const failed = page.locator('#tool-failed');
  await failed.waitFor({ state: 'visible' });
  assert.match(await failed.innerText(), /The date calculator could not be loaded\. Check your connection, then try again/);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'tool-retry', 'focus moves to Try again');
  const heading = await page.locator('main h1').innerText();
  assert.ok(heading.length > 5, 'the page still says where it is');
  block = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await page.waitForSelector('#tool[data-ready]');
  await page.locator('#notified-day').fill('2');
  await context.close();
});

test('while a tool loads, the page says what is loading, how big it is, and shows progress', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(/deadlines-[0-9a-f]{16}_bg\.wasm/, async (route) => { await held; await route.continue(); });
  await page.goto(`${BASE_URL}/deadlines`);
  const loading = page.locator('#tool-loading');
  await loading.waitFor({ state: 'visible' });
  assert.match(await loading.innerText(), /Loading the date calculator \(\d+ KB\)/);
  assert.ok(await page.locator('#tool-progress').isVisible(), 'a progress bar');
  assert.equal(await loading.getAttribute('role'), 'status');
  release();
  await page.waitForSelector('#tool[data-ready]');
  assert.equal(await page.locator('#tool-loading').count(), 0, 'the loading state goes once the tool is there');
  await context.close();
});

async function offlineReady(page) {
  await page.waitForFunction(() => /saved on this device/.test(document.getElementById('offline-status')?.textContent || ''), null, { timeout: 60000 });
}

test('after one visit, every page and tool works offline, including the PDF', async () => {
  const { page, context, problems } = await openPage(browser, '/interview');
  await offlineReady(page);
  assert.match(await page.locator('#offline-status').innerText(), /work without a connection/);
  await context.setOffline(true);
  for (const [path, title] of GUIDANCE) {
    await goto(page, path);
    if (title) assert.equal(await page.locator('h1:visible').innerText(), title, `${path} offline`);
  }
  await goto(page, '/criteria#q');
  await page.locator('.qn-answer:visible', { hasText: /^Yes$/ }).click();
  await page.waitForFunction(() => document.activeElement?.textContent === 'Has the child died?');
  await goto(page, '/criteria/result#ryyyn');
  assert.match(await page.locator('.qn-o:visible h1').innerText(), /meets the criteria/);
  await goto(page, '/deadlines');
  await page.locator('#notified-day').fill('2');
  await goto(page, '/referral');
  await page.waitForSelector('text=Sections');
  const fixture = readFileSync(new URL('../fixtures/full-referral.json', import.meta.url), 'utf8');
  await seedReferral(page, fixture);
  await goto(page, '/referral/done');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-pdf')]);
  assert.ok((await download.path()) !== null, 'the PDF is made offline');
  await goto(page, '/no-such-page');
  assert.equal(await page.locator('h1:visible').innerText(), 'Page not found');
  await context.setOffline(false);
  assert.deepEqual(problems.filter((p) => !/ERR_INTERNET_DISCONNECTED/.test(p)), []);
  await context.close();
});

test('a correction reaches a reader at once on pages that are read; a tool keeps its version until the person takes the new one, never mixing the two', async () => {
  // A site of its own (example profile), served while it is replaced by a
  // new version (another Board's profile changes every page and sw.js).
  const first = generate(readFileSync(new URL('../../content/example-board.json', import.meta.url), 'utf8'));
  assert.equal(first.status, 0, first.stderr);
  const url = execFileSync('scripts/nginx.sh', ['start', first.out, '', 'update'], { encoding: 'utf8' }).trim();
  try {
    const { page, context, problems } = await openPage(browser, `${url}/interview`, { siteRoot: first.out });
    await offlineReady(page);
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    // Deploy the new version in the same place.
    const example = JSON.parse(readFileSync(new URL('../../content/example-board.json', import.meta.url), 'utf8'));
    writeFileSync(first.board, JSON.stringify({ ...example, name: 'Newshire Safeguarding Children Board' }));
    const run = execFileSync('target/debug/site', ['--tools', 'target/tools', '--out', first.out, '--board', first.board], { encoding: 'utf8' });
    assert.match(run, /pages written/);
    // A page that is read gets the correction at once: online, it comes
    // from the site first (the device's copy only when the network fails).
    await goto(page, `${url}/interview`);
    assert.match(await page.locator('header').innerText(), /Newshire Safeguarding Children Board/, 'a guidance page is the current version at once');
    await goto(page, `${url}/criteria#q`);
    assert.match(await page.locator('header').innerText(), /Newshire Safeguarding Children Board/, 'so is the questionnaire');
    // Offline, the device's copy (this device's version) is used.
    await context.setOffline(true);
    await goto(page, `${url}/process`);
    assert.match(await page.locator('header').innerText(), /Example Safeguarding Children Board/, 'offline: the saved copy');
    await context.setOffline(false);
    // A tool's pages stay the old version until the person chooses.
    await goto(page, `${url}/deadlines`);
    assert.match(await page.locator('header').innerText(), /Example Safeguarding Children Board/);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    const banner = page.locator('#update-banner');
    await banner.waitFor({ state: 'visible', timeout: 60000 });
    assert.match(await banner.innerText(), /A new version of this guide is available/);
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Use the new version' }).click()]);
    await page.waitForSelector('#tool[data-ready]');
    assert.match(await page.locator('header').innerText(), /Newshire Safeguarding Children Board/);
    await page.locator('#notified-day').fill('2');
    assert.deepEqual(problems.filter((p) => !/ERR_INTERNET_DISCONNECTED/.test(p)), []);
    await context.close();
  } finally {
    execFileSync('scripts/nginx.sh', ['stop', 'update']);
    rmSync(first.dir, { recursive: true, force: true });
  }
});
