#!/usr/bin/env node
import nodeModule from "node:module";
import { installSignalHandlers } from "./interruptSignals.ts";
import { runCli } from "./runCli.ts";

// Node 22.1 and later keep the compiled code of the modules loaded from here on, the commands' (tsc does the same);
// on Node 20, `xhht validate` keeps its own (src/loadWithCompileCache.ts).
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();

// Output piped into a command that stops reading (`xhht … | head`) ends the run quietly, as other tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(process.exitCode ?? 0);
  });
}

installSignalHandlers();
void runCli(process.argv.slice(2)).then((status) => {
  process.exitCode = status;
});
