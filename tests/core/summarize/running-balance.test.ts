import { runningBalance } from '../../../src/core/summarize/running-balance';
import { carried, ledger } from '../../builders/book';

describe('runningBalance', () => {
  test('walks entries and carried rows in sheet order from the opening balance', () => {
    const rb = runningBalance(
      ledger({
        opening: 1000,
        carried: [carried(2, 1000, 'opening'), carried(5, 700, 'carried-forward')],
        entries: [
          { row: 3, expense: 200 },
          { row: 4, expense: 100 },
          { row: 6, income: 50, balance: 750 },
        ],
      })
    );
    expect([...rb.rows]).toEqual([2, 3, 4, 5, 6]);
    expect([...rb.balances]).toEqual([100000, 80000, 70000, 70000, 75000]);
    expect(rb.breaks).toEqual([]);
  });

  test("after a carried error the balances follow the book's figure from the break on", () => {
    const rb = runningBalance(
      ledger({
        opening: 1000,
        entries: [
          { row: 3, expense: 100, balance: 910 },
          { row: 4, expense: 100 },
          { row: 5, expense: 100, balance: 710 },
        ],
      })
    );
    expect([...rb.balances]).toEqual([91000, 81000, 71000]);
    expect(rb.breaks).toEqual([{ row: 3, kind: 'carried', recorded: 91000, expected: 90000 }]);
  });

  test('a slip leaves the computed balances as they are', () => {
    const rb = runningBalance(
      ledger({
        opening: 1000,
        entries: [
          { row: 3, expense: 100, balance: 910 },
          { row: 4, expense: 100, balance: 800 },
        ],
      })
    );
    expect([...rb.balances]).toEqual([90000, 80000]);
    expect(rb.breaks.map((b) => b.kind)).toEqual(['typo']);
  });

  test('an unreadable amount leaves the balance unknown until the next recorded one', () => {
    const rb = runningBalance(
      ledger({
        opening: 1000,
        entries: [
          { row: 3, unreadable: ['income'] },
          { row: 4, expense: 100 },
          { row: 5, expense: 100, balance: 400 },
        ],
      })
    );
    expect([...rb.balances]).toEqual([NaN, NaN, 40000]);
    expect(rb.breaks).toEqual([]);
  });
});
