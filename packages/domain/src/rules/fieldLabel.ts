import { createNamesTranslator } from "../i18n/createNamesTranslator.ts";
import type { LanguageOptions } from "../i18n/createTranslator.ts";

/**
 * Where an issue is, as an official reads it: the names of the fields along its path in the caller's language,
 * «Hoạt động thứ 3 › Chỉ số › Số học viên» for `["activities", 2, "measures", "learners"]` («Activity 3 › Measures ›
 * Learners» in English), instead of the path a program reads (`issue.path`, which stays as it is). A field the SDK
 * has no name for keeps its key; the empty path, the whole document, gives `""`.
 *
 * @example
 * ```ts
 * fieldLabel(["submittedAt"]); // "Thời điểm gửi báo cáo"
 * fieldLabel(["activities", 2, "measures", "learners"], { lang: "en" }); // "Activity 3 › Measures › Learners"
 * const [issue] = validateReport({ ...sampleReport2020, subject: "" }).issues;
 * `${fieldLabel(issue!.path)}: ${issue!.message}`; // "Trích yếu: Không được để trống."
 * ```
 */
export const fieldLabel = (path: readonly PropertyKey[], options: LanguageOptions = {}): string => {
  const t = createNamesTranslator(options);
  const named = (key: string, fallback: string) => {
    const text = t(key);
    return text === key ? fallback : text;
  };
  const parts: string[] = [];
  path.forEach((segment, index) => {
    if (typeof segment === "number") {
      const label = parts.pop() ?? "";
      parts.push(t("field.nth", { label, position: segment + 1 }).trim());
      return;
    }
    const key = String(segment);
    parts.push(path[index - 1] === "measures" ? named(`measure.${key}`, key) : named(`field.${key}`, key));
  });
  return parts.join(" › ");
};
