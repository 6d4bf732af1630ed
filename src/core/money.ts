/**
 * Money is an integer number of fen (分). Parsing goes straight from text to fen so no binary
 * fraction ever enters a total; numbers from a spreadsheet are accepted only when they are a whole
 * number of fen up to float noise.
 */
export type Fen = number & { readonly __unit: 'fen' };

export const ZERO = 0 as Fen;

/** 99,999,999,999.99 yuan: more than any union book holds, and a million such rows still add up exactly. */
export const MAX_ABS_FEN = 9_999_999_999_999;

export function fen(n: number): Fen {
  if (!Number.isSafeInteger(n)) throw new RangeError(`fen must be a safe integer, got ${n}`);
  return n as Fen;
}

export function yuan(n: number): Fen {
  return fen(Math.round(n * 100));
}

export function add(a: Fen, b: Fen): Fen {
  return (a + b) as Fen;
}

export function sub(a: Fen, b: Fen): Fen {
  return (a - b) as Fen;
}

export function neg(a: Fen): Fen {
  return (0 - a) as Fen;
}

export function sum(values: Iterable<Fen>): Fen {
  let total = 0;
  for (const v of values) total += v;
  return total as Fen;
}

export function abs(a: Fen): Fen {
  return Math.abs(a) as Fen;
}

/** Rounds a / b half away from zero to the fen, e.g. per-capita spending. */
export function divideRound(a: Fen, b: number): Fen {
  if (b === 0) throw new RangeError('division by zero');
  const q = a / b;
  const r = Math.sign(q) * Math.round(Math.abs(q));
  return (r === 0 ? 0 : r) as Fen;
}

/**
 * Splits a total over weights by largest remainder, so the parts always add up to the total
 * (dinero.js's allocate).
 */
export function allocate(total: Fen, weights: readonly number[]): Fen[] {
  const wsum = weights.reduce((s, w) => s + w, 0);
  if (weights.length === 0) return [];
  if (wsum === 0) return weights.map((_, i) => (i === 0 ? total : ZERO));
  const sign = total < 0 ? -1 : 1;
  const t = Math.abs(total);
  const raw = weights.map((w) => (t * w) / wsum);
  const parts = raw.map(Math.floor);
  let left = t - parts.reduce((s, p) => s + p, 0);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) parts[order[k][1]] += 1;
  return parts.map((p) => (sign * p || 0) as Fen);
}

/** "1234.50", "-0.05": the JSON and machine form. */
export function formatFen(a: Fen): string {
  const negative = a < 0;
  const v = Math.abs(a);
  const y = Math.floor(v / 100);
  const f = v % 100;
  return `${negative ? '-' : ''}${y}.${f < 10 ? '0' : ''}${f}`;
}

