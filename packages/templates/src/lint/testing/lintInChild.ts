// Lints the .docx given on standard input and prints its issue codes, its time and its max RSS as JSON: tests run it
// in a child process with a capped heap, where running out of memory is a crash and not a slow test.
import { readFileSync } from "node:fs";
import { lintDocx } from "../lintDocx.ts";

const bytes = new Uint8Array(readFileSync(0));
const started = performance.now();
const { issues } = lintDocx(bytes);
process.stdout.write(
  JSON.stringify({
    codes: issues.map((issue) => issue.code),
    ms: performance.now() - started,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
