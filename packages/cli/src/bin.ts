#!/usr/bin/env node
import { installSignalHandlers } from "./interruptSignals.ts";
import { runCli } from "./runCli.ts";

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
