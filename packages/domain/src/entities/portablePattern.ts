/**
 * Rewrites the ECMA-262 regular expressions zod puts in a JSON Schema's `pattern` into a portable subset: the same
 * strings match in JavaScript (ajv, with the `u` flag it uses), Python's `re`, Go's RE2, Java and Perl, whatever
 * Unicode version each engine knows. The zod validators keep their own expressions; only the exported JSON Schema
 * carries the rewritten ones.
 *
 * The rules:
 * - `\d` → `[0-9]` (Python's and Perl's `\d` take every Unicode digit); `\s`, `\S` and `.` → the explicit set
 *   JavaScript means (its WhiteSpace and LineTerminator; Python's `\s` lacks U+FEFF and has U+0085, Go's and Java's
 *   are ASCII); `\p{…}`/`\P{…}` → an explicit class of the code points JavaScript's property matches, computed from
 *   the Unicode data of the Node.js that builds the package (Python has no `\p`, and the engines' Unicode versions
 *   differ): `\p{Lu}` becomes every uppercase letter, A-Z, Đ and the Vietnamese capitals with diacritics among them.
 * - Every character class is re-written from the set of code points it means, merged into ranges. A character is
 *   written as itself, since JSON carries any character and the engine sees the character, not an classEscape
 *   (`\uXXXX` is unknown to Go and Perl, `\x{…}` to Python and JavaScript), except: printable ASCII that is special
 *   in a regex gets a backslash; control characters, U+007F-U+00A0 and U+00AD (invisible) are written `\xHH`, the
 *   one classEscape every engine reads as that code point.
 * - Lone surrogates (U+D800-U+DFFF) are not characters: UTF-8 JSON text cannot hold one raw, only a `\uD800`-style
 *   JSON classEscape can, and no engine but JavaScript's and Python's can represent one. A negated class that refuses all
 *   of them (zod's text patterns refuse them) is written as the positive class of the characters it allows, over
 *   U+0000-U+D7FF and U+E000-U+10FFFF: it still refuses a lone surrogate in JavaScript and Python, with no surrogate
 *   written in it. A class that would have to name only some of them is refused.
 * - Identity escapes (`\/`, `\.`, `\-`) are written as the character, escaped only where the character is special.
 * - Groups `(?:…)` and `(…)`, alternation, `^`, `$` and the quantifiers `*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}` (and
 *   their lazy forms) are kept. Lookaround (RE2 has none), back-references, named groups (Python spells them
 *   `(?P<name>…)`), `\b`, `\w` and the like throw: a new pattern of that kind needs a rule here first.
 * - zod's ISO date pattern, whose `(?!0000)` refuses year 0000, is replaced by a lookaround-free equivalent.
 *
 * One difference no portable syntax can remove: Python's, Java's and Perl's `$` also match before one final line
 * break (JavaScript's and Go's only at the end). Every text pattern accepts trailing whitespace anyway; a code, date
 * or e-mail address followed by a single "\n" passes those engines where the SDK refuses it.
 */

type Range = readonly [from: number, to: number];

const maxCodePoint = 0x10ffff;
const surrogates: Range = [0xd800, 0xdfff];

/** Sorts and merges ranges into disjoint, non-adjacent ones. */
const normalize = (ranges: readonly Range[]): Range[] => {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [from, to] of sorted) {
    const last = merged.at(-1);
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
};

/** The code points of 0-U+10FFFF that `ranges` leaves out. */
const complement = (ranges: readonly Range[]): Range[] => {
  const result: Range[] = [];
  let next = 0;
  for (const [from, to] of normalize(ranges)) {
    if (from > next) result.push([next, from - 1]);
    next = to + 1;
  }
  if (next <= maxCodePoint) result.push([next, maxCodePoint]);
  return result;
};

const intersects = (ranges: readonly Range[], [from, to]: Range) => ranges.some(([a, b]) => a <= to && b >= from);
const covers = (ranges: readonly Range[], [from, to]: Range) =>
  normalize(ranges).some(([a, b]) => a <= from && b >= to);

const escapeCache = new Map<string, Range[]>();

/**
 * The code points (surrogates included) a JavaScript class escape such as `\s` or `\p{Lu}` matches with the `u`
 * flag, read from the running engine's Unicode data once per escape.
 */
const codePointsOf = (classEscape: string): Range[] => {
  const cached = escapeCache.get(classEscape);
  if (cached) return cached;
  const regex = new RegExp(`^${classEscape}$`, "u");
  const ranges: Range[] = [];
  let start = -1;
  for (let code = 0; code <= maxCodePoint + 1; code++) {
    const matches = code <= maxCodePoint && regex.test(String.fromCodePoint(code));
    if (matches && start < 0) start = code;
    if (!matches && start >= 0) {
      ranges.push([start, code - 1]);
      start = -1;
    }
  }
  escapeCache.set(classEscape, ranges);
  return ranges;
};

/** Printable ASCII that needs a backslash outside a class (in every engine, and JavaScript's `u` mode allows it). */
const specialOutside = new Set([..."\\^$.|?*+()[]{}"]);
/** … and inside one. `&`, `~` cannot be escaped in `u` mode; merged ranges never write them twice in a row (Python
 * warns about `&&`, `~~`, `||`, `--`). */
