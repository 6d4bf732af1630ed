#!/usr/bin/env node
// Browser smoke test of the built task pane opened outside Excel, offline: builds it with office.js
// from node_modules, serves it on 127.0.0.1, opens it in Debian's headless Chromium in zh-CN and
// en-US, and fails on a missing title or "open this in Excel" note, a request to any other origin,
// or any console error (CSP violations included). Screenshots go to --out (default: a temp dir).
//   node scripts/check-taskpane.js [--out DIR]
const fs = require('fs');
const os = require('os');
const path = require('path');
const { buildAddin, serve, launchChromium, watch } = require('./addin-harness');

const EXPECTED = {
  'zh-CN': { title: '经费审查助手', note: '请在 Excel 中打开' },
  'en-US': { title: 'FundCheck', note: 'Open this in Excel' },
};

const outArg = process.argv.indexOf('--out');
const outDir = outArg > 0 ? path.resolve(process.argv[outArg + 1]) : fs.mkdtempSync(path.join(os.tmpdir(), 'fundcheck-pane-'));

async function main() {
  const started = Date.now();
  const buildDir = buildAddin();
  const buildMs = Date.now() - started;
  const server = await serve(buildDir);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await launchChromium();
  const problems = [];
  const results = {};
  try {
    for (const [locale, { title, note }] of Object.entries(EXPECTED)) {
      const page = await browser.newPage({ locale, viewport: { width: 360, height: 480 } });
      watch(page, origin, locale, problems);
      await page.goto(`${origin}/taskpane.html`);
      const heading = page.getByRole('heading', { level: 1 });
      await heading.waitFor({ timeout: 15_000 });
      const text = await heading.textContent();
      if (text !== title) problems.push(`${locale}: title is ${JSON.stringify(text)}, expected ${title}`);
      await page
        .getByText(note)
        .waitFor({ timeout: 15_000 })
        .catch(() => problems.push(`${locale}: no "${note}" note`));
      const lang = await page.evaluate(() => document.documentElement.lang);
      if (lang !== locale) problems.push(`${locale}: <html lang> is ${lang}`);
      const screenshot = path.join(outDir, `taskpane-outside-excel-${locale}.png`);
      await page.screenshot({ path: screenshot });
      results[locale] = { title: text, screenshot };
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
