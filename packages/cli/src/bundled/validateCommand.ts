import { fileURLToPath } from "node:url";
import type * as Validate from "../commands/validate.ts";
import { loadWithCompileCache } from "../loadWithCompileCache.ts";

// Only in dist/: scripts/bundleCommand.ts resolves runCli's import of ./commands/validate.ts to this module, which
// loads the command built apart as dist/validateCommand.cjs, with a compile cache.
export const { validateCommand } = loadWithCompileCache(
  fileURLToPath(new URL("./validateCommand.cjs", import.meta.url)),
) as typeof Validate;
