#!/usr/bin/env node
// Browser smoke test of the built task pane, offline: builds it with office.js from node_modules,
// serves it on 127.0.0.1, opens it in Debian's headless Chromium in zh-CN and en-US, and fails on a
// missing title, a request to any other origin, or any console error (CSP violations included).
// Screenshots go to the directory given by --out (default: a temp dir, printed).
//   node scripts/check-taskpane.js [--out DIR]
const { spawnSync } = require('child_process');
const fs = require('fs');
const http = require('http');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');

const root = path.resolve(__dirname, '..');
const officeJsDir = path.join(root, 'node_modules', '@microsoft', 'office-js', 'dist');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const EXPECTED = { 'zh-CN': '经费审查助手', 'en-US': 'FundCheck' };

const outArg = process.argv.indexOf('--out');
const outDir = outArg > 0 ? path.resolve(process.argv[outArg + 1]) : fs.mkdtempSync(path.join(os.tmpdir(), 'fundcheck-pane-'));
const buildDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fundcheck-addin-'));

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.png': 'image/png' };

function serve() {
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

async function main() {
  const started = Date.now();
  const build = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules', 'webpack', 'bin', 'webpack.js'),
      ...['--mode', 'production', '--env', 'officejs=local', '--output-path', buildDir],
    ],
    { cwd: root, encoding: 'utf8' },
  );
  if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
  const buildMs = Date.now() - started;

  const server = await serve();
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      ...['--headless', '--no-sandbox', '--disable-gpu'],
      ...['--disable-background-networking', '--disable-component-update', '--no-first-run'],
    ],
  });
  const problems = [];
  const results = {};
  try {
    for (const [locale, title] of Object.entries(EXPECTED)) {
      const page = await browser.newPage({ locale, viewport: { width: 360, height: 480 } });
      const consoleErrors = [];
      page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
      page.on('pageerror', (e) => problems.push(`${locale}: page error: ${e.message}`));
      page.on('response', (r) => r.status() >= 400 && consoleErrors.push(`HTTP ${r.status()} ${r.url()}`));
      page.on('request', (r) => {
        if (!r.url().startsWith(`${origin}/`) && !r.url().startsWith('data:')) problems.push(`${locale}: request to ${r.url()}`);
      });
      await page.goto(`${origin}/taskpane.html`);
      const heading = page.getByRole('heading', { level: 1 });
      await heading.waitFor({ timeout: 15_000 });
      const text = await heading.textContent();
      if (text !== title) problems.push(`${locale}: title is ${JSON.stringify(text)}, expected ${title}`);
      const lang = await page.evaluate(() => document.documentElement.lang);
      if (lang !== locale) problems.push(`${locale}: <html lang> is ${lang}`);
      for (const e of consoleErrors) problems.push(`${locale}: console error: ${e}`);
      const screenshot = path.join(outDir, `taskpane-${locale}.png`);
      await page.screenshot({ path: screenshot });
      results[locale] = { title: text, consoleErrors, screenshot };
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
    fs.rmSync(buildDir, { recursive: true, force: true });
  }
  console.log(JSON.stringify({ browser: browser.version(), buildMs, totalMs: Date.now() - started, results }, null, 2));
  if (problems.length > 0) {
    console.error(`task pane check failed:\n  ${problems.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log('task pane check passed');
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
