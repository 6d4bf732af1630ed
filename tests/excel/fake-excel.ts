/** The recording fake of Excel's object model; see fake/context.ts. */
export { FakeContext, type FakeCall, type FakeOptions, type FakeSync, type FakeWrite } from './fake/context';
export type { FakeName } from './fake/workbook';
export { FakeRange } from './fake/range';
export { FakeWorksheet } from './fake/worksheet';
export { type Box, type FakeSheetSpec, type SheetLog, parseA1 } from './fake/state';
