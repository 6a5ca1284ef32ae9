// Where @xhht/calendar keeps a hand-written date function instead of date-fns, the reason is measured here: each pair
// does the same work on the same inputs, ours against the date-fns way (date-fns v4 on @date-fns/utc's UTCDateMini,
// so that no host zone enters), interleaved round by round in one run on this machine. A function stays hand-written
// on a hot path (isWorkingDay, the working-day loops) only when date-fns is more than 1.5× slower; the instant grammar
// stays because date-fns cannot do its job; the functions that moved to date-fns are listed with their cost against
// day-number arithmetic, for the record.
// Run with `pnpm bench` (tsx, from TypeScript source). Exits 1 when a kept function no longer earns its place.
import { performance } from "node:perf_hooks";
import { UTCDateMini } from "@date-fns/utc/date/mini";
import {
  addDays,
  addWorkingDays,
  createHolidayCalendar,
  differenceInDays,
  type IsoDate,
  isIsoDate,
  isWorkingDay,
  readInstant,
  workingDaysBetween,
} from "@xhht/calendar";
import {
  addDays as addDaysFns,
  differenceInCalendarDays,
  formatISO,
  getDay,
  getDaysInMonth,
  isValid,
  parse,
  parseISO,
} from "date-fns";
import { fromDayNumber } from "../../packages/calendar/src/fromDayNumber.ts";
import { monthLength } from "../../packages/calendar/src/monthLength.ts";
import { toDayNumber } from "../../packages/calendar/src/toDayNumber.ts";

type Pair = {
  readonly name: string;
  readonly ours: string;
  readonly theirs: string;
  /**
   * kept: a hand-written function on a hot path, which must stay more than 1.5× faster; grammar: hand-written because
   * date-fns cannot do the job, measured for the record; moved: date-fns now, measured for the record.
   */
  readonly kind: "kept" | "grammar" | "moved";
  readonly run: readonly [() => number, () => number];
};

const roundMs = 100;
const rounds = 9;
const threshold = 1.5;
let sink = 0;

const dayMs = 86_400_000;
const vietnamMs = 7 * 3_600_000;
const epoch = new UTCDateMini(0);
const isoDateOf = (date: Date) => formatISO(date, { representation: "date" }) as IsoDate;

const dates: IsoDate[] = [];
for (let day = toDayNumber("2020-01-01"); day <= toDayNumber("2027-12-31"); day += 1) dates.push(fromDayNumber(day));
const dayNumbers = dates.map(toDayNumber);
const months = dates.map((date) => [Number(date.slice(0, 4)), Number(date.slice(5, 7))] as const);
const instants = dates.map((date, index) => `${date}T${String(index % 24).padStart(2, "0")}:15:00+07:00`);

// The date-fns way of a working-day loop: step a date with addDays, ask the same calendar at each step.
const calendar = createHolidayCalendar();
const addWorkingDaysFns = (date: IsoDate, amount: number): IsoDate => {
  let day = new UTCDateMini(date);
  for (let left = amount; left > 0; ) {
    day = addDaysFns(day, 1);
    if (calendar.isWorkingDay(isoDateOf(day))) left -= 1;
  }
  return isoDateOf(day);
};
const workingDaysBetweenFns = (from: IsoDate, to: IsoDate): number => {
  let count = 0;
  for (let day = addDaysFns(new UTCDateMini(from), 1); isoDateOf(day) <= to; day = addDaysFns(day, 1)) {
    if (calendar.isWorkingDay(isoDateOf(day))) count += 1;
  }
  return count;
};

/** A loop over `inputs` as one operation per input, so both sides of a pair do exactly the same calls. */
const over =
  <T>(inputs: readonly T[], call: (input: T) => unknown) =>
  (): number => {
    for (const input of inputs) sink += call(input) ? 1 : 0;
    return inputs.length;
  };

