import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { expectQuickAnswer, megabyte } from "../../../../test/support/expectQuickAnswer.ts";
import { CalendarError } from "../CalendarError.ts";
import type { WeekMilestone } from "../timeline/WeekMilestone.ts";
import type { WeekMilestoneLabel } from "../timeline/weekMilestoneLabels.ts";
import { weekMilestones } from "../timeline/weekMilestones.ts";
import { weekToICalendar } from "./weekToICalendar.ts";

// The texts @xhht/domain's vi locale gives these keys, with i18next's {{…}} interpolation.
const vi: Record<WeekMilestoneLabel, string> = {
  "milestone.letterIssued":
    "Bộ Giáo dục và Đào tạo ban hành công văn hướng dẫn Tuần lễ hưởng ứng học tập suốt đời năm {{year}}",
  "milestone.opening": "Lễ khai mạc Tuần lễ hưởng ứng học tập suốt đời năm {{year}}",
  "milestone.weekDay": "Ngày thứ {{day}} của Tuần lễ hưởng ứng học tập suốt đời năm {{year}}",
  "milestone.lastDay": "Ngày cuối của Tuần lễ hưởng ứng học tập suốt đời năm {{year}}",
  "milestone.reportDeadline": "Hạn cuối gửi báo cáo kết quả Tuần lễ năm {{year}} về Bộ Giáo dục và Đào tạo",
  "milestone.week": "Tuần lễ hưởng ứng học tập suốt đời năm {{year}}",
};
const translate = (label: WeekMilestoneLabel, params: WeekMilestone["params"]) =>
  vi[label].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name as keyof typeof params]));

const octets = (text: string) => Buffer.byteLength(text, "utf8");

const parse = (ics: string) => {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      start: event.startDate.toString(),
      allDay: event.startDate.isDate,
      end: event.endDate.toString(),
      summary: event.summary,
      description: event.description,
      status: component.getFirstPropertyValue("status"),
      stamp: component.getFirstPropertyValue("dtstamp")?.toString(),
    };
  });
  return { calendar, events };
};

