import type { Check } from './check';
import bankUnmatched from './bank-unmatched';
import bankMismatch from './bank-mismatch';
import invalidCell from './invalid-cell';
import balanceMismatch from './balance-mismatch';
import subtotalMismatch from './subtotal-mismatch';
import duplicatePayment from './duplicate-payment';
import splitPayment from './split-payment';
import approvalMissing from './approval-missing';
import selfApproval from './self-approval';
import missingAttachment from './missing-attachment';
import voucherGap from './voucher-gap';
import dateOrder from './date-order';
import negativeBalance from './negative-balance';
import incomeAndExpense from './income-and-expense';
import prohibitedExpense from './prohibited-expense';
import perCapitaLimit from './per-capita-limit';
import budgetOverrun from './budget-overrun';
import activityOverrun from './activity-overrun';
import unknownActivity from './unknown-activity';
import unbudgetedCategory from './unbudgeted-category';
import unknownCategory from './unknown-category';
import informalReceipt from './informal-receipt';
import weekendExpense from './weekend-expense';
import benford from './benford';
import remittanceShortfall from './remittance-shortfall';

/** Every check, in the order of SPEC §3 — the order the report lists them. */
export const CHECKS: readonly Check[] = [
  invalidCell,
  balanceMismatch,
  subtotalMismatch,
  prohibitedExpense,
  perCapitaLimit,
  budgetOverrun,
  activityOverrun,
  unknownActivity,
  unbudgetedCategory,
  unknownCategory,
  duplicatePayment,
  splitPayment,
  approvalMissing,
  selfApproval,
  informalReceipt,
  missingAttachment,
  voucherGap,
  dateOrder,
  negativeBalance,
  incomeAndExpense,
  weekendExpense,
  benford,
  bankUnmatched,
  bankMismatch,
  remittanceShortfall,
];
