import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as calendar from "./index.ts";

type AnyFunction = (...args: unknown[]) => unknown;

const megabyteText = "2".repeat(1 << 20);

/** A value whose every conversion to text throws: an error builder must not touch it carelessly. */
const hostileObject = () => ({
  toString() {
    throw new Error("toString");
  },
  valueOf() {
    throw new Error("valueOf");
  },
  get kind(): string {
    throw new Error("getter");
  },
});

/** A value made at call time: fast-check cannot hold a revoked proxy itself. */
class MadeLate {
  constructor(readonly make: () => unknown) {}
}

/** A proxy every trap of which throws: reading, listing, inspecting or converting it fails. */
const trappedProxy = () => {
  const fail = () => {
    throw new Error("trap");
  };
  return new Proxy(
    {},
    { get: fail, has: fail, ownKeys: fail, getPrototypeOf: fail, getOwnPropertyDescriptor: fail, apply: fail },
  );
};

const revokedProxy = () => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};

/** Numbers that look right but are not: wrong types, NaN, infinities, -0, huge, fractional, BigInt. */
const nearNumber = fc.oneof(
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    0,
    1e21,
    -1e21,
    0.5,
    2020.5,
    Number.MAX_SAFE_INTEGER + 1,
    Number.MIN_VALUE,
    10n,
    2020n,
    "2020",
    " 2020",
    "0x7E4",
    13,
    0,
    -1,
    366,
    2007,
    2020,
    2100,
    2101,
    1899,
    9999,
    10_000,
  ),
  fc.integer({ min: -20, max: 20 }),
  fc.integer({ min: 1890, max: 2110 }),
  fc.double(),
);

/** Text that looks like a date or a name but is not, and text XML cannot carry. */
const nearText = fc.oneof(
  fc.constantFrom(
    "2020-10-01",
    "2020-02-29",
    "2021-02-29",
    "2020-13-01",
    "2020-00-10",
    "2020-10-32",
    "0000-01-01",
    "9999-12-31",
    "0001-01-01",
    "+02020-10-01",
    "2020-10-01T00:00:00Z",
    "2020-10-01T08:00+07:00",
    "2020-02-30T08:00+07:00",
    "２０２０-10-01",
    "2020-1-1",
    "Hà\u0000Nội",
    "Hà\uFFFENội",
    "Hà\uFFFFNội",
    "Hà\uD800Nội",
    "Hà\uDC00Nội",
    "Hà\u001FNội",
    "Hà\u007FNội",
    "Hà Nội",
    "",
    " ",
    "vi",
    "en",
    "span",
    "each",
    "__proto__",
    "constructor",
    "toString",
    megabyteText,
  ),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.date().map((date) => (Number.isNaN(date.getTime()) ? "2020-10-01" : date.toISOString().slice(0, 10))),
);

/** A deadline, a lunar date or an options object: the right keys with near-valid values. */
const nearRecord = fc.oneof(
  fc.record(
    {
      kind: fc.constantFrom("before", "noLaterThan", "within", "other", undefined),
      date: nearText,
      amount: nearNumber,
      unit: fc.constantFrom("days", "workingDays", "weeks", "months", "years", "hours", undefined),
      from: nearText,
    },
    { requiredKeys: [] },
  ),
  fc.record(
    { year: nearNumber, month: nearNumber, day: nearNumber, leap: fc.oneof(fc.boolean(), fc.anything()) },
    { requiredKeys: [] },
  ),
  fc.record(
    {
      offsetHours: fc.oneof(fc.constantFrom(7, 8, 9, -0, 7.5, 7n, "7"), fc.anything()),
      locale: fc.oneof(fc.constantFrom("vi", "en", "fr", "toString", "__proto__"), fc.anything()),
      lang: fc.oneof(fc.constantFrom("vi", "en", "fr", "toString", "__proto__"), fc.anything()),
      includeUnconfirmed: fc.anything(),
      decisions: fc.oneof(fc.constant(calendar.holidayDecisions), fc.anything(), fc.array(fc.anything())),
      rules: fc.oneof(fc.constant(calendar.holidayRules), fc.anything(), fc.array(fc.anything())),
      calendar: fc.oneof(fc.constant(undefined), fc.anything()),
      weeks: fc.oneof(fc.anything(), fc.array(nearRecordLeaf())),
      generatedAt: fc.oneof(fc.date(), fc.anything()),
      uidDomain: nearText,
      productId: nearText,
      calendarName: nearText,
      days: fc.oneof(fc.constantFrom("span", "each", "both"), fc.anything()),
      reportDeadline: fc.anything(),
      reportDeadlineSource: nearText,
    },
    { requiredKeys: [] },
  ),
);

