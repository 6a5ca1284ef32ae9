// `pnpm test:render`: prints every template's output (from the built-in samples) to PDF with LibreOffice, in one
// soffice run, and checks what a reader sees: the page count, A4 portrait (landscape where a wide table in the body
// asks for it), Liberation Serif only (Times New Roman's metric twin on Linux: no glyph fell back to another font), the
// header lines on page 1, «Nơi nhận», «- Lưu: …» and the signer on the signature page with some of the body (never
// alone on its page), no page number on page 1 and the right number from page 2 on, each appendix numbered on its own.
// Fails with the install command when LibreOffice or poppler is missing, never skips. `--keep` keeps the PDFs.
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type PrintExpectation, sampleDocuments } from "../test/render/documents.ts";
import { convertToPdf, pdfFonts, pdfPageSizes, pdfPages, requireTools, tempDir } from "../test/render/printTools.ts";

requireTools();

const keep = process.argv.includes("--keep");
const dir = tempDir("xhht-render-");
const started = performance.now();

const files: string[] = [];
for (const document of sampleDocuments) {
  const file = join(dir, `${document.name}.docx`);
  writeFileSync(file, await document.render());
  files.push(file);
}
const pdfs = convertToPdf(files, dir);
const converted = performance.now();

/** Whitespace (line ends included) collapsed to one space: a line the layout wrapped still matches. */
const flat = (text: string): string => text.replace(/\s+/gu, " ").trim();
const firstLine = (page: string): string =>
  page
    .split("\n")
    .find((line) => line.trim() !== "")
    ?.trim() ?? "";

/** What a PDF shows that the expectation does not: one sentence per fault. */
const faults = (pdf: string, expected: PrintExpectation): string[] => {
  const out: string[] = [];
  const pages = pdfPages(pdf);
  if (pages.length !== expected.pages) out.push(`${pages.length} pages, expected ${expected.pages}`);

  const sizes = pdfPageSizes(pdf, pages.length);
  sizes.forEach(({ width, height }, index) => {
    const page = index + 1;
    const landscape = expected.landscapePages?.includes(page) ?? false;
    const [w, h] = landscape ? [842, 595] : [595, 842];
    if (Math.abs(width - w) > 1 || Math.abs(height - h) > 1) {
      out.push(`page ${page} is ${width} × ${height} pt, expected A4 ${landscape ? "landscape" : "portrait"}`);
    }
  });

  const fonts = pdfFonts(pdf).filter((font) => !/^(LiberationSerif|TimesNewRoman)/u.test(font));
  if (fonts.length > 0) out.push(`fonts other than Times New Roman / Liberation Serif: ${fonts.join(", ")}`);

  const missing = (page: number, lines: readonly string[]) => {
    const text = flat(pages[page - 1] ?? "");
    for (const line of lines) if (!text.includes(flat(line))) out.push(`page ${page} lacks «${line}»`);
  };
  missing(1, expected.firstPage);
  missing(expected.signaturePage, expected.signature);
  // A signature alone on its page signs no text: some of the body must come with it.
  const signaturePage = (pages[expected.signaturePage - 1] ?? "").split("\n").filter((line) => line.trim() !== "");
  const firstText = signaturePage.find((line) => !/^\d+$/u.test(line.trim()))?.trim() ?? "";
  if (firstText.startsWith("Nơi nhận:")) out.push(`page ${expected.signaturePage} holds the signature block alone`);

  // Page numbers: none on the first page of the document or of an appendix, then 2, 3, … within each.
  const starts = [1, ...(expected.appendixPages ?? [])];
  pages.forEach((text, index) => {
    const page = index + 1;
    const start = Math.max(...starts.filter((s) => s <= page));
    const number = page - start + 1;
    const top = firstLine(text);
    if (number === 1 && /^\d+$/u.test(top)) out.push(`page ${page} shows a page number (${top}) on a first page`);
    if (number > 1 && top !== String(number)) out.push(`page ${page} starts «${top}», expected its number ${number}`);
    if (page === start && page > 1 && !top.startsWith("Phụ lục")) {
      out.push(`page ${page} should start an appendix with «Phụ lục», starts «${top}»`);
    }
  });
  return out;
};

let failed = 0;
sampleDocuments.forEach((document, index) => {
  const pdf = pdfs[index] ?? "";
  const found = faults(pdf, document.expected);
  const label = `${document.name}.docx`.padEnd(30);
  if (found.length === 0) {
    console.log(`✔ ${label} ${document.expected.pages} page(s), header, signature and page numbers as printed`);
  } else {
    failed += 1;
    console.error(`✖ ${label} ${found.length} fault(s):\n${found.map((fault) => `    - ${fault}`).join("\n")}`);
  }
});

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
console.log(
  `\n${sampleDocuments.length - failed}/${sampleDocuments.length} documents print as expected ` +
    `(LibreOffice: ${seconds(converted - started)}, checks: ${seconds(performance.now() - converted)})`,
);
if (keep || failed > 0) console.log(`PDFs kept in ${dir}`);
else rmSync(dir, { recursive: true, force: true });
if (failed > 0) process.exit(1);
