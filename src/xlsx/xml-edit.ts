/**
 * Changes to an XML part made as splices of its bytes, so that everything around them stays exactly
 * as it was written: the parts FundCheck rewrites (workbook.xml, styles.xml, the relationships and
 * content types) belong to the user's workbook, and whatever in them FundCheck does not understand
 * survives.
 */
export interface Splice {
  /** Byte offsets in the part: the bytes from..to are replaced by `text` (from === to inserts). */
  readonly from: number;
  readonly to: number;
  readonly text: string;
}

/** The part with its splices made; they must not overlap, and are made in order of position. */
export function spliced(xml: Buffer, splices: readonly Splice[]): Buffer {
  const sorted = [...splices].sort((a, b) => a.from - b.from || a.to - b.to);
  const pieces: Buffer[] = [];
  let at = 0;
  for (const s of sorted) {
    if (s.from < at) throw new Error('overlapping XML splices');
    pieces.push(xml.subarray(at, s.from), Buffer.from(s.text, 'utf8'));
    at = s.to;
  }
  pieces.push(xml.subarray(at));
  return Buffer.concat(pieces);
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text for an attribute value or element content. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}
