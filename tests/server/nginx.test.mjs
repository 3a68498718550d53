// The production nginx configuration (deploy/), as served by scripts/test.sh:
// no redirect ever leaves the site, whatever the address, and every response
// nginx makes carries the security headers, errors included. Requests are
// sent as raw bytes, so the addresses reach nginx exactly as an attacker
// would write them (a URL library would tidy them first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { chromium } from 'playwright-core';

const BASE_URL = process.env.BASE_URL;
if (!BASE_URL) throw new Error('BASE_URL must be set: run this with scripts/test.sh');
const { hostname, port, origin } = new URL(BASE_URL);

/** Send `head` (request line and headers, without the blank line) and read the whole response. */
function raw(head) {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) }, () => {
      socket.write(`${head}\r\nConnection: close\r\n\r\n`, 'latin1');
    });
    const chunks = [];
    socket.on('data', (c) => chunks.push(c));
    socket.on('end', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const [top] = text.split('\r\n\r\n');
      const [status, ...lines] = top.split('\r\n');
      const headers = {};
      for (const line of lines) {
        const at = line.indexOf(':');
        headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
      }
      resolve({ status: Number(status.split(' ')[1]), headers, text });
    });
    socket.on('error', reject);
    socket.setTimeout(10000, () => reject(new Error(`no answer to ${head}`)));
  });
}
const get = (path) => raw(`GET ${path} HTTP/1.1\r\nHost: ${hostname}:${port}`);

const SECURITY_HEADERS = [
  'content-security-policy', 'referrer-policy', 'x-content-type-options',
  'x-frame-options', 'cross-origin-opener-policy', 'permissions-policy',
];
function assertSecurityHeaders(response, what) {
  for (const name of SECURITY_HEADERS) {
    assert.ok(response.headers[name], `${what}: answered ${response.status} without ${name}`);
  }
}

// Addresses that try to turn the trailing-slash redirect into a way off the
// site: a backslash (browsers read "/\host" as "//host"), tabs and other
// control characters (browsers drop them), encoded and doubled slashes, dot
// segments, and a header injection.
const PROBES = [
  '/%5Cevil.example/', '/%5cevil.example/', '/\\evil.example/', '/%5C%5Cevil.example/',
  '/%09/evil.example/', '/%09%09/evil.example/', '/%0A/evil.example/', '/%0D/evil.example/', '/%20/evil.example/',
  '//evil.example/', '///evil.example/', '/%2F/evil.example/', '/%2F%2Fevil.example/', '/%2fevil.example/',
  '/criteria/..//evil.example/', '/criteria/../%5Cevil.example/', '/./%5Cevil.example/', '/..%2F..%2Fevil.example/',
  '/evil.example/', '/http:%2F%2Fevil.example/', '/%E2%80%AEevil.example/', '/criteria/%5C/',
  '/a%0D%0ALocation:%20http://evil.example/', '/a%0D%0ASet-Cookie:%20x=1/',
];

test('no address is redirected off the site: every Location is a path on this site', async () => {
  for (const probe of PROBES) {
    const response = await get(probe);
    assertSecurityHeaders(response, probe);
    assert.ok(!('set-cookie' in response.headers), `${probe}: a header was injected`);
    const location = response.headers.location;
    if (location === undefined) continue;
    assert.match(location, /^\/[a-z0-9-]/, `${probe} redirects to ${JSON.stringify(location)}, which is not a plain path on this site`);
    assert.equal(new URL(location, BASE_URL).origin, origin, `${probe} redirects off the site`);
  }
});

test('the site\'s own addresses with a trailing slash still redirect to the page', async () => {
  for (const [from, to] of [['/criteria/', '/criteria'], ['/referral/about-you/', '/referral/about-you'], ['/process/', '/process']]) {
    const response = await get(from);
    assert.equal(response.status, 301, from);
    assert.equal(response.headers.location, to, from);
    assertSecurityHeaders(response, from);
  }
});

test('addresses that are not the site\'s own get the not-found page, with status 404', async () => {
  for (const probe of ['/%5Cevil.example/', '/%09/evil.example/', '/evil.example/']) {
    const response = await get(probe);
    assert.equal(response.status, 404, probe);
    assert.match(response.text, /<h1[^>]*>[^<]*not found/i, `${probe} shows the site's not-found page`);
  }
});

test('nginx\'s own error responses carry the security headers (400, 405, 414)', async () => {
  const cases = [
    ['a malformed request', 'GARBAGE'],
    ['a request with two Host headers', `GET / HTTP/1.1\r\nHost: a\r\nHost: b`],
    ['a request with a bad method', `POST / HTTP/1.1\r\nHost: ${hostname}:${port}\r\nContent-Length: 0`],
    ['an over-long address', `GET /${'a'.repeat(20000)} HTTP/1.1\r\nHost: ${hostname}:${port}`],
  ];
  for (const [what, head] of cases) {
    const response = await raw(head);
    assert.ok(response.status >= 400, `${what}: ${response.status}`);
    assertSecurityHeaders(response, what);
  }
});

test('a browser following the reported addresses stays on the site', async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    const visited = [];
    page.on('request', (request) => visited.push(request.url()));
    for (const probe of ['/%5Cevil.example/', '/%09/evil.example/', '//evil.example/']) {
      await page.goto(`${origin}${probe}`).catch(() => {});
      assert.equal(new URL(page.url()).origin, origin, `${probe} took the browser to ${page.url()}`);
    }
    assert.deepEqual(visited.filter((url) => new URL(url).origin !== origin), [], 'no request left the site');
  } finally {
    await browser.close();
  }
});
