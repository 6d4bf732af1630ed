import { performance } from 'perf_hooks';
import type { Analysis } from '../core/analysis';
import type { Day } from '../core/dates';
import { parseDateText } from '../core/dates';
import { analyze } from '../core/analyze';
import type { AnalyzeOptions } from '../core/analyze';
import { describeUsageError } from '../core/i18n/usage';
import type { Lang } from '../core/lang';
import { fill, pickLang } from '../core/lang';
import type { Role } from '../core/read/roles';
import type { LoadedInput, LoadOptions } from '../xlsx/load';
import { LoadError, loadInput } from '../xlsx/load';
import { CLI_TEXT, LOAD_TEXT } from './messages';

export interface CommonOptions {
  readonly lang?: Lang;
  readonly sheets: Partial<Record<Role, string>>;
  /** ISO date for the bank reconciliation. */
  readonly asOf?: string;
}

export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Progress goes to stderr only when it is a terminal. */
  readonly progress: boolean;
}

export type Prepared =
  | { readonly ok: true; readonly input: LoadedInput; readonly analysis: Analysis; readonly lang: Lang }
  | { readonly ok: false; readonly code: 2 };

/** A federation checks many books in one go: every message about a failed run says which file it was. */
function aboutFile(file: string, message: string): string {
  return message.includes(file) ? message : `${file}: ${message}`;
}

export function environmentLang(env: NodeJS.ProcessEnv = process.env): Lang {
  return pickLang(env.LC_ALL || env.LC_MESSAGES || env.LANG || '');
}

/**
 * Loads and analyses a file; any failure is told on stderr in the user's language and gives exit 2.
 * `load` asks for what only a report needs: the file's SHA-256 for its run log.
 */
export async function prepare(file: string, opts: CommonOptions, io: Io, load: LoadOptions = {}): Promise<Prepared> {
  const early = opts.lang ?? environmentLang();
  if (io.progress) io.err(fill(CLI_TEXT.reading[early], { file }) + '\n');
  let input: LoadedInput;
  try {
    input = await loadInput(file, load);
  } catch (e) {
    if (!(e instanceof LoadError)) throw e;
    io.err(aboutFile(e.file, fill(LOAD_TEXT[e.reason][early], { file: e.file, detail: e.detail })) + '\n');
    return { ok: false, code: 2 };
  }
  let asOf: Day | null = null;
  if (opts.asOf !== undefined) {
    const d = parseDateText(opts.asOf, 'month-first');
    if (d.kind !== 'ok') {
      io.err(fill(CLI_TEXT.badAsOf[early], { value: opts.asOf }) + '\n');
      return { ok: false, code: 2 };
    }
    asOf = d.day;
  }
  let sheets = opts.sheets;
  let grids = input.grids;
  const bankFile = sheets.bank;
  if (bankFile !== undefined && /\.csv$/i.test(bankFile)) {
    try {
      const bank = await loadInput(bankFile);
      grids = [...grids, ...bank.grids];
      sheets = { ...sheets, bank: bank.grids[0].name };
    } catch (e) {
      if (!(e instanceof LoadError)) throw e;
      io.err(aboutFile(e.file, fill(LOAD_TEXT[e.reason][early], { file: e.file, detail: e.detail })) + '\n');
      return { ok: false, code: 2 };
    }
  }
  if (io.progress) io.err(CLI_TEXT.checking[early] + '\n');
  const options: AnalyzeOptions = { workbook: input.name, sheets, asOf, clock: () => performance.now() };
  const outcome = analyze(grids, options);
  if (!outcome.ok) {
    io.err(aboutFile(file, describeUsageError(outcome.error, early, CLI_TEXT.ledgerHint[early])) + '\n');
    return { ok: false, code: 2 };
  }
  const lang = opts.lang ?? (outcome.analysis.book.lang === 'zh-CN' ? 'zh-CN' : early);
  return { ok: true, input, analysis: outcome.analysis, lang };
}

export function exitCodeOf(a: Analysis): 0 | 1 {
  return a.findings.some((f) => f.severity === 'error') ? 1 : 0;
}