describe("weekToICalendar", () => {
  it("writes the 2020 timeline as all-day events that an iCalendar parser reads back", () => {
    const { calendar, events } = parse(weekToICalendar(2020, { translate }));
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(calendar.getFirstPropertyValue("prodid")).toBe("-//xhht//@xhht/calendar//EN");
    expect(events.map(({ uid, start, end, allDay, status }) => [uid, start, end, allDay, status])).toEqual([
      ["week-2020-letterIssued@xhht", "2020-09-15", "2020-09-16", true, "CONFIRMED"],
      ["week-2020-opening@xhht", "2020-10-01", "2020-10-02", true, "CONFIRMED"],
      ["week-2020@xhht", "2020-10-01", "2020-10-08", true, "CONFIRMED"],
      ["week-2020-lastDay@xhht", "2020-10-07", "2020-10-08", true, "CONFIRMED"],
      ["week-2020-reportDeadline@xhht", "2020-10-29", "2020-10-30", true, "CONFIRMED"],
    ]);
  });

  it("carries Vietnamese text in UTF-8, NFC, with the source as description", () => {
    const ics = weekToICalendar(2020, { translate });
    expect(Buffer.from(ics, "utf8").toString("utf8")).toBe(ics);
    expect(ics).toBe(ics.normalize("NFC"));
    const { events } = parse(ics);
    expect(events[1]).toMatchObject({
      summary: "Lễ khai mạc Tuần lễ hưởng ứng học tập suốt đời năm 2020",
      description: "Công văn 3589/BGDĐT-GDTX ngày 15/09/2020 của Bộ Giáo dục và Đào tạo",
    });
    expect(events[2]?.summary).toBe("Tuần lễ hưởng ứng học tập suốt đời năm 2020");
    expect(events[4]?.description).toContain("«trước ngày 30/10/2020»");
  });

  it("ends every line with CRLF and folds lines longer than 75 octets with a leading space", () => {
    const ics = weekToICalendar(2020, { translate });
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);
    const lines = ics.slice(0, -2).split("\r\n");
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
    const continued = lines.filter((line) => line.startsWith(" "));
    expect(continued.length).toBeGreaterThan(0);
    const unfolded = ics.replaceAll("\r\n ", "").slice(0, -2).split("\r\n");
    expect(unfolded).toContain(
      "SUMMARY:Bộ Giáo dục và Đào tạo ban hành công văn hướng dẫn Tuần lễ hưởng ứng học tập suốt đời năm 2020",
    );
    expect(unfolded.filter((line) => octets(line) > 75).length).toBeGreaterThan(2);
  });

  it("gives the same bytes for the same input, with DTSTAMP 00:00 in Hà Nội of the first milestone", () => {
    const ics = weekToICalendar(2019);
    expect(weekToICalendar(2019)).toBe(ics);
    expect(weekToICalendar(weekMilestones(2019))).toBe(ics);
    expect(ics).toBe(
      [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//xhht//@xhht/calendar//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        ...[
          ["letterIssued", "20190910", "20190911", "milestone.letterIssued"],
          ["opening", "20191001", "20191002", "milestone.opening"],
          ["", "20191001", "20191008", "milestone.week"],
          ["lastDay", "20191007", "20191008", "milestone.lastDay"],
        ].flatMap(([kind, start, end, summary]) => [
          "BEGIN:VEVENT",
          `UID:week-2019${kind ? `-${kind}` : ""}@xhht`,
          "DTSTAMP:20190909T170000Z",
          `DTSTART;VALUE=DATE:${start}`,
          `DTEND;VALUE=DATE:${end}`,
          `SUMMARY:${summary}`,
          "DESCRIPTION:Công văn 4080/BGDĐT-GDTX ngày 10/09/2019 của Bộ Giáo d", // 75 octets
          " ục và Đào tạo",
          "STATUS:CONFIRMED",
          "TRANSP:TRANSPARENT",
          "END:VEVENT",
        ]),
        "END:VCALENDAR",
        "",
      ].join("\r\n"),
    );
  });

  it("writes generatedAt as DTSTAMP in UTC", () => {
    const generatedAt = new Date("2020-09-15T08:30:00+07:00");
    const { events } = parse(weekToICalendar(2020, { generatedAt }));
    for (const event of events) expect(event.stamp).toBe("2020-09-15T01:30:00Z");
    const validDate =
      'weekToICalendar: options.generatedAt must be a valid Date, e.g. new Date("2020-10-30T16:30:00+07:00")';
    for (const [generatedAt, given] of [
      [new Date(Number.NaN), "an invalid Date"],
      ["2020-10-01", '"2020-10-01"'],
      [Date.parse("2020-10-01T00:00:00Z"), "1601510400000"],
    ] as const) {
      expect(() => weekToICalendar(2020, { generatedAt } as never)).toThrow(
        expect.objectContaining({ code: "calendar.invalid-instant", message: `${validDate}, not ${given}` }),
      );
    }
  });

  it("marks a provisional year's events TENTATIVE, with no description", () => {
    const { events } = parse(weekToICalendar(2026, { translate }));
    expect(events.map((event) => event.status)).toEqual(["TENTATIVE", "TENTATIVE", "TENTATIVE"]);
    expect(events.map((event) => event.description)).toEqual([null, null, null]);
  });

  it("writes one event a day with days: each, and takes the UID domain, product id and calendar name given", () => {
    const ics = weekToICalendar(2020, {
      days: "each",
      uidDomain: "hanoi.gov.vn",
      productId: "-//Sở GD&ĐT Hà Nội//Lịch//VI",
      calendarName: "Tuần lễ 2020, Hà Nội",
    });
    const { calendar, events } = parse(ics);
    expect(calendar.getFirstPropertyValue("prodid")).toBe("-//Sở GD&ĐT Hà Nội//Lịch//VI");
    expect(ics).toContain("X-WR-CALNAME:Tuần lễ 2020\\, Hà Nội\r\n"); // ical.js leaves X- values escaped
    expect(events).toHaveLength(11);
    expect(events.filter((event) => event.summary === "milestone.weekDay").map((event) => event.uid)).toEqual(
      [1, 2, 3, 4, 5, 6, 7].map((day) => `week-2020-day-${day}@hanoi.gov.vn`),
    );
  });

  it("escapes commas, semicolons, backslashes and line breaks in the texts", () => {
    const text = "Hạn: trước ngày 30/10/2020; gửi Vụ GDTX, bản mềm qua e-mail\\bản cứng\nqua bưu điện";
    const { events } = parse(weekToICalendar(2020, { translate: () => text }));
    expect(events[0]?.summary).toBe(text);
  });

  it("exports a list of milestones the caller filtered", () => {
    const milestones = weekMilestones(2020).filter((milestone) => milestone.kind === "reportDeadline");
    const { events } = parse(weekToICalendar(milestones));
    expect(events).toEqual([expect.objectContaining({ start: "2020-10-29", stamp: "2020-10-28T17:00:00Z" })]);
  });

  it("refuses an empty or malformed list and text with control characters", () => {
    expect(() => weekToICalendar([])).toThrow(expect.objectContaining({ code: "calendar.invalid-milestone" }));
    const [opening] = weekMilestones(2020);
    const wrong = [
      { ...opening, date: "2020-02-30" },
      { ...opening, kind: "party" },
      { ...opening, params: null },
      null,
    ];
    for (const bad of wrong) {
      expect(() => weekToICalendar([bad as WeekMilestone])).toThrow(
        expect.objectContaining({ code: "calendar.invalid-milestone" }),
      );
    }
    expect(() => weekToICalendar(2020, { translate: () => "Khai mạc\u0007" })).toThrow(
      expect.objectContaining({ code: "calendar.invalid-text" }),
    );
    expect(() => weekToICalendar(2010)).toThrow(expect.objectContaining({ code: "calendar.invalid-year" }));
  });
});

