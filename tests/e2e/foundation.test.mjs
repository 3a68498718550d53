// The foundation: shell, home page, not-found, deep links, Board profiles,
// production headers, keyboard access.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launchBrowser, openPage, checkPage, goto, withBoardSite, generate, mainText, BASE_URL } from './helpers.mjs';
import { existsSync } from 'node:fs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const EXAMPLE = JSON.parse(readFileSync(new URL('../../deploy/board.example.json', import.meta.url), 'utf8'));
const profile = (changes) => JSON.stringify({ ...EXAMPLE, ...changes }, null, 2);
const CUSTOM_PROFILE = profile({
  name: 'Testshire Safeguarding Children Board', short_name: 'TSCB', business_office_phone: '01632 960123',
});
const WITHOUT_MAILBOX = (() => { const p = { ...EXAMPLE }; delete p.secure_mailbox; return JSON.stringify(p); })();

test('home page: one entry point for each of the three users, example banner, privacy', async () => {
  const { page, context, problems } = await openPage(browser, '/');
  assert.equal(await page.locator('h1:visible').innerText(), 'Serious Case Reviews');
  for (const [name, href] of [
    ['Check whether to refer a case', '/criteria'],
    ['If you are asked to take part in a review', '/interview'],
    ['Prepare the referral', '/referral'],
  ]) {
    assert.equal(await page.getByRole('link', { name, exact: true }).getAttribute('href'), href);
  }
  for (const href of ['/what-is-an-scr', '/process', '/who-sees-the-report', '/deadlines']) {
    assert.equal(await page.locator(`main a[href="${href}"]`).count(), 1, `home links to ${href}`);
  }
  const banner = page.getByRole('region', { name: 'Example profile warning' });
  assert.match(await banner.innerText(), /example Board profile.*do not send a referral/i);
  assert.match(await page.locator('header').innerText(), /Example Safeguarding Children Board/);
  const footer = await page.locator('footer').innerText();
  assert.match(footer, /Nothing you type into this site is sent anywhere/);
  assert.match(footer, /deleted when you close the tab/);
  assert.match(footer, /Published by Example Safeguarding Children Board\. This guidance was last checked against its sources on \d{1,2} [A-Z][a-z]+ \d{4}\./);
  for (const [name, href] of [['About this guidance', '/about'], ['Accessibility statement', '/accessibility']]) {
    assert.equal(await page.locator('footer').getByRole('link', { name }).getAttribute('href'), href, `the footer links to ${href}`);
  }
  assert.match(await page.title(), /Serious Case Reviews – SCR referral guide – ESCB/);
  await checkPage(page, problems, 'home');
  await context.close();
});

test('skip link is the first thing a keyboard user reaches and moves to main', async () => {
  const { page, context, problems } = await openPage(browser, '/');
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement.textContent);
  assert.equal(focused, 'Skip to main content');
  assert.ok(await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle !== 'none'
    || getComputedStyle(document.activeElement).backgroundColor !== 'rgba(0, 0, 0, 0)'), 'focus is visible');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'main-content');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Check whether to refer a case',
    'the next Tab goes to the first link in main');
  assert.deepEqual(problems, []);
  await context.close();
});

test('unknown URL shows a helpful not-found page', async () => {
  const { page, context, problems } = await openPage(browser, '/no/such/page');
  assert.equal(await page.locator('h1:visible').innerText(), 'Page not found');
  const text = await mainText(page);
  assert.match(text, /check it is correct/);
  await page.getByRole('link', { name: 'Check whether to refer a case' }).click();
  assert.equal(new URL(page.url()).pathname, '/criteria');
  await goto(page, '/no/such/page');
  await checkPage(page, problems, 'not found');
  await context.close();
});

