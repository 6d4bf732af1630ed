#!/usr/bin/env node
// `npm run demo` (after `npm run build`): checks the demo union year with the built CLI, in Chinese,
// writes its report workbook beside it (assets/demo-union-2025.report.xlsx, not committed) and says
// where both are. The demo book has planted errors, so exiting 1 is the expected outcome of `check`
// and `report`; only 2 (usage error, unreadable workbook, report not written) or a crash fails the demo.
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const book = path.join(root, 'assets', 'demo-union-2025.xlsx');
const cli = path.join(root, 'dist', 'cli', 'fundcheck.js');
const report = path.join(root, 'assets', 'demo-union-2025.report.xlsx');
const ran = (r) => r.status === 0 || r.status === 1;

if (!fs.existsSync(book)) {
  console.error(`演示账本不存在 / demo book missing: ${book}\n请运行 / run: npm run demo:book`);
  process.exit(2);
}
const checked = spawnSync(process.execPath, [cli, 'check', book, '--lang', 'zh-CN'], { cwd: root, stdio: 'inherit' });
if (!ran(checked)) process.exit(checked.status ?? 2);
const reported = spawnSync(process.execPath, [cli, 'report', book, '-o', report, '--lang', 'zh-CN'], { cwd: root, stdio: 'inherit' });
if (!ran(reported) || !fs.existsSync(report)) process.exit(reported.status || 2);
console.log(`\n演示账本 / demo book: ${path.relative(process.cwd(), book) || book}`);
console.log('答案 / planted faults: assets/demo-union-2025.key.json');
console.log(`审查报告 / report workbook: ${report}`);
process.exit(0);
