// Validating and summarising 10,000 provincial reports with @xhht/domain, against a bare zod parse of the same
// shape (what a team would write without the SDK's rules, messages and summary), measured in one run.
// Run with `pnpm bench`. Exits 1 when the SDK takes more than twice the bare parse.
import { performance } from "node:perf_hooks";
import { directive2020, type ProvincialReport, sampleReport2020, summarizeReports, validateReport } from "@xhht/domain";
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
const ours = time("validateReport each + summarizeReports (@xhht/domain)", () => {
  for (const report of reports) validateReport(report, { directive: directive2020 });
  summarizeReports(reports, { year: 2020, directive: directive2020 });
});
const validateOnly = time("validateReport each (@xhht/domain)", () => {
  for (const report of reports) validateReport(report, { directive: directive2020 });
});
const plain = time("bare zod safeParse of the same shape", () => {
  for (const report of reports) bare.safeParse(report);
});
const ratio = validateOnly / plain;
console.log(
  `\n  → validating takes ${ratio.toFixed(2)}× the bare parse; target ≤ 2×: ${ratio <= 2 ? "met" : "MISSED"}`,
);
console.log(
  `  → validating and summarising takes ${(ours / plain).toFixed(2)}× the bare parse (summary validates each report again)`,
);
if (ratio > 2) process.exitCode = 1;
