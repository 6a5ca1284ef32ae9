import { attempt } from "./attempt.ts";
import type { SourcePosition } from "./InputRecord.ts";
import { inputLimits } from "./inputLimits.ts";
import { textNestingDepth } from "./textNestingDepth.ts";
import { yamlLocator } from "./yamlLocator.ts";

type Yaml = typeof import("yaml");

/**
 * Where a path of a JSON `text`'s value is (see {@link yamlLocator}), the text read by the yaml parser only the
 * first time a position is asked for. `undefined` for a path when no position can be found: the text nests too
 * deep for the parser, or (with `strict`) the parser finds an error in it.
 */
export const jsonLocator = (
  yaml: Yaml,
  text: string,
  strict: boolean,
): ((path: readonly (string | number)[]) => SourcePosition | undefined) => {
  let locate: ((path: readonly (string | number)[]) => SourcePosition | undefined) | undefined;
  return (path) => {
    if (locate === undefined) {
      const counter = new yaml.LineCounter();
      const document =
        textNestingDepth(text, "json") > inputLimits.textDepth
          ? undefined
          : attempt(() => yaml.parseDocument(text, { lineCounter: counter, uniqueKeys: false }));
      locate =
        document === undefined || (strict && document.errors.length > 0)
          ? () => undefined
          : yamlLocator(yaml, document.contents, counter);
    }
    return attempt(() => locate?.(path));
  };
};
