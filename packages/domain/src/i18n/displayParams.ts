import type { Language } from "@xhht/core";

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
const groupSeparators: Readonly<Record<Language, string>> = { vi: ".", en: "," };

/** «44800000» → «44.800.000» (vi) or «44,800,000» (en); a year-sized number stays as it is. */
const grouped = (value: number, lang: Language): number | string => {
  if (!Number.isSafeInteger(value) || Math.abs(value) < 10_000) return value;
  const digits = String(Math.abs(value)).replace(/\B(?=(\d{3})+(?!\d))/g, groupSeparators[lang]);
  return value < 0 ? `-${digits}` : digits;
};

/**
 * The parameters of a message as an official reads them: a civil date «2020-10-30» as «30/10/2020», a whole number
 * from 10,000 up with its thousands grouped («44.800.000» in Vietnamese, «44,800,000» in English; smaller numbers,
 * years among them, as they are; so are `count` and the numbers in `counted`, which the message counts a unit with).
 * Only the message changes: the issue's `params` keep the values programs read.
 */
export const displayParams = (
  params: Readonly<Record<string, unknown>>,
  lang: Language,
  counted: ReadonlySet<string> = new Set(),
): Readonly<Record<string, unknown>> => {
  const shown: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(params)) {
    const date = typeof value === "string" ? isoDate.exec(value) : null;
    const counts = name === "count" || counted.has(name);
    shown[name] = date
      ? `${date[3]}/${date[2]}/${date[1]}`
      : typeof value === "number" && !counts
        ? grouped(value, lang)
        : value;
  }
  return shown;
};
