import { lifelongLearningWeekSources } from "@xhht/calendar/sources";
import { describe, expect, it } from "vitest";
import type { EditionInput } from "../entities/edition/editionSchema.ts";
import { editionSchema } from "../entities/edition/editionSchema.ts";
import { findEdition } from "../entities/edition/findEdition.ts";
import { editions } from "./editions.ts";

/** What a user cannot look up: paths, working notes and placeholders instead of a public document. */
const internal = [
  /\/work\//i,
  /\/root\//i,
  /\bshared\b/i,
  /\.md\b/i,
  /\bseed\b/i,
  /\bUNCONFIRMED\b/,
  /internal note/i,
  /related-documents list/i,
  /as reported for that year/i,
];

/** Why an edition's sources do not let a user check it; empty when they do. */
const sourceProblems = (edition: EditionInput): string[] => {
  const problems: string[] = [];
  const sources = edition.sources ?? [];
  if (!sources.some((s) => s.document.trim() !== "" && s.issuer.trim() !== "")) {
    problems.push("no source with a document and an issuer");
  }
  for (const s of sources) {
    if (s.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(s.date)) problems.push(`date ${s.date}`);
    if (s.url !== undefined && !s.url.startsWith("https://")) problems.push(`url ${s.url}`);
  }
  const texts = [edition.source, edition.note ?? "", ...sources.flatMap((s) => [s.document, s.issuer, s.url ?? ""])];
  for (const text of texts) {
    for (const pattern of internal) if (pattern.test(text)) problems.push(`internal note ${pattern}: ${text}`);
  }
  if (!editionSchema.safeParse(edition).success) problems.push("not a valid edition");
  return problems;
};

const byYear = (year: number) => editions.find((edition) => edition.year === year) as EditionInput | undefined;

describe("editions", () => {
  it("cite the documents @xhht/calendar already cites for the same Week, not copies of them", () => {
    const copies = editions.flatMap((edition) =>
      edition.sources.flatMap((source) =>
        (lifelongLearningWeekSources[edition.year] ?? [])
          .filter((cited) => cited !== source && JSON.stringify(cited) === JSON.stringify(source))
          .map((cited) => `${edition.year}: ${cited.document}`),
      ),
    );
    expect(copies).toEqual([]);
    expect(findEdition(2011).sourceDocuments).toEqual(lifelongLearningWeekSources[2011]);
  });

  it("cite, for every year, public documents a user can check", () => {
    for (const edition of editions) expect(sourceProblems(edition), String(edition.year)).toEqual([]);
  });

  it("would be refused with no checkable source, a bad date or address, or an internal note", () => {
    const base = { year: 2030, source: "Công văn 1/BGDĐT-GDTX" } satisfies EditionInput;
    const letter = { document: "Công văn 1/BGDĐT-GDTX", issuer: "Bộ Giáo dục và Đào tạo" };
    expect(sourceProblems({ ...base, sources: [letter] })).toEqual([]);
    expect(sourceProblems(base)).toContain("no source with a document and an issuer");
    expect(sourceProblems({ ...base, sources: [{ ...letter, issuer: " " }] })).toContain(
      "no source with a document and an issuer",
    );
    expect(sourceProblems({ ...base, sources: [{ ...letter, date: "15/09/2020" }] })).toContain("date 15/09/2020");
    expect(sourceProblems({ ...base, sources: [{ ...letter, url: "http://moet.gov.vn/" }] })).toContain(
      "url http://moet.gov.vn/",
    );
    expect(sourceProblems({ ...base, source: "from the seed's notes", sources: [letter] })).not.toEqual([]);
    expect(sourceProblems({ ...base, sources: [{ ...letter, document: "editions.md, row 2016" }] })).not.toEqual([]);
  });

  it("name each letter whose number is known among its sources, with its issuer", () => {
    for (const edition of editions as readonly EditionInput[]) {
      if (edition.letterNumber === undefined) continue;
      const letter = edition.sources?.find((s) => s.document.includes(edition.letterNumber as string));
      expect(letter, String(edition.year)).toBeDefined();
      expect(letter?.issuer).toMatch(/^(?:Bộ Giáo dục và Đào tạo|Ban Chỉ đạo quốc gia xây dựng xã hội học tập)$/);
      if (edition.letterDate !== undefined) expect(letter?.date).toBe(edition.letterDate);
    }
  });

  it("say in the note what is unknown where the letter was not found", () => {
    for (const edition of editions as readonly EditionInput[]) {
      if (edition.letterNumber === undefined || edition.letterDate === undefined) {
        expect(edition.note, String(edition.year)).toMatch(/not found|unknown/);
      }
    }
  });

  it("has the 2012 Week: «Học để trở thành người công dân tốt», the letter unknown", () => {
    // Báo Lạng Sơn, «Khai mạc Tuần lễ hưởng ứng học tập suốt đời 2012»: «Với khẩu hiệu “Học để trở thành người công
    // dân tốt”»; Báo Ninh Thuận: «Tuần lễ hưởng ứng học tập suốt đời năm 2012 diễn ra từ ngày 1 đến 7 – 10, với chủ
    // đề: “Học để trở thành người công dân tốt”».
    const edition = findEdition(2012);
    expect(edition).toMatchObject({ theme: "Học để trở thành người công dân tốt", letterNumber: undefined });
    expect(edition.sourceDocuments.map((s) => s.issuer)).toEqual(
      expect.arrayContaining(["Báo Lạng Sơn", "Báo Ninh Thuận"]),
    );
  });

  it("has the 2013 theme as Bạc Liêu reported it", () => {
    // Báo Bạc Liêu, 03/10/2013: «Với chủ đề “Học tập để có nghề nghiệp và lao động ngày càng hiệu quả”».
    expect(byYear(2013)?.theme).toBe("Học tập để có nghề nghiệp và lao động ngày càng hiệu quả");
  });

  it("dates the 2019 and 2024 letters as the press reports them", () => {
    // Báo Phú Thọ, 23/09/2019: «Ngày 10 tháng 9 năm 2019, Bộ Giáo dục và Đào tạo có văn bản số 4080/BGDĐT-GDTX».
    expect(findEdition(2019)).toMatchObject({ letterNumber: "4080/BGDĐT-GDTX", letterDate: "2019-09-10" });
    // Báo Quảng Nam: «Official Dispatch No. 5201, dated September 9, 2024 of the Ministry of Education and Training».
    expect(findEdition(2024)).toMatchObject({ letterNumber: "5201/BGDĐT-GDTX", letterDate: "2024-09-09" });
  });

  it("leaves the 2025 letter's date out: only «no later than 18/09/2025» is known", () => {
    // Báo Tin Tức, 18/09/2025: «In Official Dispatch No. 5607/BGDĐT-GDNNGDTX sent to the People's Committees…».
    const edition = byYear(2025);
    expect(edition?.letterDate).toBeUndefined();
    expect(edition?.sources?.some((s) => s.date === "2025-09-18" && s.url?.startsWith("https://"))).toBe(true);
  });

  it("gives the 2020 letter with an address where its text can be read", () => {
    const letter = findEdition(2020).sourceDocuments[0];
    expect(letter).toMatchObject({ issuer: "Bộ Giáo dục và Đào tạo", date: "2020-09-15" });
    expect(letter?.document).toContain("3589/BGDĐT-GDTX");
    expect(letter?.url).toMatch(/^https:\/\//);
  });
});