const specialInside = new Set([..."\\]^-["]);

const hex = (code: number) => `\\x${code.toString(16).toUpperCase().padStart(2, "0")}`;

/** One code point, written as itself or, where the character is invisible or special, escaped portably. */
const writeChar = (code: number, inClass: boolean): string => {
  if (code >= surrogates[0] && code <= surrogates[1]) {
    throw new Error(`portablePattern: a lone surrogate U+${code.toString(16).toUpperCase()} cannot be written`);
  }
  if ((code & 0xfffe) === 0xfffe || (code >= 0xfdd0 && code <= 0xfdef)) {
    // Perl's JSON decoders (Mojo::JSON) refuse a file holding a noncharacter as UTF-8.
    throw new Error(`portablePattern: the noncharacter U+${code.toString(16).toUpperCase()} cannot be written`);
  }
  if (code < 0x20 || (code >= 0x7f && code <= 0xa0) || code === 0xad) return hex(code);
  const char = String.fromCodePoint(code);
  if (code < 0x80 && (inClass ? specialInside : specialOutside).has(char)) return `\\${char}`;
  return char;
};

const writeRanges = (ranges: readonly Range[]): string =>
  ranges
    .map(([from, to]) =>
      from === to
        ? writeChar(from, true)
        : to === from + 1
          ? `${writeChar(from, true)}${writeChar(to, true)}`
          : `${writeChar(from, true)}-${writeChar(to, true)}`,
    )
    .join("");

/** The two noncharacters at the top of Unicode, which a class of "anything else" ends with. */
const topNoncharacters: Range = [0x10fffe, maxCodePoint];
/** `[^\x00-U+10FFFD]`: exactly U+10FFFE and U+10FFFF, without writing either. */
const topNoncharactersClass = `[^\\x00-${String.fromCodePoint(0x10fffd)}]`;

/**
 * A class of the code points `ranges` means with the `u` flag (surrogates included), in portable syntax: the
 * positive class of what it allows when it allows no surrogate, the negation of what it refuses when it allows every
 * surrogate (what it refuses then holds none). A positive class that reaches U+10FFFF becomes `(?:[…]|[^\x00-U+10FFFD])`.
 */
const writeClass = (ranges: readonly Range[], source: string): string => {
  const set = normalize(ranges);
  if (!intersects(set, surrogates)) {
    if (!intersects(set, topNoncharacters)) return `[${writeRanges(set)}]`;
    if (!covers(set, topNoncharacters)) throw new Error(`portablePattern: a class in ${source} allows U+10FFFF only`);
    const rest = normalize(set.map(([from, to]): Range => [from, Math.min(to, topNoncharacters[0] - 1)])).filter(
      ([from, to]) => from <= to,
    );
    return rest.length === 0 ? topNoncharactersClass : `(?:[${writeRanges(rest)}]|${topNoncharactersClass})`;
  }
  const refused = complement(set);
  if (covers(set, surrogates) && refused.length > 0) return `[^${writeRanges(refused)}]`;
  throw new Error(`portablePattern: a class in ${JSON.stringify(source)} allows some surrogates, or any character`);
};

/** zod's `z.iso.date()`-style pattern of a real date (years 0001-9999) and its lookaround-free equivalent. */
const isoDateWithLookahead =
  "^(?!0000)(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8])))$";
/** Year 0000 is refused by leaving it out: the leap years lose `0000` ([02468][048]00 → [2468][048]00|0[48]00), any
 * other year is one of 0001-9999 spelled by its first non-zero digit. */
const isoDateWithoutLookahead =
  "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[2468][048]00|0[48]00|[13579][26]00)-02-29|(?:[1-9]\\d{3}|0[1-9]\\d{2}|00[1-9]\\d|000[1-9])-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8])))$";

const hexDigits = /^[0-9A-Fa-f]+$/;

/**
 * The portable form of an ECMA-262 pattern (read with the `u` flag, as JSON Schema validators do): the same
 * strings match it in JavaScript, Python, Go, Java and Perl. Throws on a construct the rules above do not cover.
 *
 * @example
 * ```ts
 * portablePattern("^\\d{5}$"); // "^[0-9]{5}$"
 * portablePattern("^https:\\/\\/"); // "^https://"
 * ```
 */
