import { COLOURS, NUMBER_FORMATS } from '../core/report/look';
import { SPREADSHEET_MAIN, XML_DECLARATION } from './spreadsheet-ml';
import { escapeXml } from './xml-edit';

/** How a cell looks, as styles.xml spells it: colours are #RRGGBB, null where the cell keeps Excel's default. */
export interface CellFormat {
  readonly format: string | null;
  readonly font: {
    readonly name: string;
    readonly size: number;
    readonly bold: boolean;
    readonly color: string | null;
    readonly underline: boolean;
  };
  readonly fill: string | null;
  /** The thin grey grid of a table. */
  readonly grid: boolean;
  readonly horizontal: 'left' | 'center' | 'right' | null;
  readonly vertical: 'top' | 'middle' | null;
  readonly wrap: boolean;
  readonly indent: number;
}

/** The report's styles.xml, built as cells ask for formats: each font, fill, border, number format and cell format written once. */
export interface StyleSheet {
  /** The cellXfs index of a format, added on first use. */
  xfOf(format: CellFormat): number;
  /** Whether the cell format shows a date: a number in it is a date serial. */
  isDate(xf: number): boolean;
  xml(): Buffer;
}

/** Built-in ids (ECMA-376 18.8.30) of the codes the report uses; any other code is numbered from 164. */
const BUILT_IN_FORMATS: ReadonlyMap<string, number> = new Map([
  ['#,##0', 3],
  ['#,##0.00', 4],
  ['0.00%', 10],
  ['@', 49],
]);
const FIRST_CUSTOM_FORMAT = 164;
/** The Normal style's font: column widths are measured in its characters. */
const DEFAULT_FONT = '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>';
/** Excel requires these two fills first, whatever the cells use. */
const DEFAULT_FILLS = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'];
const NO_BORDER = '<border><left/><right/><top/><bottom/><diagonal/></border>';
const DEFAULT_XF = '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;

function fontXml({ font }: CellFormat): string {
  const color = font.color === null ? '' : `<color rgb="${argb(font.color)}"/>`;
  return `<font>${font.bold ? '<b/>' : ''}${font.underline ? '<u/>' : ''}<sz val="${font.size}"/>${color}<name val="${escapeXml(font.name)}"/></font>`;
}

/** The thin grey grid of a table, on every side of a cell. */
const GRID = (() => {
  const side = (name: string) => `<${name} style="thin"><color rgb="${argb(COLOURS.grid)}"/></${name}>`;
  return `<border>${side('left')}${side('right')}${side('top')}${side('bottom')}<diagonal/></border>`;
})();

function alignmentXml(f: CellFormat): string {
  const attrs = [
    f.horizontal === null ? '' : ` horizontal="${f.horizontal}"`,
    f.vertical === null ? '' : ` vertical="${f.vertical === 'middle' ? 'center' : f.vertical}"`,
    f.wrap ? ' wrapText="1"' : '',
    f.indent > 0 ? ` indent="${f.indent}"` : '',
  ].join('');
  return attrs === '' ? '' : `<alignment${attrs}/>`;
}

/** A list whose items are written once each: the index of an item already in it is reused. */
function uniqueList(items: string[]): (item: string) => number {
  const index = new Map(items.map((x, i) => [x, i]));
  return (item) => {
    let i = index.get(item);
    if (i === undefined) index.set(item, (i = items.push(item) - 1));
    return i;
  };
}

const list = (name: string, items: readonly string[]) => `<${name} count="${items.length}">${items.join('')}</${name}>`;

export function newStyleSheet(): StyleSheet {
  const formats: string[] = [];
  const fonts = [DEFAULT_FONT];
  const fills = [...DEFAULT_FILLS];
  const borders = [NO_BORDER];
  const xfs = [DEFAULT_XF];
  const dates = [false];
  const font = uniqueList(fonts);
  const fill = uniqueList(fills);
  const border = uniqueList(borders);
  const xf = uniqueList(xfs);
  const formatIds = new Map(BUILT_IN_FORMATS);
  const formatId = (code: string) => {
    let id = formatIds.get(code);
    if (id === undefined) {
      formatIds.set(code, (id = FIRST_CUSTOM_FORMAT + formats.length));
      formats.push(`<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    }
    return id;
  };
  return {
    xfOf(f) {
      const fillId =
        f.fill === null ? 0 : fill(`<fill><patternFill patternType="solid"><fgColor rgb="${argb(f.fill)}"/></patternFill></fill>`);
      const borderId = f.grid ? border(GRID) : 0;
      const alignment = alignmentXml(f);
      const applied = [
        f.format === null ? '' : ' applyNumberFormat="1"',
        ' applyFont="1"',
        fillId === 0 ? '' : ' applyFill="1"',
        borderId === 0 ? '' : ' applyBorder="1"',
        alignment === '' ? '' : ' applyAlignment="1"',
      ].join('');
      const tag = `<xf numFmtId="${f.format === null ? 0 : formatId(f.format)}" fontId="${font(fontXml(f))}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applied}`;
      const n = xf(alignment === '' ? `${tag}/>` : `${tag}>${alignment}</xf>`);
      dates[n] = f.format === NUMBER_FORMATS.date;
      return n;
    },
    isDate: (n) => dates[n] ?? false,
    xml: () =>
      Buffer.from(
        XML_DECLARATION +
          `<styleSheet xmlns="${SPREADSHEET_MAIN}">${formats.length > 0 ? list('numFmts', formats) : ''}` +
          list('fonts', fonts) +
          list('fills', fills) +
          list('borders', borders) +
          '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
          list('cellXfs', xfs) +
          '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>',
        'utf8'
      ),
  };
}
