import { expect } from "vitest";

/** A megabyte: the size of the adversarial texts the linear-time tests feed each parser. */
export const megabyte = 1 << 20;

/**
 * Runs `run` and expects it to finish within `limitMs` (a parser that backtracks quadratically takes minutes on a
 * megabyte; a linear one a few milliseconds, so the limit leaves room for a loaded CI machine). Returns its result.
 * `message` names the input in the failure, when one test times several.
 */
export const expectQuickAnswer = <T>(run: () => T, limitMs = 500, message?: string): T => {
  const started = performance.now();
  const result = run();
  expect(performance.now() - started, message).toBeLessThan(limitMs);
  return result;
};
