import { readFileSync } from 'fs';
import path from 'path';

/** The package's version, read once from package.json beside dist/. */
export function fundcheckVersion(): string {
  try {
    return JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')).version as string;
  } catch {
    return 'unknown';
  }
}
