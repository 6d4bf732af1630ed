/**
 * The one place that opens an Excel batch. Everything else in src/excel takes the request context it
 * is handed, so a whole read or write shares one batch and tests can pass a fake context.
 */
export function runInExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run(batch);
}
