import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { pathToFileURL } from 'url';
import { analyze } from '../../src/core/analyze';
import { buildReport } from '../../src/core/report/build';
import { loadInput } from '../../src/xlsx/load';
import { writeReport } from '../../src/xlsx/write-report';
import { RUN } from '../builders/report';
import { toXlsx } from '../builders/sheets';
import { unionYear } from '../builders/union-year';

/** CI installs LibreOffice (.ci/run: libreoffice-calc poppler-utils); a machine without it skips, saying so. */
const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
const poppler = spawnSync('pdfinfo', ['-v'], { encoding: 'utf8' }).error === undefined;
if (!soffice)
  console.warn('render-pdf.test: soffice (LibreOffice) is not installed here, so the PDF render test is skipped; CI installs it.');

const dir = mkdtempSync(path.join(tmpdir(), 'fundcheck-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function pages(pdf: string): number {
  if (poppler) return Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout)?.[1] ?? 0);
  return (readFileSync(pdf, 'latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

(soffice ? describe : describe.skip)('the report as LibreOffice prints it', () => {
  test('converts to a PDF with the audit report in it', async () => {
    const year = unionYear({ rows: 200, seed: 7, faults: ['duplicate-payment', 'invalid-cell', 'budget-overrun'] });
    const input = path.join(dir, 'union.xlsx');
    writeFileSync(input, await toXlsx(year.grids));
    const loaded = await loadInput(input);
    const r = analyze(loaded.grids, { workbook: loaded.name });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const report = path.join(dir, 'union.report.xlsx');
    await writeReport(loaded, buildReport(r.analysis, RUN), report);

    const profile = pathToFileURL(path.join(dir, 'lo-profile')).href;
    const run = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, report], {
      encoding: 'utf8',
      timeout: 170_000,
    });
    const pdf = path.join(dir, 'union.report.pdf');
    expect({ converted: existsSync(pdf), stderr: existsSync(pdf) ? '' : `${run.stdout}${run.stderr}` }).toEqual({
      converted: true,
      stderr: '',
    });
    expect(pages(pdf)).toBeGreaterThanOrEqual(1);
    if (poppler) expect(spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout).toContain('经费审查报告');
  }, 180_000);
});
