// Compares @xhht/calendar with the peers a user would otherwise pick, measured in one run on this machine:
// isWorkingDay against date-holidays' isHoliday, toLunar against date-chinese's CalendarVietnamese.
// Run with `pnpm bench` (tsx, from TypeScript source). Exits 1 when a ratio misses its target.
import { performance } from "node:perf_hooks";
import { addDays, type IsoDate, isWorkingDay, toLunar } from "@xhht/calendar";
import { CalendarVietnamese } from "date-chinese";
import Holidays from "date-holidays";

type Result = { readonly name: string; readonly call: string; readonly nsPerOp: number; readonly ops: number };

const roundMs = 250;
const rounds = 7;
let sink = 0;

/** The median time per call of `call` over `inputs`, cycling through them for `roundMs` per round. */
const measure = <T>(name: string, call: string, inputs: readonly T[], run1: (input: T) => unknown): Result => {
  const run = (budgetMs: number) => {
    let ops = 0;
    const start = performance.now();
    let elapsed = 0;
    do {
      for (const input of inputs) sink += run1(input) ? 1 : 0;
      ops += inputs.length;
      elapsed = performance.now() - start;
    } while (elapsed < budgetMs);
    return { ops, nsPerOp: (elapsed * 1e6) / ops };
  };
  run(roundMs); // warm-up: JIT, and the holiday calendar's per-year cache
  const samples = Array.from({ length: rounds }, () => run(roundMs));
  const sorted = [...samples].sort((a, b) => a.nsPerOp - b.nsPerOp);
  const median = sorted[Math.floor(rounds / 2)]!;
  return { name, call, nsPerOp: median.nsPerOp, ops: samples.reduce((sum, sample) => sum + sample.ops, 0) };
};

const days = (from: string, to: string): IsoDate[] => {
  const list: IsoDate[] = [];
  for (let day = from as IsoDate; day <= to; day = addDays(day, 1)) list.push(day);
  return list;
};

const format = (ns: number) => (ns >= 1000 ? `${(ns / 1000).toFixed(2)} µs` : `${ns.toFixed(1)} ns`);
const times = (ratio: number) => `${Math.round(ratio).toLocaleString("en-US")}×`;

const compare = (ours: Result, theirs: Result, target: number): boolean => {
  const ratio = theirs.nsPerOp / ours.nsPerOp;
  const met = ratio >= target;
  for (const { call, nsPerOp, ops } of [ours, theirs]) {
    console.log(`  ${call.padEnd(44)} ${format(nsPerOp).padStart(10)} per call (${ops} calls)`);
  }
  console.log(
    `  → ${ours.name} is ${times(ratio)} faster than ${theirs.name}; target ≥ ${times(target)}: ${met ? "met" : "MISSED"}\n`,
  );
  return met;
};

const years = days("2020-01-01", "2027-12-31");
console.log(`Node ${process.version}, ${years.length} dates from ${years[0]} to ${years.at(-1)}\n`);

// Working days: the SDK's calendar against date-holidays' Vietnamese data, at noon in Hà Nội.
const holidays = new Holidays("VN");
// date-holidays takes about a millisecond a call: every 7th date (each weekday in turn) keeps the run short.
const noons = years.filter((_, index) => index % 7 === 0).map((day) => new Date(`${day}T12:00:00+07:00`));
console.log("Working days");
const workingDay = compare(
  measure("isWorkingDay", "isWorkingDay(date)", years, (day) => isWorkingDay(day)),
  measure("date-holidays isHoliday", 'new Holidays("VN").isHoliday(date)', noons, (date) => holidays.isHoliday(date)),
  1000,
);

// Lunar dates: the SDK's table against date-chinese's astronomy; and do they agree?
const vietnamese = new CalendarVietnamese();
const peerLunar = ([year, month, day]: readonly number[]) => {
  vietnamese.fromGregorian(year as number, month as number, day as number);
  return vietnamese.get();
};
const parts = years.map((day) => day.split("-").map(Number));
let disagreements = 0;
years.forEach((day, index) => {
  const ours = toLunar(day);
  const [, , month, leap, date] = peerLunar(parts[index]!);
  if (ours.month !== month || ours.leap !== leap || ours.day !== date) disagreements++;
});
console.log(`Lunar dates (toLunar and date-chinese disagree on ${disagreements} of ${years.length} dates)`);
const lunar = compare(
  measure("toLunar", "toLunar(date)", years, (day) => toLunar(day).day),
  measure(
    "date-chinese CalendarVietnamese",
    "CalendarVietnamese.fromGregorian(y, m, d)",
    parts,
    (ymd) => peerLunar(ymd)[4],
  ),
  50,
);

console.log(`(checksum ${sink})`);
if (!workingDay || !lunar || disagreements > 0) process.exit(1);
