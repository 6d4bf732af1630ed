import type { Lang } from '../core/lang';
import type { Style } from './layout';

/** The file host's colours (src/xlsx/look.ts), so both hosts' reports look alike. */
const GREY = '#595959';
const HEADER_FILL = '#D9E1F2';
const DRAFT_FILL = '#FFF9E5';
const GRID = '#BFBFBF';
const LINK = '#0563C1';

type Format = Excel.RangeFormat;

const text = (f: Format, size: number, align: 'Left' | 'Center' | 'Right' = 'Left') => {
  f.font.size = size;
  f.horizontalAlignment = align;
  f.verticalAlignment = 'Top';
  f.wrapText = true;
};

/** What each style sets on a range's format; one call per property per rectangle. */
export const STYLES: Readonly<Record<Style, (f: Format) => void>> = {
  'running-head': (f) => (text(f, 9, 'Right'), (f.font.color = GREY)),
  title: (f) => (text(f, 16, 'Center'), (f.font.bold = true), (f.verticalAlignment = 'Center')),
  subtitle: (f) => (text(f, 10.5, 'Center'), (f.font.color = GREY)),
  heading: (f) => (text(f, 12.5), (f.font.bold = true)),
  'table-title': (f) => (text(f, 11), (f.font.bold = true)),
  paragraph: (f) => text(f, 11),
  draft: (f) => (text(f, 11), (f.fill.color = DRAFT_FILL)),
  note: (f) => (text(f, 9.5), (f.font.color = GREY)),
  legend: (f) => ((f.font.size = 9.5), (f.font.color = GREY), (f.horizontalAlignment = 'Center')),
  signature: (f) => ((f.font.size = 11), (f.verticalAlignment = 'Center')),
  header: (f) => {
    f.font.bold = true;
    f.fill.color = HEADER_FILL;
    f.horizontalAlignment = 'Center';
    f.verticalAlignment = 'Center';
    f.wrapText = true;
  },
  'heading-row': (f) => (f.font.bold = true),
  'subtotal-row': (f) => (f.font.bold = true),
  'total-row': (f) => (f.font.bold = true),
  wrap: (f) => ((f.wrapText = true), (f.horizontalAlignment = 'Left'), (f.verticalAlignment = 'Center')),
  number: (f) => ((f.horizontalAlignment = 'Right'), (f.verticalAlignment = 'Center')),
  linked: (f) => ((f.font.color = LINK), (f.font.underline = 'Single')),
};

/** A thin grey grid over a table, as the file host draws it: six calls per table. */
export function drawGrid(range: Excel.Range): void {
  for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] as const) {
    const border = range.format.borders.getItem(edge);
    border.style = 'Continuous';
    border.color = GRID;
  }
}

/** 等线 ships with Office and Windows 10 for Chinese; Calibri otherwise, as in the file host. */
export function fontFor(lang: Lang): string {
  return lang === 'zh-CN' ? '等线' : 'Calibri';
}

/** Excel's column width unit (characters of the default font) in points, as setting columnWidth needs. */
export function widthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 10) / 10;
}

/** Cell properties of a linked cell, for setCellProperties (ExcelApi 1.9). */
export const LINK_FONT = { color: LINK, underline: 'Single' } as const;