function nearRecordLeaf() {
  return fc.record(
    {
      year: nearNumber,
      start: nearText,
      end: nearText,
      opening: nearText,
      source: nearText,
      letterDate: nearText,
    },
    { requiredKeys: [] },
  );
}

const hostile = fc.constantFrom(
  Symbol("x"),
  10n,
  null,
  undefined,
  Object.create(null),
  new Date(Number.NaN),
  new Date(8.64e15),
  new Date("2020-10-01T00:00:00Z"),
  [],
  [1, 2, 3],
  () => 1,
);

const argument = fc.oneof(
  { weight: 3, arbitrary: fc.anything() },
  { weight: 3, arbitrary: nearNumber },
  { weight: 3, arbitrary: nearText },
  { weight: 2, arbitrary: nearRecord },
  { weight: 1, arbitrary: hostile },
  { weight: 1, arbitrary: fc.constant(new MadeLate(hostileObject)) },
  { weight: 1, arbitrary: fc.constant(new MadeLate(revokedProxy)) },
  { weight: 1, arbitrary: fc.constant(new MadeLate(trappedProxy)) },
);

const args = fc
  .array(argument, { maxLength: 4 })
  .map((values) => () => values.map((value) => (value instanceof MadeLate ? value.make() : value)));

/** Calls `run` and expects it to return or to throw a CalendarError with a message: nothing else. */
const expectReturnsOrCalendarError = (run: () => unknown): void => {
  let thrown: unknown;
  try {
    run();
    return;
  } catch (error) {
    thrown = error;
  }
  if (!(thrown instanceof calendar.CalendarError)) {
    throw new Error(`threw ${thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : typeof thrown}`, {
      cause: thrown,
    });
  }
  expect(typeof thrown.message).toBe("string");
  expect(thrown.message.length).toBeGreaterThan(0);
  expect(Object.values(calendar.calendarErrorCodes)).toContain(thrown.code);
};

const functions = Object.entries(calendar as Record<string, unknown>).filter(
  (entry): entry is [string, AnyFunction] =>
    typeof entry[1] === "function" && !["CalendarError", "XhhtError"].includes(entry[0]),
);

const holidayCalendarMethods = [
  "publicHolidays",
  "makeUpWorkingDays",
  "isWorkingDay",
  "nextWorkingDay",
  "workingDayOnOrAfter",
  "addWorkingDays",
  "workingDaysBetween",
] as const;

describe("every public function of @xhht/calendar given arbitrary arguments", () => {
  it("covers every exported function", () => {
    expect(functions.length).toBeGreaterThanOrEqual(35);
  });

  for (const [name, run] of functions) {
    it(`${name} returns or throws a CalendarError with a message, nothing else`, () => {
      fc.assert(
        fc.property(args, (values) => {
          expectReturnsOrCalendarError(() => run(...values()));
        }),
        { numRuns: 300 },
      );
    });
  }

  it("the methods of createHolidayCalendar's calendar return or throw a CalendarError, nothing else", () => {
    const built = calendar.createHolidayCalendar();
    fc.assert(
      fc.property(fc.constantFrom(...holidayCalendarMethods), args, (method, values) => {
        expectReturnsOrCalendarError(() => (built[method] as AnyFunction)(...values()));
      }),
      { numRuns: 1000 },
    );
  });
});

type Path = readonly (string | number)[];

/** Every path to a node of a JSON-like value, the root included. */
const pathsOf = (value: unknown, path: Path = []): Path[] => {
  if (typeof value !== "object" || value === null) return [path];
  const entries = Array.isArray(value) ? value.map((item, index) => [index, item] as const) : Object.entries(value);
  return [path, ...entries.flatMap(([key, item]) => pathsOf(item, [...path, key]))];
};

