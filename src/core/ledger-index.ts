import type { CategoryName, Ledger, LedgerEntry } from './book';
import type { Fen } from './money';
import { add, ZERO } from './money';
import type { RunningBalance } from './summarize/running-balance';
import { runningBalance } from './summarize/running-balance';
import { foldName } from './text';

/*
 * Per-entry facts are plain arrays of numbers, not typed arrays: V8 counts a typed array's memory
 * as external and starts a full collection of the whole heap (the book, some 600 MB at a million
 * rows) every time 64 MB of it has been allocated; that collection cost a million-row analysis a
 * fifth of a second. Small whole numbers in a plain array cost the same to read and live on the
 * heap, whose next full collection is far off.
 */

/** Folded names numbered 0, 1, 2 … in the order the sheet first names them. */
export interface NameIds {
  /** Per entry; -1 where the name is blank. */
  readonly ids: readonly number[];
  /** The folded name (foldName) of each id. */
  readonly keys: readonly string[];
  /** The id of each folded name. */
  readonly idOf: ReadonlyMap<string, number>;
}

/**
 * Entries' dates and expenses side by side, for the checks that visit entries out of sheet order
 * (by payee, by amount) and for those that can rule an entry out on its date or expense alone: a
 * million entry objects are scattered over hundreds of megabytes, these two arrays are not, and a
 * pass over one costs a few milliseconds where a pass over the entries costs tens.
 */
export interface Columns {
  /** Day of each entry; NO_DATE where it has none. */
  readonly dates: readonly number[];
  /** Fen; a whole number of fen is exact in a double up to 2^53. */
  readonly expenses: readonly number[];
}

/** Stands for an entry without a date in Columns.dates: below any day a book can hold. */
export const NO_DATE = -0x80000000;

/** An entry's handler and approver, numbered together so that the two can be compared. */
export interface People {
  readonly handlers: readonly number[];
  readonly approvers: readonly number[];
}

/** Expenses linked to each activity id (of LedgerIndex.activities), reversals subtracted. */
export interface ActivitySpending {
  readonly actual: Float64Array;
  readonly rows: readonly (readonly number[])[];
}

/** Net movement of one category (by key) on each side, with the worksheet rows counted. */
export interface CategoryMovement {
  /** The first entry's spelling of the category; null for entries without one. */
  readonly category: CategoryName | null;
  readonly income: Fen;
  readonly expense: Fen;
  readonly incomeRows: readonly number[];
  readonly expenseRows: readonly number[];
}

/**
 * What several checks and summaries each derive from the same ledger entries — names folded to
 * numbers, the date order, category movements — worked out on first use and kept for the rest of
 * the run: a million-row book folded every payee once per check. Every fact is a pure function of
 * the entries, so a check that reads one depends on no other check; one whose making throws keeps
 * nothing, and the next reader makes it afresh (and fails on its own).
 */
export interface LedgerIndex {
  /** Indices of the dated entries in date order, sheet order within a day. */
  readonly dateOrder: () => Int32Array;
  readonly columns: () => Columns;
  readonly payees: () => NameIds;
  /** Activity ids folded as the activity sheet's are (activityKey). */
  readonly activities: () => NameIds;
  readonly activitySpending: () => ActivitySpending;
  readonly people: () => People;
  /** By category key, in the order the keys first appear. */
  readonly categories: () => ReadonlyMap<string, CategoryMovement>;
  readonly runningBalance: () => RunningBalance;
}

/** Entries without a category are totalled under this key so that categories still add up. */
export const UNCATEGORISED_KEY = '';

/** Made on the first call and kept; a making that throws is not kept. */
function once<T>(make: () => T): () => T {
  let made = false;
  let value: T;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value;
  };
}

/** Numbers names by their folded form (foldName), folding each distinct spelling once; -1 for blank. */
function numbering(): { idOf: (text: string) => number; keys: string[]; byFolded: ReadonlyMap<string, number> } {
  const bySpelling = new Map<string, number>();
  const byFolded = new Map<string, number>();
  const keys: string[] = [];
  return {
    idOf: (text) => {
      let id = bySpelling.get(text);
      if (id === undefined) {
        const folded = foldName(text);
        id = folded === '' ? -1 : byFolded.get(folded);
        if (id === undefined) {
          byFolded.set(folded, (id = keys.length));
          keys.push(folded);
        }
        bySpelling.set(text, id);
      }
      return id;
    },
    keys,
    byFolded,
  };
}

