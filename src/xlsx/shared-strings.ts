import type { Cell } from '../core/grid';
import { bytes, CLOSE, END, OPEN, XmlCursor } from './xml-cursor';
import { damaged } from './xlsx-error';

const SI = bytes('si');
const T = bytes('t');
const R = bytes('r');

/**
 * xl/sharedStrings.xml as the cells that refer to it read: each <si> its text, a rich one its runs
 * joined, phonetic guides (<rPh>, the furigana over Japanese text) left out, an empty one null.
 * Every cell naming a string gets this one array's string, so a text repeated down a million rows
 * is held once.
 */
export function readSharedStrings(xml: Buffer, part: string): Cell[] {
  const cur = new XmlCursor(xml, part);
  const out: Cell[] = [];
  for (let k = cur.next(); k !== END; k = cur.next()) {
    if (k !== OPEN || !cur.is(SI)) continue;
    let text = '';
    if (!cur.empty) {
      for (;;) {
        k = cur.next();
        if (k === END) throw damaged(`${part}: the XML ends inside a string`);
        if (k === CLOSE) break;
        if (k !== OPEN) continue;
        if (cur.is(T)) text += cur.elementText(true);
        else if (cur.is(R) && !cur.empty) {
          for (k = cur.next(); k !== CLOSE; k = cur.next()) {
            if (k === END) throw damaged(`${part}: the XML ends inside a string`);
            if (k !== OPEN) continue;
            if (cur.is(T)) text += cur.elementText(true);
            else cur.skip();
          }
        } else cur.skip();
      }
    }
    out.push(text === '' ? null : text);
  }
  return out;
}
