// Shared by the task pane's browser tests: builds the add-in with office.js served from
// node_modules (so nothing is fetched from the network), serves the build on 127.0.0.1, and
// launches Debian's headless Chromium.
const { spawnSync } = require('child_process');
const fs = require('fs');
const http = require('http');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');

const root = path.resolve(__dirname, '..');
const officeJsDir = path.join(root, 'node_modules', '@microsoft', 'office-js', 'dist');
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.png': 'image/png' };

/** A production build of the add-in into a new temp dir, office.js expected at /officejs/. */
function buildAddin() {
  const buildDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fundcheck-addin-'));
  const build = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules', 'webpack', 'bin', 'webpack.js'),
      '--mode',
      'production',
      '--env',
      'officejs=local',
      '--output-path',
      buildDir,
    ],
    { cwd: root, encoding: 'utf8' }
  );
  if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
  return buildDir;
}

/** Serves the build and office.js on a free port of 127.0.0.1. */
function serve(buildDir) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const [base, rel] = url.pathname.startsWith('/officejs/')
      ? [officeJsDir, url.pathname.slice('/officejs/'.length)]
      : [buildDir, url.pathname.slice(1)];
    const file = path.resolve(base, decodeURIComponent(rel));
    if (!file.startsWith(base + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      ...['--headless', '--no-sandbox', '--disable-gpu'],
      ...['--disable-background-networking', '--disable-component-update', '--no-first-run'],
    ],
  });
}

/** Console errors, failed responses and requests to any other origin, as problems. */
function watch(page, origin, label, problems) {
  page.on('console', (m) => m.type() === 'error' && problems.push(`${label}: console error: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`${label}: page error: ${e.message}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`${label}: HTTP ${r.status()} ${r.url()}`));
  page.on('request', (r) => {
    if (!r.url().startsWith(`${origin}/`) && !r.url().startsWith('data:')) problems.push(`${label}: request to ${r.url()}`);
  });
}

module.exports = { root, buildAddin, serve, launchChromium, watch };
