import { layoutSheet } from '../../../src/core/report/layout';
import type { SheetLayout } from '../../../src/core/report/layout';
import type { Block, Column, ReportModel, ReportSheet, Table } from '../../../src/core/report/model';

const PRINT = { paper: 'A4', orientation: 'portrait', fitToWidth: true, repeat: null, footer: '{page}/{pages}' } as const;

function sheetOf(blocks: Block[], more: Partial<ReportSheet> = {}): ReportSheet {
  return { role: 'audit-report', name: '审查报告', blocks, freeze: null, print: PRINT, charts: [], ...more };
}

function layout(sheet: ReportSheet, charts = false): SheetLayout {
  const model: ReportModel = { lang: 'zh-CN', sheets: [sheet] };
  return layoutSheet(sheet, model, { charts });
}

const text = (header: string): Column => ({ header, kind: 'text' });
const money = (header: string): Column => ({ header, kind: 'money' });
const table = (id: string, columns: Column[], rows: Table['rows']): Block => ({ kind: 'table', table: { id, columns, rows } });
const notes = (n: number): Block[] => Array.from({ length: n }, (_v, i) => ({ kind: 'note', text: `说明 ${i}` }));
const legend: Block = {
  kind: 'legend',
  label: '完成率底色：',
  items: [
    { band: 'under-30', text: '低于30%' },
    { band: 'over-100', text: '超过100%' },
  ],
};

describe('the shared sheet layout', () => {
  it('puts the legend on one row when the sheet is wide enough, else the label above the swatches', () => {
    const wide = layout(sheetOf([table('t', [text('a'), text('b'), text('c')], []), legend]));
    const row = wide.rows.findIndex((r) => r[0] === '完成率底色：');
    expect(wide.rows[row].slice(0, 3)).toEqual(['完成率底色：', '低于30%', '超过100%']);
    expect(wide.fills.filter((f) => f.span.row === row).map((f) => f.span.col)).toEqual([1, 2]);

    const narrow = layout(sheetOf([table('t', [text('a'), text('b')], []), legend]));
    const label = narrow.rows.findIndex((r) => r[0] === '完成率底色：');
    expect(narrow.merges).toContainEqual({ row: label, col: 0, rows: 1, cols: 2 });
    expect(narrow.rows[label + 1].slice(0, 2)).toEqual(['低于30%', '超过100%']);
    expect(narrow.styles.filter((s) => s.style === 'swatch').map((s) => s.span.row)).toEqual([label + 1, label + 1]);
  });

  it('writes text before values: "@" on every text cell, and on text that lands in a number column', () => {
    const l = layout(sheetOf([table('t', [text('摘要'), money('金额')], [{ cells: ['=SUM(A1)', 100] }, { cells: ['x', '—'] }])]));
    expect(l.rows.slice(0, 3).map((r) => r.slice(0, 2))).toEqual([
      ['摘要', '金额'],
      ['=SUM(A1)', 1],
      ['x', '—'],
    ]);
    expect(l.formats).toContainEqual({ span: { row: 1, col: 0, rows: 2, cols: 1 }, format: '@' });
    expect(l.formats).toContainEqual({ span: { row: 2, col: 1, rows: 1, cols: 1 }, format: '@' });
    expect(l.styles).toContainEqual({ span: { row: 2, col: 1, rows: 1, cols: 1 }, style: 'wrap' });
  });

  it('links only cells with a target and a text', () => {
    const ref = { sheet: '明细账', row: 4, col: 6 };
    const rows = [{ cells: [{ text: '明细账!F4', ref }] }, { cells: [{ text: '', ref }] }, { cells: [{ text: '无', ref: null }] }];
    const l = layout(sheetOf([table('t', [{ header: '位置', kind: 'link' }], rows)]));
    expect(l.links).toEqual([{ row: 1, col: 0, ref }]);
  });

  it('keeps one blank body row for a table without rows, and marks it empty', () => {
    const l = layout(sheetOf([table('t', [text('a'), text('b')], [])]));
    expect(l.tables).toEqual([{ id: 't', span: { row: 0, col: 0, rows: 2, cols: 2 }, empty: true }]);
    expect(l.heights.slice(0, 3)).toEqual([20, 18, 12]);
  });

  it('starts a new page before a heading that would be left at the foot of a page', () => {
    // 33 one-line notes fill most of a portrait page, leaving less than a heading and its first lines need.
    const l = layout(sheetOf([...notes(33), { kind: 'heading', text: '二、检查发现' }, { kind: 'paragraph', text: '正文' }]));
    expect(l.pageBreaks).toEqual([33]);
    expect(l.rows[33][0]).toBe('二、检查发现');
    expect(layout(sheetOf([...notes(20), { kind: 'heading', text: '二、检查发现' }])).pageBreaks).toEqual([]);
  });

  it('keeps the sign-off statement on the page of its signatures', () => {
    const l = layout(
      sheetOf([...notes(33), { kind: 'paragraph', text: '以上情况属实。' }, { kind: 'signatures', lines: [['审查人：', '日期：']] }])
    );
    const statement = l.rows.findIndex((r) => r[0] === '以上情况属实。');
    expect(l.pageBreaks).toEqual([statement]);
  });

  it('has a height for every row, freezes the chosen table’s header and repeats it in print', () => {
    const l = layout(
      sheetOf([{ kind: 'title', text: '标题' }, table('t', [text('a')], [{ cells: ['x'] }])], {
        freeze: 't',
        print: { ...PRINT, repeat: { table: 't' } },
      })
    );
    expect(l.heights).toHaveLength(l.rows.length);
    expect(l.freeze).toEqual({ rows: 2, cols: 0 });
    expect(l.print.titleRow).toBe(1);
    expect(l.print.area).toEqual({ row: 0, col: 0, rows: 4, cols: 1 });
  });

  it('places charts and their data beside the report only when the host draws charts', () => {
    const t = table('money', [text('月份'), money('收入')], [{ cells: ['1月', 100] }, { cells: ['2月', 200] }]);
    const sheet = sheetOf([t], {
      charts: [
        {
          id: 'monthly-income-expense',
          kind: 'column',
          title: '各月收支',
          sheet: 'audit-report',
          table: 'money',
          seriesIn: 'columns',
          rows: [0, 1],
          columns: [1],
        },
      ],
    });
    expect(layout(sheet).charts).toEqual([]);
    expect(layout(sheet).rows[0]).toHaveLength(2);
    const drawn = layout(sheet, true);
    expect(drawn.charts).toHaveLength(1);
    expect(drawn.rows[2].slice(-2)).toEqual(['1月', 1]);
  });
});
