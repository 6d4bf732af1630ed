#!/usr/bin/env node
// End-to-end test of the built task pane in Debian's headless Chromium, offline, against an
// in-memory Excel (tests/e2e/stand-in.ts, injected with page.addInitScript in place of office.js)
// holding the demo workbook (assets/demo-union-2025.xlsx) or the small sample book with a bank
// statement. In zh-CN and en-US it runs the checks, sees the findings, clicks one and checks the
// selection the stand-in recorded (in zh-CN with the keyboard only: Tab to Run, Enter, Tab to a
// finding, Enter), generates the report and checks the sheets written. Fails on any
// console error (CSP included) or request to another origin. Screenshots (taskpane-zh-CN.png,
// taskpane-en-US.png, taskpane-results.png, taskpane-reconciliation.png) go to --out (default: a
// temp dir); `--out docs` refreshes the committed ones.
//   node scripts/e2e-taskpane.js [--out DIR]
const fs = require('fs');
const os = require('os');
const path = require('path');
const webpack = require('webpack');
const { root, buildAddin, serve, launchChromium, watch } = require('./addin-harness');

require('tsx/cjs/api').register();
const { loadInput } = require('../src/xlsx/load.ts');
const { sampleSheets, sheetSpecOf } = require('../tests/excel/sample-book.ts');

const TEXT = {
  'zh-CN': { run: '开始检查', findings: '发现的问题', report: '生成报告工作表', written: '已写入', recon: '银行对账' },
  'en-US': { run: 'Run checks', findings: 'Findings', report: 'Generate report sheets', written: 'Written', recon: 'Bank reconciliation' },
};
const GENERATED = { 'zh-CN': ['检查结果', '收支汇总', '月度收支', '活动经费', '审查报告', '运行记录'] };
const WIDTH = 350;

const outArg = process.argv.indexOf('--out');
const outDir = outArg > 0 ? path.resolve(process.argv[outArg + 1]) : fs.mkdtempSync(path.join(os.tmpdir(), 'fundcheck-e2e-'));

/** The stand-in as one script for addInitScript, built like the pane (ES2020, no eval). */
function buildStandIn(dir) {
  const config = {
    mode: 'development',
    devtool: false,
    target: ['web', 'es2020'],
    entry: path.join(root, 'tests', 'e2e', 'stand-in.ts'),
    output: { path: dir, filename: 'stand-in.js' },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: { rules: [{ test: /\.tsx?$/, loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'es2020' } } }] },
  };
  return new Promise((resolve, reject) =>
    webpack(config, (err, stats) =>
      err || stats.hasErrors() ? reject(err ?? new Error(stats.toString('errors-only'))) : resolve(path.join(dir, 'stand-in.js'))
    )
  );
}

async function openPane(browser, origin, standIn, locale, book, problems) {
  const context = await browser.newContext({ locale, viewport: { width: WIDTH, height: 900 }, deviceScaleFactor: 2 });
  await context.route('**/officejs/office.js', (r) =>
    r.fulfill({ contentType: 'text/javascript', body: '// the stand-in defines Office' })
  );
  await context.addInitScript({ content: `window.__FUNDCHECK_STAND_IN__ = ${JSON.stringify({ displayLanguage: locale, ...book })};` });
  await context.addInitScript({ path: standIn });
  const page = await context.newPage();
  watch(page, origin, locale, problems);
  await page.goto(`${origin}/taskpane.html`);
  return { context, page };
}

/** Presses Tab until `test` holds for the focused element, as a keyboard user would reach it. */
async function tabTo(page, test, arg, label, problems) {
  for (let i = 0; i < 80; i++) {
    if (await page.evaluate(test, arg)) return true;
    await page.keyboard.press('Tab');
  }
  problems.push(`${label}: not reachable with Tab`);
  return false;
}

/** Runs the checks and opens a finding with the keyboard only. */
async function byKeyboard(page, t, problems, label) {
  await page.getByRole('button', { name: t.run }).waitFor();
  if (
    !(await tabTo(
      page,
      (run) => document.activeElement?.tagName === 'BUTTON' && document.activeElement.textContent.includes(run),
      t.run,
      `${label}: Run`,
      problems
    ))
  )
    return;
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: t.findings }).waitFor({ timeout: 30_000 });
  const inFindings = () => document.activeElement?.closest('section[aria-labelledby="findings-heading"] li') !== null;
  if (!(await tabTo(page, inFindings, null, `${label}: a finding`, problems))) return;
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.__standIn.selection !== undefined, null, { timeout: 10_000 });
}

