import { freeSheetName, freeTableName } from '../../../src/core/report/names';

describe('names for generated sheets and tables', () => {
  test('a free sheet name is kept; a taken one (ignoring case) gets the first free (n), cut to 31 characters', () => {
    expect(freeSheetName('检查结果', ['收支明细账'])).toBe('检查结果');
    expect(freeSheetName('Findings', ['findings', 'Findings (2)'])).toBe('Findings (3)');
    const long = 'A'.repeat(31);
    expect(freeSheetName(long, [long])).toBe(`${'A'.repeat(27)} (2)`);
  });

  test('table names are FundCheck_<id> with unsafe characters replaced, numbered when taken', () => {
    expect(freeTableName('income-expense', [])).toBe('FundCheck_income_expense');
    expect(freeTableName('run-log', ['fundcheck_run_log'])).toBe('FundCheck_run_log_2');
  });
});
