/** One place where a file of the repository names a path outside it. */
export interface OutsideReference {
  readonly file: string;
  readonly line: number;
  readonly text: string;
  readonly why: string;
}

// The material beside the repository that a developer has and a user's clone has not.
const besideTheRepository =
  /\.\.\/shared\b|(?<![\w.-])\/?shared\/(?:seed|reference|ooxml-schemas|lint-corpus|hooks|DESIGN\.md)\b|(?<![\w/.-])reference\/(?:nd30|calendar|editions|admin-units|libraries)\.md\b/g;
// Absolute paths of a developer's machine.
const machinePath = /(?<![\w.:/-])(?:\/work\/|\/root\/|\/home\/[\w.-]+\/|~\/)[\w./@-]*/g;
// A relative path that climbs: resolved from the file's folder, it must stay inside the repository.
const climbingPath = /(?<![\w./-])(?:\.\.\/)+[\w@.\-/]*/g;

// Walks the path's segments from a folder `depth` levels below the root (path.normalize is quadratic in «../»).
const climbsAbove = (depth: number, path: string) => {
  let level = depth;
  for (const segment of path.split("/")) {
    if (segment === "..") level -= 1;
    else if (segment !== "." && segment !== "") level += 1;
    if (level < 0) return true;
  }
  return false;
};

const lineStarts = (text: string) => {
  const starts = [0];
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) starts.push(at + 1);
  return starts;
};

const lineAt = (starts: readonly number[], index: number) => {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((starts[middle] ?? 0) <= index) low = middle;
    else high = middle - 1;
  }
  return low + 1;
};

/**
 * The places in `text`, the content of `file` (a path relative to the repository's root, with `/`), that name a path
 * outside the repository: the `shared/` folder beside it, a developer's absolute paths, or a relative path that
 * climbs above the root from the file's own folder. Generated lock files name workspace links relative to each
 * importer, not to the file: pass `climbing: false` for them.
 */
export const outsideReferences = (file: string, text: string, options: { climbing?: boolean } = {}) => {
  const found: OutsideReference[] = [];
  const starts = lineStarts(text);
  const add = (index: number, match: string, why: string) =>
    found.push({ file, line: lineAt(starts, index), text: match, why });
  for (const match of text.matchAll(besideTheRepository)) {
    add(match.index, match[0], "names the material beside the repository, which a user's clone does not have");
  }
  for (const match of text.matchAll(machinePath)) add(match.index, match[0], "names a path of a developer's machine");
  if (options.climbing !== false) {
    const depth = file.split("/").length - 1;
    for (const match of text.matchAll(climbingPath)) {
      if (climbsAbove(depth, match[0])) add(match.index, match[0], "climbs above the repository");
    }
  }
  return found;
};
