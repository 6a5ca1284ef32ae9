import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { type ProvincialReportInput, sampleReport2020 } from "@xhht/domain";

/** The sample report as a province of `code` would send it. */
export const reportOf = (province: string, submittedAt = "2020-10-27T09:15:00+07:00"): ProvincialReportInput => ({
  ...structuredClone(sampleReport2020),
  province,
  submittedAt,
});

const header = [
  "year",
  "province",
  "parentBody",
  "issuer",
  "number",
  "symbol",
  "place",
  "date",
  "subject",
  "submittedAt",
  "communication.media:articles",
  "opening-ceremony:participants",
  "internet-skills.training:classes",
  "internet-skills.training:learners",
  "examples",
  "budgetSpent",
  "signature.title",
  "signature.name",
  "copies",
];

/** One CSV row of a report of `province`, the others' fields as in the sample. */
export const csvRow = (province: string, overrides: Readonly<Record<string, string>> = {}): string => {
  const cells: Record<string, string> = {
    year: "2020",
    province,
    parentBody: "UBND TỈNH NAM ĐỊNH",
    issuer: "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
    number: "215",
    symbol: "BC-SGDĐT",
    place: "Nam Định",
    date: "2020-10-26",
    subject: "Kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2020",
    submittedAt: "2020-10-27T09:15:00+07:00",
    "communication.media:articles": "48",
    "opening-ceremony:participants": "450",
    "internet-skills.training:classes": "36",
    "internet-skills.training:learners": "2.140",
    examples: "27",
    budgetSpent: "44.800.000",
    "signature.title": "GIÁM ĐỐC",
    "signature.name": "Nguyễn Văn A",
    copies: "Bộ GDĐT (Vụ GDTX) | Lưu: VT, GDTX",
    ...overrides,
  };
  return header
    .map((name) => (/[",\n|]/u.test(cells[name] ?? "") ? `"${cells[name]}"` : (cells[name] ?? "")))
    .join(",");
};

/** A CSV of reports, one row per entry: a province code, or a full row. */
export const writeReportsCsv = (folder: string, name: string, rows: readonly string[]): string => {
  const file = join(folder, name);
  writeFileSync(file, `${header.join(",")}\n${rows.join("\n")}\n`);
  return file;
};
