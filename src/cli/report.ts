import { realpathSync, statSync } from 'fs';
import path from 'path';
import type { Lang } from '../core/lang';
import { fill } from '../core/lang';
import { buildReport } from '../core/report/build';
import { LoadError } from '../xlsx/load';
import { reportExtension, writeReport } from '../xlsx/write-report';
import { LOAD_TEXT } from './messages';
import type { CommonOptions, Io } from './run';
import { environmentLang, exitCodeOf, prepare } from './run';

/** What `fundcheck report` says to people, in both languages. */
const REPORT_TEXT = {
  sameFile: {
    'zh-CN': '报告不能写到输入文件 {file} 本身：请用 -o 指定另一个文件名，原工作簿保持不变。',
    'en-US': 'The report cannot be written over its input {file}: give another file name with -o; the input stays as it is.',
  },
  notXlsx: {
    'zh-CN': '报告是 .xlsx 工作簿：输出文件名应以 .xlsx 结尾（收到 {file}）。',
    'en-US': 'The report is an .xlsx workbook: the output name must end in .xlsx (got {file}).',
  },
  '.xlsm': {
    'zh-CN': '{input} 含有宏，报告会原样保留：输出文件名应以 .xlsm 结尾（收到 {file}），否则 Excel 无法打开。',
    'en-US': '{input} holds macros, which the report keeps: the output name must end in .xlsm (got {file}), or Excel will not open it.',
  },
  '.xlsx': {
    'zh-CN': '{input} 不含宏：输出文件名应以 .xlsx 结尾（收到 {file}）。',
    'en-US': '{input} holds no macros: the output name must end in .xlsx (got {file}).',
  },
  writing: { 'zh-CN': '正在写入报告 …', 'en-US': 'Writing the report …' },
  written: {
    'zh-CN': '报告已写入 {file}（错误 {errors} 项，警告 {warnings} 项，提示 {infos} 项）',
    'en-US': 'Report written to {file} (errors: {errors}, warnings: {warnings}, notes: {infos})',
  },
  writeFailed: {
    'zh-CN': '无法写入 {file}：{detail}。如果该文件正在 Excel 或 WPS 中打开，请先关闭；未写入任何内容。',
    'en-US': 'Cannot write {file}: {detail}. If it is open in Excel or WPS, close it first; nothing was written.',
  },
} as const satisfies Record<string, Record<Lang, string>>;

/** Same file, even through a symlink or another spelling of the path. */
function sameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    if (realpathSync(a) === realpathSync(b)) return true;
    const x = statSync(a);
    const y = statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/** "2025-11-30 15:10:22 +08:00": the run log's time, local with its offset so it reads right anywhere. */
export function localTime(d: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const offset = -d.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const zone = `${sign}${two(Math.floor(Math.abs(offset) / 60))}:${two(Math.abs(offset) % 60)}`;
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())} ${zone}`;
}

/** `fundcheck report FILE -o OUT.xlsx`: exit 0/1 as `check` once the report is written, 2 when it is not. */
export async function runReport(file: string, output: string, opts: CommonOptions, io: Io, version: string): Promise<number> {
  const early = opts.lang ?? environmentLang();
  if (sameFile(file, output)) {
    io.err(fill(REPORT_TEXT.sameFile[early], { file }) + '\n');
    return 2;
  }
  const extension = path.extname(output).toLowerCase();
  if (extension !== '.xlsx' && extension !== '.xlsm') {
    io.err(fill(REPORT_TEXT.notXlsx[early], { file: output }) + '\n');
    return 2;
  }
  const p = await prepare(file, opts, io, { digest: true });
  if (!p.ok) return p.code;
  const { analysis, input } = p;
  const lang = opts.lang ?? analysis.book.lang;
  const wanted = reportExtension(input);
  if (extension !== wanted) {
    io.err(fill(REPORT_TEXT[wanted][lang], { input: input.name, file: output }) + '\n');
    return 2;
  }
  const model = buildReport(analysis, { time: localTime(new Date()), version, input: input.name, sha256: input.sha256 }, lang);
  if (io.progress) io.err(REPORT_TEXT.writing[lang] + '\n');
  try {
    await writeReport(input, model, output);
  } catch (e) {
    // A package that cannot be copied is told as one that cannot be read: nothing was written.
    if (e instanceof LoadError) {
      io.err(fill(LOAD_TEXT[e.reason][lang], { file: e.file, detail: e.detail }) + '\n');
      return 2;
    }
    const detail = e instanceof Error ? ((e as NodeJS.ErrnoException).code ?? e.message) : String(e);
    io.err(fill(REPORT_TEXT.writeFailed[lang], { file: output, detail }) + '\n');
    return 2;
  }
  const count = (s: string) => analysis.findings.filter((f) => f.severity === s).length;
  io.out(
    fill(REPORT_TEXT.written[lang], { file: output, errors: count('error'), warnings: count('warning'), infos: count('info') }) + '\n'
  );
  return exitCodeOf(analysis);
}
