import type { LineCounter, Node as YamlNode } from "yaml";
import type { SourcePosition } from "./InputRecord.ts";

type Yaml = typeof import("yaml");

/**
 * Finds where a path of a parsed value is in its YAML (or JSON) source: the key of the deepest field of the path
 * that exists, or the item of a list. A path that does not exist (a missing field) points to its nearest parent.
 */
export const yamlLocator =
  (yaml: Yaml, root: YamlNode | null | undefined, counter: LineCounter) =>
  (path: readonly (string | number)[]): SourcePosition | undefined => {
    let node: unknown = root;
    let offset = root?.range?.[0];
    for (const key of path) {
      if (yaml.isMap(node)) {
        const pair = node.items.find((item) => yaml.isScalar(item.key) && String(item.key.value) === String(key));
        if (pair === undefined) break;
        offset = yaml.isNode(pair.key) ? pair.key.range?.[0] : offset;
        node = pair.value;
      } else if (yaml.isSeq(node) && typeof key === "number") {
        const item = node.items[key];
        if (!yaml.isNode(item)) break;
        offset = item.range?.[0] ?? offset;
        node = item;
      } else {
        break;
      }
    }
    if (offset === undefined) return undefined;
    const { line, col } = counter.linePos(offset);
    return { line, column: col };
  };
