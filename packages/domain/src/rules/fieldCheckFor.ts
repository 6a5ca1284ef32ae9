import type { Translate } from "../i18n/createTranslator.ts";
import type { FieldCheck } from "./FieldCheck.ts";
import type { Issue } from "./Issue.ts";

/**
 * Makes {@link FieldCheck}s of `T` whose `run` sees only the top-level fields it `reads`, so the compiler keeps the
 * list honest; a read may name a path inside a field (`"letter.date"`), and `run` then sees that field but must read
 * no more of it than it names. `run` may return one issue, none (`undefined`) or a list.
 */
export const fieldCheckFor =
  <T>() =>
  <K extends keyof T & string>(
    reads: readonly (K | `${K}.${string}`)[],
    run: (t: Translate, value: Pick<T, K>) => Issue | undefined | readonly Issue[],
  ): FieldCheck<T> => ({
    reads,
    run: (t, value) => {
      const found = run(t, value);
      return found === undefined ? [] : "code" in found ? [found] : [...found];
    },
  });
