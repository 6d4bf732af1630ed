import { SheetProtectedError } from '../../src/excel/errors';
import { writeSettings, type SettingsWrite } from '../../src/excel/write-settings';
import { FakeContext } from './fake-excel';

const LABELS = { members: '会员人数', region: '地区', duplicateWindowDays: '重复支付天数' } as SettingsWrite['labels'];

function request(values: SettingsWrite['values'], sheet: string | null = '参数'): SettingsWrite {
  return { sheet, newSheet: '参数', values, labels: LABELS, header: ['参数', '值'] };
}

describe('writeSettings', () => {
  it('rewrites a key’s value cell, adds a missing key below the last row, and touches nothing else', async () => {
    const ctx = new FakeContext([
      { name: '参数', values: [['参数说明'], ['', '会员人数', 120], ['', '年度', 2025]], at: { row: 1, col: 0 } },
    ]);
    await writeSettings(ctx.asExcel(), request({ members: 130, region: '-福建' }));
    expect(ctx.spec('参数')!.values).toEqual([['参数说明'], ['', '会员人数', 130], ['', '年度', 2025], ['', '地区', '-福建']]);
    expect(ctx.writes.map((w) => `${w.op} ${w.address}`)).toEqual([
      'values 参数!C3',
      'numberFormat 参数!B5',
      'values 参数!B5',
      'numberFormat 参数!C5',
      'values 参数!C5',
    ]);
    expect(ctx.spec('参数')!.log!.formulaCells).toEqual([]);
    expect(ctx.syncs).toHaveLength(2);
  });

  it('clears a value the user emptied, and does not add a key it has no value for', async () => {
    const ctx = new FakeContext([{ name: '参数', values: [['会员人数', 120]] }]);
    await writeSettings(ctx.asExcel(), request({ members: null, duplicateWindowDays: null }));
    expect(ctx.spec('参数')!.values).toEqual([['会员人数', '']]);
  });

  it('refuses a protected settings sheet before writing anything', async () => {
    const ctx = new FakeContext([{ name: '参数', values: [['会员人数', 120]], protected: true }]);
    await expect(writeSettings(ctx.asExcel(), request({ members: 1 }))).rejects.toEqual(new SheetProtectedError('参数'));
    expect(ctx.writes).toEqual([]);
  });

  it('creates the settings sheet under a free name when there is none', async () => {
    const ctx = new FakeContext([{ name: '参数', values: [['我的参数笔记']] }]);
    expect(await writeSettings(ctx.asExcel(), request({ members: 80 }, null))).toBe('参数 (2)');
    expect(ctx.spec('参数 (2)')!.values).toEqual([
      ['参数', '值'],
      ['会员人数', 80],
    ]);
    expect(ctx.spec('参数')!.values).toEqual([['我的参数笔记']]);
  });
});
