import type { Check } from './check';
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

/** Every check, in the order of SPEC §3 — the order the report lists them. */
export const CHECKS: readonly Check[] = [
  invalidCell,
  balanceMismatch,
  subtotalMismatch,
  duplicatePayment,
  splitPayment,
  approvalMissing,
  selfApproval,
  missingAttachment,
  voucherGap,
  dateOrder,
  negativeBalance,
  incomeAndExpense,
];
