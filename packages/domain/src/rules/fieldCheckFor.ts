import type { Translate } from "../i18n/createTranslator.ts";
import type { FieldCheck } from "./FieldCheck.ts";
import type { Issue } from "./Issue.ts";

/**
 * Makes {@link FieldCheck}s of `T` whose `run` sees only the fields it `reads`, so the compiler keeps the list honest;
 * `run` may return one issue, none (`undefined`) or a list.
 */
export const fieldCheckFor =
  <T>() =>
  <K extends keyof T & string>(
    reads: readonly K[],
    run: (t: Translate, value: Pick<T, K>) => Issue | undefined | readonly Issue[],
  ): FieldCheck<T> => ({
    reads,
    run: (t, value) => {
      const found = run(t, value);
      return found === undefined ? [] : "code" in found ? [found] : [...found];
    },
  });
