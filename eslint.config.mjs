// ESLint (flat config): typescript-eslint and the Next.js rules (eslint-config-next ships flat configs since 16),
// plus the import rules that keep the layers: no import cycle, lib never imports app or components,
// nothing public imports the desk.
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import { importX } from "eslint-plugin-import-x";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";

// The desk's own modules: only desk pages, desk routes and other desk modules may import them.
const DESK_MODULES = ["./lib/desk", "./components/desk"];
// Desk files in both layouts: app/[locale]/desk, app/[locale]/(desk)/desk, app/api/desk (auth included),
// components/desk, lib/desk.
const DESK_FILES = ["**/desk/**", "**/(desk)/**"];

const config = [
  {
    ignores: [
      ".next/**",
      ".content-collections/**",
      "generated/**",
      "public/**",
      "content/**",
      "tests/fixtures/**",
      "playwright-report/**",
      "test-results/**",
      "next-env.d.ts",
    ],
  },
  ...nextVitals,
  ...nextTypescript,
  {
    plugins: { "import-x": importX },
    settings: {
      // import-x follows .ts/.tsx modules (its default is .js only) and resolves "@/" through tsconfig's paths.
      "import-x/extensions": [".ts", ".tsx", ".js", ".mjs"],
      "import-x/resolver-next": [createTypeScriptImportResolver({ project: "./tsconfig.json" })],
    },
    rules: {
      // Runtime cycles; it skips type-only imports, which tests/unit/layers.test.ts (also in npm test) counts too.
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      // Lint fails on anything the project calls wrong, so unused code is an error, not a warning.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      "@typescript-eslint/no-unused-expressions": "error",
      // A rule for the pages/ router; the one plain <a> (the root 404) must be a full load into a locale's own layout.
      "@next/next/no-html-link-for-pages": "off",
      // React Compiler rules, and the project has no compiler: "latest value" refs are set during render on purpose,
      "react-hooks/refs": "off",
      // and browser-only values (origin, today's date, ?q=) are read after hydration by setting state in an effect.
      "react-hooks/set-state-in-effect": "off",
    },
  },
  {
    files: ["tests/**"],
    // Stub components in tests are arrow functions made by a helper; their names do not matter.
    rules: { "react/display-name": "off" },
  },
  {
    files: ["lib/**"],
    rules: {
      "import-x/no-restricted-paths": [
        "error",
        {
          zones: [
            {
              target: "./lib",
              from: ["./app", "./components"],
              message: "lib sits below app and components: move the shared piece into lib.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["app/**", "components/**"],
    ignores: DESK_FILES,
    rules: {
      "import-x/no-restricted-paths": [
        "error",
        {
          zones: [{ target: ".", from: DESK_MODULES, message: "a public page or component must not import the desk." }],
        },
      ],
    },
  },
];

export default config;
