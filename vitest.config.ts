import { defaultClientConditions, defaultServerConditions } from "vite";
import { defineConfig } from "vitest/config";

const source = "@xhht/source";
const packages = ["core", "calendar", "domain", "templates"] as const;

export default defineConfig({
  resolve: { conditions: [source, ...defaultClientConditions] },
  ssr: { resolve: { conditions: [source, ...defaultServerConditions] } },
  test: {
    // Test files share their workers' module cache: each file re-importing zod, docx and i18next costs more than the tests.
    isolate: false,
    projects: [
      ...packages.map((name) => ({
        extends: true as const,
        test: {
          name,
          root: `packages/${name}`,
          include: ["src/**/*.test.ts"],
          // Domain's tests import its modules one by one, as Node's users get them: with every language registered.
          setupFiles: name === "domain" ? ["src/node.ts"] : [],
          typecheck: { enabled: true, include: ["src/**/*.test-d.ts"], tsconfig: "tsconfig.json" },
        },
      })),
      {
        extends: true as const,
        test: {
          // Runs the commands in-process through runCli, and the built `xhht` in child processes where the process
          // matters (start-up, exit codes, signals, batch workers): globalSetup fails at once when `pnpm build` has not run.
          name: "cli",
          root: "packages/cli",
          include: ["src/**/*.test.ts"],
          globalSetup: ["src/testing/globalSetup.ts"],
          testTimeout: 60_000,
        },
      },
      {
        extends: true as const,
        test: { name: "integration", root: "test", include: ["**/*.test.ts"], exclude: ["bench/**"] },
      },
    ],
  },
});
