import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { activityCatalogue } from "../../data/activityCatalogue.ts";
import { directive2020 } from "../../data/directive2020.ts";
import { editionActivities } from "../../data/editionActivities.ts";
import { editions } from "../../data/editions.ts";
import { activityGroups } from "../../data/vocabulary.ts";
import { DomainError } from "../../errors/DomainError.ts";
import { defineDirective } from "./defineDirective.ts";
import { directiveFactNames, directiveFor } from "./directiveFor.ts";
import { findActivity } from "./findActivity.ts";
import { validateDirectiveTerms } from "./validateDirectiveTerms.ts";

const unknownFacts = (year: number) => directiveFactNames.filter((name) => !directiveFor(year).facts[name].known);

describe("directiveFor", () => {
  it("gives 2020's whole directive, every part known from the letter", () => {
    const year = directiveFor(2020);
    expect(year.directive).toBe(directive2020);
    expect(year).toMatchObject({
      theme: directive2020.theme,
      week: { start: "2020-10-01", end: "2020-10-07", opening: "2020-10-01", provisional: false },
      reporting: { deadline: { kind: "before", date: "2020-10-30" }, recipient: "Bộ Giáo dục và Đào tạo" },
      letter: { number: 3589, symbol: "BGDĐT-GDTX", date: "2020-09-15" },
    });
    expect(year.activities).toHaveLength(15);
    expect(unknownFacts(2020)).toEqual([]);
    expect(year.facts.theme.sources.at(0)?.document).toMatch(/3589\/BGDĐT-GDTX/);
  });

  it("gives 2024 from Công văn 5201/BGDĐT-GDTX as reported: letter, theme, Week and reading-culture activities", () => {
    const year = directiveFor(2024);
    expect(year.directive).toBeUndefined();
    expect(year.letter).toEqual({
      issuer: "BỘ GIÁO DỤC VÀ ĐÀO TẠO",
      number: 5201,
      symbol: "BGDĐT-GDTX",
      date: "2024-09-09",
      subject: "tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2024",
    });
    expect(year.theme).toBe("Phát triển văn hóa đọc thúc đẩy học tập suốt đời");
    expect(year.week).toMatchObject({
      start: "2024-10-01",
      end: "2024-10-07",
      opening: "2024-10-01",
      provisional: false,
    });
    expect(year.activities.map((activity) => activity.code)).toContain("reading.book-fairs");
    expect(year.activities.map((activity) => activity.code)).not.toContain("online-learning.programmes");
    expect(year.facts.activities).toMatchObject({ known: true, note: expect.stringMatching(/press reports/) });
    expect(unknownFacts(2024)).toEqual(["reportDeadline", "text"]);
  });

  it("cites 2025's letter without the date no public source gives", () => {
    const year = directiveFor(2025);
    expect(year.letter).toEqual({
      issuer: "BỘ GIÁO DỤC VÀ ĐÀO TẠO",
      number: 5607,
      symbol: "BGDĐT-GDNNGDTX",
      subject: "tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2025",
    });
    expect(year.activities.map((activity) => activity.code)).toContain("digital.skills-training");
    expect(unknownFacts(2025)).toEqual(["letterDate", "reportDeadline", "text"]);
  });

  it("names 2013's sender, the national Steering Committee, from the letter's symbol", () => {
    expect(directiveFor(2013).letter?.issuer).toBe("BAN CHỈ ĐẠO QUỐC GIA XÂY DỰNG XÃ HỘI HỌC TẬP");
    expect(directiveFor(2013).reporting.recipient).toBe("Ban Chỉ đạo quốc gia xây dựng xã hội học tập");
  });

  it("marks a year nobody has published as unknown, with a provisional Week, instead of guessing", () => {
    const year = directiveFor(2030);
    expect(year).toMatchObject({ theme: undefined, letter: undefined, activities: [], directive: undefined });
    expect(year.week).toMatchObject({ start: "2030-10-01", provisional: true });
    expect(year.facts.week.note).toMatch(/default rule/);
    expect(unknownFacts(2030)).toEqual([...directiveFactNames]);
  });

  it("takes a user's directive or edition over the SDK's data for its year", () => {
    const theme = "Học tập suốt đời trong kỷ nguyên số";
    const directive2027 = defineDirective({
      ...directive2020,
      year: 2027,
      letter: { ...directive2020.letter, number: 4321, date: "2027-09-10" },
      theme,
      week: { start: "2027-10-01", end: "2027-10-07", opening: "2027-10-01" },
      reporting: { ...directive2020.reporting, deadline: { kind: "before", date: "2027-10-29" } },
      duties: directive2020.duties.filter((duty) => duty.actor !== "district-peoples-committee"),
    });
    const year = directiveFor(2027, { directives: [directive2027] });
    expect(year.directive).toBe(directive2027);
    expect(year).toMatchObject({ theme, letter: { number: 4321 }, week: { start: "2027-10-01", provisional: false } });
    expect(directiveFor(2027).directive).toBeUndefined();
    const edition = { year: 2026, letterNumber: "4321/BGDĐT-GDNNGDTX", theme, source: "Công văn 4321/BGDĐT-GDNNGDTX" };
    expect(directiveFor(2026, { editions: [edition] })).toMatchObject({ theme, letter: { number: 4321 } });
  });

  it("refuses options it cannot read with domain.invalid-option", () => {
    for (const options of [null, 5, { directives: directive2020 }]) {
      expect(() => directiveFor(2024, options as never)).toThrow(
        expect.objectContaining({ code: "domain.invalid-option" }),
      );
    }
  });

  it("gives terms that validate for every year the SDK takes", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2011, max: 2200 }), (year) => {
        const result = validateDirectiveTerms(directiveFor(year));
        expect(result.issues).toEqual([]);
        expect(result.value?.year).toBe(year);
      }),
    );
  });
});

