/**
 * The built add-in (dist-addin/) may reach nothing but its own files and Office's CDN, and may not
 * need eval, which the pages' CSP forbids. Scans the output of `npm run build:addin`; builds it first
 * when it is missing.
 */
import { spawnSync } from 'child_process';
import fs from 'fs';
import path from 'path';

const root = path.resolve(__dirname, '..', '..');
const dist = path.join(root, 'dist-addin');
const OFFICE_CDN = 'https://appsforoffice.microsoft.com';
const EMPTY_STYLE = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

/**
 * URLs in bundled libraries that are never requested: XML namespace names React passes to
 * createElementNS, and the link React prints inside its minified error messages.
 */
const NOT_FETCHED = [/^http:\/\/www\.w3\.org\/[\w/.]+$/, /^https:\/\/reactjs\.org\/docs\/error-decoder\.html\?invariant=$/];

function files(ext: string): string[] {
  return fs
    .readdirSync(dist)
    .filter((f) => f.endsWith(ext))
    .map((f) => path.join(dist, f));
}

function read(file: string): string {
  return fs.readFileSync(file, 'utf8');
}

beforeAll(() => {
  if (fs.existsSync(path.join(dist, 'taskpane.html'))) return;
  const webpack = path.join(root, 'node_modules', 'webpack', 'bin', 'webpack.js');
  const build = spawnSync(process.execPath, [webpack, '--mode', 'production'], { cwd: root, encoding: 'utf8', timeout: 170_000 });
  if (build.status !== 0) throw new Error(`npm run build:addin failed:\n${build.stdout}\n${build.stderr}`);
}, 180_000);

describe('dist-addin', () => {
  it('holds both pages, their bundles and the icons', () => {
    for (const f of ['taskpane.html', 'taskpane.js', 'commands.html', 'commands.js', 'assets/icon-80.png']) {
      expect(fs.existsSync(path.join(dist, f))).toBe(true);
    }
  });

  it('pages load scripts only from themselves and the Office CDN, office.js first', () => {
    for (const html of files('.html')) {
      const sources = [...read(html).matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/g)].map((m) => m[1]);
      expect(sources[0]).toBe(`${OFFICE_CDN}/lib/1/hosted/office.js`);
      for (const src of sources.slice(1)) expect(src).toMatch(/^[\w-]+\.js$/);
    }
  });

  it("pages' CSP allows only 'self', the Office CDN and no eval", () => {
    for (const html of files('.html')) {
      const csp = /http-equiv=["']?Content-Security-Policy["']?\s+content="([^"]+)"/.exec(read(html))?.[1];
      expect(csp).toBeDefined();
      const directives = Object.fromEntries(
        (csp ?? '').split(';').map((d) => {
          const [name, ...sources] = d.trim().split(/\s+/);
          return [name, sources];
        })
      );
      expect(directives['default-src']).toEqual(["'self'"]);
      expect(directives['script-src']).toEqual(["'self'", OFFICE_CDN]);
      expect(directives['connect-src']).toEqual(["'self'", OFFICE_CDN]);
      expect(directives['style-src']).toEqual(["'self'", EMPTY_STYLE]);
      expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|\*/);
    }
  });

  it('bundles name no network origin but the Office CDN', () => {
    const urls = files('.js').flatMap((js) => [...read(js).matchAll(/\b(?:https?|wss?):\/\/[^\s"'`)\\<>]+/g)].map((m) => m[0]));
    const unexpected = urls.filter((u) => !u.startsWith(`${OFFICE_CDN}/`) && !NOT_FETCHED.some((p) => p.test(u)));
    expect(unexpected).toEqual([]);
  });

  it('bundles contain no eval or new Function', () => {
    for (const js of files('.js')) expect(read(js)).not.toMatch(/\beval\s*\(|\bnew\s+Function\s*\(/);
  });
});

describe('webpack.config.js', () => {
  const config = require(path.join(root, 'webpack.config.js')) as (
    env: Record<string, unknown>,
    argv: Record<string, unknown>
  ) => Promise<{ devtool: unknown }>;

  it.each(['production', 'development'])('uses no eval-based source maps in %s mode', async (mode) => {
    const { devtool } = await config({}, { mode });
    expect(String(devtool)).not.toMatch(/eval/);
  });
});