const replaced = (value: unknown, path: Path, leaf: unknown): unknown => {
  const [head, ...rest] = path;
  if (head === undefined) return leaf;
  if (Array.isArray(value)) return value.map((item, index) => (index === head ? replaced(item, rest, leaf) : item));
  const record = value as Record<string, unknown>;
  return { ...record, [head]: replaced(record[head], rest, leaf) };
};

/** A valid value with one node, anywhere, replaced by a hostile one. */
const mutated = (valid: unknown) =>
  fc.tuple(fc.constantFrom(...pathsOf(valid)), argument).map(([path, leaf]) => () => {
    const late = leaf instanceof MadeLate ? leaf.make() : leaf;
    return replaced(valid, path, late);
  });

const decision2027 = {
  year: 2027,
  source: "Thông báo",
  tet: { from: "2027-02-04", to: "2027-02-10" },
  nationalDayAdjacent: "2027-09-03",
  hungKingsDay: "2027-04-16",
  swaps: [{ off: "2027-04-30", worked: "2027-05-08", name: "holiday.victoryDay" }],
};
const deadlines = [
  { kind: "before", date: "2020-10-30" },
  { kind: "noLaterThan", date: "2020-10-30" },
  { kind: "within", amount: 5, unit: "workingDays", from: "2020-10-07" },
];
const week2030 = {
  year: 2030,
  start: "2030-10-01",
  opening: "2030-10-02",
  source: "Công văn",
  letterDate: "2030-09-15",
  reportDeadline: { kind: "noLaterThan", date: "2030-10-30" },
  reportDeadlineSource: "Công văn",
};

describe("the public functions given valid arguments with one part made hostile", () => {
  it("createHolidayCalendar: a decision or a rule made hostile is refused at once or works, in every method", () => {
    const valid = { decisions: [decision2027], rules: calendar.holidayRules.slice(0, 6), includeUnconfirmed: true };
    fc.assert(
      fc.property(mutated(valid), (options) => {
        expectReturnsOrCalendarError(() => {
          const built = calendar.createHolidayCalendar(options() as never);
          built.publicHolidays(2027);
          built.makeUpWorkingDays(2027);
          built.isWorkingDay("2027-04-30");
          built.workingDaysBetween("2027-01-01", "2027-12-31");
          built.addWorkingDays("2027-02-01", 30);
        });
      }),
      { numRuns: 500 },
    );
  });

  it("deadlineLastDay and deadlineStatus: a deadline made hostile", () => {
    fc.assert(
      fc.property(fc.constantFrom(...deadlines).chain(mutated), (deadline) => {
        expectReturnsOrCalendarError(() => calendar.deadlineLastDay(deadline() as never));
        expectReturnsOrCalendarError(() => calendar.deadlineStatus(deadline() as never, "2020-11-02T09:00:00+07:00"));
      }),
      { numRuns: 300 },
    );
  });

  it("lifelongLearningWeek, weekMilestones and weekToICalendar: a Week entry made hostile", () => {
    fc.assert(
      fc.property(mutated({ weeks: [week2030] }), (options) => {
        expectReturnsOrCalendarError(() => calendar.lifelongLearningWeek(2030, options() as never));
        expectReturnsOrCalendarError(() => calendar.weekToICalendar(2030, options() as never));
      }),
      { numRuns: 300 },
    );
  });

  it("weekToICalendar: milestones or options made hostile", () => {
    const milestones = calendar.weekMilestones(2020).slice(0, 4);
    const options = {
      calendarName: "Tuần lễ",
      productId: "-//x//EN",
      uidDomain: "a.vn",
      days: "each",
      generatedAt: "now",
    };
    fc.assert(
      fc.property(mutated(milestones), mutated(options), (list, given) => {
        expectReturnsOrCalendarError(() => calendar.weekToICalendar(list() as never));
        expectReturnsOrCalendarError(() => calendar.weekToICalendar(milestones, given() as never));
      }),
      { numRuns: 300 },
    );
  });

  it("fromLunar and formatLunarDate: a lunar date or options made hostile", () => {
    fc.assert(
      fc.property(
        mutated({ year: 2020, month: 4, day: 1, leap: true }),
        mutated({ offsetHours: 7, lang: "en", locale: "vi" }),
        (lunar, options) => {
          expectReturnsOrCalendarError(() => calendar.fromLunar(lunar() as never, options() as never));
          expectReturnsOrCalendarError(() => calendar.formatLunarDate(lunar() as never, options() as never));
          expectReturnsOrCalendarError(() => calendar.toLunar("2020-05-23", options() as never));
        },
      ),
      { numRuns: 300 },
    );
  });
});

