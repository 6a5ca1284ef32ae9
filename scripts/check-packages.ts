// Checks every package as a consumer gets it: packed, linted by publint and attw, installed from the tarballs
// into an empty npm project, then imported with ESM and CommonJS and type-checked.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const packages = ["calendar", "domain", "templates", "cli"];
const run = (command: string, args: string[], cwd: string) =>
  execFileSync(command, args, { cwd, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
const step = (title: string, action: () => string | undefined) => {
  process.stdout.write(`▶ ${title}\n`);
  try {
    const output = action();
    if (output?.trim()) process.stdout.write(`${output.trim()}\n`);
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string; message: string };
    process.stderr.write(`✖ ${title}\n${failure.stdout ?? ""}${failure.stderr ?? failure.message}\n`);
    process.exit(1);
  }
};

const packs = join(root, ".tmp", "packs");
rmSync(packs, { recursive: true, force: true });
mkdirSync(packs, { recursive: true });
const tarballs: string[] = [];

for (const name of packages) {
  const dir = join(root, "packages", name);
  step(`pack @xhht/${name}`, () => run("pnpm", ["pack", "--pack-destination", packs], dir));
  const tarball = readdirSync(packs).find((file) => file.startsWith(`xhht-${name}-`));
  if (tarball === undefined) throw new Error(`pnpm pack wrote no tarball for @xhht/${name} in ${packs}`);
  tarballs.push(join(packs, tarball));
  step(`publint --strict @xhht/${name}`, () => run("publint", ["--strict", join(packs, tarball)], root));
  step(`attw @xhht/${name}`, () => run("attw", [join(packs, tarball), "--format", "ascii"], root));
}

const consumer = mkdtempSync(join(tmpdir(), "xhht-consumer-"));
writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true, version: "1.0.0" }));
step("npm install the tarballs into an empty project", () =>
  run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", ...tarballs], consumer),
);

const esm = `
import { formatDateLine, lifelongLearningWeek } from "@xhht/calendar";
import { directive2020, validateDirective } from "@xhht/domain";
import { readDocxText, renderOfficialLetter } from "@xhht/templates";
import reportSchema from "@xhht/domain/schemas/provincial-report.json" with { type: "json" };
if (reportSchema.$id !== "urn:xhht:schema:provincial-report") throw new Error("JSON Schema subpath");
const line = formatDateLine("Hà Nội", "2020-09-15");
if (line !== "Hà Nội, ngày 15 tháng 9 năm 2020") throw new Error("formatDateLine: " + line);
if (lifelongLearningWeek(2020).opening !== "2020-10-01") throw new Error("lifelongLearningWeek");
if (!validateDirective(directive2020).ok) throw new Error("validateDirective");
const bytes = await renderOfficialLetter(directive2020.letter, { generatedAt: "2020-09-15" });
if (!readDocxText(bytes).some((p) => p.includes("Chuyển đổi số thúc đẩy Học tập suốt đời"))) throw new Error("docx");
const { exitCodes, csvReportColumns } = await import("@xhht/cli");
if (exitCodes.usage !== 2 || !csvReportColumns.lists.includes("copies")) throw new Error("@xhht/cli");
console.log("ESM import works:", line);
`;
const cjs = `
const { formatDateLine } = require("@xhht/calendar");
const { directive2020, validateDirective } = require("@xhht/domain");
const { renderOfficialLetter } = require("@xhht/templates");
if (require("@xhht/cli").exitCodes.issues !== 1) throw new Error("@xhht/cli");
if (require("@xhht/domain/schemas/directive.json").$id !== "urn:xhht:schema:directive") throw new Error("JSON Schema subpath");
if (!validateDirective(directive2020).ok) throw new Error("validateDirective");
renderOfficialLetter(directive2020.letter, { generatedAt: "2020-09-15" }).then((bytes) => {
  if (!(bytes instanceof Uint8Array) || bytes.length < 1000) throw new Error("renderOfficialLetter");
  console.log("CommonJS require works:", formatDateLine("Hà Nội", "2020-01-05"));
});
`;
const types = `
import { type IsoDate, parseIsoDate } from "@xhht/calendar";
import { type Directive, directive2020 } from "@xhht/domain";
import { renderOfficialLetter } from "@xhht/templates";
const date: IsoDate = parseIsoDate("2020-10-01");
const directive: Directive = directive2020;
// @ts-expect-error a plain string is not an IsoDate
const wrong: IsoDate = "2020-10-01";
export const bytes: Promise<Uint8Array> = renderOfficialLetter(directive.letter, { generatedAt: date });
export { wrong };
`;
writeFileSync(join(consumer, "esm.mjs"), esm);
writeFileSync(join(consumer, "cjs.cjs"), cjs);
writeFileSync(join(consumer, "types.mts"), types);
writeFileSync(join(consumer, "types.cts"), types);
step("ESM import from the installed packages", () => run("node", ["esm.mjs"], consumer));
step("CommonJS require from the installed packages", () => run("node", ["cjs.cjs"], consumer));
const xhht = join(consumer, "node_modules", ".bin", process.platform === "win32" ? "xhht.cmd" : "xhht");
step("the installed xhht --help runs", () => {
  const help = run(xhht, ["--help", "--lang", "en"], consumer);
  if (!help.includes("Usage: xhht") || !help.includes("validate")) throw new Error(`xhht --help printed:\n${help}`);
  return help.split("\n")[0];
});
step("the installed xhht runs week and demo", () => {
  const week = run(xhht, ["week", "2020", "--format", "json"], consumer);
  if (JSON.parse(week)[1]?.date !== "2020-10-01") throw new Error(`xhht week printed:\n${week}`);
  return run(xhht, ["demo", "-o", "demo-out"], consumer).split("\n").slice(-2).join("\n");
});
step("the installed xhht generates a batch on worker threads", () => {
  const write = `import { writeFileSync } from "node:fs"; import { sampleReport2020 as r } from "@xhht/domain";
writeFileSync("reports.jsonl", [r, { ...r, province: "01" }].map((x) => JSON.stringify(x)).join("\\n"));`;
  run("node", ["--input-type=module", "-e", write], consumer);
  const batch = run(
    xhht,
    ["generate", "report", "--batch", "reports.jsonl", "-o", "batch", "--workers", "2"],
    consumer,
  );
  const written = readdirSync(join(consumer, "batch")).sort().join(", ");
  if (written !== "reports-1.docx, reports-2.docx") throw new Error(`the batch wrote ${written}:\n${batch}`);
  return batch.trim().split("\n").at(-1);
});
const tsc = join(root, "node_modules", ".bin", "tsc");
for (const [module, moduleResolution, files] of [
  ["node16", "node16", ["types.mts", "types.cts"]],
  ["nodenext", "nodenext", ["types.mts", "types.cts"]],
  ["esnext", "bundler", ["types.mts"]],
] as const) {
  step(`types resolve with moduleResolution ${moduleResolution}`, () =>
    run(
      tsc,
      [
        "--noEmit",
        "--strict",
        "--skipLibCheck",
        "--module",
        module,
        "--moduleResolution",
        moduleResolution,
        "--target",
        "es2022",
        ...files,
      ],
      consumer,
    ),
  );
}
rmSync(consumer, { recursive: true, force: true });
console.log(`✔ ${packages.length} packages packed, linted, installed and imported with ESM, CommonJS and types`);