describe("weekToICalendar on hostile text and options", () => {
  it("refuses text an iCalendar file cannot carry in any text option, with calendar.invalid-text", () => {
    for (const options of [
      { calendarName: "Tuần\u0000lễ" },
      { productId: "x\uFFFE" },
      { uidDomain: "a\uD800" },
      { translate: () => "a\u0001b" },
      { reportDeadlineSource: "nguồn\u0000", reportDeadline: { kind: "noLaterThan", date: "2020-10-30" } as const },
    ]) {
      expect(() => weekToICalendar(2020, options)).toThrow(expect.objectContaining({ code: "calendar.invalid-text" }));
    }
  });

  it("refuses options of the wrong type with a CalendarError", () => {
    for (const options of [{ days: "both" }, { translate: 5 }, { generatedAt: "2020-10-01" }, { calendarName: 5 }, 7]) {
      expect(() => weekToICalendar(2020, options as never)).toThrow(CalendarError);
    }
  });

  it("escapes, folds and refuses a megabyte of text at once", () => {
    for (const text of [
      ",;\\".repeat(megabyte / 3),
      "\r\n".repeat(megabyte / 2),
      "ệ".repeat(megabyte),
      `${"a".repeat(megabyte)}\u0000`,
    ]) {
      expectQuickAnswer(() => {
        try {
          weekToICalendar(2020, { calendarName: text });
        } catch (error) {
          expect(error).toBeInstanceOf(CalendarError);
        }
      }, 1_000);
    }
  });
});

describe("weekToICalendar's calendar.invalid-options", () => {
  it("is the code for options it does not take, with a message naming the option and what to pass", () => {
    const cases: readonly [unknown, RegExp][] = [
      [{ days: "both" }, /^weekToICalendar: options\.days must be "span" or "each", not "both"$/u],
      [{ translate: 5 }, /^weekToICalendar: options\.translate must be a function of a label and its params, not 5$/u],
      [{ calendarName: 5 }, /^weekToICalendar: options\.calendarName must be a string, not 5$/u],
      [{ uidDomain: 5 }, /^weekToICalendar: options\.uidDomain must be a string, not 5$/u],
      [{ productId: ["x"] }, /^weekToICalendar: options\.productId must be a string, not \["x"\]$/u],
      [7, /^weekToICalendar: options must be an object \{ translate, generatedAt, .+, days \}, not 7$/u],
      [null, /^weekToICalendar: options must be an object \{ translate, .+ \}, not null$/u],
    ];
    for (const [options, message] of cases) {
      expect(() => weekToICalendar(2020, options as never)).toThrow(
        expect.objectContaining({
          name: "CalendarError",
          code: "calendar.invalid-options",
          message: expect.stringMatching(message),
        }),
      );
    }
  });

  it("is the code for options whose fields cannot be read", () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error("no");
        },
      },
    );
    expect(() => weekToICalendar(2020, hostile as never)).toThrow(
      expect.objectContaining({
        code: "calendar.invalid-options",
        message: "weekToICalendar: options cannot be read from the value given: pass a plain object",
      }),
    );
  });
});
