import zlib from 'zlib';
import { damaged } from './xlsx-error';
import type { StoredPart, ZipArchive } from './zip-read';

/**
 * The report opens on its findings. A sheet whose view says tabSelected="1" stays selected beside
 * the active one, whatever workbook.xml's activeTab says: Excel then opens the two as a group, and
 * whatever is typed into the findings is typed into the ledger too (exceljs issue 162, eiseXLSX
 * issue 17). So a source sheet's views lose that one attribute, its only change; the rest of its
 * part is streamed through unchanged, and the sheets without it are copied as they are stored.
 */

/** Where a sheet's views are over: every <sheetView> comes before. */
const VIEWS_END = /<\/(?:\w+:)?sheetViews\s*>|<(?:\w+:)?sheetData[\s/>]/;
const SHEET_VIEW = /<(?:\w+:)?sheetView\b[^>]*>/g;
const SELECTED = /\s+tabSelected\s*=\s*(["'])(?:1|true)\1/;
/** Compressed bytes inflated at first to find the views: the head of a sheet is a few hundred bytes. */
const PEEK = 16 * 1024;
/** Pieces a changed sheet is streamed in: the zip writer deflates them in pieces as large. */
const PIECE = 1 << 20;
const STORED = 0;

/** Text as latin1: each byte one character, so the bytes come back exactly, whatever UTF-8 they hold. */
function deselected(head: string): string {
  return head.replace(SHEET_VIEW, (tag) => tag.replace(SELECTED, ''));
}

/** The part's text up to the end of its views, from as few compressed bytes as it takes. */
function head(part: StoredPart): string {
  for (let n = PEEK; ; n *= 4) {
    const slice = part.data.subarray(0, n);
    let text: string;
    try {
      // A sync flush makes zlib hand over what the bytes so far hold, rather than fail on their cut end.
      text = (part.method === STORED ? slice : zlib.inflateRawSync(slice, { finishFlush: zlib.constants.Z_SYNC_FLUSH })).toString('latin1');
    } catch (err) {
      throw damaged(`zip: ${part.name}: ${err instanceof Error ? err.message : String(err)}`);
    }
    const end = VIEWS_END.exec(text);
    if (end) return text.slice(0, end.index);
    if (n >= part.data.length) return text;
  }
}

async function* inflated(part: StoredPart): AsyncGenerator<Buffer> {
  if (part.method === STORED) {
    for (let at = 0; at < part.data.length; at += PIECE) yield part.data.subarray(at, at + PIECE);
    return;
  }
  const inflate = zlib.createInflateRaw({ chunkSize: PIECE });
  inflate.end(part.data);
  for await (const chunk of inflate) yield chunk as Buffer;
}

async function* withViewsDeselected(part: StoredPart): AsyncGenerator<Buffer> {
  let text: string | null = '';
  for await (const chunk of inflated(part)) {
    if (text === null) {
      yield chunk;
      continue;
    }
    text += chunk.toString('latin1');
    if (!VIEWS_END.test(text)) continue;
    yield Buffer.from(deselected(text), 'latin1');
    text = null;
  }
  if (text !== null) yield Buffer.from(deselected(text), 'latin1');
}

/** A sheet part with its views no longer selected, in pieces; null when none of its views is. */
export function withoutSelectedTab(zip: ZipArchive, name: string): AsyncIterable<Buffer> | null {
  const part = zip.raw(name);
  if (part === null) return null;
  const views = head(part);
  return deselected(views) === views ? null : withViewsDeselected(part);
}
