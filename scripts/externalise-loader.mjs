// Trunk post-build hook: move every inline <script> Trunk wrote into
// index.html into its own file (named by a hash of its content), so the
// site's Content-Security-Policy can be `script-src 'self'` with no
// 'unsafe-inline' and no hash that changes with every build.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this as a Trunk hook');
const indexPath = join(dir, 'index.html');
let html = readFileSync(indexPath, 'utf8');
let moved = 0;
html = html.replace(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g, (whole, attrs = '', body) => {
  if (/\ssrc=/.test(attrs) || body.trim() === '') return whole;
  const name = `loader-${createHash('sha256').update(body).digest('hex').slice(0, 16)}.js`;
  writeFileSync(join(dir, name), body);
  moved += 1;
  const type = /type=["']?module/.test(attrs) ? ' type="module"' : '';
  return `<script${type} src="/${name}"></script>`;
});
if (moved === 0) throw new Error('externalise-loader: found no inline script; has Trunk changed its output?');
writeFileSync(indexPath, html);
console.log(`externalise-loader: moved ${moved} inline script(s) to files`);
