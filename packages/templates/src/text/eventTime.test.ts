import { CalendarError } from "@xhht/calendar";
import { describe, expect, it } from "vitest";
import { expectQuickAnswer, megabyte } from "../../../../test/support/expectQuickAnswer.ts";
import { eventTime } from "./eventTime.ts";

describe("eventTime", () => {
  it("writes hour, weekday and date as an invitation does", () => {
    expect(eventTime("08:00", "2020-10-01")).toBe("08 giờ 00, thứ Năm, ngày 01/10/2020");
    expect(eventTime("14:30", "2020-10-04")).toBe("14 giờ 30, Chủ nhật, ngày 04/10/2020");
  });
});

describe("eventTime on adversarial text", () => {
  it("answers a megabyte of time text at once, and a megabyte of date text with the calendar's refusal", () => {
    expectQuickAnswer(() => eventTime(":".repeat(megabyte), "2020-10-01"));
    expectQuickAnswer(() => expect(() => eventTime("08:00", "2".repeat(megabyte))).toThrow(CalendarError));
  });
});
