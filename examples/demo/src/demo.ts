import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { directive2020, validateDirective } from "@xhht/domain";
import { renderOfficialLetter } from "@xhht/templates";
import { timeline } from "./timeline2020.ts";

const outDir = resolve(process.env.INIT_CWD ?? process.cwd(), "out");
const result = validateDirective(directive2020);
if (!result.ok) {
  for (const issue of result.issues) console.error(`${issue.path.join(".")}: ${issue.message} [${issue.code}]`);
  process.exit(1);
}
const directive = result.value;
const bytes = await renderOfficialLetter(directive.letter, { generatedAt: directive.letter.date });
mkdirSync(outDir, { recursive: true });
const file = resolve(outDir, "3589-BGDDT-GDTX-2020.docx");
writeFileSync(file, bytes);

console.log(timeline(directive).join("\n"));
console.log(`\nĐã ghi văn bản: ${file} (${bytes.length.toLocaleString("vi-VN")} byte)`);
