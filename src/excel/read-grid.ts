import type { Cell, Grid } from '../core/grid';
import { convertBlock } from './cells';
import { PAYLOAD_TOO_LARGE, PayloadTooLargeError, hasErrorCode, sheetMissingOr } from './errors';

export interface ReadProgress {
  readonly sheet: string;
  readonly rowsRead: number;
  readonly rowCount: number;
  /** Blocks read so far, and the estimated total at the block size now in use. */
  readonly block: number;
  readonly blocks: number;
}

export interface ReadOptions {
  /** Budget per block; Excel on the web rejects requests and responses over 5 MB. */
  readonly maxBytes?: number;
  readonly onProgress?: (p: ReadProgress) => void;
  /** Awaited after each block: the task pane hands control back to the browser to repaint. */
  readonly between?: () => Promise<void>;
}

/** Assumed size of a cell until the first block is measured: a longish CJK summary. */
const FIRST_GUESS_BYTES_PER_CELL = 64;

/** Later rows can be wider than the ones measured (amounts grow, summaries lengthen): aim below budget. */
const HEADROOM = 0.8;

/**
 * Reads a sheet's values as a Grid: one sync for the used range's position and size, then one sync
 * per row block. Blocks are sized from the largest bytes-per-row seen so far, so each response stays
 * under `maxBytes`; a block Excel still rejects as too large is retried with half the rows.
 */
export async function readGrid(context: Excel.RequestContext, sheetName: string, options: ReadOptions = {}): Promise<Grid> {
  const { maxBytes = 4_000_000, onProgress, between } = options;
  const sheet = context.workbook.worksheets.getItem(sheetName);
  // valuesOnly: a ledger's formatted but empty rows below the data must not be read; the
  // OrNullObject form tells a blank sheet apart from one whose only value sits in A1.
  const used = sheet.getUsedRangeOrNullObject(true);
  sheet.load('visibility');
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  try {
    await context.sync();
  } catch (e) {
    throw sheetMissingOr(sheetName, e);
  }
  const hidden = sheet.visibility !== 'Visible';
  if (used.isNullObject) return { name: sheetName, rows: [], hidden };

  const { rowIndex, columnIndex, rowCount, columnCount } = used;
  const rows: Cell[][] = [];
  // The largest bytes per row measured, or implied by a block Excel rejected; 0 until known.
  let learned = 0;
  let block = 0;
  while (rows.length < rowCount) {
    const bytesPerRow = learned || columnCount * FIRST_GUESS_BYTES_PER_CELL;
    let count = Math.min(rowCount - rows.length, Math.max(1, Math.floor((maxBytes * HEADROOM) / bytesPerRow)));
    let values: unknown[][] | undefined;
    while (values === undefined) {
      const range = sheet.getRangeByIndexes(rowIndex + rows.length, columnIndex, count, columnCount);
      range.load('values');
      try {
        // One sync per block is how Excel's docs say to read past the payload limit.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        values = range.values;
      } catch (e) {
        if (!hasErrorCode(e, ...PAYLOAD_TOO_LARGE)) throw sheetMissingOr(sheetName, e);
        if (count === 1) throw new PayloadTooLargeError(sheetName, e);
        count = Math.floor(count / 2);
        learned = Math.max(learned, (maxBytes * HEADROOM) / count);
      }
    }
    const converted = convertBlock(values);
    learned = Math.max(learned, converted.bytes / count);
    for (const row of converted.rows) rows.push(row);
    block++;
    const blocks = block + Math.ceil((rowCount - rows.length) / count);
    onProgress?.({ sheet: sheetName, rowsRead: rows.length, rowCount, block, blocks });
    await between?.();
  }
  return { name: sheetName, rows, firstRow: rowIndex + 1, firstCol: columnIndex + 1, hidden };
}
