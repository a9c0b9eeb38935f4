import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [
      "lib/generated/**",
      "**/.next/**",
      ".data/**",
      "node_modules/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Data flows one way: app/ uses lib/ and components/, never the reverse (STYLE.md); pages pass
    // actions to components as props.
    files: ["lib/**", "components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/app/*", "**/app/*"], message: "lib/ and components/ import nothing from app/." },
          ],
        },
      ],
    },
  },
  {
    // The CLI-only Prisma adapter shim patches pg's untyped overloads (see the file's header).
    files: ["lib/prisma-pg-compat.ts", "lib/embedded-db.ts", "scripts/prisma.cjs"],
    rules: { "@typescript-eslint/no-explicit-any": "off", "@typescript-eslint/no-require-imports": "off" },
  },
];

export default config;
