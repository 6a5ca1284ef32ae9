import { describe, expect, it } from "vitest";
import { weekdayNames } from "./weekdayNames.ts";

describe("weekdayNames", () => {
  it("names seven days in each language, Sunday first", () => {
    for (const names of Object.values(weekdayNames)) expect(names).toHaveLength(7);
    expect(weekdayNames.vi[0]).toBe("Chủ nhật");
    expect(weekdayNames.en[0]).toBe("Sunday");
  });

  it("stores the Vietnamese names in NFC", () => {
    for (const name of weekdayNames.vi) expect(name).toBe(name.normalize("NFC"));
  });
});
