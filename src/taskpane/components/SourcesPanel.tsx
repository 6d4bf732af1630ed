import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState, type ReactNode } from 'react';
import type { Grid } from '../../core/grid';
import type { Role } from '../../core/read/roles';
import { ROLES } from '../../core/read/roles';
import type { Choices } from '../choices';
import { useText } from '../hooks/useText';
import { RolePicker } from './RolePicker';

const useStyles = makeStyles({
  item: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  button: { paddingLeft: 0, paddingRight: 0, minHeight: '44px', height: 'auto' },
  panel: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, paddingBottom: tokens.spacingVerticalL },
  header: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', minWidth: 0, paddingBlock: tokens.spacingVerticalXS },
  title: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  hint: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere', textAlign: 'start' },
});

export interface SourcesPanelProps {
  readonly grids: readonly Grid[];
  readonly choices: Choices;
  /** After a successful run the choices fold away behind a one-line summary, making room for the results. */
  readonly collapsed: boolean;
  readonly onSheet: (role: Role, sheet: string | null) => void;
  readonly onHeaderRow: (role: Role, row: number | null) => void;
  /** Shown under the ledger picker: its column editor. */
  readonly ledgerExtra?: ReactNode;
  /** Shown under the bank statement picker: the reconciliation date. */
  readonly bankExtra?: ReactNode;
}

/** The sheets the checks read, as detected, each changeable. */
export function SourcesPanel({ grids, choices, collapsed, onSheet, onHeaderRow, ledgerExtra, bankExtra }: SourcesPanelProps) {
  const styles = useStyles();
  const { t } = useText();
  const [open, setOpen] = useState(!collapsed);
  useEffect(() => setOpen(!collapsed), [collapsed]);
  // FundCheck's own sheets are output, never input.
  const names = grids.filter((g) => !g.generated).map((g) => g.name);
  const summary = ROLES.filter((r) => choices.sheets[r] !== null)
    .map((r) => t('roleSheet', { role: t(`role.${r}`), sheet: choices.sheets[r]! }))
    .join(' · ');
  return (
    <Accordion collapsible openItems={open ? ['sources'] : []} onToggle={(_e, d) => setOpen(d.openItems.includes('sources'))}>
      <AccordionItem value="sources" className={styles.item}>
        <AccordionHeader as="h2" expandIconPosition="end" button={{ className: styles.button }}>
          <span className={styles.header}>
            <span className={styles.title}>{t('sourcesTitle')}</span>
            <Caption1 className={styles.hint}>{open ? t('sourcesHint') : summary}</Caption1>
          </span>
        </AccordionHeader>
        <AccordionPanel className={styles.panel}>
          {choices.sheets.ledger === null ? (
            <MessageBar intent="warning">
              <MessageBarBody>{t('ledgerMissing')}</MessageBarBody>
            </MessageBar>
          ) : null}
          {ROLES.map((role) => (
            <div key={role}>
              <RolePicker
                role={role}
                sheetNames={names}
                sheet={choices.sheets[role]}
                grid={grids.find((g) => g.name === choices.sheets[role]) ?? null}
                headerRow={choices.headerRows[role]}
                onSheet={(sheet) => onSheet(role, sheet)}
                onHeaderRow={(row) => onHeaderRow(role, row)}
              />
              {role === 'ledger' ? ledgerExtra : role === 'bank' ? bankExtra : null}
            </div>
          ))}
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
