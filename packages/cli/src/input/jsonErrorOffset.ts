/**
 * Where `text` stops being JSON (RFC 8259, as `JSON.parse` reads it): the offset of the first character that cannot
 * follow what comes before it, `text.length` when the text ends too early, or `undefined` when it is JSON. Found by
 * one scan with a stack of its own (no recursion), so a text nested however deep cannot overflow the call stack.
 */
export const jsonErrorOffset = (text: string): number | undefined => {
  const scanner = new JsonScanner(text);
  return scanner.scan();
};

const isDigit = (char: string | undefined) => char !== undefined && char >= "0" && char <= "9";
const isHex = (char: string | undefined) => char !== undefined && /^[0-9a-fA-F]$/u.test(char);
const escapes = new Set(['"', "\\", "/", "b", "f", "n", "r", "t"]);

/** What the scanner waits for next inside an object or an array. */
type Expect = "value" | "key" | "colon" | "comma-or-close" | "first-key" | "first-value";

class JsonScanner {
  private at = 0;
  /** The open brackets, innermost last: `}` for an object, `]` for an array. */
  private readonly closers: string[] = [];
  private expect: Expect = "value";

  constructor(private readonly text: string) {}

  scan(): number | undefined {
    for (;;) {
      this.skipSpace();
      if (this.at >= this.text.length) return this.done() ? undefined : this.text.length;
      if (this.done()) return this.at;
      const failed = this.step(this.text[this.at] ?? "");
      if (failed !== undefined) return failed;
    }
  }

  /** A whole value is read and nothing is open. */
  private done(): boolean {
    return this.closers.length === 0 && this.expect === "comma-or-close";
  }

  private skipSpace(): void {
    while (" \t\n\r".includes(this.text[this.at] ?? "x")) this.at++;
  }

  /** Reads what starts with `char`; the offset where that fails, or `undefined`. */
  private step(char: string): number | undefined {
    switch (this.expect) {
      case "first-key":
      case "key":
        if (char === "}" && this.expect === "first-key") return this.close();
        if (char !== '"') return this.at;
        this.expect = "colon";
        return this.string();
      case "colon":
        if (char !== ":") return this.at;
        this.at++;
        this.expect = "value";
        return undefined;
      case "comma-or-close":
        if (char === ",") {
          this.at++;
          this.expect = this.closers.at(-1) === "}" ? "key" : "value";
          return undefined;
        }
        return char === this.closers.at(-1) ? this.close() : this.at;
      default:
        if (char === "]" && this.expect === "first-value") return this.close();
        return this.value(char);
    }
  }

  private close(): undefined {
    this.closers.pop();
    this.at++;
    this.expect = "comma-or-close";
    return undefined;
  }

  private value(char: string): number | undefined {
    if (char === "{" || char === "[") {
      this.closers.push(char === "{" ? "}" : "]");
      this.at++;
      this.expect = char === "{" ? "first-key" : "first-value";
      return undefined;
    }
    this.expect = "comma-or-close";
    if (char === '"') return this.string();
    if (char === "-" || isDigit(char)) return this.number();
    for (const word of ["true", "false", "null"]) {
      if (word[0] !== char) continue;
      for (let index = 0; index < word.length; index++, this.at++) {
        if (this.text[this.at] !== word[index]) return this.at;
      }
      return undefined;
    }
    return this.at;
  }

  private string(): number | undefined {
    this.at++;
    for (;;) {
      const char = this.text[this.at];
      if (char === undefined) return this.text.length;
      if (char === '"') {
        this.at++;
        return undefined;
      }
      if (char < " ") return this.at;
      if (char === "\\") {
        const escaped = this.text[this.at + 1];
        if (escaped === undefined) return this.text.length;
        if (escaped === "u") {
          for (let index = 2; index < 6; index++) {
            if (!isHex(this.text[this.at + index])) return Math.min(this.at + index, this.text.length);
          }
          this.at += 6;
          continue;
        }
        if (!escapes.has(escaped)) return this.at + 1;
        this.at += 2;
        continue;
      }
      this.at++;
    }
  }

  private number(): number | undefined {
    if (this.text[this.at] === "-") this.at++;
    if (this.text[this.at] === "0") this.at++;
    else if (!this.digits()) return this.at;
    if (this.text[this.at] === ".") {
      this.at++;
      if (!this.digits()) return this.at;
    }
    if (this.text[this.at] === "e" || this.text[this.at] === "E") {
      this.at++;
      if (this.text[this.at] === "+" || this.text[this.at] === "-") this.at++;
      if (!this.digits()) return this.at;
    }
    return undefined;
  }

  /** Reads one digit or more; whether there was one. */
  private digits(): boolean {
    const start = this.at;
    while (isDigit(this.text[this.at])) this.at++;
    return this.at > start;
  }
}
