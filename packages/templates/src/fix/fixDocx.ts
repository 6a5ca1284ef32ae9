import type { Issue, Result } from "@xhht/domain";

import { docxLimits } from "../lint/docxLimits.ts";
import { inflateZipEntry } from "../lint/inflateZipEntry.ts";
import { type LintDocxOptions, type LintDocxResult, lintDocx } from "../lint/lintDocx.ts";
import { nd30Limits } from "../lint/nd30Limits.ts";
import { readDocxPackage } from "../lint/readDocxPackage.ts";
import { readZipDirectory } from "../lint/readZipDirectory.ts";
import { nd30Profile } from "../nd30Profile.ts";
import { fixRunFonts, fixStyleFonts } from "./fixFonts.ts";
import { fixHeaderTexts, type HeaderTextRule, headerTextRules } from "./fixHeaderTexts.ts";
import { fixPageNumbers, type PageNumberRule, pageNumberRules } from "./fixPageNumbers.ts";
import { fixParagraphSize } from "./fixParagraphSize.ts";
import { fixSections, type SectionRule, sectionRules } from "./fixSections.ts";
import { rewriteZip } from "./rewriteZip.ts";

/**
 * Options of {@link fixDocx}: the language of the issues' messages, as for `lintDocx`.
 *
 * @example
 * ```ts
 * const options: FixDocxOptions = { lang: "en" };
 * ```
 */
export type FixDocxOptions = LintDocxOptions;

/**
 * What {@link fixDocx} returns, the SDK's one `{ ok, value, issues }` shape (`Result` of @xhht/domain): `value` the
 * fixed file (`undefined` when `lintDocx` could not read the input), `issues` `lintDocx`'s issues on it, `ok` when
 * none of them is an error; and `fixed`, the issues it fixed, as `lintDocx` reported them on the input.
 *
 * @example
 * ```ts
 * const { ok, value, issues, fixed }: FixDocxResult = fixDocx(await readFile("typed-in-word.docx"));
 * ```
 */
export interface FixDocxResult extends Result<Uint8Array<ArrayBuffer>> {
  /**
   * The file, fixed where it could be; the input's bytes when it could not be read.
   *
   * @deprecated Read `value`, which is `undefined` when `lintDocx` could not read the input.
   */
  readonly bytes: Uint8Array<ArrayBuffer>;
  /** The issues fixed, as `lintDocx` reported them on the input. */
  readonly fixed: readonly Issue[];
  /**
   * `lintDocx`'s issues on the result.
   *
   * @deprecated Read `issues`, the same issues.
   */
  readonly remaining: readonly Issue[];
}

/** The result for `bytes`, fixed of `fixed`, on which `lintDocx` reports `after`. */
const resultOf = (
  bytes: Uint8Array<ArrayBuffer>,
  readable: boolean,
  fixed: readonly Issue[],
  after: LintDocxResult,
): FixDocxResult => ({
  ok: after.ok,
  value: readable ? bytes : undefined,
  issues: after.issues,
  bytes,
  fixed,
  remaining: after.issues,
});

const utf8 = new TextDecoder();
const encoder = new TextEncoder();
/** An issue's rule and where it is: its part, and its section for a page's rules (a paragraph's index moves). */
const keyOf = (issue: Issue): string => {
  const [part, sections, index] = issue.path;
  return JSON.stringify([issue.code, part, sections === "sections" ? index : null]);
};

const copyOf = (bytes: Uint8Array | ArrayBuffer): Uint8Array<ArrayBuffer> =>
  bytes instanceof ArrayBuffer ? new Uint8Array(bytes.slice(0)) : new Uint8Array(bytes);

/** The parts to edit, as text, and what was changed. */
interface Parts {
  readonly has: (name: string) => boolean;
  readonly read: (name: string) => string | undefined;
  readonly write: (name: string, xml: string) => void;
}

const sectionFaults = (issues: readonly Issue[], documentName: string): Map<number, Set<SectionRule>> => {
  const faults = new Map<number, Set<SectionRule>>();
  for (const issue of issues) {
    const [part, sections, index] = issue.path;
    const rule = sectionRules.find((code) => code === issue.code);
    if (rule === undefined || part !== documentName || sections !== "sections" || typeof index !== "number") continue;
    faults.set(index, (faults.get(index) ?? new Set()).add(rule));
  }
  return faults;
};

