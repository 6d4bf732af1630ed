import { reveal } from '../../src/excel/reveal';
import { SheetMissingError } from '../../src/excel/errors';
import { FakeContext } from './fake-excel';

const NAME = "O'Brien [2025]";

describe('reveal', () => {
  it('activates the sheet and selects the cell in one sync, whatever the sheet name holds', async () => {
    const ctx = new FakeContext([{ name: '明细账' }, { name: NAME }]);
    await reveal(ctx.asExcel(), { sheet: NAME, row: 12, col: 3 });
    expect(ctx.activeSheet).toBe(NAME);
    expect(ctx.selection).toBe("'O''Brien [2025]'!C12");
    expect(ctx.syncs).toHaveLength(1);
  });

  it('selects the whole row when the finding names no column', async () => {
    const ctx = new FakeContext([{ name: '收支明细账' }]);
    await reveal(ctx.asExcel(), { sheet: '收支明细账', row: 88 });
    expect(ctx.selection).toBe('收支明细账!88:88');
  });

  it('reports a sheet deleted meanwhile as SheetMissingError in both languages, selecting nothing', async () => {
    const ctx = new FakeContext([{ name: 'Ledger' }]);
    const err = await reveal(ctx.asExcel(), { sheet: NAME, row: 2, col: 1 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SheetMissingError);
    expect(err).toMatchObject({ sheet: NAME });
    expect((err as SheetMissingError).text['zh-CN']).toContain(NAME);
    expect((err as SheetMissingError).text['en-US']).toContain('deleted');
    expect(ctx.selection).toBeUndefined();
  });
});
