import type { PrintHints } from './model';

/** Printable height of A4 in points once the top and bottom margins (0.7 in and 0.75 in) are taken. */
const PRINTABLE = { portrait: 841.9 - 104.4, landscape: 595.3 - 104.4 } as const;

/**
 * Follows where rows fall on printed pages, so a heading or a table's title is never left alone at
 * the foot of a page. Every row of a generated sheet has an explicit height, which is what makes
 * the estimate hold in Excel and LibreOffice alike; `scale` is what fit-to-width shrinks by.
 */
export interface Pager {
  /** A row of `height` points is placed (a page may end before it). */
  advance(height: number): void;
  /** Whether `height` points still fit on the current page; if not, the caller breaks the page and calls `newPage`. */
  fits(height: number): boolean;
  newPage(): void;
}

export function pager(print: PrintHints, scale: number, repeatedHeight: number): Pager {
  // 5 % in hand: fonts and the fit-to-width scale differ a little between Excel, WPS and LibreOffice.
  const page = (PRINTABLE[print.orientation] * 0.95) / scale;
  let y = 0;
  return {
    advance(height) {
      if (y + height > page) y = repeatedHeight;
      y += height;
    },
    fits(height) {
      return y + height <= page || y <= repeatedHeight;
    },
    newPage() {
      y = repeatedHeight;
    },
  };
}

/** Excel's header and footer codes: & must be doubled, &P is the page, &N the page count. */
export function footerCode(footer: string): string {
  return footer.replace(/&/g, '&&').replace('{page}', '&P').replace('{pages}', '&N');
}
