import type { Language } from "@xhht/core";
import { type CsvFailureCode, csvFailureCodes } from "./csvFailureCodes.ts";

type Params = Readonly<Record<string, string | number>>;
type Where = { readonly line: number; readonly lastLine?: number };

const linesText: Record<Language, (where: Where) => string> = {
  vi: ({ line, lastLine = line }) => (lastLine === line ? `dòng ${line}` : `các dòng ${line}–${lastLine}`),
  en: ({ line, lastLine = line }) => (lastLine === line ? `line ${line}` : `lines ${line}–${lastLine}`),
};

/** The parser's reason without the words that repeat the code. */
const reasonOf = (params: Params) => String(params.reason ?? "").replace(/^Invalid Record Length: /u, "");

const texts: Record<Language, Record<CsvFailureCode, (params: Params, where: Where) => string>> = {
  vi: {
    [csvFailureCodes.quote]: (_, where) =>
      `dấu ngoặc kép làm hỏng dòng (không được đóng, hoặc đóng khi ô chưa hết): ${linesText.vi(where)} không được đọc`,
    [csvFailureCodes.syntax]: (params, where) =>
      `CSV không hợp lệ: ${reasonOf(params)}; ${linesText.vi(where)} không được đọc`,
    [csvFailureCodes.rowLength]: (params) => `dòng có ${params.found} ô, dòng tiêu đề có ${params.expected} cột`,
    [csvFailureCodes.unknownColumn]: (params) => `cột không rõ nghĩa «${params.name}» của dòng tiêu đề, bị bỏ qua`,
    [csvFailureCodes.headerUnreadable]: (params) => `không đọc được dòng tiêu đề: ${reasonOf(params)}`,
    [csvFailureCodes.noHeader]: (params) => `không đọc: dòng tiêu đề (dòng ${params.header}) không đọc được`,
  },
  en: {
    [csvFailureCodes.quote]: (_, where) =>
      `a quote breaks the row (never closed, or closed before its cell ends): ${linesText.en(where)} not read`,
    [csvFailureCodes.syntax]: (params, where) => `invalid CSV: ${reasonOf(params)}; ${linesText.en(where)} not read`,
    [csvFailureCodes.rowLength]: (params) => `the row has ${params.found} cells, the header ${params.expected} columns`,
    [csvFailureCodes.unknownColumn]: (params) => `unknown column «${params.name}» of the header row, left out`,
    [csvFailureCodes.headerUnreadable]: (params) => `the header row cannot be read: ${reasonOf(params)}`,
    [csvFailureCodes.noHeader]: (params) => `not read: the header row (line ${params.header}) cannot be read`,
  },
};

/** The message of a failure in `lang`. */
export const csvFailureMessage = (lang: Language, code: CsvFailureCode, params: Params, where: Where): string =>
  texts[lang][code](params, where);
