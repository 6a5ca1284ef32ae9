// `pnpm previews`: page 1 of every template's output (from the built-in samples), printed by LibreOffice and
// rasterised by pdftoppm at 70 dpi, as docs/previews/<name>.png, so docs/templates.md shows each document without
// running anything. Fails with the install command when LibreOffice or poppler is missing, and when a preview
// outgrows its budget (the PNGs are committed).
import { copyFileSync, mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { sampleDocuments } from "../test/render/documents.ts";
import { convertToPdf, firstPagePng, requireTools, tempDir } from "../test/render/printTools.ts";

const DPI = 70;
const BUDGET = 150 * 1024;

requireTools(["soffice", "pdftoppm"]);

const out = resolve(import.meta.dirname, "../docs/previews");
const dir = tempDir("xhht-previews-");
mkdirSync(out, { recursive: true });

const files: string[] = [];
for (const document of sampleDocuments) {
  const file = join(dir, `${document.name}.docx`);
  writeFileSync(file, await document.render());
  files.push(file);
}
const pdfs = convertToPdf(files, dir);

let failed = false;
sampleDocuments.forEach((document, index) => {
  const png = firstPagePng(pdfs[index] ?? "", join(dir, document.name), DPI);
  const target = join(out, `${document.name}.png`);
  copyFileSync(png, target);
  const { size } = statSync(target);
  const over = size > BUDGET;
  failed ||= over;
  console.log(`${over ? "✖" : "✔"} docs/previews/${document.name}.png  ${(size / 1024).toFixed(1)} KB`);
});
rmSync(dir, { recursive: true, force: true });
if (failed) {
  console.error(`✖ a preview is over ${BUDGET / 1024} KB`);
  process.exit(1);
}
