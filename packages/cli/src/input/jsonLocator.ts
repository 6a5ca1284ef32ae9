import type { SourcePosition } from "./InputRecord.ts";

const isSpace = (code: number): boolean => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;

const skipSpace = (text: string, from: number): number => {
  let at = from;
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  return at;
};

/** The end of the string whose opening quote is at `from`: the index after its closing quote. */
const stringEnd = (text: string, from: number): number => {
  let at = from + 1;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    if (code === 0x22) return at + 1;
    at += code === 0x5c ? 2 : 1;
  }
  return at;
};

/** The end of the value that starts at `from`, without recursion however deep it nests. */
const valueEnd = (text: string, from: number): number => {
  const first = text[from];
  if (first === '"') return stringEnd(text, from);
  if (first === "{" || first === "[") {
    let depth = 0;
    let at = from;
    while (at < text.length) {
      const char = text[at];
      if (char === '"') {
        at = stringEnd(text, at);
        continue;
      }
      if (char === "{" || char === "[") depth++;
      else if (char === "}" || char === "]") {
        depth--;
        if (depth === 0) return at + 1;
      }
      at++;
    }
    return at;
  }
  let at = from;
  while (at < text.length && !isSpace(text.charCodeAt(at)) && !",}]".includes(text[at] ?? "")) at++;
  return at;
};

/** The start of the value after the one at `from` in a list or object, or of the closing bracket. */
const nextItem = (text: string, from: number): number => {
  const at = skipSpace(text, valueEnd(text, from));
  return text[at] === "," ? skipSpace(text, at + 1) : at;
};

/** A member of an object: its name, where its key starts and where its value starts. */
interface Member {
  readonly name: string;
  readonly key: number;
  readonly value: number;
}

/** The members of the object at `from`, in order, read in one pass. */
const membersOf = (text: string, from: number): Member[] => {
  const members: Member[] = [];
  let at = skipSpace(text, from + 1);
  while (at < text.length && text[at] === '"') {
    const end = stringEnd(text, at);
    const value = skipSpace(text, skipSpace(text, end) + 1);
    members.push({ name: JSON.parse(text.slice(at, end)) as string, key: at, value });
    at = nextItem(text, value);
  }
  return members;
};

/** Where each item of the list at `from` starts, read in one pass. */
const itemsOf = (text: string, from: number): number[] => {
  const items: number[] = [];
  for (let at = skipSpace(text, from + 1); at < text.length && text[at] !== "]"; at = nextItem(text, at))
    items.push(at);
  return items;
};

/** The offset of each line's start (a line ends at LF, as the YAML reader counts). */
const lineStartsOf = (text: string): number[] => {
  const starts = [0];
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) starts.push(at + 1);
  return starts;
};

/** Line and column, from 1, of `offset`. */
const positionOf = (starts: readonly number[], offset: number): SourcePosition => {
  let low = 0;
  let high = starts.length;
  while (high - low > 1) {
    const middle = (low + high) >> 1;
    if ((starts[middle] ?? 0) <= offset) low = middle;
    else high = middle;
  }
  return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
};

const cached = <Value>(map: Map<number, Value>, key: number, make: () => Value): Value => {
  const known = map.get(key);
  if (known !== undefined) return known;
  const made = make();
  map.set(key, made);
  return made;
};

/**
 * Where a path of a JSON `text`'s value is, found in the text itself (no YAML parser is loaded for JSON): the key of
 * the deepest field of the path that exists (the first of duplicate keys), or the item of a list; a path that does
 * not exist (a missing field) points to its nearest parent, as `yamlLocator` answers for YAML. The text must be JSON
 * that `JSON.parse` read. Each object or list on a path is read once, however many paths go through it.
 */
export const jsonLocator = (text: string): ((path: readonly (string | number)[]) => SourcePosition | undefined) => {
  const root = skipSpace(text, 0);
  const members = new Map<number, Member[]>();
  const items = new Map<number, number[]>();
  let starts: number[] | undefined;
  return (path) => {
    if (root >= text.length) return undefined;
    let value = root;
    let offset = root;
    for (const key of path) {
      const char = text[value];
      if (char === "{") {
        const member = cached(members, value, () => membersOf(text, value)).find(({ name }) => name === String(key));
        if (member === undefined) break;
        offset = member.key;
        value = member.value;
      } else if (char === "[" && typeof key === "number") {
        const item = cached(items, value, () => itemsOf(text, value))[key];
        if (item === undefined) break;
        offset = item;
        value = item;
      } else {
        break;
      }
    }
    starts ??= lineStartsOf(text);
    return positionOf(starts, offset);
  };
};
