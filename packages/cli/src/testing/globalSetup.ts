import { existsSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";

const packageRoot = fileURLToPath(new URL("../../", import.meta.url));
const required = [
  "packages/cli/dist/bin.js",
  "packages/cli/dist/batchWorker.js",
  "packages/calendar/dist/index.js",
  "packages/domain/dist/index.js",
  "packages/templates/dist/index.js",
];

/**
 * Most cli tests run the commands in-process (runInProcess), but those where the process matters (start-up, exit
 * codes, signals, batches on worker threads) run the BUILT `xhht` as a user would, so the packages must be built
 * first (`pnpm test` builds before it runs vitest). Fails at once, saying so, when a build is missing; warns when
 * the cli's build is older than its source.
 */
export const setup = () => {
  const repository = fileURLToPath(new URL("../../../../", import.meta.url));
  const missing = required.filter((file) => !existsSync(`${repository}${file}`));
  if (missing.length > 0) {
    throw new Error(
      `Some cli tests run the built binary, but ${missing.join(", ")} ${missing.length === 1 ? "is" : "are"} missing: run \`pnpm build\` (or \`pnpm --filter @xhht/cli... build\`) first.`,
    );
  }
  const built = statSync(`${packageRoot}dist/bin.js`).mtimeMs;
  const source = statSync(`${packageRoot}src/runCli.ts`).mtimeMs;
  if (source > built) {
    process.stderr.write("⚠ packages/cli/dist is older than its source: run `pnpm --filter @xhht/cli build`.\n");
  }
};