test('deep links survive a reload', async () => {
  const { page, context, problems } = await openPage(browser, '/no-such-page');
  await page.reload();
  await page.waitForSelector('main h1:visible');
  assert.equal(await page.locator('h1:visible').innerText(), 'Page not found');
  assert.equal(new URL(page.url()).pathname, '/no-such-page');
  await goto(page, '/');
  await page.getByRole('link', { name: 'Check whether to refer a case' }).click();
  await page.reload();
  await page.waitForSelector('main h1:visible');
  assert.equal(new URL(page.url()).pathname, '/criteria');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a Board\'s own profile is built into every page: no example banner, its name, phone and mailbox', async () => {
  await withBoardSite(CUSTOM_PROFILE, async (url, root) => {
    const { page, context, problems } = await openPage(browser, `${url}/`, { siteRoot: root });
    assert.match(await page.locator('header').innerText(), /Testshire Safeguarding Children Board/);
    assert.equal(await page.getByRole('region', { name: 'Example profile warning' }).count(), 0);
    assert.match(await page.locator('footer').innerText(), /01632 960123/);
    assert.match(await page.title(), /– TSCB$/);
    await checkPage(page, problems, 'home with a custom profile');
    // A tool reads the same profile from its page.
    await goto(page, `${url}/referral`);
    assert.match(await page.title(), /– TSCB$/);
    assert.equal(await page.getByRole('region', { name: 'Example profile warning' }).count(), 0);
    await context.close();
  });
});

for (const [label, text, field, message] of [
  ['not JSON', '{ "name": "Unclosed', null, /not valid JSON \(line 1/],
  ['a missing field', WITHOUT_MAILBOX, 'secure_mailbox', /missing/],
  ['a wrong type', profile({ draft_retention_days: 'seven' }), 'draft_retention_days', /whole number of days/],
  ['a misspelt field', profile({ secure_mailbx: 'x@example.org' }), 'secure_mailbx', /not a field the site knows/],
  ['a bad email', profile({ secure_mailbox: 'not-an-address' }), 'secure_mailbox', /is not an email address/],
]) {
  test(`a broken Board profile (${label}) stops the build, naming the file and field, and writes nothing`, () => {
    const built = generate(text);
    assert.equal(built.status, 1);
    assert.ok(built.stderr.includes(built.board), `names the file: ${built.stderr}`);
    if (field) assert.ok(built.stderr.includes(`field \`${field}\``), `names the field: ${built.stderr}`);
    assert.match(built.stderr, message);
    assert.match(built.stderr, /Nothing was written/);
    assert.equal(existsSync(built.out), false, 'no half-configured site');
  });
}

test('nginx serves it as in production: headers, types, caching, 404s', async () => {
  const index = await fetch(BASE_URL + '/');
  assert.equal(index.status, 200);
  const csp = index.headers.get('content-security-policy');
  for (const directive of ["default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "connect-src 'self'",
    "worker-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'"]) {
    assert.ok(csp.includes(directive), `CSP header has ${directive}`);
  }
  assert.ok(!csp.includes('unsafe-inline'));
  const security = (response, what) => {
    assert.equal(response.headers.get('content-security-policy'), csp, `${what} carries the CSP`);
    assert.equal(response.headers.get('referrer-policy'), 'no-referrer', `${what}: Referrer-Policy`);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff', `${what}: nosniff`);
    assert.equal(response.headers.get('x-frame-options'), 'DENY', `${what}: X-Frame-Options`);
    assert.match(response.headers.get('permissions-policy'), /camera=\(\)/, `${what}: Permissions-Policy`);
  };
  security(index, 'the home page');
  assert.equal(index.headers.get('cache-control'), 'no-cache');
  const html = await index.text();
  assert.ok(!/<script(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>/.test(html), 'no inline script');
  const meta = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];
  assert.equal(`${meta}; frame-ancestors 'none'`, csp, 'the page and the server send one policy');

  const tool = await (await fetch(BASE_URL + '/deadlines')).text();
  const wasmPath = tool.match(/data-wasm="(\/[^"]+\.wasm)"/)[1];
  const wasm = await fetch(BASE_URL + wasmPath, { headers: { 'accept-encoding': 'gzip' } });
  assert.equal(wasm.headers.get('content-type'), 'application/wasm');
  assert.equal(wasm.headers.get('content-encoding'), 'gzip', 'sent pre-compressed');
  assert.match(wasm.headers.get('cache-control'), /max-age=31536000, immutable/);
  security(wasm, 'the WebAssembly');

  const deep = await fetch(BASE_URL + '/referral/child');
  assert.equal(deep.status, 200, 'every tool page is a file');
  assert.match(await deep.text(), /<title>[^<]+ – SCR referral guide – ESCB<\/title>/);
  const questionnaire = await (await fetch(BASE_URL + '/criteria')).text();
  assert.ok(!/\.wasm/.test(questionnaire), 'the questionnaire loads no WebAssembly');
  assert.equal((await fetch(BASE_URL + '/criteria/', { redirect: 'manual' })).headers.get('location'), '/criteria');
  for (const missing of ['/missing-page', '/criteria/anything', '/main-0123456789abcdef.css', '/criteria-0123456789abcdef_bg.wasm', '/fonts/DejaVuSans-0123456789abcdef.ttf.zlib']) {
    const response = await fetch(BASE_URL + missing);
    assert.equal(response.status, 404, `${missing} is a real 404`);
    assert.equal(response.headers.get('cache-control'), 'no-store', `a 404 for ${missing} is never cached`);
    security(response, `the 404 for ${missing}`);
    assert.match(await response.text(), /Page not found/);
  }
  const sw = await fetch(BASE_URL + '/sw.js');
  assert.equal(sw.headers.get('cache-control'), 'no-cache', 'the service worker is always checked');
  assert.match(sw.headers.get('content-type'), /javascript/);
  assert.equal((await fetch(BASE_URL + '/board.json')).status, 404, 'the profile is built into the pages, not fetched');
});