async function runChecks(page, t) {
  await page.getByRole('button', { name: t.run }).click();
  await page.getByRole('heading', { name: t.findings }).waitFor({ timeout: 30_000 });
}

/** Clicks the first finding of the open group; the stand-in must have selected its cell. */
async function revealFirstFinding(page, problems, label) {
  const finding = page.locator('section[aria-labelledby="findings-heading"] .fui-AccordionPanel li button').first();
  const where = (await finding.locator('span > span').first().textContent()).trim();
  await finding.click();
  await page.waitForFunction(() => window.__standIn.selection !== undefined, null, { timeout: 10_000 });
  const selection = await page.evaluate(() => window.__standIn.selection);
  if (!selection.endsWith(where.split('!')[1])) problems.push(`${label}: clicked ${where}, Excel selected ${selection}`);
  return { where, selection };
}

async function generateReport(page, t, expected, problems, label) {
  await page.getByRole('button', { name: t.report }).click();
  await page.getByText(t.written).waitFor({ timeout: 30_000 });
  const sheets = await page.evaluate(() => window.__standIn.sheets.map((s) => s.name));
  for (const name of expected) if (!sheets.includes(name)) problems.push(`${label}: report sheet ${name} missing (${sheets.join(', ')})`);
  return sheets;
}

async function main() {
  const started = Date.now();
  fs.mkdirSync(outDir, { recursive: true });
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'fundcheck-standin-'));
  const [buildDir, standIn, demo] = [
    buildAddin(),
    await buildStandIn(work),
    await loadInput(path.join(root, 'assets', 'demo-union-2025.xlsx')),
  ];
  const demoBook = { workbookName: demo.name, sheets: demo.grids.map(sheetSpecOf) };
  const server = await serve(buildDir);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await launchChromium();
  const problems = [];
  const results = {};
  try {
    for (const locale of ['zh-CN', 'en-US']) {
      const t = TEXT[locale];
      const { context, page } = await openPane(browser, origin, standIn, locale, demoBook, problems);
      let revealed;
      if (locale === 'zh-CN') {
        await byKeyboard(page, t, problems, locale);
        revealed = { selection: await page.evaluate(() => window.__standIn.selection), byKeyboard: true };
      } else {
        await runChecks(page, t);
        revealed = await revealFirstFinding(page, problems, locale);
      }
      const sheets = await generateReport(page, t, GENERATED['zh-CN'], problems, locale);
      // What a treasurer sees at a glance after a run: a pane-sized view from the top.
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: path.join(outDir, `taskpane-${locale}.png`) });
      if (locale === 'zh-CN') {
        const findings = page.locator('section[aria-labelledby="findings-heading"]');
        for (const i of [1, 3]) await findings.locator('.fui-AccordionHeader button').nth(i).click();
        await findings.screenshot({ path: path.join(outDir, 'taskpane-results.png'), animations: 'disabled' });
      }
      results[locale] = { revealed, sheets };
      await context.close();
    }
    // The sample book has a bank statement: the reconciliation is shown and its items are clickable.
    const sample = { workbookName: 'sample.xlsx', sheets: sampleSheets() };
    const { context, page } = await openPane(browser, origin, standIn, 'zh-CN', sample, problems);
    await runChecks(page, TEXT['zh-CN']);
    const recon = page.locator('[aria-labelledby="recon-heading"]');
    await recon.locator('li button').first().click();
    const selection = await page.evaluate(() => window.__standIn.selection);
    if (!/^收支明细账!\d+:\d+$/.test(selection ?? '')) problems.push(`bank: clicking an unmatched item selected ${selection}`);
    await recon.screenshot({ path: path.join(outDir, 'taskpane-reconciliation.png') });
    results.bank = { selection };
    await context.close();
  } finally {
    await browser.close();
    server.close();
    fs.rmSync(buildDir, { recursive: true, force: true });
    fs.rmSync(work, { recursive: true, force: true });
  }
  console.log(JSON.stringify({ browser: browser.version(), totalMs: Date.now() - started, outDir, results }, null, 2));
  if (problems.length > 0) {
    console.error(`task pane end-to-end test failed:\n  ${problems.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log('task pane end-to-end test passed');
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
