import type { BudgetField, BudgetLine, ReadProblem } from '../book';
import type { Grid } from '../grid';
import { cellAt, firstRowOf, lastRowOf } from '../grid';
import { parseCategory } from './category';
import { noteProblem, readMoney, readText, valueOrNote } from './cells';
import type { HeaderMatch } from './headers';
import { markerOf } from './markers';

export function isBudgetHeader(m: HeaderMatch<BudgetField>): boolean {
  return m.columns.category !== undefined && m.columns.amount !== undefined;
}

/** Budget lines; 合计 rows are the sheet's own arithmetic, not lines. */
export function readBudget(g: Grid, header: HeaderMatch<BudgetField>): { lines: BudgetLine[]; problems: ReadProblem[] } {
  const problems: ReadProblem[] = [];
  const lines: BudgetLine[] = [];
  const seen = new Set<string>();
  const col = header.columns;
  for (let row = Math.max(header.row + 1, firstRowOf(g)); row <= lastRowOf(g); row++) {
    const first = readText(cellAt(g, row, col.category!));
    const second = col.category2 === undefined ? '' : readText(cellAt(g, row, col.category2));
    if ((first === '' && second === '') || markerOf(first) || markerOf(second)) continue;
    const category = parseCategory(first, second);
    const cell = cellAt(g, row, col.amount!);
    const amount = valueOrNote(readMoney(cell), problems, g.name, { row, col: col.amount! }, 'amount', cell);
    if (category === null || amount === null) continue;
    if (seen.has(category.key)) {
      noteProblem(problems, g.name, { row, col: col.category! }, 'text', category.display, 'duplicate-line');
      continue;
    }
    seen.add(category.key);
    lines.push({ row, category, amount });
  }
  return { lines, problems };
}
