import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { directiveSchema } from "../entities/directive/Directive.ts";
import { findActivity } from "../entities/directive/findActivity.ts";
import { directive2020 } from "./directive2020.ts";

const seed = readFileSync(
  new URL("../../../../test/fixtures/cong-van-3589-BGDDT-GDTX-2020.txt", import.meta.url),
  "utf8",
);

describe("directive2020", () => {
  it("is a valid directive, unchanged by parsing", () => {
    expect(directiveSchema.parse(directive2020)).toEqual(directive2020);
  });

  it("holds every line of the published body, with only the recorded errata corrected", () => {
    const published = seed.split("\n").map((line) => line.trim());
    for (const block of directive2020.letter.body) {
      const prefix = block.type === "bullet" ? "- " : "label" in block ? `${block.label} ` : "";
      let line = `${prefix}${block.text}`;
      for (const erratum of directive2020.errata) line = line.replace(erratum.corrected, erratum.published);
      expect(published).toContain(line);
    }
  });

  it("records the dates, theme and deadline the letter states in words", () => {
    const body = directive2020.letter.body.map((block) => block.text).join("\n");
    expect(body).toContain(`“${directive2020.theme}”`);
    expect(body).toContain("từ ngày 01/10/2020 đến ngày 07/10/2020");
    expect(body).toContain("vào ngày 01/10/2020");
    expect(body).toContain("trước ngày 30/10/2020");
    expect(directive2020.week).toEqual({ start: "2020-10-01", end: "2020-10-07", opening: "2020-10-01" });
    expect(directive2020.reporting.deadline).toEqual({ kind: "before", date: "2020-10-30" });
    expect(body).toContain(directive2020.reporting.email);
  });

  it("gives every activity of section 4 a distinct stable code", () => {
    const codes = directive2020.activities.map((activity) => activity.code);
    expect(new Set(codes).size).toBe(codes.length);
    const groups = directive2020.activities.map((activity) => findActivity(activity.code)?.group);
    expect(new Set(groups)).toEqual(new Set(["a", "b", "c"]));
  });
});
