import { mergeStyles } from '../../src/xlsx/merge-styles';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const xml = (s: string) => Buffer.from(s, 'utf8');

/** A report's styles as style-sheet.ts writes them: a custom date format, a bold font, a fill, a border. */
const GENERATED =
  `<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="10"/><name val="等线"/></font></fonts>' +
  '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFD9E1F2"/></patternFill></fill></fills>' +
  '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="164" fontId="1" fillId="2" borderId="1" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="4" fontId="1" fillId="0" borderId="1" xfId="0" applyNumberFormat="1"><alignment horizontal="right"/></xf></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

const tags = (s: string) => [...s.matchAll(/<(\/?)(?:\w+:)?(\w+)[\s/>]/g)].filter((m) => m[1] === '').map((m) => m[2]);

describe('merging the report’s styles into the input’s', () => {
  test('items go after the input’s, numbered past them, each cell format pointing at its own font, fill, border and format', () => {
    const input =
      `<styleSheet xmlns="${MAIN}"><numFmts count="2"><numFmt numFmtId="164" formatCode="0.000"/><numFmt numFmtId="170" formatCode="yyyy-mm-dd"/></numFmts>` +
      '<fonts count="1"><font><sz val="12"/><name val="宋体"/></font></fonts>' +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
      '<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0"/></styleSheet>';
    const merged = mergeStyles(xml(input), 'xl/styles.xml', xml(GENERATED));
    const out = merged.xml.toString('utf8');
    // The report's yyyy-mm-dd is the input's 170; the input's 164 is another format and keeps its id.
    expect(out).toContain(
      '<numFmts count="2"><numFmt numFmtId="164" formatCode="0.000"/><numFmt numFmtId="170" formatCode="yyyy-mm-dd"/></numFmts>'
    );
    // Fills none and gray125 are the input's own; the empty border too.
    expect(out).toContain('<fonts count="3">');
    expect(out).toContain('<fills count="3">');
    expect(out).toContain('<borders count="2">');
    expect(merged.xf).toEqual([2, 3, 4]);
    expect(out).toContain(
      '<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
        '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0"/>' +
        '<xf numFmtId="170" fontId="2" fillId="2" borderId="1" xfId="0" applyNumberFormat="1"/>' +
        '<xf numFmtId="4" fontId="2" fillId="0" borderId="1" xfId="0" applyNumberFormat="1"><alignment horizontal="right"/></xf></cellXfs>'
    );
    expect(out).toContain('<dxfs count="0"/>');
    expect(out).toContain('<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles>');
  });

  test('a format code new to the input gets the next id past all of its own', () => {
    const input = `<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="180" formatCode="0.0"/></numFmts><cellXfs count="1"><xf numFmtId="180"/></cellXfs></styleSheet>`;
    const out = mergeStyles(xml(input), 'xl/styles.xml', xml(GENERATED)).xml.toString('utf8');
    expect(out).toContain(
      '<numFmts count="2"><numFmt numFmtId="180" formatCode="0.0"/><numFmt numFmtId="181" formatCode="yyyy-mm-dd"/></numFmts>'
    );
    expect(out).toContain('<xf numFmtId="181" fontId="1" fillId="2" borderId="1" xfId="0" applyNumberFormat="1"/>');
  });

  test('lists the input lacks are made, in the order the schema fixes, and a prefixed part gets prefixed items', () => {
    const input = `<x:styleSheet xmlns:x="${MAIN}"><x:fonts count="1"><x:font><x:sz val="11"/></x:font></x:fonts><x:cellXfs count="1"><x:xf fontId="0"/></x:cellXfs><x:extLst/></x:styleSheet>`;
    const out = mergeStyles(xml(input), 'xl/styles.xml', xml(GENERATED)).xml.toString('utf8');
    expect(tags(out)).toEqual(
      tags(
        '<x:styleSheet><x:numFmts><x:numFmt/><x:fonts><x:font><x:sz/><x:font><x:sz/><x:name/><x:font><x:b/><x:sz/><x:name/>' +
          '<x:fills><x:fill><x:patternFill/><x:fill><x:patternFill/><x:fill><x:patternFill><x:fgColor/>' +
          '<x:borders><x:border><x:left/><x:right/><x:top/><x:bottom/><x:diagonal/><x:border><x:left/><x:right/><x:top/><x:bottom/><x:diagonal/>' +
          '<x:cellStyleXfs><x:xf/><x:cellXfs><x:xf/><x:xf/><x:xf/><x:xf><x:alignment/>' +
          '<x:cellStyles><x:cellStyle/><x:extLst/>'
      )
    );
    expect(out).not.toMatch(/<(?!\/?x:)\w/);
    expect(out).toContain('<x:cellXfs count="4">');
  });

  test('an empty <styleSheet/> is opened up to hold them', () => {
    const out = mergeStyles(xml(`<styleSheet xmlns="${MAIN}"/>`), 'xl/styles.xml', xml(GENERATED)).xml.toString('utf8');
    expect(out.startsWith(`<styleSheet xmlns="${MAIN}"><numFmts count="1">`)).toBe(true);
    expect(out.endsWith('</cellStyles></styleSheet>')).toBe(true);
  });
});
