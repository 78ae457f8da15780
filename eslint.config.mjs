// Next.js's own rules (core web vitals, React hooks, accessibility) and typescript-eslint's recommended set,
// as `create-next-app` sets them up; docs/decisions/0023-lint.md says what is added and why.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // Leaving a field out by destructuring the rest (`{ id: _id, ...row }`) is how the code drops a key.
      "@typescript-eslint/no-unused-vars": ["warn", { ignoreRestSiblings: true }],
    },
  },
  {
    // Plain .mjs scripts run under Node without the "@/" alias; the rest reaches a module one way, from the root.
    files: ["**/*.ts", "**/*.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["../*"], message: 'Import through "@/" (the repository root) instead of a parent folder.' }] },
      ],
    },
  },
  globalIgnores([
    ".next*/**",
    "out/**",
    "build/**",
    "next-env.d.ts",
    "lib/generated/**",
    "tools/prisma6/.tmp/**",
    ".data/**",
    "reports/**",
    "backups/**",
    "test-results/**",
    "playwright-report/**",
  ]),
]);