// An oracle that shares no code with the calendar (nor with a date library): milliseconds since 1970 in the engine's own UTC
// arithmetic (Date.parse of an ISO date-time with «Z», toISOString, setUTCFullYear), which no host zone reaches.
const dayMs = 86_400_000;
const oracle = {
  ms: (date: string) => Date.parse(`${date}T00:00:00Z`),
  date: (ms: number) => new Date(ms).toISOString().slice(0, 10),
  daysInMonth: (year: number, month: number) => {
    const last = new Date(0);
    last.setUTCFullYear(year, month, 0);
    return last.getUTCDate();
  },
};
const pad = (value: number, width: number) => String(value).padStart(width, "0");
const anyDate = fc.integer({ min: -719_162, max: 2_932_896 }).map((day) => oracle.date(day * dayMs));

describe("the civil-date arithmetic agrees with an independent oracle", () => {
  it("addDays and differenceInDays: the same milliseconds, in whole days", () => {
    fc.assert(
      fc.property(anyDate, anyDate, fc.integer({ min: -400_000, max: 400_000 }), (date, other, amount) => {
        expect(calendar.differenceInDays(date, other)).toBe((oracle.ms(date) - oracle.ms(other)) / dayMs);
        const target = oracle.ms(date) + amount * dayMs;
        if (target >= oracle.ms("0001-01-01") && target <= oracle.ms("9999-12-31")) {
          expect(calendar.addDays(date, amount)).toBe(oracle.date(target));
        } else {
          expect(() => calendar.addDays(date, amount)).toThrow(
            expect.objectContaining({ code: "calendar.date-out-of-range" }),
          );
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("dayOfWeek and daysInMonth: getUTCDay, and the day before the next month's first", () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), (date, year, month) => {
        expect(calendar.dayOfWeek(date)).toBe(new Date(oracle.ms(date)).getUTCDay());
        expect(calendar.daysInMonth(year, month)).toBe(oracle.daysInMonth(year, month));
      }),
      { numRuns: 2000 },
    );
  });

  it("addCalendarMonths: the same day of the target month, or its last day (Bộ luật Dân sự 2015, Điều 148.2)", () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -120_000, max: 120_000 }), (date, months) => {
        const [year, month, day] = date.split("-").map(Number) as [number, number, number];
        const index = year * 12 + month - 1 + months;
        const targetYear = Math.floor(index / 12);
        const targetMonth = index - targetYear * 12 + 1;
        if (targetYear < 1 || targetYear > 9999) {
          expect(() => calendar.addCalendarMonths(date, months)).toThrow(
            expect.objectContaining({ code: "calendar.date-out-of-range" }),
          );
          return;
        }
        const targetDay = Math.min(day, oracle.daysInMonth(targetYear, targetMonth));
        expect(calendar.addCalendarMonths(date, months)).toBe(
          `${pad(targetYear, 4)}-${pad(targetMonth, 2)}-${pad(targetDay, 2)}`,
        );
      }),
      { numRuns: 2000 },
    );
  });

  it("lifelongLearningWeek: seven consecutive days, whatever the year", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2011, max: 9999 }), (year) => {
        const { start, end, days } = calendar.lifelongLearningWeek(year);
        expect(days).toEqual(Array.from({ length: 7 }, (_, index) => oracle.date(oracle.ms(start) + index * dayMs)));
        expect(end).toBe(days[6]);
      }),
      { numRuns: 300 },
    );
  });
});
