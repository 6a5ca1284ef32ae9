/**
 * An upper bound of how deep the JSON or YAML `text` nests, found in one pass without parsing it: the depth of its
 * brackets (outside JSON strings) plus, for YAML, the widest indentation and the most `- ` of a line. The yaml
 * parser recurses once per level, and a stack overflowing at the wrong moment crashes the process instead of
 * throwing; a text whose bound is too high is not given to it.
 */
export const textNestingDepth = (text: string, format: "json" | "yaml"): number => {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  let lineStart = true;
  let indent = 0;
  let dashes = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (format === "json" && inString) {
      if (char === "\\") index++;
      else if (char === '"') inString = false;
      continue;
    }
    if (char === "\n") {
      deepest = Math.max(deepest, depth + indent + dashes);
      lineStart = true;
      indent = 0;
      dashes = 0;
      continue;
    }
    if (lineStart && (char === " " || char === "\t")) {
      indent++;
      continue;
    }
    lineStart = false;
    if (char === '"' && format === "json") inString = true;
    else if (char === "[" || char === "{") deepest = Math.max(deepest, ++depth + indent + dashes);
    else if ((char === "]" || char === "}") && depth > 0) depth--;
    else if (format === "yaml" && char === "-" && text[index + 1] === " ") dashes++;
  }
  return Math.max(deepest, depth + indent + dashes);
};
