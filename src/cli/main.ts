import { Command, CommanderError, Option } from 'commander';
import type { Lang } from '../core/lang';
import { fill } from '../core/lang';
import type { Role } from '../core/read/roles';
import { toJson } from './format-json';
import { toText } from './format-text';
import { HELP } from './help-text';
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

type Say = (key: keyof typeof HELP) => string;

function withInputOptions(cmd: Command, say: Say): Command {
  return cmd
    .addOption(new Option('--lang <lang>', say('lang')).choices(['zh-CN', 'en-US']))
    .option('--ledger <sheet>', say('ledger'))
    .option('--activities <sheet>', say('activities'))
    .option('--budget <sheet>', say('budget'))
    .option('--settings <sheet>', say('settings'))
    .option('--bank <sheet|file.csv>', say('bank'))
    .option('--as-of <date>', say('asOf'))
    .helpOption('-h, --help', say('help'));
}

/** Runs the command line; resolves to the exit status of SPEC §5 (0, 1, or 2 for usage errors). */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const version = fundcheckVersion();
  const helpLang = environmentLang();
  const say: Say = (key) => HELP[key][helpLang];
  let status = 0;
  const program = new Command('fundcheck')
    .description(say('program'))
    .version(version, '-V, --version', say('version'))
    .helpOption('-h, --help', say('help'))
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });

  withInputOptions(
    program
      .command('check')
      .description(say('check'))
      .argument('<file>', say('file'))
      .addOption(new Option('--format <format>', say('format')).choices(['text', 'json']).default('text')),
    say
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
      .description(say('report'))
      .argument('<file>', say('file'))
      .requiredOption('-o, --output <file>', say('output')),
    say
  ).action(async (file: string, flags: SheetFlags & { output: string }) => {
    status = await runReport(file, flags.output, { lang: flags.lang, sheets: sheetsOf(flags), asOf: flags.asOf }, io, version);
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
