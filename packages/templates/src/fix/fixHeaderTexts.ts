import { nd30Texts } from "../data/nd30Texts.ts";
import { editParagraphTexts } from "./editParagraphTexts.ts";

/** The rule ids {@link fixHeaderTexts} fixes. */
export const headerTextRules = [
  "nd30.national-title.text",
  "nd30.national-title.legacy-spelling",
  "nd30.motto.text",
  "nd30.noi-nhan.luu-format",
] as const;

export type HeaderTextRule = (typeof headerTextRules)[number];

const space = "[ \\u00a0\\t]";
const dash = "[-\\u2010-\\u2015]";

/** Each rule's pattern and the text the decree prints; the Quốc hiệu's old «HOÀ» is spelt «HÒA». */
const rules = {
  "nd30.national-title.text": [
    new RegExp(["CỘNG", "H(?:OÀ|ÒA)", "XÃ", "HỘI", "CHỦ", "NGHĨA", "VIỆT", "NAM"].join(`${space}+`), "u"),
    () => nd30Texts.nationalTitle,
  ],
  "nd30.motto.text": [
    new RegExp(`Độc${space}*lập${space}*${dash}${space}*Tự${space}*do${space}*${dash}${space}*Hạnh${space}*phúc`, "u"),
    () => nd30Texts.motto,
  ],
  // «Lưu VT» without its colon: only the colon is added, never the drafting unit's abbreviation.
  "nd30.noi-nhan.luu-format": [
    new RegExp(`(?<![\\p{L}\\p{N}])Lưu${space}*:?${space}*VT(?![\\p{L}\\p{N}])`, "u"),
    () => "Lưu: VT",
  ],
} as const;

/**
 * The main document part with the Quốc hiệu spelt and spaced as the decree prints it (an old «HOÀ» becomes «HÒA»),
 * the Tiêu ngữ with one space around each hyphen, and «Lưu VT» given its colon, for the rules the linter broke.
 * Text split over several runs is mended in the run where the change starts; the runs' formatting is kept.
 */
export const fixHeaderTexts = (xml: string, broken: ReadonlySet<HeaderTextRule>): string => {
  const wanted = [];
  if (broken.has("nd30.national-title.text") || broken.has("nd30.national-title.legacy-spelling")) {
    wanted.push(rules["nd30.national-title.text"]);
  }
  if (broken.has("nd30.motto.text")) wanted.push(rules["nd30.motto.text"]);
  if (broken.has("nd30.noi-nhan.luu-format")) wanted.push(rules["nd30.noi-nhan.luu-format"]);
  return wanted.length === 0 ? xml : editParagraphTexts(xml, wanted);
};