function nameIds(entries: readonly LedgerEntry[], nameOf: (e: LedgerEntry) => string): NameIds {
  const { idOf, keys, byFolded } = numbering();
  const ids = entries.map((e) => idOf(nameOf(e)));
  return { ids, keys, idOf: byFolded };
}

function people(entries: readonly LedgerEntry[]): People {
  const { idOf } = numbering();
  return { handlers: entries.map((e) => idOf(e.handler)), approvers: entries.map((e) => idOf(e.approver)) };
}

function columns(entries: readonly LedgerEntry[]): Columns {
  return { dates: entries.map((e) => e.date ?? NO_DATE), expenses: entries.map((e) => e.expense) };
}

function activitySpending(entries: readonly LedgerEntry[], { ids, keys }: NameIds): ActivitySpending {
  const actual = new Float64Array(keys.length);
  const rows: number[][] = keys.map(() => []);
  for (let i = 0; i < entries.length; i++) {
    const id = ids[i];
    if (id < 0 || entries[i].expense === 0) continue;
    actual[id] += entries[i].expense;
    rows[id].push(entries[i].row);
  }
  return { actual, rows };
}

/**
 * A counting sort over the days spanned keeps it linear; a book whose dates straddle centuries (a
 * typed year gone wrong) is sorted instead. It walks the dates column, not the entries: three passes
 * over a million entry objects took as long as the rest of the sort.
 */
function dateOrder(dates: readonly number[]): Int32Array {
  let min = Infinity;
  let max = -Infinity;
  let dated = 0;
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i];
    if (d === NO_DATE) continue;
    dated++;
    if (d < min) min = d;
    if (d > max) max = d;
  }
  const order = new Int32Array(dated);
  if (dated === 0) return order;
  if (max - min > 4 * dated + 4000) {
    let k = 0;
    for (let i = 0; i < dates.length; i++) if (dates[i] !== NO_DATE) order[k++] = i;
    return order.sort((a, b) => dates[a] - dates[b] || a - b);
  }
  const next = new Int32Array(max - min + 2);
  for (let i = 0; i < dates.length; i++) if (dates[i] !== NO_DATE) next[dates[i] - min + 1]++;
  for (let d = 1; d < next.length; d++) next[d] += next[d - 1];
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i];
    if (d !== NO_DATE) order[next[d - min]++] = i;
  }
  return order;
}

interface Movement {
  category: CategoryName | null;
  income: Fen;
  expense: Fen;
  incomeRows: number[];
  expenseRows: number[];
}

/**
 * Entries of one book share a category object per spelling (the reader parses each once): each
 * object is looked up by identity and only its first meeting goes by key.
 */
function categoryMovements(entries: readonly LedgerEntry[]): Map<string, CategoryMovement> {
  const byKey = new Map<string, Movement>();
  const byObject = new Map<CategoryName | null, Movement>();
  for (let n = 0; n < entries.length; n++) {
    const e = entries[n];
    let m = byObject.get(e.category);
    if (!m) {
      const key = e.category?.key ?? UNCATEGORISED_KEY;
      m = byKey.get(key);
      if (!m) byKey.set(key, (m = { category: e.category, income: ZERO, expense: ZERO, incomeRows: [], expenseRows: [] }));
      byObject.set(e.category, m);
    }
    if (e.income !== 0) {
      m.income = add(m.income, e.income);
      m.incomeRows.push(e.row);
    }
    if (e.expense !== 0) {
      m.expense = add(m.expense, e.expense);
      m.expenseRows.push(e.row);
    }
  }
  return byKey;
}

export function indexLedger(ledger: Ledger): LedgerIndex {
  const { entries } = ledger;
  const activities = once(() => nameIds(entries, (e) => e.activity));
  const columnsOnce = once(() => columns(entries));
  return {
    dateOrder: once(() => dateOrder(columnsOnce().dates)),
    columns: columnsOnce,
    payees: once(() => nameIds(entries, (e) => e.payee)),
    activities,
    activitySpending: once(() => activitySpending(entries, activities())),
    people: once(() => people(entries)),
    categories: once(() => categoryMovements(entries)),
    runningBalance: once(() => runningBalance(ledger)),
  };
}
