import { Command, CommanderError, Option } from 'commander';
import type { Lang } from '../core/lang';
import { fill } from '../core/lang';
import type { Role } from '../core/read/roles';
import { toJson } from './format-json';
import { toText } from './format-text';
import { CLI_TEXT } from './messages';
import { runReport } from './report';
import type { Io } from './run';
import { environmentLang, exitCodeOf, prepare } from './run';
import { fundcheckVersion } from './version';

interface SheetFlags {
  ledger?: string;
  activities?: string;
  budget?: string;
  settings?: string;
  bank?: string;
  lang?: Lang;
  asOf?: string;
}

function sheetsOf(flags: SheetFlags): Partial<Record<Role, string>> {
  const out: Partial<Record<Role, string>> = {};
  for (const role of ['ledger', 'activities', 'budget', 'settings', 'bank'] as const) {
    if (flags[role] !== undefined) out[role] = flags[role];
  }
  return out;
}

function withInputOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--lang <lang>', 'language of messages').choices(['zh-CN', 'en-US']))
    .option('--ledger <sheet>', 'sheet holding the ledger (cash/bank journal)')
    .option('--activities <sheet>', 'sheet holding the activity list')
    .option('--budget <sheet>', 'sheet holding the budget')
    .option('--settings <sheet>', 'sheet holding the settings')
    .option('--bank <sheet|file.csv>', 'sheet holding the bank statement, or the bank\'s CSV export')
    .option('--as-of <date>', 'date the bank reconciliation is drawn up as of (default: the statement\'s last date)');
}

/** Runs the command line; resolves to the exit status of SPEC §5 (0, 1, or 2 for usage errors). */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const version = fundcheckVersion();
  let status = 0;
  const program = new Command('fundcheck')
    .description('FundCheck: audit checks and reports for trade-union fund books (.xlsx, .csv)')
    .version(version)
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });

  withInputOptions(
    program
      .command('check')
      .description('check a workbook or CSV ledger and print the findings')
      .argument('<file>', 'workbook (.xlsx) or ledger (.csv)')
      .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
  ).action(async (file: string, flags: SheetFlags & { format: 'text' | 'json' }) => {
    const p = await prepare(file, { lang: flags.lang, sheets: sheetsOf(flags), asOf: flags.asOf }, io);
    if (!p.ok) {
      status = p.code;
      return;
    }
    io.out(flags.format === 'json' ? JSON.stringify(toJson(p.analysis, p.lang), null, 1) + '\n' : toText(p.analysis, p.lang, version));
    status = exitCodeOf(p.analysis);
  });

  withInputOptions(
    program
      .command('report')
      .description('write a copy of the workbook with the findings, summaries and audit report sheets')
      .argument('<file>', 'workbook (.xlsx) or ledger (.csv)')
      .requiredOption('-o, --output <file>', 'the report workbook to write (.xlsx, not the input)')
  ).action(async (file: string, flags: SheetFlags & { output: string }) => {
    status = await runReport(file, flags.output, { lang: flags.lang, sheets: sheetsOf(flags) }, io, version);
  });

  try {
    await program.parseAsync(argv as string[], { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    const lang = environmentLang();
    io.err(fill(CLI_TEXT.unexpected[lang], { error: e instanceof Error ? e.message : String(e) }) + '\n');
    return 2;
  }
  return status;
}
