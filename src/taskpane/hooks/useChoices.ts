import { useCallback, useEffect, useMemo, useState } from 'react';
import type { LedgerField } from '../../core/book';
import type { Grid } from '../../core/grid';
import { firstRowOf } from '../../core/grid';
import type { Role } from '../../core/read/roles';
import { ROLES } from '../../core/read/roles';
import type { WorkbookPreview } from '../../excel/read-preview';
import type { Choices } from '../choices';
import { initialChoices } from '../choices';
import { detect, detectedColumns, detectedHeaderRow } from '../detection';

/**
 * After a re-read of the workbook (a sheet added or renamed, a settings sheet created): a role keeps
 * its sheet while that sheet exists; an empty role takes what detection finds now, unless the user
 * set it to "none" by hand.
 */
function merge(previous: Choices | null, detected: Choices, names: ReadonlySet<string>): Choices {
  if (previous === null) return detected;
  const sheets = { ...detected.sheets };
  const headerRows = { ...detected.headerRows };
  for (const role of ROLES) {
    const sheet = previous.sheets[role];
    if ((sheet !== null && names.has(sheet)) || (sheet === null && previous.touched.includes(role))) {
      sheets[role] = sheet;
      headerRows[role] = previous.headerRows[role];
    }
  }
  const touched = previous.touched.filter((role) => sheets[role] === previous.sheets[role]);
  const ledgerKept = sheets.ledger === previous.sheets.ledger;
  return { sheets, headerRows, columns: ledgerKept ? previous.columns : null, asOf: previous.asOf, touched };
}

const touch = (c: Choices, role: Role): readonly Role[] => (c.touched.includes(role) ? c.touched : [...c.touched, role]);

/** The run options the user sees and changes: roles, header rows, ledger columns, as-of date. */
export function useChoices(preview: WorkbookPreview | null) {
  const grids = useMemo(() => preview?.sheets.map((s) => s.grid) ?? [], [preview]);
  const [choices, setChoices] = useState<Choices | null>(null);
  useEffect(() => {
    if (preview === null) return;
    const names = new Set(grids.map((g) => g.name));
    setChoices((previous) => merge(previous, initialChoices(detect(grids)), names));
  }, [preview, grids]);

  const gridOf = useCallback((name: string | null): Grid | null => grids.find((g) => g.name === name) ?? null, [grids]);

  const setSheet = useCallback(
    (role: Role, sheet: string | null) =>
      setChoices((c) => {
        if (c === null) return c;
        const grid = gridOf(sheet);
        const row = grid === null ? null : role === 'settings' ? null : (detectedHeaderRow(role, grid) ?? firstRowOf(grid));
        return {
          ...c,
          sheets: { ...c.sheets, [role]: sheet },
          headerRows: { ...c.headerRows, [role]: row },
          columns: role === 'ledger' ? null : c.columns,
          touched: touch(c, role),
        };
      }),
    [gridOf]
  );

  const setHeaderRow = useCallback(
    (role: Role, row: number | null) =>
      setChoices((c) =>
        c === null
          ? c
          : { ...c, headerRows: { ...c.headerRows, [role]: row }, columns: role === 'ledger' ? null : c.columns, touched: touch(c, role) }
      ),
    []
  );

  const setColumn = useCallback(
    (field: LedgerField, col: number | undefined) =>
      setChoices((c) => {
        if (c === null) return c;
        const grid = gridOf(c.sheets.ledger);
        const base = c.columns ?? (grid && c.headerRows.ledger !== null ? detectedColumns(grid, c.headerRows.ledger) : {});
        return { ...c, columns: { ...base, [field]: col }, touched: touch(c, 'ledger') };
      }),
    [gridOf]
  );

  const setAsOf = useCallback((asOf: string) => setChoices((c) => (c === null ? c : { ...c, asOf })), []);

  return { choices, grids, gridOf, setSheet, setHeaderRow, setColumn, setAsOf };
}
