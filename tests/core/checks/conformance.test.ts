/**
 * Every check file keeps the registry's promises (DESIGN: "A conformance test asserts for every
 * check file that its id equals its file name, it is registered, it has a test file and both languages").
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Check } from '../../../src/core/checks/check';
import { CHECKS } from '../../../src/core/checks';
import { LANGS } from '../../../src/core/lang';

const CHECKS_DIR = path.resolve(__dirname, '../../../src/core/checks');
const NOT_CHECKS = new Set(['check.ts', 'run.ts', 'index.ts']);
const files = fs.readdirSync(CHECKS_DIR).filter((f) => f.endsWith('.ts') && !NOT_CHECKS.has(f));

function load(file: string): Check {
  return require(path.join(CHECKS_DIR, file)).default as Check;
}

describe('check conformance', () => {
  test('the registry has no duplicate ids', () => {
    const ids = CHECKS.map((c) => c.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  test('every registered check has its own file', () => {
    expect(CHECKS.map((c) => `${c.id}.ts`).filter((f) => !files.includes(f))).toEqual([]);
  });

  describe.each(files)('%s', (file) => {
    const id = file.replace(/\.ts$/, '');

    test('its default export is a check whose id is the file name', () => {
      expect(load(file)?.id).toBe(id);
    });

    test('it is registered in CHECKS', () => {
      expect(CHECKS).toContain(load(file));
    });

    test('it has a test file', () => {
      expect(fs.existsSync(path.resolve(__dirname, `${id}.test.ts`))).toBe(true);
    });

    test('its docs and every message are written in both languages', () => {
      const check = load(file);
      const texts = [check.docs.title, check.docs.explain, check.docs.source, ...Object.values(check.messages)];
      expect(Object.keys(check.messages).length).toBeGreaterThan(0);
      for (const text of texts) for (const lang of LANGS) expect(text[lang]?.trim()).toBeTruthy();
    });
  });
});