const fixFonts = (parts: Parts, issues: readonly Issue[], stylesName: string): void => {
  const faults = issues.filter((issue) => issue.code === "nd30.font.family");
  if (faults.length === 0) return;
  const fonts = new Set(faults.map((issue) => String(issue.params.font ?? "")));
  const styles = parts.read(stylesName);
  if (styles !== undefined) parts.write(stylesName, fixStyleFonts(styles, fonts));
  for (const part of new Set(faults.map((issue) => issue.path[0]))) {
    const xml = typeof part === "string" ? parts.read(part) : undefined;
    if (typeof part === "string" && xml !== undefined) parts.write(part, fixRunFonts(xml, fonts));
  }
};

const applyFixes = (parts: Parts, issues: readonly Issue[], { documentName, stylesName }: PartNames): void => {
  fixFonts(parts, issues, stylesName);
  const faults = sectionFaults(issues, documentName);
  if (faults.size > 0) {
    const document = parts.read(documentName);
    if (document !== undefined) parts.write(documentName, fixSections(document, faults));
  }
  const numbers = new Set<PageNumberRule>();
  const numbered = new Set<string>();
  for (const issue of issues) {
    const rule = pageNumberRules.find((code) => code === issue.code);
    if (rule === undefined) continue;
    numbers.add(rule);
    if (rule !== "nd30.page-number.missing" && typeof issue.path[0] === "string") numbered.add(issue.path[0]);
  }
  if (numbers.size > 0) fixPageNumbers(parts, documentName, numbers, numbered);
  const texts = new Set<HeaderTextRule>();
  for (const issue of issues) {
    const rule = headerTextRules.find((code) => code === issue.code);
    if (rule !== undefined && issue.path[0] === documentName) texts.add(rule);
  }
  const document = texts.size === 0 ? undefined : parts.read(documentName);
  if (document !== undefined) parts.write(documentName, fixHeaderTexts(document, texts));
};

interface PartNames {
  readonly documentName: string;
  readonly stylesName: string;
}

/** `bytes` with the parts `edit` writes changed, or `undefined` when it changed none. */
const editPackage = (
  bytes: Uint8Array,
  edit: (parts: Parts, names: PartNames) => void,
): Uint8Array<ArrayBuffer> | undefined => {
  const opened = readDocxPackage(bytes);
  const directory = readZipDirectory(bytes, docxLimits.maxEntries);
  if (!opened.ok || !directory.ok) return undefined;
  const texts = new Map<string, string | undefined>();
  const changed = new Map<string, Uint8Array>();
  let budget: number = docxLimits.maxInflatedBytes;
  const parts: Parts = {
    has: (name) => directory.entries.has(name) || changed.has(name),
    read: (name) => {
      if (!texts.has(name)) {
        const entry = directory.entries.get(name);
        const inflated = entry === undefined ? undefined : inflateZipEntry(bytes, entry, budget);
        if (inflated?.ok) budget -= inflated.data.byteLength;
        texts.set(name, inflated?.ok ? utf8.decode(inflated.data) : undefined);
      }
      return texts.get(name);
    },
    write: (name, xml) => {
      if (xml === texts.get(name)) return;
      texts.set(name, xml);
      changed.set(name, encoder.encode(xml));
    },
  };
  const styles = [...opened.docx.relationships.values()].find((rel) => rel.type === "styles")?.target;
  edit(parts, { documentName: opened.docx.documentName, stylesName: styles ?? "word/styles.xml" });
  return changed.size === 0 ? undefined : rewriteZip(bytes, directory.entries, changed);
};

const { bodySize } = nd30Limits;
const maxRounds = 200;

/**
 * The body's size: `lintDocx` names the first paragraph of each size outside 13-14 pt; its runs are set to the
 * profile's size and the file linted again, until none is left or a paragraph does not mend.
 */