export const portablePattern = (source: string): string => {
  const pattern = source === isoDateWithLookahead ? isoDateWithoutLookahead : source;
  const fail = (what: string, at: number): never => {
    throw new Error(`portablePattern: ${what} at ${at} of ${JSON.stringify(source)} has no portable form`);
  };
  let i = 0;

  /** Reads an classEscape after `\` at `i`: a set of code points for a class classEscape, else one code point. */
  const readEscape = (inClass: boolean): { set: Range[] } | { code: number } => {
    const c = pattern[i];
    if (c === undefined) return fail("a trailing backslash", i);
    i++;
    switch (c) {
      case "d":
        return { set: [[0x30, 0x39]] };
      case "D":
        return { set: complement([[0x30, 0x39]]) };
      case "s":
      case "S":
        return { set: codePointsOf(`\\${c}`) };
      case "p":
      case "P": {
        const end = pattern.indexOf("}", i);
        if (pattern[i] !== "{" || end < 0) return fail(`\\${c} without {…}`, i - 2);
        const classEscape = `\\${c}${pattern.slice(i, end + 1)}`;
        i = end + 1;
        return { set: codePointsOf(classEscape) };
      }
      case "u": {
        if (pattern[i] === "{") {
          const end = pattern.indexOf("}", i);
          const digits = pattern.slice(i + 1, end);
          if (end < 0 || !hexDigits.test(digits)) return fail("\\u{…}", i - 2);
          i = end + 1;
          return { code: Number.parseInt(digits, 16) };
        }
        const digits = pattern.slice(i, i + 4);
        if (digits.length !== 4 || !hexDigits.test(digits)) return fail("\\u", i - 2);
        i += 4;
        const code = Number.parseInt(digits, 16);
        // A surrogate pair written as two escapes is one code point.
        const low = pattern.slice(i, i + 6);
        if (code >= 0xd800 && code <= 0xdbff && /^\\u[Dd][C-Fc-f][0-9A-Fa-f]{2}$/.test(low)) {
          i += 6;
          return { code: 0x10000 + ((code - 0xd800) << 10) + (Number.parseInt(low.slice(2), 16) - 0xdc00) };
        }
        return { code };
      }
      case "x": {
        const digits = pattern.slice(i, i + 2);
        if (!/^[0-9A-Fa-f]{2}$/.test(digits)) return fail("\\x", i - 2);
        i += 2;
        return { code: Number.parseInt(digits, 16) };
      }
      case "t":
        return { code: 0x09 };
      case "n":
        return { code: 0x0a };
      case "v":
        return { code: 0x0b };
      case "f":
        return { code: 0x0c };
      case "r":
        return { code: 0x0d };
      case "0":
        if (/[0-9]/.test(pattern[i] ?? "")) return fail("an octal classEscape", i - 2);
        return { code: 0 };
      default:
        // Identity escapes of syntax characters (and `-` in a class), the only ones the `u` flag allows.
        if ("^$\\.*+?()[]{}|/".includes(c) || (inClass && c === "-")) return { code: c.charCodeAt(0) };
        return fail(`\\${c}`, i - 2);
    }
  };

  const readClass = (): string => {
    const start = i;
    i++; // [
    const negated = pattern[i] === "^";
    if (negated) i++;
    const ranges: Range[] = [];
    const readAtom = (): { set: Range[] } | { code: number } => {
      const c = pattern[i];
      if (c === undefined) return fail("an unclosed class", start);
      if (c === "\\") {
        i++;
        if (pattern[i] === "b") {
          i++;
          return { code: 0x08 };
        }
        return readEscape(true);
      }
      if (c === "[") return fail("a nested [", i);
      const code = pattern.codePointAt(i) ?? 0;
      i += String.fromCodePoint(code).length;
      return { code };
    };
    while (pattern[i] !== "]") {
      const atom = readAtom();
      if ("set" in atom) {
        ranges.push(...atom.set);
        continue;
      }
      if (pattern[i] === "-" && pattern[i + 1] !== "]" && pattern[i + 1] !== undefined) {
        i++;
        const end = readAtom();
        if ("set" in end || end.code < atom.code) return fail("a class range", start);
        ranges.push([atom.code, end.code]);
      } else ranges.push([atom.code, atom.code]);
    }
    i++; // ]
    return writeClass(negated ? complement(ranges) : ranges, source);
  };

  let out = "";
  while (i < pattern.length) {
    const c = pattern[i] ?? "";
    if (c === "\\") {
      i++;
      const read = readEscape(false);
      out += "set" in read ? writeClass(read.set, source) : writeChar(read.code, false);
    } else if (c === "[") {
      out += readClass();
    } else if (c === "(") {
      if (pattern.startsWith("(?:", i)) {
        out += "(?:";
        i += 3;
      } else if (pattern[i + 1] === "?") {
        fail("a lookaround or named group", i);
      } else {
        out += "(";
        i++;
      }
    } else if (c === "{") {
      const quantifier = /^\{\d+(?:,\d*)?\}/.exec(pattern.slice(i))?.[0] ?? fail("a lone {", i);
      out += quantifier;
      i += quantifier.length;
    } else if (c === ".") {
      // JavaScript's dot with the `u` flag: any code point but its line terminators.
      out += writeClass(
        complement([
          [0x0a, 0x0a],
          [0x0d, 0x0d],
          [0x2028, 0x2029],
        ]),
        source,
      );
      i++;
    } else if ("^$|)*+?".includes(c)) {
      out += c;
      i++;
    } else if (c === "]" || c === "}") {
      fail(`a lone ${c}`, i);
    } else {
      const code = pattern.codePointAt(i) ?? 0;
      out += writeChar(code, false);
      i += String.fromCodePoint(code).length;
    }
  }
  return out;
};
