// Size report and benchmarks for the release build (dist/).
// Prints, per file and in total, the first-load bytes (raw and gzip) of the
// HTML, JS, WASM and CSS that a first visit downloads, and fails when the
// gzip total exceeds the budget in budgets.json. Then, against the site served
// at $BASE_URL: the PDF benchmark (headless Chromium makes the PDF of a full
// referral with a 20-event chronology several times; fails when the median
// exceeds budgets.json) and Lighthouse (mobile, home page; report only).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const budgets = JSON.parse(readFileSync(join(root, 'budgets.json'), 'utf8'));
const baseUrl = process.env.BASE_URL;

// First load: index.html and everything it references from the site itself
// (scripts, module preloads, the wasm preload, stylesheets, icons).
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const refs = new Set(['/index.html']);
for (const m of html.matchAll(/(?:src|href)="(\/[^"]+)"/g)) refs.add(m[1]);
for (const ref of [...refs].filter((r) => r.endsWith('.js'))) {
  // the loader imports the wasm-bindgen glue
  for (const m of readFileSync(join(dist, ref), 'utf8').matchAll(/from\s+'(\/[^']+\.js)'/g)) refs.add(m[1]);
}

const kindOf = (f) => (f.endsWith('.wasm') ? 'WASM' : f.endsWith('.js') ? 'JS' : f.endsWith('.css') ? 'CSS' : f.endsWith('.html') ? 'HTML' : 'other');
const rows = [...refs].sort().map((file) => {
  const bytes = readFileSync(join(dist, file));
  return { file, kind: kindOf(file), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
});
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip }), { raw: 0, gzip: 0 });
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

console.log('First-load size (release build):');
console.log(`  ${'file'.padEnd(48)} ${'kind'.padEnd(5)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)}`);
for (const r of rows) console.log(`  ${r.file.padEnd(48)} ${r.kind.padEnd(5)} ${kb(r.raw).padStart(10)} ${kb(r.gzip).padStart(10)}`);
for (const kind of ['HTML', 'JS', 'WASM', 'CSS']) {
  const k = rows.filter((r) => r.kind === kind);
  console.log(`  ${('total ' + kind).padEnd(48)} ${''.padEnd(5)} ${kb(k.reduce((s, r) => s + r.raw, 0)).padStart(10)} ${kb(k.reduce((s, r) => s + r.gzip, 0)).padStart(10)}`);
}
console.log(`  ${'TOTAL'.padEnd(48)} ${''.padEnd(5)} ${kb(total.raw).padStart(10)} ${kb(total.gzip).padStart(10)}`);
console.log(`  budget (budgets.json first_load_gzip_bytes): ${kb(budgets.first_load_gzip_bytes)} gzip`);

mkdirSync(join(root, 'reports'), { recursive: true });
const report = { rows, total, budget: budgets.first_load_gzip_bytes, lighthouse: null };

// Fetched only when a PDF is made, so not part of the first load.
const font = readFileSync(join(dist, 'fonts', 'DejaVuSans.ttf.zlib'));
report.pdf_font = { bytes: font.length };
console.log(`PDF font (zlib-compressed; fetched only when a PDF is made, not first load): ${kb(font.length)}`);

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
let pdfFailed = false;
if (baseUrl) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
    await page.goto(`${baseUrl}/`);
    await page.waitForSelector('main h1');
    const fixture = readFileSync(join(root, 'tests', 'fixtures', 'full-referral.json'), 'utf8');
    await page.evaluate((text) => sessionStorage.setItem('scr-guide.referral', text), fixture);
    await page.goto(`${baseUrl}/referral/done`);
    await page.waitForSelector('#download-pdf');
    const render = [];
    const endToEnd = [];
    let download;
    for (let i = 0; i < 8; i += 1) {
      await page.evaluate(() => document.body.removeAttribute('data-pdf-ms'));
      const started = Date.now();
      [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-pdf')]);
      await download.path();
      const ms = Number(await page.getAttribute('body', 'data-pdf-ms'));
      if (i > 0) { render.push(ms); endToEnd.push(Date.now() - started); } // the first run also fetches the font
    }
    report.pdf = { runs: render.length, median_ms: median(render), end_to_end_median_ms: median(endToEnd), budget_ms: budgets.pdf_generation_median_ms, bytes: readFileSync(await download.path()).length };
    console.log(`PDF of a full referral with a 20-event chronology (${render.length} runs after a warm-up):`);
    console.log(`  making the PDF: median ${report.pdf.median_ms.toFixed(1)} ms (budget ${budgets.pdf_generation_median_ms} ms); click to download: median ${report.pdf.end_to_end_median_ms} ms; the PDF is ${kb(report.pdf.bytes)}`);
    pdfFailed = report.pdf.median_ms > budgets.pdf_generation_median_ms;
  } finally {
    await browser.close();
  }
}

if (baseUrl && process.env.SKIP_LIGHTHOUSE !== '1') {
  try {
    const out = join(root, 'reports', 'lighthouse.json');
    execFileSync(join(root, 'node_modules', '.bin', 'lighthouse'), [
      `${baseUrl}/`, '--quiet', '--output=json', `--output-path=${out}`,
      '--only-categories=performance,accessibility,best-practices', '--form-factor=mobile',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run',
    ], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 180000, env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH || '/usr/bin/chromium' } });
    const lh = JSON.parse(readFileSync(out, 'utf8'));
    report.lighthouse = Object.fromEntries(Object.entries(lh.categories).map(([k, v]) => [k, Math.round(v.score * 100)]));
    console.log('Lighthouse (mobile, home page; report only):');
    for (const [k, v] of Object.entries(report.lighthouse)) console.log(`  ${k.padEnd(16)} ${v}`);
  } catch (e) {
    console.log(`Lighthouse did not run (report only, not a gate): ${String(e.message).split('\n')[0]}`);
  }
}

writeFileSync(join(root, 'reports', 'size.json'), JSON.stringify(report, null, 2));
if (total.gzip > budgets.first_load_gzip_bytes) {
  console.error(`FAIL: first-load gzip ${kb(total.gzip)} is over the budget of ${kb(budgets.first_load_gzip_bytes)} (budgets.json)`);
  process.exit(1);
}
console.log(`OK: first-load gzip ${kb(total.gzip)} is within the budget of ${kb(budgets.first_load_gzip_bytes)}`);
if (pdfFailed) {
  console.error(`FAIL: making the PDF took a median ${report.pdf.median_ms} ms, over the budget of ${budgets.pdf_generation_median_ms} ms (budgets.json)`);
  process.exit(1);
}
if (report.pdf) console.log(`OK: making the PDF is within the budget of ${budgets.pdf_generation_median_ms} ms`);
