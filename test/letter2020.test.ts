import { readFileSync } from "node:fs";
import { directive2020 } from "@xhht/domain";
import { readDocxText, renderOfficialLetter } from "@xhht/templates";
import { beforeAll, describe, expect, it } from "vitest";

const seedPath = new URL("fixtures/cong-van-3589-BGDDT-GDTX-2020.txt", import.meta.url);

/** The body of the published letter: from «Kính gửi» to the closing request, without the website's header rows. */
const publishedBody = (): string[] => {
  const lines = readFileSync(seedPath, "utf8")
    .split("\n")
    .map((line) => line.trim());
  const first = lines.findIndex((line) => line.startsWith("Kính gửi:"));
  const last = lines.findIndex((line) => line.startsWith("Bộ Giáo dục và Đào tạo đề nghị"));
  return lines.slice(first, last + 1).filter((line) => line.length > 0);
};

const sentences = (line: string) => line.split(/(?<=[.;:])\s+(?=[\p{Lu}“])/u);

const corrected = (sentence: string) =>
  directive2020.errata.reduce((text, erratum) => text.replace(erratum.published, erratum.corrected), sentence);

describe("the 2020 letter, Công văn 3589/BGDĐT-GDTX, generated from its data", () => {
  let text: string;
  let paragraphs: string[];

  beforeAll(async () => {
    paragraphs = readDocxText(await renderOfficialLetter(directive2020.letter, { generatedAt: "2020-09-15" }));
    text = paragraphs.join("\n");
  });

  it("contains every sentence of the published body, in order", () => {
    let from = 0;
    const body = publishedBody().flatMap(sentences).map(corrected);
    expect(body).toHaveLength(35);
    for (const sentence of body) {
      const at = text.indexOf(sentence, from);
      expect(at, `not found after position ${from}: «${sentence}»`).toBeGreaterThanOrEqual(0);
      from = at + sentence.length;
    }
  });

  it("carries the header, number, trích yếu and signature the published text flattened", () => {
    for (const line of [
      "BỘ GIÁO DỤC VÀ ĐÀO TẠO",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Số: 3589/BGDĐT-GDTX",
      "V/v tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2020",
      "KT. BỘ TRƯỞNG",
      "THỨ TRƯỞNG",
      "Nguyễn Hữu Độ",
      "Nơi nhận:",
      "- Như trên;",
      "- Lưu: VT, GDTX.",
    ]) {
      expect(paragraphs).toContain(line);
    }
  });

  it("writes the date line by Decree 30's rule, not as published («tháng 09»)", () => {
    expect(paragraphs).toContain("Hà Nội, ngày 15 tháng 9 năm 2020");
    expect(text).not.toContain("tháng 09");
  });
});
