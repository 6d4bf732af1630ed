import type { BankField, BankLine, ReadProblem } from '../book';
import type { Cell, Grid } from '../grid';
import { cellAt, firstRowOf, lastRowOf } from '../grid';
import type { AmbiguousOrder } from '../dates';
import type { Fen } from '../money';
import { ZERO } from '../money';
import { foldLabel } from '../text';
import { readDate, readMoney, readText, valueOrNote } from './cells';
import type { HeaderMatch } from './headers';
import { markerOf } from './markers';

export function isBankHeader(m: HeaderMatch<BankField>): boolean {
  const c = m.columns;
  return c.date !== undefined && (c.moneyIn !== undefined || c.moneyOut !== undefined || c.amount !== undefined) && m.matched >= 3;
}

/**
 * A statement's 借/贷 flag is the bank's view: 贷 (credit) is money into the union's account,
 * 借 (debit) money out — the reverse of the union's own journal, where 借方 is money in.
 */
function directionOf(c: Cell): 'in' | 'out' | null {
  const t = foldLabel(readText(c));
  if (/^(贷|贷方|收|收入|存入|c|cr|credit|in)$/.test(t)) return 'in';
  if (/^(借|借方|付|支|支出|支取|d|dr|debit|out)$/.test(t)) return 'out';
  return null;
}

export function readBank(
  g: Grid,
  header: HeaderMatch<BankField>,
  order: AmbiguousOrder,
  year: number | null
): { lines: BankLine[]; problems: ReadProblem[] } {
  const problems: ReadProblem[] = [];
  const lines: BankLine[] = [];
  const col = header.columns;
  const at = (row: number, f: BankField): Cell => (col[f] === undefined ? null : cellAt(g, row, col[f]!));
  const money = (row: number, f: BankField): Fen | null => {
    if (col[f] === undefined) return null;
    const c = at(row, f);
    return valueOrNote(readMoney(c), problems, g.name, { row, col: col[f]! }, 'amount', c);
  };
  for (let row = Math.max(header.row + 1, firstRowOf(g)); row <= lastRowOf(g); row++) {
    const dateCell = at(row, 'date');
    const summary = readText(at(row, 'summary'));
    if (markerOf(summary) || (typeof dateCell === 'string' && markerOf(dateCell))) continue;
    let moneyIn = money(row, 'moneyIn');
    let moneyOut = money(row, 'moneyOut');
    if (moneyIn === null && moneyOut === null) {
      const amount = money(row, 'amount');
      if (amount !== null) {
        const dir = col.direction === undefined ? null : directionOf(at(row, 'direction'));
        const inward = dir === null ? amount > 0 : dir === 'in';
        const size = Math.abs(amount) as Fen;
        if (inward) moneyIn = size;
        else moneyOut = size;
      }
    }
    const balance = money(row, 'balance');
    if (dateCell === null && moneyIn === null && moneyOut === null && balance === null) continue;
    const d = readDate(dateCell, order, year);
    const date = valueOrNote(d === null ? { reason: 'blank' } : d, problems, g.name, { row, col: col.date! }, 'date', dateCell);
    lines.push({
      row,
      date,
      summary,
      moneyIn: moneyIn ?? ZERO,
      moneyOut: moneyOut ?? ZERO,
      balance,
      counterparty: readText(at(row, 'counterparty')),
      serial: readText(at(row, 'serial')),
    });
  }
  return { lines, problems };
}
