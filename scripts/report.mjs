// The size report, part of the test command: sizes are deterministic, so
// they are tested; timings are measured by the benchmarks (scripts/bench.sh).
// Runs against the two release builds served by scripts/sites.sh, with the
// budgets in budgets.json ("first_load_gzip_bytes", "pdf_bytes"). Fails (exit 1) when a
// budget is exceeded or when a figure could not be measured. Writes
// reports/sizes.json.
//
//  1. First load per page, as a new visitor gets it: every same-origin
//     response until the network is idle (bytes on the wire, gzip), empty
//     cache, service workers blocked; budget per page type.
//  2. What the service worker then saves for offline use.
//  3. The PDF of a full referral and of the largest referral the form
//     allows (bytes and pages), made by each site's own PDF worker (both
//     rule sets); budget per kind of referral.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { root, budgets, siteUrls, launch, ready, kb, fullDraft, largestDraft, makePdfs, underCspr } from './lib/site.mjs';

const { baseUrl, csprUrl } = siteUrls('scripts/test.sh');
const dist = join(root, 'dist');
const failures = [];
const report = {};

// Every page, by type (the type's budget applies).
const PAGES = [
  ['guidance', '/'], ['guidance', '/what-is-an-scr'], ['guidance', '/process'], ['guidance', '/interview'],
  ['guidance', '/who-sees-the-report'], ['guidance', '/refer'], ['guidance', '/about'], ['guidance', '/accessibility'], ['guidance', '/sources'], ['guidance', '/delete'],
  ['guidance', '/no-such-page'],
  ['questionnaire', '/criteria'], ['questionnaire', '/criteria#q'], ['questionnaire', '/criteria/result#ryyyn'], ['guidance', '/criteria/paths'],
  ['calculator', '/deadlines'],
  ['referral', '/referral'], ['referral', '/referral/about-you'],
];
// The same types of page under the CSPR rules: the same budgets.
const CSPR_PAGES = [
  ['guidance', '/'], ['guidance', '/what-is-a-cspr'], ['guidance', '/process'], ['guidance', '/interview'],
  ['guidance', '/who-sees-the-report'], ['guidance', '/refer'], ['guidance', '/about'], ['guidance', '/sources'],
  ['questionnaire', '/criteria'], ['questionnaire', '/criteria#q'], ['questionnaire', '/criteria/result#ryyynn'], ['guidance', '/criteria/paths'],
  ['calculator', '/deadlines'],
  ['referral', '/referral'], ['referral', '/referral/case'],
];

const browser = await launch();

// 1. First load per page.
console.log('First load per page (gzip bytes on the wire, every same-origin response until the network is idle):');
report.first_load = [];
for (const [type, path, base] of [
  ...PAGES.map(([type, path]) => [type, path, baseUrl]),
  ...CSPR_PAGES.map(([type, path]) => [type, path, csprUrl]),
]) {
  const origin = new URL(base).origin;
  const label = base === baseUrl ? path : `CSPR ${path}`;
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const files = [];
  const unmeasured = [];
  const pending = [];
  page.on('requestfinished', (request) => {
    if (new URL(request.url()).origin !== origin) return;
    pending.push(request.sizes().then(
      (sizes) => files.push({ url: new URL(request.url()).pathname, bytes: sizes.responseBodySize }),
      () => unmeasured.push(new URL(request.url()).pathname),
    ));
  });
  await page.goto(base + path, { waitUntil: 'networkidle' });
  await ready(page);
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  await context.close();
  const budget = budgets.first_load_gzip_bytes[type];
  if (!files.length || unmeasured.length || files.some((f) => !Number.isFinite(f.bytes))) {
    failures.push(`the first load of ${label} could not be measured (${unmeasured.length} of ${files.length + unmeasured.length} responses had no size)`);
    console.log(`  NO FIGURE ${type.padEnd(14)} ${label}`);
    continue;
  }
  const total = files.reduce((t, f) => t + f.bytes, 0);
  report.first_load.push({ type, path: label, total, budget, files });
  const over = total > budget;
  console.log(`  ${over ? 'OVER' : 'ok  '} ${type.padEnd(14)} ${label.padEnd(29)} ${kb(total).padStart(9)}  (budget ${kb(budget)}; ${files.length} files)`);
  if (over) {
    failures.push(`first load of ${label} is ${kb(total)}, over the ${type} budget of ${kb(budget)}`);
    for (const f of files) console.log(`         ${f.url} ${kb(f.bytes)}`);
  }
}

// 2. The offline copy, fetched by the service worker after the first load.
const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
const listed = sw.match(/const FILES = (\[.*?\]);/s);
if (!listed) throw new Error('dist/sw.js has no FILES list');
const offlineFiles = JSON.parse(listed[1]);
const onWire = (address) => {
  const file = address === '/' ? 'index.html' : address.replace(/^\//, '') + (/\.[a-z0-9]+$/i.test(address) ? '' : '.html');
  for (const candidate of [`${file}.gz`, file]) {
    try { return readFileSync(join(dist, candidate)).length; } catch { /* try the next */ }
  }
  throw new Error(`sw.js lists ${address}, which is not in dist/`);
};
report.offline = { files: offlineFiles.length, bytes: offlineFiles.reduce((t, f) => t + onWire(f), 0) };
console.log(`Saved for offline use by the service worker after the first load (once per version): ${report.offline.files} files, ${kb(report.offline.bytes)}`);

// 3. The PDFs' sizes, made by each site's page's own worker.
report.pdf = [];
for (const [rules, base] of [['SCR', baseUrl], ['CSPR', csprUrl]]) {
  const cspr = rules === 'CSPR';
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/referral`);
  await ready(page);
  const draftOf = (draft, largest = false) => JSON.stringify((cspr ? underCspr(draft, largest) : draft).referral);
  const [full] = await makePdfs(page, draftOf(fullDraft()), 1);
  const [largest] = await makePdfs(page, draftOf(largestDraft(), true), 1);
  await context.close();
  for (const [key, name, made] of [
    ['full_referral', 'a full referral (20-event chronology)', full],
    ['largest_referral', 'the largest referral the form allows', largest],
  ]) {
    const label = `${rules} PDF of ${name}`;
    const budget = budgets.pdf_bytes?.[key];
    if (!(budget > 0)) failures.push(`budgets.json has no pdf_bytes.${key}`);
    if (!made || !(made.bytes > 0) || !(made.pages > 0)) {
      failures.push(`the ${label} could not be measured`);
      console.log(`  NO FIGURE ${label}`);
      continue;
    }
    report.pdf.push({ rules, kind: key, bytes: made.bytes, pages: made.pages, budget });
    const over = made.bytes > budget;
    console.log(`  ${over ? 'OVER' : 'ok  '} ${label}: ${kb(made.bytes)}, ${made.pages} pages (budget ${kb(budget)})`);
    if (over) failures.push(`the ${label} is ${kb(made.bytes)}, over pdf_bytes.${key} (${kb(budget)})`);
  }
}
await browser.close();

mkdirSync(join(root, 'reports'), { recursive: true });
writeFileSync(join(root, 'reports', 'sizes.json'), JSON.stringify(report, null, 2));
if (failures.length) {
  console.error(`FAIL (sizes, budgets.json):\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('OK: every size budget in budgets.json is met');
