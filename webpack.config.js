/**
 * Builds the add-in's web part into dist-addin/ (dist/ is the CLI's tsc output): the task pane and
 * the ribbon function file, each an HTML page that loads office.js and then its bundle.
 *
 *   npm run build:addin                       production build, office.js from Microsoft's CDN
 *   npm run dev-server                        https://localhost:3000 for sideloading
 *   ... -- --env officejs=local               office.js served from node_modules (offline browser tests)
 */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const OFFICE_CDN = 'https://appsforoffice.microsoft.com';
const OFFICE_JS_DIR = path.join(__dirname, 'node_modules', '@microsoft', 'office-js', 'dist');
const LOCAL_OFFICE_JS = '/officejs';
const PORT = 3000;

/**
 * The pages may load and call nothing but their own files and Office's CDN (SPEC §7: no network at
 * run time). No 'unsafe-eval': which is also why no devtool below is an eval-* variant. Fluent (Griffel)
 * adds empty <style> elements and fills them through the CSSOM, which CSP does not govern; the hash
 * is that of the empty string, so it admits those elements and no inline CSS text.
 */
const EMPTY_STYLE = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

const CSP = [
  "default-src 'self'",
  `style-src 'self' ${EMPTY_STYLE}`,
  `script-src 'self' ${OFFICE_CDN}`,
  `connect-src 'self' ${OFFICE_CDN}`,
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/** Office only loads https add-ins; without trusted dev certificates, serve http for a browser. */
async function devServerTransport() {
  try {
    const devCerts = require('office-addin-dev-certs');
    return { type: 'https', options: await devCerts.getHttpsServerOptions() };
  } catch (e) {
    console.warn(
      [
        '',
        `FundCheck dev server: no trusted HTTPS certificate (${String(e instanceof Error ? e.message : e).trim()}).`,
        `Serving http://localhost:${PORT} instead: fine for a browser, but Office loads add-ins only over https.`,
        'Fix: npx office-addin-dev-certs install (on Linux it needs sudo; see docs/sideload.md).',
        '',
      ].join('\n')
    );
    return { type: 'http' };
  }
}

module.exports = async (env = {}, argv = {}) => {
  const localOfficeJs = env.officejs === 'local';
  const templateParameters = {
    csp: CSP,
    officeJs: localOfficeJs ? `${LOCAL_OFFICE_JS}/office.js` : `${OFFICE_CDN}/lib/1/hosted/office.js`,
  };
  const page = (dir, name) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template: `./src/${dir}/${name}.html`,
      chunks: [name],
      templateParameters,
    });

  return {
    // Office's webviews (WebView2, WKWebView, current browsers) all run ES2020; with it webpack can use
    // globalThis instead of its `new Function('return this')` fallback, which the CSP would block.
    target: ['web', 'es2020'],
    devtool: argv.mode === 'development' ? 'source-map' : false,
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
    },
    output: { path: path.resolve(__dirname, 'dist-addin'), filename: '[name].js', clean: true },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: 'ts-loader',
          // Types are checked by tsc in `npm test`; ES modules let webpack drop unused Fluent code.
          options: { transpileOnly: true, compilerOptions: { module: 'es2020' } },
        },
      ],
    },
    plugins: [
      page('taskpane', 'taskpane'),
      page('commands', 'commands'),
      new CopyWebpackPlugin({ patterns: [{ from: 'assets/icon-*.png', to: 'assets/[name][ext]' }] }),
    ],
    // Development bundles carry React's checks and source maps; only production size matters.
    // The pane carries the whole engine (checks, rule packs, holiday calendar, report builder): about
    // 850 KB minified, 260 KB gzipped, loaded once from the add-in's own origin. Warn past 1 MB.
    performance: { hints: argv.mode === 'development' ? false : 'warning', maxAssetSize: 1_000_000, maxEntrypointSize: 1_000_000 },
    devServer: env.WEBPACK_SERVE
      ? {
          port: PORT,
          server: await devServerTransport(),
          static: localOfficeJs ? [{ directory: OFFICE_JS_DIR, publicPath: LOCAL_OFFICE_JS }] : false,
        }
      : undefined,
  };
};
