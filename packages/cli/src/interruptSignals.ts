import { exitCodes } from "./exitCodes.ts";
import { removeLiveTemporaryFiles } from "./output/temporaryFiles.ts";

/** The signals that stop xhht cleanly, and the exit code of each (128 + the signal's number, as shells report). */
export const stopSignals = { SIGINT: exitCodes.interrupted, SIGTERM: exitCodes.terminated } as const;
export type StopSignal = keyof typeof stopSignals;

let handler: ((signal: StopSignal) => void) | undefined;
let installed = false;

/**
 * Installs the process's SIGINT and SIGTERM handlers: by default a signal removes the temporary file being
 * written and exits with {@link stopSignals}' code; a command that can stop more gracefully takes the first signal
 * with {@link onStopSignal} (a second one exits at once).
 */
export const installSignalHandlers = (): void => {
  if (installed) return;
  installed = true;
  for (const signal of Object.keys(stopSignals) as StopSignal[]) {
    process.on(signal, () => {
      const current = handler;
      handler = undefined;
      if (current !== undefined) {
        current(signal);
        return;
      }
      removeLiveTemporaryFiles();
      process.exit(stopSignals[signal]);
    });
  }
};

/** Lets `stop` take the next SIGINT or SIGTERM instead of exiting; returns the function that takes it back. */
export const onStopSignal = (stop: (signal: StopSignal) => void): (() => void) => {
  handler = stop;
  return () => {
    if (handler === stop) handler = undefined;
  };
};
