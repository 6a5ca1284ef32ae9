import { holidayNames, weekMilestoneLabels } from "@xhht/calendar";
import { describe, expect, it } from "vitest";
import { activityCatalogue } from "../../data/activityCatalogue.ts";
import { directive2020 } from "../../data/directive2020.ts";
import { audiences, measures, venues } from "../../data/vocabulary.ts";
import { actorCodes } from "../../entities/directive/Directive.ts";
import { labelOf } from "../labelOf.ts";
import { labelsEn } from "./labels.en.ts";
import { labelsVi } from "./labels.vi.ts";

const codes = [
  ...activityCatalogue.map((entry) => `activity.${entry.code}`),
  ...audiences.map((code) => `audience.${code}`),
  ...venues.map((code) => `venue.${code}`),
  ...measures.map((code) => `measure.${code}`),
  ...actorCodes.map((code) => `actor.${code}`),
  ...new Set(directive2020.duties.flatMap((entry) => entry.duties.map((code) => `duty.${code}`))),
  ...Object.values(holidayNames),
  ...Object.values(weekMilestoneLabels),
].sort();

describe("labels", () => {
  it("names every code in Vietnamese and English, and nothing else", () => {
    expect(Object.keys(labelsVi).sort()).toEqual(codes);
    expect(Object.keys(labelsEn).sort()).toEqual(codes);
  });

  it("are looked up by kind and code in the caller's language", () => {
    expect(labelOf("measure", "bookshelves")).toBe("Số tủ sách lớp học");
    expect(labelOf("measure", "bookshelves", { lang: "en" })).toBe("Class bookshelves");
  });

  it("fall back to the code itself for a code without a name", () => {
    expect(labelOf("activity", "made-up.activity")).toBe("made-up.activity");
  });
});
