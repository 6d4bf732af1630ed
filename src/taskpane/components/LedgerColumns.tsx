import { useState } from 'react';
import type { LedgerField } from '../../core/book';
import type { Grid } from '../../core/grid';
import type { Choices } from '../choices';
import { checkHeaderRow, detectedColumns, headerColumns, ledgerIsSure } from '../detection';
import { ColumnMapper } from './ColumnMapper';

export interface LedgerColumnsProps {
  readonly grid: Grid | null;
  readonly choices: Choices;
  readonly onChange: (field: LedgerField, col: number | undefined) => void;
}

/**
 * The column editor for the chosen ledger: opened by itself when the header was not recognised
 * well enough (no date, description or money columns), on request otherwise.
 */
export function LedgerColumns({ grid, choices, onChange }: LedgerColumnsProps) {
  const [open, setOpen] = useState<boolean | null>(null);
  const row = choices.headerRows.ledger;
  if (grid === null || row === null) return null;
  const mapping = choices.columns ?? detectedColumns(grid, row);
  const sure = choices.columns === null ? ledgerIsSure(mapping, checkHeaderRow('ledger', grid, row).accepted) : ledgerIsSure(mapping, true);
  return (
    <ColumnMapper
      columns={headerColumns(grid, row)}
      mapping={mapping}
      unsure={!sure}
      open={open ?? choices.columns !== null}
      onToggle={() => setOpen(!(open ?? choices.columns !== null))}
      onChange={onChange}
    />
  );
}
