import type { CliTranslate } from "../createCliTranslator.ts";

/** How far the readers go before refusing a file or a record. */
export const inputLimits = {
  /**
   * How deep a record may nest: far deeper than any plan or report (about six levels), shallow enough that no
   * validator, locator or worker thread's message overflows the stack on it.
   */
  depth: 64,
  /** How deep a text may nest for the yaml parser to read it (see `textNestingDepth`). */
  textDepth: 200,
  /** How many nodes YAML aliases may stand for in one document: far more than any real plan or report uses. */
  aliases: 1000,
} as const;

/** The message and hint of a record that nests deeper than {@link inputLimits}' `depth`. */
export const tooDeep = (t: CliTranslate) => ({
  message: t("input.too-deep", { max: inputLimits.depth }),
  hint: t("input.too-complex.hint"),
});
