import type { Issue } from "@xhht/domain";

import { docxLimits } from "../lint/docxLimits.ts";
import { inflateZipEntry } from "../lint/inflateZipEntry.ts";
import { type LintDocxOptions, lintDocx } from "../lint/lintDocx.ts";
import { readDocxPackage } from "../lint/readDocxPackage.ts";
import { readZipDirectory } from "../lint/readZipDirectory.ts";
import { fixHeaderTexts, type HeaderTextRule, headerTextRules } from "./fixHeaderTexts.ts";
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
 * What {@link fixDocx} returns: the fixed file, the issues it fixed (as `lintDocx` reported them on the input) and
 * `lintDocx`'s issues on the result.
 *
 * @example
 * ```ts
 * const { bytes, fixed, remaining }: FixDocxResult = fixDocx(input);
 * ```
 */
export interface FixDocxResult {
  readonly bytes: Uint8Array<ArrayBuffer>;
  readonly fixed: readonly Issue[];
  readonly remaining: readonly Issue[];
}

const utf8 = new TextDecoder();
const encoder = new TextEncoder();
const keyOf = (issue: Issue): string => `${issue.code}\u0000${JSON.stringify(issue.path)}`;

const copyOf = (bytes: Uint8Array | ArrayBuffer): Uint8Array<ArrayBuffer> =>
  bytes instanceof ArrayBuffer ? new Uint8Array(bytes.slice(0)) : new Uint8Array(bytes);

/** The parts to edit, as text, and what was changed. */
interface Parts {
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

const applyFixes = (parts: Parts, issues: readonly Issue[], documentName: string): void => {
  const faults = sectionFaults(issues, documentName);
  if (faults.size > 0) {
    const document = parts.read(documentName);
    if (document !== undefined) parts.write(documentName, fixSections(document, faults));
  }
  const texts = new Set<HeaderTextRule>();
  for (const issue of issues) {
    const rule = headerTextRules.find((code) => code === issue.code);
    if (rule !== undefined && issue.path[0] === documentName) texts.add(rule);
  }
  const document = texts.size === 0 ? undefined : parts.read(documentName);
  if (document !== undefined) parts.write(documentName, fixHeaderTexts(document, texts));
};

const fixedBytes = (bytes: Uint8Array, issues: readonly Issue[]): Uint8Array<ArrayBuffer> | undefined => {
  const opened = readDocxPackage(bytes);
  const directory = readZipDirectory(bytes, docxLimits.maxEntries);
  if (!opened.ok || !directory.ok) return undefined;
  const texts = new Map<string, string | undefined>();
  const changed = new Map<string, Uint8Array>();
  let budget: number = docxLimits.maxInflatedBytes;
  const parts: Parts = {
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
  applyFixes(parts, issues, opened.docx.documentName);
  return changed.size === 0 ? undefined : rewriteZip(bytes, directory.entries, changed);
};

/**
 * Fixes what Decree 30/2020/NĐ-CP lets be fixed without guessing, in any .docx `lintDocx` reads: A4 paper (the
 * orientation kept) and the margins the SDK's templates use (top and bottom 20 mm, left 30 mm, right 15 mm) in each
 * section at fault; the Quốc hiệu spelt and spaced as printed («HOÀ» becomes «HÒA»), the Tiêu ngữ's spacing, and
 * «Lưu VT» given its colon (a missing drafting unit is reported, never invented). Everything else is left as it was and reported in `remaining`, `lintDocx`'s issues on the result.
 *
 * The result is a zip in which only the parts edited are deflated again, with targeted edits of their XML: every
 * other entry keeps its compressed bytes. The same input gives the same bytes; a file with nothing to fix comes back
 * byte for byte. Never throws for the bytes: a file `lintDocx` cannot read (not a zip, a corrupt or too large part)
 * comes back unchanged with `lintDocx`'s issues; options it cannot use are refused with a `TemplateError`.
 *
 * @example
 * ```ts
 * import { fixDocx } from "@xhht/templates";
 *
 * const { bytes, fixed, remaining } = fixDocx(await readFile("typed-in-word.docx"), { lang: "en" });
 * fixed.map((issue) => issue.code); // ["nd30.page.size", "nd30.page.margin-left"]
 * remaining.map((issue) => issue.code); // ["nd30.number.missing"]
 * ```
 */
export const fixDocx = (bytes: Uint8Array | ArrayBuffer, options: FixDocxOptions = {}): FixDocxResult => {
  const before = lintDocx(bytes, options);
  const input = copyOf(bytes);
  const unchanged: FixDocxResult = { bytes: input, fixed: [], remaining: before.issues };
  if (before.issues.some((issue) => issue.code.startsWith("docx."))) return unchanged;
  let output: Uint8Array<ArrayBuffer> | undefined;
  try {
    output = fixedBytes(input, before.issues);
  } catch {
    return unchanged;
  }
  if (output === undefined) return unchanged;
  const after = lintDocx(output, options);
  if (after.issues.some((issue) => issue.code.startsWith("docx."))) return unchanged;
  const left = new Set(after.issues.map(keyOf));
  return { bytes: output, fixed: before.issues.filter((issue) => !left.has(keyOf(issue))), remaining: after.issues };
};
