import { readdirSync, readFileSync } from "node:fs";
import { strFromU8, unzipSync } from "fflate";
import { validateXML, type XMLFileInfo } from "xmllint-wasm";

/** The repository root, found from this file's own location (test/ooxml/). */
export const repoRoot = new URL("../../", import.meta.url);

/** The OOXML schemas, copied into test/fixtures/ooxml-schemas (origin and licence in test/fixtures/SOURCES.md). */
export const schemaRoot = new URL("test/fixtures/ooxml-schemas/", repoRoot);

const SCHEMA_DIRS = ["ISO-IEC29500-4_2016", "mce", "microsoft"] as const;
const MAIN_SCHEMA = "ooxml-schemas/microsoft/wml-2010.xsd";

let schemaFiles: XMLFileInfo[] | undefined;

/** Every .xsd of the schema folder, named by its path under a common root so relative imports resolve. */
const loadSchemas = (): XMLFileInfo[] => {
  schemaFiles ??= SCHEMA_DIRS.flatMap((dir) =>
    readdirSync(new URL(`${dir}/`, schemaRoot))
      .filter((name) => name.endsWith(".xsd"))
      .sort()
      .map((name) => ({
        fileName: `ooxml-schemas/${dir}/${name}`,
        contents: readFileSync(new URL(`${dir}/${name}`, schemaRoot), "utf8"),
      })),
  );
  return schemaFiles;
};

/** One problem xmllint reported in one part. */
export interface DocxProblem {
  readonly part: string;
  readonly message: string;
}

/** The result of {@link validateDocx}. */
export interface DocxValidation {
  readonly valid: boolean;
  readonly problems: readonly DocxProblem[];
  /** The parts checked against the WordprocessingML schema. */
  readonly schemaValidated: readonly string[];
  /** The parts checked for well-formedness only. */
  readonly wellFormedChecked: readonly string[];
}

const isWordContent = (name: string): boolean => /^word\/(document|header\d*|footer\d*)\.xml$/u.test(name);

/** The XML parts of a .docx, by name. */
export const docxParts = (docx: Uint8Array): Record<string, string> => {
  const parts = unzipSync(docx);
  return Object.fromEntries(
    Object.entries(parts)
      .filter(([name]) => name.endsWith(".xml") || name.endsWith(".rels"))
      .map(([name, data]) => [name, strFromU8(data)]),
  );
};

const run = async (files: XMLFileInfo[], withSchema: boolean): Promise<DocxProblem[]> => {
  if (files.length === 0) return [];
  const schemas = loadSchemas();
  const result = await validateXML({
    xml: files,
    schema: withSchema ? schemas.filter((f) => f.fileName === MAIN_SCHEMA) : [],
    preload: withSchema ? schemas.filter((f) => f.fileName !== MAIN_SCHEMA) : [],
    initialMemoryPages: 512,
    maxMemoryPages: 4096,
  });
  if (result.valid) return [];
  // xmllint follows a parser error with lines of context that carry no location: fold them into it.
  const problems: DocxProblem[] = [];
  for (const error of result.errors) {
    const last = problems.at(-1);
    if (error.loc === null && last !== undefined) {
      problems[problems.length - 1] = { part: last.part, message: `${last.message}\n${error.message}` };
    } else {
      problems.push({ part: error.loc?.fileName ?? "(unknown)", message: error.message });
    }
  }
  return problems;
};

// xmllint takes file names on its command line: keep them plain.
const fileName = (doc: number, part: string): string => `doc${doc}/${part.replace(/[[\]]/gu, "_")}`;

/**
 * Checks several .docx files the way the workspace's CI does, in two xmllint runs whatever their number (the
 * schema set is parsed once per run: about 0.5 s), without system packages: `word/document.xml` and every header
 * and footer part against the OOXML schemas (`microsoft/wml-2010.xsd`, which imports the ISO ones) with xmllint
 * compiled to WebAssembly; every other XML part (styles, settings, properties, relationships, content types:
 * parts carrying `mc:Ignorable` don't validate without Markup Compatibility preprocessing) for well-formedness.
 */
export const validateDocxes = async (docxs: readonly Uint8Array[]): Promise<DocxValidation[]> => {
  const all = docxs.map((docx) => {
    const parts = docxParts(docx);
    const names = Object.keys(parts).sort();
    return {
      parts,
      names,
      schemaParts: names.filter(isWordContent),
      otherParts: names.filter((n) => !isWordContent(n)),
    };
  });
  const files = (pick: "schemaParts" | "otherParts") =>
    all.flatMap((doc, index) =>
      doc[pick].map((name) => ({ fileName: fileName(index, name), contents: doc.parts[name] ?? "" })),
    );
  const problems = [...(await run(files("schemaParts"), true)), ...(await run(files("otherParts"), false))];
  return all.map((doc, index) => {
    const own = problems
      .filter((p) => p.part.startsWith(`doc${index}/`))
      .map((p) => ({ part: p.part.slice(`doc${index}/`.length), message: p.message }));
    if (!doc.names.includes("word/document.xml")) own.push({ part: "word/document.xml", message: "missing" });
    const unplaced = index === 0 ? problems.filter((p) => !/^doc\d+\//u.test(p.part)) : [];
    const found = [...own, ...unplaced];
    return {
      valid: found.length === 0,
      problems: found,
      schemaValidated: doc.schemaParts,
      wellFormedChecked: doc.otherParts,
    };
  });
};

/** Checks one .docx: see {@link validateDocxes}. */
export const validateDocx = async (docx: Uint8Array): Promise<DocxValidation> => {
  const [result] = await validateDocxes([docx]);
  if (result === undefined) throw new Error("validateDocxes returned no result");
  return result;
};

/** Checks one XML string (a part's text) against the WordprocessingML schema; returns xmllint's messages. */
export const validateWordXml = async (xml: string, name = "document.xml"): Promise<string[]> =>
  (await run([{ fileName: fileName(0, name), contents: xml }], true)).map((p) => p.message);
