import type ExcelJS from 'exceljs';
import type { Lang } from '../core/lang';
import type { ColumnKind, RowEmphasis } from '../core/report/model';

/**
 * How generated sheets look in the file host. Styles are shared objects, one per kind of cell:
 * exceljs dedupes styles by object identity, and cells never mutate their style afterwards.
 */
export interface Look {
  readonly font: string;
  readonly cache: Map<string, Partial<ExcelJS.Style>>;
}

/** 等线 ships with Windows 10 and Office; LibreOffice and WPS substitute their own CJK sans. */
export function lookFor(lang: Lang): Look {
  return { font: lang === 'zh-CN' ? '等线' : 'Calibri', cache: new Map() };
}

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

const GRID: Partial<ExcelJS.Borders> = (() => {
  const side: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FFBFBFBF' } };
  return { top: side, left: side, bottom: side, right: side };
})();

const fill = (hex: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${hex.replace('#', '')}` } });

export type CellSpec =
  { role: 'header' } | { role: 'data'; kind: ColumnKind; emphasis?: RowEmphasis; indent?: number; band?: string; linked: boolean };

function build(look: Look, spec: CellSpec): Partial<ExcelJS.Style> {
  if (spec.role === 'header') {
    return {
      font: { name: look.font, size: LINE.size, bold: true },
      fill: fill('#D9E1F2'),
      border: GRID,
      alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
    };
  }
  const textual = spec.kind === 'text' || spec.kind === 'link';
  const bold = spec.emphasis !== undefined;
  return {
    numFmt: NUMBER_FORMATS[spec.kind],
    font: spec.linked
      ? { name: look.font, size: LINE.size, bold, color: { argb: 'FF0563C1' }, underline: true }
      : { name: look.font, size: LINE.size, bold },
    border: GRID,
    ...(spec.band ? { fill: fill(spec.band) } : spec.emphasis === 'total' ? { fill: fill('#F2F2F2') } : {}),
    alignment: {
      vertical: 'middle',
      horizontal: textual ? 'left' : 'right',
      wrapText: textual,
      ...(spec.indent ? { indent: spec.indent } : {}),
    },
  };
}

export function cellStyle(look: Look, spec: CellSpec): Partial<ExcelJS.Style> {
  const key = spec.role === 'header' ? 'header' : `${spec.kind}|${spec.emphasis}|${spec.indent}|${spec.band}|${spec.linked}`;
  let style = look.cache.get(key);
  if (!style) look.cache.set(key, (style = build(look, spec)));
  return style;
}

export type BlockStyle =
  'running-head' | 'title' | 'subtitle' | 'heading' | 'table-title' | 'paragraph' | 'draft' | 'note' | 'legend' | 'signature';

const FONT_SIZES: Readonly<Record<BlockStyle, number>> = {
  'running-head': 9,
  title: 16,
  subtitle: 10.5,
  heading: 12.5,
  'table-title': 11,
  paragraph: 11,
  draft: 11,
  note: 9.5,
  legend: 9.5,
  signature: 11,
};

/** Point size of a block's text, for the row heights of wrapped text. */
export function fontSize(style: BlockStyle): number {
  return FONT_SIZES[style];
}

export function blockStyle(look: Look, style: BlockStyle): Partial<ExcelJS.Style> {
  const key = `block:${style}`;
  let s = look.cache.get(key);
  if (s) return s;
  const size = FONT_SIZES[style];
  const bold = style === 'title' || style === 'heading' || style === 'table-title';
  const grey = style === 'running-head' || style === 'subtitle' || style === 'note' || style === 'legend';
  s = {
    numFmt: '@',
    font: { name: look.font, size, bold, ...(grey ? { color: { argb: 'FF595959' } } : {}) },
    alignment: {
      horizontal: style === 'title' || style === 'subtitle' ? 'center' : style === 'running-head' ? 'right' : 'left',
      vertical: style === 'title' || style === 'signature' ? 'middle' : 'top',
      wrapText: true,
    },
    ...(style === 'draft' ? { fill: fill('#FFF9E5') } : {}),
  };
  look.cache.set(key, s);
  return s;
}

export function bandStyle(look: Look, hex: string): Partial<ExcelJS.Style> {
  const key = `band:${hex}`;
  let s = look.cache.get(key);
  if (!s) look.cache.set(key, (s = { ...blockStyle(look, 'legend'), fill: fill(hex), border: GRID, alignment: { horizontal: 'center' } }));
  return s;
}
