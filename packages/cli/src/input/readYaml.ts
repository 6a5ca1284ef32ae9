import type { Document, LineCounter } from "yaml";
import { CliError } from "../CliError.ts";
import { cliErrorCodes } from "../cliErrorCodes.ts";
import type { CliTranslate } from "../createCliTranslator.ts";
import { attempt } from "./attempt.ts";
import { errorText } from "./errorText.ts";
import { exceedsDepth } from "./exceedsDepth.ts";
import type { InputFile, InputRecord, RecordFailure, SourcePosition } from "./InputRecord.ts";
import { inputLimits, tooDeep } from "./inputLimits.ts";
import { itemsOf } from "./itemsOf.ts";
import { textNestingDepth } from "./textNestingDepth.ts";
import { yamlLocator } from "./yamlLocator.ts";

type Yaml = typeof import("yaml");
type Locate = (path: readonly (string | number)[]) => SourcePosition | undefined;

/** A record a YAML file holds, or why one of its documents (or items) cannot be read; numbered once all are known. */
type Entry = { readonly value: unknown; readonly locate: Locate } | Failed;
type Failed = { readonly failure: Omit<RecordFailure, "index"> };

/** What reading every document of a YAML file needs. */
interface YamlFile {
  readonly yaml: Yaml;
  readonly file: string;
  readonly counter: LineCounter;
  /** How many documents the file holds: one broken document of several is a record, the only one stops the file. */
  readonly documents: number;
  readonly t: CliTranslate;
}

/** Where a document starts (its contents, or the document itself when it has none). */
const startOf = (document: Document.Parsed) => document.contents?.range[0] ?? document.range[0];

/** A document the parser found an error in: placed where it starts when the file holds several, else at the error. */
const brokenDocument = (source: YamlFile, document: Document.Parsed, number: number): Failed | undefined => {
  const [error] = document.errors;
  if (error === undefined) return undefined;
  const { t } = source;
  const at = source.counter.linePos(source.documents > 1 ? startOf(document) : error.pos[0]);
  return {
    failure: {
      file: source.file,
      line: at.line,
      column: at.col,
      message: t("input.yaml-syntax", { reason: (error.message.split("\n")[0] ?? error.code).replace(/:$/u, "") }),
      hint: t(source.documents > 1 ? "input.yaml-documents.hint" : "input.yaml-syntax.hint", { document: number }),
    },
  };
};

/**
 * A document's value, or the failure of a document that cannot be built: an alias bomb (yaml throws a
 * `ReferenceError` for its aliases), refused and never expanded, or a structure too deep to build.
 */
const documentValue = (source: YamlFile, document: Document.Parsed): { readonly value: unknown } | Failed => {
  try {
    return { value: document.toJS({ maxAliasCount: inputLimits.aliases }) };
  } catch (error) {
    const { t } = source;
    const at = source.counter.linePos(startOf(document));
    const aliases = error instanceof ReferenceError;
    return {
      failure: {
        file: source.file,
        line: at.line,
        column: at.col,
        message: aliases
          ? t("input.yaml-aliases", { max: inputLimits.aliases })
          : t("input.too-complex", { format: "YAML", reason: errorText(error) }),
        hint: t(aliases ? "input.yaml-aliases.hint" : "input.too-complex.hint"),
      },
    };
  }
};

/** The entries of one document: its failure, or its records (the items of a list, each failing alone when too deep). */
const documentEntries = (source: YamlFile, document: Document.Parsed, number: number): Entry[] => {
  const broken = brokenDocument(source, document, number);
  if (broken !== undefined) return [broken];
  const locate = yamlLocator(source.yaml, document.contents, source.counter);
  const built = documentValue(source, document);
  if ("failure" in built) return [built];
  return itemsOf(built.value).map((item): Entry => {
    if (exceedsDepth(item.value, inputLimits.depth)) {
      const at = attempt(() => locate(item.path)) ?? { line: 1, column: 1 };
      return { failure: { file: source.file, line: at.line, column: at.column ?? 1, ...tooDeep(source.t) } };
    }
    return { value: item.value, locate: (path) => attempt(() => locate([...item.path, ...path])) };
  });
};

/** Numbers the entries of a file as its records and failures. */
const numbered = (file: string, entries: readonly Entry[]): InputFile => {
  const records: InputRecord[] = [];
  const failures: RecordFailure[] = [];
  entries.forEach((entry, index) => {
    if ("failure" in entry) {
      failures.push({ ...entry.failure, index });
      return;
    }
    const line = entry.locate([])?.line ?? 1;
    records.push({
      file,
      index,
      count: entries.length,
      line,
      value: entry.value,
      locate: (path) => entry.locate(path) ?? { line },
    });
  });
  return { file, records, failures };
};

/** A failure as the error that stops the file. */
const stopFile = (failure: RecordFailure): CliError =>
  new CliError(cliErrorCodes.syntax, failure.message, {
    file: failure.file,
    line: failure.line,
    ...(failure.column === undefined ? {} : { column: failure.column }),
    hint: failure.hint,
  });

/**
 * A YAML file: one record or a list of them, in one document or several. A document that cannot be read is a
 * failure of its own when there are several, and stops the file when it is the only one.
 */
export const readYaml = async (text: string, file: string, t: CliTranslate): Promise<InputFile> => {
  if (textNestingDepth(text, "yaml") > inputLimits.textDepth) {
    throw new CliError(
      cliErrorCodes.syntax,
      t("input.too-complex", { format: "YAML", reason: t("input.too-deep", { max: inputLimits.textDepth }) }),
      { file, hint: t("input.too-complex.hint") },
    );
  }
  const yaml = await import("yaml");
  const counter = new yaml.LineCounter();
  const documents = yaml.parseAllDocuments(text, { lineCounter: counter });
  if (!Array.isArray(documents)) return { file, records: [], failures: [] };
  const source: YamlFile = { yaml, file, counter, documents: documents.length, t };
  const read = numbered(
    file,
    documents.flatMap((document, index) => documentEntries(source, document, index + 1)),
  );
  const [only] = read.failures;
  if (only !== undefined && documents.length === 1) throw stopFile(only);
  return read;
};