const fixBodySizes = (
  bytes: Uint8Array<ArrayBuffer>,
  linted: LintDocxResult,
  options: FixDocxOptions,
): { bytes: Uint8Array<ArrayBuffer>; linted: LintDocxResult } => {
  let current = { bytes, linted };
  const tried = new Set<number>();
  for (let round = 0; round < maxRounds; round += 1) {
    const documentName = readDocxPackage(current.bytes);
    const part = documentName.ok ? documentName.docx.documentName : undefined;
    const indices = current.linted.issues.flatMap((found) => {
      const index = found.path[1];
      return found.code === "nd30.body.size" && found.path[0] === part && typeof index === "number" && !tried.has(index)
        ? [index]
        : [];
    });
    if (part === undefined || indices.length === 0) break;
    for (const index of indices) tried.add(index);
    const next = editPackage(current.bytes, (parts) => {
      let xml = parts.read(part);
      if (xml === undefined) return;
      const size = nd30Profile.body.size.value;
      for (const index of indices) xml = fixParagraphSize(xml, index, size, bodySize.min * 2, bodySize.max * 2);
      parts.write(part, xml);
    });
    if (next === undefined) break;
    current = { bytes: next, linted: lintDocx(next, options) };
  }
  return current;
};

/**
 * Fixes what Decree 30/2020/NĐ-CP lets be fixed without guessing, in any .docx `lintDocx` reads, and reports the rest:
 *
 * - A4 paper (the orientation kept) and the margins the SDK's templates use (top and bottom 20 mm, left 30 mm, right
 *   15 mm) in each section at fault;
 * - Times New Roman in place of the fonts found (in `docDefaults`, the styles and the runs that name them), and the
 *   body's runs outside 13-14 pt set to 14 pt;
 * - the Quốc hiệu spelt and spaced as printed («HOÀ» becomes «HÒA»), the Tiêu ngữ's spacing, and «Lưu VT» given its
 *   colon (a missing drafting unit is reported, never invented);
 * - page numbers in the header, centred, from page 2: a PAGE field added, or moved out of a footer, and an empty
 *   first-page header.
 *
 * Everything else is left as it was and reported in `issues`, `lintDocx`'s issues on the result (`value`).
 *
 * The result is a zip in which only the parts edited are deflated again, with targeted edits of their XML: every
 * other entry keeps its compressed bytes. The same input gives the same bytes; a file with nothing to fix comes back
 * byte for byte. Never throws for the bytes: a file with a corrupt or too large part comes back unchanged with
 * `lintDocx`'s issues, and with no `value` when `lintDocx` gives none (not a zip, no document part, a main document
 * too large or corrupt); options it cannot use are refused with a `TemplateError`.
 *
 * @example
 * ```ts
 * import { fixDocx } from "@xhht/templates";
 *
 * const { value, fixed, issues } = fixDocx(await readFile("typed-in-word.docx"), { lang: "en" });
 * fixed.map((issue) => issue.code); // ["nd30.page.size", "nd30.page.margin-left"]
 * issues.map((issue) => issue.code); // ["nd30.number.colon"]: «Số /SGDĐT-GDTX» is for the clerk to retype
 * ```
 */
export const fixDocx = (bytes: Uint8Array | ArrayBuffer, options: FixDocxOptions = {}): FixDocxResult => {
  const before = lintDocx(bytes, options);
  const input = copyOf(bytes);
  const readable = before.value !== undefined;
  const unchanged = resultOf(input, readable, [], before);
  if (before.issues.some((issue) => issue.code.startsWith("docx."))) return unchanged;
  let output: { bytes: Uint8Array<ArrayBuffer>; linted: LintDocxResult };
  try {
    const edited = editPackage(input, (parts, names) => applyFixes(parts, before.issues, names));
    output = fixBodySizes(edited ?? input, edited === undefined ? before : lintDocx(edited, options), options);
  } catch {
    return unchanged;
  }
  if (output.bytes === input) return unchanged;
  const after = output.linted;
  if (after.issues.some((issue) => issue.code.startsWith("docx."))) return unchanged;
  const left = new Set(after.issues.map(keyOf));
  const fixed = before.issues.filter((issue) => !left.has(keyOf(issue)));
  return resultOf(output.bytes, readable, fixed, after);
};
