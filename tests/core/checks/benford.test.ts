import check from '../../../src/core/checks/benford';
import { book } from '../../builders/book';
import type { EntrySpec } from '../../builders/book';
import { findingsOf, runCheck } from './rule-tester';

const BENFORD = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((d) => Math.log10(1 + 1 / d));

/** Whole counts per first digit for shares, adding up to n (the remainder on digit 1). */
function countsFor(shares: readonly number[], n: number): number[] {
  const counts = shares.map((s) => Math.round(s * n));
  counts[0] += n - counts.reduce((a, b) => a + b, 0);
  return counts;
}

/** Expenses of 10.00 or more (d×10 yuan plus a varying tail) with the given first-digit counts. */
function entries(counts: readonly number[], extra: EntrySpec[] = []): EntrySpec[] {
  const out: EntrySpec[] = [];
  counts.forEach((c, i) => {
    for (let k = 0; k < c; k++) out.push({ row: out.length + 2, expense: ((i + 1) * 1000 + (k % 997)) / 100 });
  });
  return [...out, ...extra.map((e, k) => ({ ...e, row: out.length + 2 + k }))];
}

/** Shares that move δ from digit 1 to digit 2: MAD = 2δ/9. */
const shifted = (delta: number) => BENFORD.map((p, i) => (i === 0 ? p - delta : i === 1 ? p + delta : p));

test('benford', () => {
  runCheck(check, {
    valid: [
      book({ ledger: { entries: entries(countsFor(BENFORD, 300)) } }),
      // 299 expenses are too few, however skewed.
      book({ ledger: { entries: entries([0, 0, 0, 0, 299, 0, 0, 0, 0]) } }),
      // Amounts under 10.00 and reversals do not count toward the 300.
      book({
        ledger: {
          entries: entries(
            [0, 0, 0, 0, 299, 0, 0, 0, 0],
            [
              { row: 0, expense: '9.99' },
              { row: 0, expense: -5000 },
            ]
          ),
        },
      }),
      // A small book whose MAD is past the acceptable band (0.0133) but whose p-value is not significant.
      book({ ledger: { entries: entries(countsFor(shifted(0.06), 300)) } }),
    ],
    invalid: [
      { book: book({ ledger: { entries: entries([0, 0, 0, 0, 300, 0, 0, 0, 0]) } }), findings: [{ messageId: 'nonconformity', rows: [] }] },
      // A large book: MAD 0.0133 is marginally acceptable and the chi-square test is decisive.
      { book: book({ ledger: { entries: entries(countsFor(shifted(0.06), 3000)) } }), findings: [{ messageId: 'marginal', rows: [] }] },
    ],
  });
});

test('amounts past 21 million yuan are read by their first digit too', () => {
  const [f] = findingsOf(
    check,
    book({
      ledger: {
        entries: entries(
          [0, 0, 0, 0, 0, 0, 0, 0, 0],
          Array.from({ length: 300 }, () => ({ row: 0, expense: '98765432101.23' }))
        ),
      },
    })
  );
  expect(String(f.data.digits)).toMatch(/^9 \(100\.0% /);
});

test('the finding reports the statistics and names the digits that stand out', () => {
  const [f] = findingsOf(check, book({ ledger: { entries: entries([0, 0, 0, 0, 300, 0, 0, 0, 0]) } }));
  expect(f.severity).toBe('info');
  expect(f.data).toMatchObject({ count: 300, p: '< 0.0001' });
  expect(String(f.data.digits)).toMatch(/^5 \(100\.0% \/ 7\.9%\), 1 \(0\.0% \/ 30\.1%\), 2 /);
  expect(Number(f.data.mad)).toBeCloseTo((2 * (1 - BENFORD[4])) / 9, 4);
});
