/**
 * How generated sheets look, host-neutral: point sizes, colours and alignment of each style the
 * layout (layout.ts) puts on a rectangle of cells. The file host turns a cell's styles into one
 * cell format of styles.xml, the add-in into RangeFormat properties; both read them from here, so a
 * report looks the same from either host.
 */
import type { Lang } from '../lang';
import type { ColumnKind } from './model';

export const NUMBER_FORMATS: Readonly<Record<ColumnKind, string>> = {
  money: '#,##0.00',
  percent: '0.00%',
  date: 'yyyy-mm-dd',
  count: '#,##0',
  // Text format, so a value typed over a copied cell stays text too.
  text: '@',
  link: '@',
};

/** Table text: its point size and the height of one wrapped line. */
export const LINE = { size: 10.5, height: 14, row: 18, header: 20 } as const;

export const COLOURS = {
  grey: '#595959',
  header: '#D9E1F2',
  draft: '#FFF9E5',
  grid: '#BFBFBF',
  link: '#0563C1',
  total: '#F2F2F2',
} as const;

export type BlockStyle =
  'running-head' | 'title' | 'subtitle' | 'heading' | 'table-title' | 'paragraph' | 'draft' | 'note' | 'legend' | 'signature';

/** Block styles, then the table's: a data cell gets its column's (`wrap` or `number`), then its row's emphasis. */
export type Style = BlockStyle | 'swatch' | 'header' | 'wrap' | 'number' | 'heading-row' | 'subtotal-row' | 'total-row' | 'linked';

/**
 * What a style sets; what it leaves undefined, an earlier style on the same cell or the sheet's
 * default (LINE.size, not bold) decides. Tables get the grid whole, in both hosts.
 */
export interface CellLook {
  readonly size?: number;
  readonly bold?: boolean;
  readonly color?: string;
  readonly underline?: boolean;
  readonly fill?: string;
  readonly horizontal?: 'left' | 'center' | 'right';
  readonly vertical?: 'top' | 'middle';
  readonly wrap?: boolean;
  /** The thin grey grid of a table, around a cell outside one. */
  readonly grid?: boolean;
}

const block = (size: number, horizontal: CellLook['horizontal'], more: Partial<CellLook> = {}): CellLook => ({
  size,
  horizontal,
  vertical: 'top',
  wrap: true,
  ...more,
});

export const LOOKS: Readonly<Record<Style, CellLook>> = {
  'running-head': block(9, 'right', { color: COLOURS.grey }),
  title: block(16, 'center', { bold: true, vertical: 'middle' }),
  subtitle: block(10.5, 'center', { color: COLOURS.grey }),
  heading: block(12.5, 'left', { bold: true }),
  'table-title': block(11, 'left', { bold: true }),
  paragraph: block(11, 'left'),
  draft: block(11, 'left', { fill: COLOURS.draft }),
  note: block(9.5, 'left', { color: COLOURS.grey }),
  legend: block(9.5, 'left', { color: COLOURS.grey }),
  signature: block(11, 'left', { vertical: 'middle' }),
  swatch: { size: 9.5, color: COLOURS.grey, horizontal: 'center', grid: true },
  header: { bold: true, fill: COLOURS.header, horizontal: 'center', vertical: 'middle', wrap: true },
  wrap: { horizontal: 'left', vertical: 'middle', wrap: true },
  number: { horizontal: 'right', vertical: 'middle', wrap: false },
  'heading-row': { bold: true },
  'subtotal-row': { bold: true },
  'total-row': { bold: true },
  linked: { color: COLOURS.link, underline: true },
};

/** Point size of a block's text, for the row heights of wrapped text. */
export function fontSize(style: BlockStyle): number {
  return LOOKS[style].size!;
}

/** 等线 ships with Windows 10 and Office; LibreOffice and WPS substitute their own CJK sans. */
export function fontFor(lang: Lang): string {
  return lang === 'zh-CN' ? '等线' : 'Calibri';
}
