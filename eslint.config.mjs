import tsParser from "@typescript-eslint/parser";
import globals from "globals";
import officeAddins from "eslint-plugin-office-addins";

/**
 * Office's own lint rules (load before read, sync after load, no sync in loops, no eval) with
 * Prettier, applied to the task pane's .tsx files as well as .ts: the plugin's configs match .ts only.
 */
export default [
  { ignores: ["dist/**", "dist-addin/**", "node_modules/**"] },
  ...officeAddins.configs.react.map((c) => (c.files ? { ...c, files: ["**/*.{ts,tsx}"] } : c)),
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { parser: tsParser, ecmaVersion: 2022 },
    rules: {
      // TypeScript resolves every name (tsc runs in npm test); ESLint's scope rule knows neither
      // Office's globals nor type-only names.
      "no-undef": "off",
      // The automatic JSX runtime needs no React in scope.
      "react/react-in-jsx-scope": "off",
    },
  },
  {
    // The build, test and demo scripts are plain CommonJS run by Node.
    files: ["scripts/**/*.js", "webpack.config.js", "jest.config.js"],
    languageOptions: { sourceType: "commonjs", globals: globals.node },
  },
  {
    // These drive Chromium: the functions they hand to the page run there, with its globals.
    files: ["scripts/check-taskpane.js", "scripts/e2e-taskpane.js"],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
];
