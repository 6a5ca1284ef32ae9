import { formatIssuePath } from "@xhht/domain";
import { Tab, TextRun } from "docx";
import { templateErrorMessages } from "../data/templateErrorMessages.ts";
import { TemplateError } from "../input/TemplateError.ts";
import { templateErrorCodes } from "../input/templateErrorCodes.ts";
import { nd30Profile } from "../nd30Profile.ts";

// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters XML cannot carry
const xmlIllegal = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/u;

const describeChar = (value: string, index: number): string => {
  const code = value.codePointAt(index) ?? 0;
  return `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
};

/**
 * Walks any input and throws a {@link TemplateError} `templates.unsafe-text` naming the first string field
 * that holds a character XML cannot carry (C0 controls but tab, LF and CR; U+FFFE; U+FFFF; lone surrogates), its path
 * written as every issue's is (`formatIssuePath`: `body.2.text`).
 */
export const assertSafeText = (input: unknown, path: readonly PropertyKey[] = [], seen = new Set<object>()): void => {
  if (typeof input === "string") {
    const match = xmlIllegal.exec(input);
    if (match !== null) {
      throw new TemplateError(
        templateErrorCodes.unsafeText,
        templateErrorMessages.unsafeText(formatIssuePath(path), describeChar(input, match.index), match.index),
        { path },
      );
    }
    return;
  }
  if (typeof input !== "object" || input === null || seen.has(input)) return;
  seen.add(input);
  if (Array.isArray(input)) {
    input.forEach((item, index) => {
      assertSafeText(item, [...path, index], seen);
    });
    return;
  }
  for (const [key, value] of Object.entries(input)) assertSafeText(value, [...path, key], seen);
};

/** The run formatting a piece of text is written with. */
export interface RunStyle {
  readonly font: string;
  /** Half-points. */
  readonly size: number;
  readonly bold?: boolean;
  readonly italics?: boolean;
  /** Hex colour; the document's default (black) when absent. */
  readonly color?: string;
}

/**
 * The options of a docx run in `style`. The profile's font and body size are the document's defaults (`docDefaults`
 * in styles.xml, written by the frame), so a run in them does not repeat them: the same look in a smaller
 * document.xml, and fewer property objects for docx to build and write.
 */
export const runOptions = (style: RunStyle) => {
  const { font, size, ...rest } = style;
  return {
    ...(font === nd30Profile.font.family.value ? {} : { font }),
    ...(size === nd30Profile.body.size.value ? {} : { size }),
    ...rest,
  };
};

/**
 * Turns text into runs: NFC, a tab becomes a real `w:tab` and a line break (LF, CR or CRLF) a real `w:br`,
 * never a literal control character inside `w:t`.
 */
export const textRuns = (text: string, style: RunStyle): TextRun[] => {
  const runs: TextRun[] = [];
  const lines = text.normalize("NFC").split(/\r\n|\r|\n/u);
  lines.forEach((line, lineIndex) => {
    const pieces = line.split("\t");
    pieces.forEach((piece, pieceIndex) => {
      const children: (string | Tab)[] = [];
      if (pieceIndex > 0) children.push(new Tab());
      if (piece !== "") children.push(piece);
      const needsBreak = lineIndex > 0 && pieceIndex === 0;
      if (children.length === 0 && !needsBreak) return;
      runs.push(new TextRun({ ...runOptions(style), children, ...(needsBreak ? { break: 1 } : {}) }));
    });
  });
  return runs;
};
