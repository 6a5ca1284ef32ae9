import type { Language } from "@xhht/core";
import type { DirectiveFactName } from "../entities/directive/directiveFor.ts";

/**
 * The name of each part of a year's directive that `directiveFor(year).facts` marks known or unknown, in Vietnamese
 * and English, as a page lists what is not yet public.
 *
 * @example
 * ```ts
 * directiveFactLabels.reportDeadline.vi; // "Hạn gửi báo cáo"
 * ```
 */
export const directiveFactLabels = {
  letter: { vi: "Số, ký hiệu công văn", en: "Number and symbol of the letter" },
  letterDate: { vi: "Ngày ban hành công văn", en: "Date of the letter" },
  theme: { vi: "Chủ đề của Tuần lễ", en: "Theme of the Week" },
  week: { vi: "Thời gian tổ chức Tuần lễ", en: "Dates of the Week" },
  activities: { vi: "Các hoạt động công văn yêu cầu", en: "Activities the letter asks for" },
  reportDeadline: { vi: "Hạn gửi báo cáo", en: "Report deadline" },
  text: { vi: "Toàn văn công văn", en: "Full text of the letter" },
} as const satisfies Readonly<Record<DirectiveFactName, Readonly<Record<Language, string>>>>;

/**
 * What is uncertain about a part of a year's directive, in Vietnamese and English: the `notes` of a `DirectiveFact`,
 * by the reason.
 *
 * @example
 * ```ts
 * directiveFactNotes["text-not-found"].en; // "The letter's text was not found in a public source."
 * ```
 */
export const directiveFactNotes = {
  "letter-not-found": {
    vi: "Chưa tìm thấy số, ký hiệu công văn của năm trong nguồn công khai.",
    en: "No public source gives the number and symbol of the year's letter.",
  },
  "letter-date-not-found": {
    vi: "Chưa tìm thấy ngày ban hành công văn trong nguồn công khai.",
    en: "No public source gives the date of the letter.",
  },
  "theme-not-found": {
    vi: "Chưa tìm thấy chủ đề của Tuần lễ năm này trong nguồn công khai.",
    en: "No public source gives the theme of the year's Week.",
  },
  "week-provisional": {
    vi: "Chưa có công văn: thời gian tổ chức tính theo quy tắc mặc định.",
    en: "No letter is known: the default rule gives the dates.",
  },
  "activities-not-found": {
    vi: "Chưa tìm thấy danh sách hoạt động công văn yêu cầu trong nguồn công khai.",
    en: "No public source lists the activities the letter asks for.",
  },
  "activities-from-press": {
    vi: "Theo tin báo chí về công văn, công văn có thể yêu cầu thêm: tỉnh, thành phố có thể bổ sung hoạt động riêng (local.*).",
    en: "From press reports of the letter, which may ask for more: a province may add its own (local.*).",
  },
  "report-deadline-not-found": {
    vi: "Chưa tìm thấy hạn gửi báo cáo trong nguồn công khai.",
    en: "No public source gives the report deadline.",
  },
  "text-not-found": {
    vi: "Chưa tìm thấy toàn văn công văn trong nguồn công khai.",
    en: "The letter's text was not found in a public source.",
  },
} as const satisfies Readonly<Record<string, Readonly<Record<Language, string>>>>;

/**
 * One of the reasons of {@link directiveFactNotes}.
 *
 * @example
 * ```ts
 * const reason: DirectiveFactNoteId = "week-provisional";
 * ```
 */
export type DirectiveFactNoteId = keyof typeof directiveFactNotes;
