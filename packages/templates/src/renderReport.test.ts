import { directive2020, type ProvincialReport, sampleReport2020 } from "@xhht/domain";
import { beforeAll, describe, expect, it } from "vitest";
import { readDocxText } from "./readDocxText.ts";
import { renderReport } from "./renderReport.ts";
import { TemplateError } from "./TemplateError.ts";
import { isBold } from "./testing/blockXml.ts";
import { cellsOf, paragraphsOf, paragraphWithText, tablesOf, unzipParts } from "./testing/docxXml.ts";

const edit = (change: (draft: ProvincialReport) => void): ProvincialReport => {
  const draft = structuredClone(sampleReport2020);
  change(draft);
  return draft;
};

describe("renderReport", () => {
  let bytes: Uint8Array;
  let document: string;

  beforeAll(async () => {
    bytes = await renderReport(sampleReport2020, { directive: directive2020 });
    document = unzipParts(bytes)["word/document.xml"] ?? "";
  });

  it("reads as the golden text of the sample report", async () => {
    await expect(`${readDocxText(bytes).join("\n")}\n`).toMatchFileSnapshot("./fixtures/golden/report2020.txt");
  });

  it("prints «BÁO CÁO» bold and centred with its trích yếu", () => {
    expect(isBold(paragraphWithText(document, "BÁO CÁO").xml)).toBe(true);
    expect(isBold(paragraphWithText(document, sampleReport2020.subject).xml)).toBe(true);
  });

  it("tables each activity's measures, the activity spanning its measure rows", () => {
    const rows = cellsOf(tablesOf(document)[1] ?? "");
    expect(rows[0]?.map((cell) => paragraphsOf(cell)[0]?.text)).toEqual(["STT", "Hoạt động", "Chỉ số", "Kết quả"]);
    expect(rows[1]?.[1]).toMatch(/<w:vMerge w:val="restart"\/>/u);
    expect(rows[2]?.[1]).toMatch(/<w:vMerge w:val="continue"\/>/u);
    expect(rows[2]?.slice(2).map((cell) => paragraphsOf(cell)[0]?.text)).toEqual([
      "Số bài đăng trên mạng xã hội",
      "320",
    ]);
    expect(
      rows
        .at(-1)
        ?.slice(2)
        .map((cell) => paragraphsOf(cell)[0]?.text),
    ).toEqual(["Số tủ sách lớp học", "3.400"]);
  });

  it("lays out an activity's measures in the vocabulary's order, whatever the order of their keys", async () => {
    const reversed = edit((r) => {
      r.activities = r.activities.map((activity) => ({
        ...activity,
        measures: Object.fromEntries(Object.entries(activity.measures).reverse()),
      }));
    });
    const again = await renderReport(reversed, { directive: directive2020 });
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });

  it("writes the money spent in figures and in words, and leaves out empty sections", async () => {
    expect(readDocxText(bytes)).toContain(
      "Tổng kinh phí đã sử dụng: 44.800.000 đồng (Bằng chữ: Bốn mươi tư triệu tám trăm nghìn đồng).",
    );
    const bare = readDocxText(
      await renderReport(
        edit((r) => {
          r.difficulties = [];
          r.proposals = [];
          r.activities[0] = { ...r.activities[0]!, notes: "Phối hợp với Báo Nam Định" };
        }),
      ),
    );
    expect(bare.filter((line) => /^[IVX]+\. /u.test(line))).toHaveLength(3);
    expect(bare).toContain(
      "- Thông tin, tuyên truyền trên phương tiện thông tin đại chúng, cổng thông tin điện tử và mạng xã hội: Phối hợp với Báo Nam Định.",
    );
  });

  it("renders a late report (a warning), and is byte-identical for the same report and instant", async () => {
    const late = edit((r) => ((r as { submittedAt: string }).submittedAt = "2020-11-05T09:00:00+07:00"));
    expect(readDocxText(await renderReport(late, { directive: directive2020 }))).toContain("BÁO CÁO");
    const again = await renderReport(sampleReport2020, { generatedAt: "2020-10-26" });
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });

  it("refuses an invalid report with the validator's issues, and hostile text naming the field", async () => {
    const error = await renderReport(edit((r) => (r.activities[1]!.code = "reading.class-bookshelves"))).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TemplateError);
    expect((error as TemplateError).issues.map((issue) => issue.code)).toContain("report.activity-duplicate");
    await expect(renderReport(edit((r) => (r.proposals[0] = "a\u0007b")))).rejects.toMatchObject({
      code: "templates.unsafe-text",
      path: ["proposals", 0],
    });
  });
});
