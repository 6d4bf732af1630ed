import type { Activity, ActivityField, CategoryName, ReadProblem } from '../book';
import type { Grid } from '../grid';
import { firstRowOf, lastRowOf, cellAt } from '../grid';
import type { AmbiguousOrder } from '../dates';
import { parseCategory } from './category';
import { noteProblem, readDate, readMoney, readText, readWhole, valueOrNote } from './cells';
import type { HeaderMatch } from './headers';
import { markerOf } from './markers';

export function isActivityHeader(m: HeaderMatch<ActivityField>): boolean {
  return m.columns.id !== undefined && (m.columns.budget !== undefined || m.columns.name !== undefined) && m.matched >= 2;
}

export function readActivities(
  g: Grid,
  header: HeaderMatch<ActivityField>,
  order: AmbiguousOrder,
  year: number | null
): { items: Activity[]; problems: ReadProblem[] } {
  const problems: ReadProblem[] = [];
  const items: Activity[] = [];
  const col = header.columns;
  const at = (row: number, f: ActivityField) => (col[f] === undefined ? null : cellAt(g, row, col[f]!));
  // A plan names a few categories over and over: each spelling is parsed once, as the ledger's are.
  const categories = new Map<string, CategoryName | null>();
  const categoryOf = (text: string) => {
    let c = categories.get(text);
    if (c === undefined) categories.set(text, (c = parseCategory(text)));
    return c;
  };
  for (let row = Math.max(header.row + 1, firstRowOf(g)); row <= lastRowOf(g); row++) {
    const id = readText(at(row, 'id'));
    const name = readText(at(row, 'name'));
    if (markerOf(id) || markerOf(name)) continue;
    if (id === '') {
      const budgetText = readText(at(row, 'budget'));
      if (name !== '' || budgetText !== '') noteProblem(problems, g.name, { row, col: col.id! }, 'text', at(row, 'id'), 'missing-id');
      continue;
    }
    const budgetCell = at(row, 'budget');
    const budget = valueOrNote(readMoney(budgetCell), problems, g.name, { row, col: col.budget! }, 'amount', budgetCell);
    const pCell = at(row, 'participants');
    const participants = valueOrNote(readWhole(pCell, 0, 10_000_000), problems, g.name, { row, col: col.participants! }, 'count', pCell);
    const dCell = at(row, 'date');
    const date = valueOrNote(readDate(dCell, order, year), problems, g.name, { row, col: col.date! }, 'date', dCell);
    items.push({
      row,
      id,
      name,
      date,
      category: categoryOf(readText(at(row, 'category'))),
      budget,
      participants,
      owner: readText(at(row, 'owner')),
    });
  }
  return { items, problems };
}
