// LibreOffice and poppler, as `pnpm test:render` and `pnpm previews` drive them. Never skips: a missing tool is an
// error that names the command installing it.
import { spawnSync } from "node:child_process";
import { accessSync, constants, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, delimiter, join } from "node:path";

/** The Debian packages LibreOffice needs to print our documents as Word would, and poppler's tools. */
export const INSTALL_COMMAND =
  "apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-liberation fonts-liberation2 fonts-dejavu-core poppler-utils";

const TOOLS = ["soffice", "pdftotext", "pdfinfo", "pdffonts", "pdftoppm"] as const;
export type PrintTool = (typeof TOOLS)[number];

const onPath = (name: string): boolean =>
  (process.env.PATH ?? "").split(delimiter).some((dir) => {
    if (dir === "") return false;
    try {
      accessSync(join(dir, name), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });

/** The tools missing from PATH among those asked for. */
export const missingTools = (needed: readonly PrintTool[] = TOOLS): PrintTool[] =>
  needed.filter((tool) => !onPath(tool));

/** Exits 1 with the install command when a tool is missing. */
export const requireTools = (needed: readonly PrintTool[] = TOOLS): void => {
  const missing = missingTools(needed);
  if (missing.length === 0) return;
  console.error(`✖ missing ${missing.join(", ")}: LibreOffice and poppler are needed to print the documents.`);
  console.error(`  Install them (Debian/Ubuntu, as root) with:\n\n    ${INSTALL_COMMAND}\n`);
  process.exit(1);
};

const run = (command: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): string => {
  const result = spawnSync(command, args, { encoding: "utf8", env, maxBuffer: 64 * 1024 * 1024, timeout: 300_000 });
  if (result.error !== undefined) throw new Error(`${command} failed to run: ${result.error.message}`);
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} exited with ${result.status}:\n${result.stderr}${result.stdout}`);
  }
  return result.stdout;
};

/** A fresh temporary folder. */
export const tempDir = (prefix: string): string => mkdtempSync(join(tmpdir(), prefix));

/**
 * Converts .docx files to PDF in ONE LibreOffice run (starting LibreOffice costs more than converting), with a
 * throwaway profile so a user's settings or a running instance never interfere. Returns the PDFs' paths.
 */
export const convertToPdf = (files: readonly string[], outDir: string): string[] => {
  const home = tempDir("xhht-soffice-");
  try {
    run("soffice", ["--headless", "--norestore", "--convert-to", "pdf", "--outdir", outDir, ...files], {
      ...process.env,
      HOME: home,
    });
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
  return files.map((file) => {
    const pdf = join(outDir, basename(file).replace(/\.docx$/u, ".pdf"));
    if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${file}`);
    return pdf;
  });
};

/** The text of each page (`pdftotext -layout`: columns side by side as printed), NFC. */
export const pdfPages = (pdf: string): string[] => {
  const pages = run("pdftotext", ["-layout", "-enc", "UTF-8", pdf, "-"]).normalize("NFC").split("\f");
  // pdftotext ends every page with a form feed: the last piece is empty.
  if (pages.at(-1)?.trim() === "") pages.pop();
  return pages;
};

/** Each page's size in points, from `pdfinfo`. */
export const pdfPageSizes = (pdf: string, pages: number): { width: number; height: number }[] => {
  const info = run("pdfinfo", ["-f", "1", "-l", String(pages), pdf]);
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gmu)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
};

/** The names of the fonts embedded in the PDF, without their subset prefix («ABCDEF+»). */
export const pdfFonts = (pdf: string): string[] =>
  run("pdffonts", [pdf])
    .split("\n")
    .slice(2)
    .map((line) => line.split(/\s+/u)[0] ?? "")
    .filter((name) => name !== "")
    .map((name) => name.replace(/^[A-Z]{6}\+/u, ""));

/** Page 1 of a PDF as a PNG at `dpi` (pdftoppm), written to `<stem>.png`. */
export const firstPagePng = (pdf: string, stem: string, dpi: number): string => {
  run("pdftoppm", ["-r", String(dpi), "-png", "-f", "1", "-l", "1", "-singlefile", pdf, stem]);
  return `${stem}.png`;
};