/** "1,234.50": the form people read in messages. */
export function formatFenGrouped(a: Fen): string {
  const plain = formatFen(a);
  const [int, dec] = plain.split('.');
  const negative = int.startsWith('-');
  const digits = negative ? int.slice(1) : int;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}.${dec}`;
}

/** Yuan as a plain number for a spreadsheet cell; exact for every fen up to MAX_ABS_FEN. */
export function toYuanNumber(a: Fen): number {
  return Number(formatFen(a));
}

export type MoneyProblem = 'not-a-number' | 'sub-fen' | 'too-large';
export type MoneyRead = { kind: 'blank' } | { kind: 'ok'; fen: Fen } | { kind: 'bad'; problem: MoneyProblem };

const BLANK: MoneyRead = { kind: 'blank' };
const FULL_WIDTH = /[\uFF01-\uFF5E]/g;

/** Folds full-width ASCII (０-９, （）, －, ，, ．) to half-width. */
const HAS_FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/;

export function toHalfWidth(text: string): string {
  if (!HAS_FULL_WIDTH.test(text)) return text;
  return text.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

const NONE_MARKS = new Set(['', '-', '—', '–', '－', '--', '/', '无']);
const AMOUNT_TEXT = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d*))?$/;

function fromParts(sign: string, intPart: string, decPart: string): MoneyRead {
  const decimals = decPart.replace(/0+$/, '');
  if (decimals.length > 2) return { kind: 'bad', problem: 'sub-fen' };
  const digits = intPart.replace(/,/g, '').replace(/^0+(?=\d)/, '');
  if (digits.length > 11) return { kind: 'bad', problem: 'too-large' };
  const value = Number(digits || '0') * 100 + Number((decimals + '00').slice(0, 2));
  if (value > MAX_ABS_FEN) return { kind: 'bad', problem: 'too-large' };
  return { kind: 'ok', fen: (sign === '-' && value !== 0 ? -value : value) as Fen };
}

/**
 * Fen of what nearly every amount cell holds — 1234.5, -88, 1,234.50 — read without allocating
 * anything; NaN for any other text, which parseMoneyText then reads or explains.
 */
export function plainFen(text: string): number {
  const n = text.length;
  let i = text.charCodeAt(0) === 45 ? 1 : 0;
  const negative = i === 1;
  let int = 0;
  let digits = 0;
  let group = -1;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      int = int * 10 + (c - 48);
      digits++;
      if (group >= 0 && ++group > 3) return NaN;
    } else if (c === 44) {
      if (digits === 0 || (group < 0 ? digits > 3 : group !== 3)) return NaN;
      group = 0;
    } else break;
  }
  if (digits === 0 || digits > 11 || (group >= 0 && group !== 3)) return NaN;
  let fen = int * 100;
  if (i < n) {
    if (text.charCodeAt(i) !== 46 || i + 1 >= n || n - i - 1 > 2) return NaN;
    const d1 = text.charCodeAt(i + 1) - 48;
    const d2 = i + 2 < n ? text.charCodeAt(i + 2) - 48 : 0;
    if (d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return NaN;
    fen += d1 * 10 + d2;
  }
  if (fen > MAX_ABS_FEN) return NaN;
  return negative && fen !== 0 ? -fen : fen;
}

export function parseMoneyText(input: string): MoneyRead {
  const plain = plainFen(input);
  if (plain === plain) return { kind: 'ok', fen: plain as Fen };
  let text = toHalfWidth(input).replace(/\s+/g, '');
  if (NONE_MARKS.has(text)) return BLANK;
  let negative = false;
  const paren = /^\((.*)\)$/.exec(text);
  if (paren) {
    negative = true;
    text = paren[1];
  }
  text = text.replace(/^([+-]?)(?:RMB|CNY|¥|￥|\$|£|€)/i, '$1').replace(/(?:元|圆|RMB|CNY)$/i, '');
  const m = AMOUNT_TEXT.exec(text);
  if (!m || (m[2] === undefined && (m[3] === undefined || m[3] === ''))) return { kind: 'bad', problem: 'not-a-number' };
  if (negative && m[1] === '-') return { kind: 'bad', problem: 'not-a-number' };
  return fromParts(negative ? '-' : m[1], m[2] ?? '', m[3] ?? '');
}

/**
 * Whole fen of an amount × 100 up to float noise, NaN when it holds a fraction of a fen. The noise
 * grows with the amount — 582,370,478.31 × 100 is off by 4e-6 — so the allowance is a few units in
 * the last place of the figure, and at least a millionth of a fen for sums Excel calculated; a
 * true fraction (a tenth of a fen even at a hundred billion yuan) is far above either.
 */
function wholeFen(scaled: number): number {
  const rounded = Math.round(scaled);
  const noise = Math.max(1e-6, Math.abs(scaled) * 4 * Number.EPSILON);
  return Math.abs(scaled - rounded) <= noise ? (rounded === 0 ? 0 : rounded) : NaN;
}

/** Fen of a spreadsheet number that is a whole number of fen up to float noise; NaN otherwise. */
export function numberFen(n: number): number {
  const fen = wholeFen(n * 100);
  return Math.abs(fen) > MAX_ABS_FEN ? NaN : fen;
}

export function parseMoneyNumber(n: number): MoneyRead {
  if (!Number.isFinite(n)) return { kind: 'bad', problem: 'not-a-number' };
  if (Math.abs(n) * 100 > MAX_ABS_FEN) return { kind: 'bad', problem: 'too-large' };
  const fen = wholeFen(n * 100);
  if (fen !== fen) return { kind: 'bad', problem: 'sub-fen' };
  return { kind: 'ok', fen: fen as Fen };
}
