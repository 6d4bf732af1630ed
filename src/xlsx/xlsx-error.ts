/**
 * Why the reader gave up on an .xlsx, in the terms the CLI explains to people (load.ts turns it into
 * a LoadError): `not-a-workbook` for a zip that holds no workbook, `damaged` for one whose zip or XML
 * cannot be read, with a short technical detail.
 */
export class XlsxError extends Error {
  constructor(
    readonly reason: 'not-a-workbook' | 'damaged',
    detail: string
  ) {
    super(detail);
  }
}

export function damaged(detail: string): XlsxError {
  return new XlsxError('damaged', detail);
}