describe("editionActivities", () => {
  it("lists catalogued codes only, for years with an edition, each asking for communication, the opening and more", () => {
    const years = new Set(editions.map((edition) => edition.year));
    for (const entry of editionActivities) {
      expect(years.has(entry.year)).toBe(true);
      for (const code of entry.activities) expect(findActivity(code), code).toBeDefined();
      const groups = new Set(entry.activities.map((code) => findActivity(code)?.group));
      expect([...groups].sort()).toEqual([...activityGroups]);
    }
  });

  it("gives 2020 exactly the activities of its directive", () => {
    const [first] = editionActivities;
    expect(first.activities).toEqual(directive2020.activities.map((activity) => activity.code));
  });

  it("uses every catalogued activity in some year", () => {
    const used = new Set(editionActivities.flatMap((entry) => entry.activities));
    expect(activityCatalogue.filter((entry) => !used.has(entry.code))).toEqual([]);
  });
});

describe("defineDirective", () => {
  it("returns the directive, validated, and lets warnings through", () => {
    expect(defineDirective(directive2020)).toEqual(directive2020);
  });

  it("throws domain.invalid-directive listing every error with its path, and keeps the issues", () => {
    const broken = {
      ...directive2020,
      theme: "",
      week: { start: "2027-10-01", end: "2027-10-09", opening: "2027-10-01" },
    };
    let thrown: unknown;
    try {
      defineDirective(broken, { lang: "en" });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    const error = thrown as DomainError;
    expect(error.code).toBe("domain.invalid-directive");
    expect(error.message).toMatch(/^defineDirective: the directive has \d+ error\(s\):\ntheme: /);
    expect(error.issues.map((issue) => issue.path.join("."))).toContain("theme");
  });
});

describe("directiveFor's facts in two languages", () => {
  it("says in Vietnamese and English what is uncertain about every part not known, for any year", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2011, max: 2040 }), (year) => {
        for (const name of directiveFactNames) {
          const fact = directiveFor(year).facts[name];
          if (!fact.known) expect(fact.notes).toBeDefined();
          if (fact.notes !== undefined) {
            expect(fact.notes.vi.trim()).not.toBe("");
            expect(fact.notes.en.trim()).not.toBe("");
            expect(fact.notes.vi).not.toBe(fact.notes.en);
            expect(fact.note).toBe(fact.notes.en);
          } else expect(fact.note).toBeUndefined();
        }
      }),
      { numRuns: 60 },
    );
  });

  it("keeps the English notes of earlier versions, and gives them in Vietnamese too", () => {
    const year2030 = directiveFor(2030);
    expect(year2030.facts.week).toMatchObject({
      known: false,
      label: { vi: "Thời gian tổ chức Tuần lễ", en: "Dates of the Week" },
      note: "No letter is known: the default rule gives the dates.",
      notes: {
        vi: "Chưa có công văn: thời gian tổ chức tính theo quy tắc mặc định.",
        en: "No letter is known: the default rule gives the dates.",
      },
    });
    expect(directiveFor(2024).facts.text.notes?.vi).toBe("Chưa tìm thấy toàn văn công văn trong nguồn công khai.");
    expect(directiveFor(2024).facts.activities.notes?.en).toMatch(/^From press reports of the letter/);
    expect(directiveFor(2020).facts.text).toEqual({
      known: true,
      sources: directiveFor(2020).facts.text.sources,
      label: { vi: "Toàn văn công văn", en: "Full text of the letter" },
    });
  });
});
