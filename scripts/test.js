#!/usr/bin/env node
// `npm test`: type checks (the whole project, and src/core alone without Node or DOM types, which
// proves the engine imports neither), lint, the add-in build, then every jest test, closing with the plain
// "N passed, N failed" line CI reads.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.resolve(__dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
let failedSteps = 0;

function step(label, cmd, args) {
  process.stdout.write(`\n== ${label}\n`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) failedSteps++;
  return r.status === 0;
}

step('type check', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
step('engine purity (src/core without Node or DOM)', bin('tsc'), ['-p', 'tsconfig.core.json']);
// Every source, test, benchmark and script, with the Office rules and Prettier (office-addin-lint checks src only).
step('lint (Office add-in rules and Prettier)', bin('eslint'), ['.']);
// The bundle tests scan what this build writes, so it runs before jest, every time.
step('add-in build', process.execPath, [path.join(root, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--mode', 'production']);

const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'fundcheck-jest-')), 'results.json');
const jestArgs = ['--json', `--outputFile=${out}`, ...process.argv.slice(2)];
step('jest', bin('jest'), jestArgs);
// The built pane in Debian's Chromium, offline: renders in both languages with no foreign request,
// then runs the checks on a sample book through an in-memory Excel, clicks a finding, writes the report.
const browserSteps = [
  ['task pane in Chromium', 'check-taskpane.js'],
  ['task pane end to end', 'e2e-taskpane.js'],
];
let browserPassed = 0;
for (const [label, script] of browserSteps) if (step(label, process.execPath, [path.join(root, 'scripts', script)])) browserPassed++;
let passed = 0;
let failed = 0;
try {
  const r = JSON.parse(fs.readFileSync(out, 'utf8'));
  passed = r.numPassedTests + browserPassed;
  failed = r.numFailedTests + r.numRuntimeErrorTestSuites;
} catch {
  failed += 1;
}
failed += failedSteps;
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
