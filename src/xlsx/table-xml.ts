import { a1 } from '../core/grid';
import { SPREADSHEET_MAIN, XML_DECLARATION } from './spreadsheet-ml';
import type { DrawnTable } from './worksheet-xml';
import { columnNameAttribute } from './xml-text';

/**
 * A report table's part: its header row and body as an Excel table with filter buttons, in the
 * light style without banded rows, so the layout's own fills (totals, execution bands) show. `id`
 * must be unique in the workbook. Excel requires each column's name to be its header cell's text.
 */
export function tableXml(table: DrawnTable, id: number): Buffer {
  const { row, col, rows, cols } = table.span;
  const ref = `${a1(row + 1, col + 1)}:${a1(row + rows, col + cols)}`;
  const columns = table.columns.map((name, i) => `<tableColumn id="${i + 1}" name="${columnNameAttribute(name)}"/>`).join('');
  return Buffer.from(
    XML_DECLARATION +
      `<table xmlns="${SPREADSHEET_MAIN}" id="${id}" name="${table.name}" displayName="${table.name}" ref="${ref}" headerRowCount="1" totalsRowShown="0">` +
      `<autoFilter ref="${ref}"/><tableColumns count="${cols}">${columns}</tableColumns>` +
      '<tableStyleInfo name="TableStyleLight1" showFirstColumn="0" showLastColumn="0" showRowStripes="0" showColumnStripes="0"/></table>',
    'utf8'
  );
}
