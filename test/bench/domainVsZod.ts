// Validating and summarising 10,000 provincial reports with @xhht/domain, against a bare zod parse of the same
// shape (the SDK's schema alone, without its rules, messages and summary), measured in one run; and that schema
// against a shape-only one, to show what its text and date checks cost. Run with `pnpm bench`; exits 1 when
// validating and summarising takes more than twice the bare parse.
import { performance } from "node:perf_hooks";
import {
  directive2020,
  type ProvincialReport,
  provincialReportSchema,
  sampleReport2020,
  summarizeReports,
  validateReport,
} from "@xhht/domain";
import { z } from "zod";

const count = 10_000;
const codes = ["01", "36", "79", "48", "46", "31", "92", "26", "22", "38"];
const reports: ProvincialReport[] = Array.from({ length: count }, (_, index) => ({
  ...structuredClone(sampleReport2020),
  province: codes[index % codes.length]!,
  submittedAt: `2020-10-${String(20 + (index % 12)).padStart(2, "0")}T09:00:00+07:00`,
  examples: index % 50,
}));

const text = z.string();
const bare = z.object({
  schemaVersion: z.literal(1),
  year: z.number().int(),
  province: z.string(),
  parentBody: text.optional(),
  issuer: text,
  number: z.number().int().optional(),
  symbol: z.string(),
  place: text,
  date: z.string(),
  signature: z.object({ authority: z.string().optional(), actingFor: text.optional(), title: text, name: text }),
  copies: z.array(text),
  subject: text,
  submittedAt: z.string(),
  activities: z.array(
    z.object({ code: z.string(), measures: z.record(z.string(), z.number()), notes: text.optional() }),
  ),
  examples: z.number(),
  commendations: z.object({ collectives: z.number(), individuals: z.number() }),
  budgetSpent: z.number(),
  difficulties: z.array(text),
  proposals: z.array(text),
});

const time = (label: string, run: () => void): number => {
  run();
  const samples = Array.from({ length: 5 }, () => {
    const start = performance.now();
    run();
    return performance.now() - start;
  }).sort((a, b) => a - b);
  const median = samples[2]!;
  console.log(
    `  ${label.padEnd(58)} ${median.toFixed(1).padStart(8)} ms  (${((median * 1000) / count).toFixed(1)} µs a report)`,
  );
  return median;
};

console.log(`Node ${process.version}, ${count.toLocaleString("en-US")} reports\n`);
const summary = time("summarizeReports: validate each, then sum up (@xhht/domain)", () => {
  summarizeReports(reports, { year: 2020, directive: directive2020 });
});
time("validateReport each (@xhht/domain)", () => {
  for (const report of reports) validateReport(report, { directive: directive2020 });
});
const parse = time("bare safeParse with the SDK's zod schema of the same shape", () => {
  for (const report of reports) provincialReportSchema.safeParse(report);
});
const minimal = time("bare safeParse of a shape-only zod schema (no formats, NFC, XML checks)", () => {
  for (const report of reports) bare.safeParse(report);
});
const ratio = summary / parse;
console.log(
  `\n  → validating and summarising takes ${ratio.toFixed(2)}× the bare parse; target ≤ 2×: ${ratio <= 2 ? "met" : "MISSED"}`,
);
console.log(
  `  → the SDK's schema (NFC, XML-safe text, real dates, codes) takes ${(parse / minimal).toFixed(2)}× a shape-only schema`,
);
if (ratio > 2) process.exitCode = 1;