const pairs: Pair[] = [
  {
    name: "a date's day number (every working-day loop starts here)",
    ours: "toDayNumber(date)",
    theirs: "differenceInCalendarDays(new UTCDateMini(date), epoch)",
    kind: "kept",
    run: [
      over(dates, toDayNumber),
      over(dates, (date) => isIsoDate(date) && differenceInCalendarDays(new UTCDateMini(date), epoch)),
    ],
  },
  {
    name: "a day number's date (the holiday table, the loops' results)",
    ours: "fromDayNumber(n)",
    theirs: 'formatISO(addDays(epoch, n), { representation: "date" })',
    kind: "kept",
    run: [over(dayNumbers, fromDayNumber), over(dayNumbers, (n) => isoDateOf(addDaysFns(epoch, n)))],
  },
  {
    name: "a day number's weekday (each day of the holiday table)",
    ours: "(((n + 4) % 7) + 7) % 7",
    theirs: "getDay(new UTCDateMini(n * 86400000))",
    kind: "kept",
    run: [
      over(dayNumbers, (n) => (((n + 4) % 7) + 7) % 7),
      over(dayNumbers, (n) => getDay(new UTCDateMini(n * dayMs))),
    ],
  },
  {
    name: "a month's length (the check of every date read)",
    ours: "monthLength(year, month)",
    theirs: "getDaysInMonth(UTCDateMini at year-month-01)",
    kind: "kept",
    run: [
      over(months, ([year, month]) => monthLength(year, month)),
      over(months, ([year, month]) => {
        const first = new UTCDateMini(0);
        first.setFullYear(year, month - 1, 1);
        return getDaysInMonth(first);
      }),
    ],
  },
  {
    name: "is it a real YYYY-MM-DD date (the check of every date read)",
    ours: "isIsoDate(text)",
    theirs: 'isValid(parse(text, "yyyy-MM-dd", epoch))',
    kind: "kept",
    run: [over(dates, isIsoDate), over(dates, (date) => isValid(parse(date, "yyyy-MM-dd", epoch)))],
  },
  {
    name: "working-day loop: 20 working days on",
    ours: "addWorkingDays(date, 20)",
    theirs: "addDays by one, isWorkingDay at each step",
    kind: "kept",
    run: [
      over(dates.slice(0, 365), (date) => addWorkingDays(date, 20)),
      over(dates.slice(0, 365), (date) => addWorkingDaysFns(date, 20)),
    ],
  },
  {
    name: "working-day loop: working days in the next 30 days",
    ours: "workingDaysBetween(date, date + 30)",
    theirs: "addDays by one, isWorkingDay at each step",
    kind: "kept",
    run: [
      over(dates.slice(0, 365), (date) => workingDaysBetween(date, fromDayNumber(toDayNumber(date) + 30))),
      over(dates.slice(0, 365), (date) => workingDaysBetweenFns(date, fromDayNumber(toDayNumber(date) + 30))),
    ],
  },
  {
    name: "an instant's moment and civil date in Vietnam",
    ours: "readInstant(text)",
    theirs: "parseISO(text), formatISO(+7 h)",
    kind: "grammar",
    run: [
      over(instants, (text) => readInstant(text).ok),
      over(instants, (text) => isoDateOf(new UTCDateMini(parseISO(text).getTime() + vietnamMs))),
    ],
  },
  {
    name: "addDays, now date-fns (against day-number arithmetic)",
    ours: "fromDayNumber(toDayNumber(date) + 7)",
    theirs: "addDays(date, 7)",
    kind: "moved",
    run: [over(dates, (date) => fromDayNumber(toDayNumber(date) + 7)), over(dates, (date) => addDays(date, 7))],
  },
  {
    name: "differenceInDays, now date-fns (against day-number arithmetic)",
    ours: "toDayNumber(later) - toDayNumber(earlier)",
    theirs: "differenceInDays(later, earlier)",
    kind: "moved",
    run: [
      over(dates, (date) => toDayNumber(date) - toDayNumber("2020-10-01")),
      over(dates, (date) => differenceInDays(date, "2020-10-01")),
    ],
  },
];

/** Interleaved rounds: each round times ours then theirs for `roundMs` each; the median ns per call of each side. */
const measure = (pair: Pair): readonly [number, number] => {
  const samples: [number[], number[]] = [[], []];
  const time = (side: 0 | 1) => {
    let ops = 0;
    const start = performance.now();
    let elapsed = 0;
    do {
      ops += pair.run[side]();
      elapsed = performance.now() - start;
    } while (elapsed < roundMs);
    return (elapsed * 1e6) / ops;
  };
  time(0);
  time(1); // warm-up: JIT, and the holiday calendar's per-year tables
  for (let round = 0; round < rounds; round += 1) {
    samples[0].push(time(0));
    samples[1].push(time(1));
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
  return [median(samples[0]), median(samples[1])];
};

const format = (ns: number) => (ns >= 1000 ? `${(ns / 1000).toFixed(2)} µs` : `${ns.toFixed(1)} ns`);

// The SDK's own isWorkingDay agrees with the calendar the date-fns loops ask, so both sides answer the same.
if (dates.some((date) => isWorkingDay(date) !== calendar.isWorkingDay(date))) throw new Error("calendars disagree");
if (dates.slice(0, 365).some((date) => addWorkingDays(date, 20) !== addWorkingDaysFns(date, 20))) {
  throw new Error("addWorkingDays and the date-fns loop disagree");
}

console.log(`Node ${process.version}, ${dates.length} dates from ${dates[0]} to ${dates.at(-1)}\n`);
let missed = false;
for (const pair of pairs) {
  const [ours, theirs] = measure(pair);
  const ratio = theirs / ours;
  const verdict =
    pair.kind === "kept"
      ? ratio > threshold
        ? `kept: date-fns is ${ratio.toFixed(1)}× slower (> ${threshold}×)`
        : `KEPT WITHOUT CAUSE: date-fns is only ${ratio.toFixed(2)}× slower (≤ ${threshold}×)`
      : pair.kind === "grammar"
        ? `kept: date-fns' parseISO reads text without an offset in the host's zone (${ratio.toFixed(1)}× the time)`
        : `moved: date-fns costs ${ratio.toFixed(1)}× day-number arithmetic, off the hot path`;
  missed ||= pair.kind === "kept" && ratio <= threshold;
  console.log(pair.name);
  console.log(`  ours    ${pair.ours.padEnd(58)} ${format(ours).padStart(10)}`);
  console.log(`  theirs  ${pair.theirs.padEnd(58)} ${format(theirs).padStart(10)}`);
  console.log(`  → ${verdict}\n`);
}
console.log(`(checksum ${sink})`);
if (missed) process.exit(1);
