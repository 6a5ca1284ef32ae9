/**
 * What is wrong with the filing line of a «Nơi nhận» list, the list's last line (Decree 30/2020/NĐ-CP, Phụ lục I,
 * Phần I, mục II.9.d: «- Lưu: VT, (tên viết tắt của đơn vị soạn thảo), số lượng bản lưu (nếu cần).»):
 * `"not-filing"` when the line is not a «Lưu» line at all, `"format"` when it is one but does not read
 * «Lưu: VT, <drafting unit>».
 */
export type FilingLineProblem = "not-filing" | "format";

const finalPunctuation = new Set([";", ".", ",", ":"]);

/** Trims final «;.,:» by hand: /[;.,:]+$/ tries every start in a long run of them that is not final, quadratically. */
const endOfContent = (line: string): number => {
  let end = line.length;
  while (end > 0 && finalPunctuation.has(line.charAt(end - 1))) end--;
  return end;
};

/**
 * A recipient line as a rule reads it: NFC, trimmed, without its leading dash and its final «;», «.», «,» or «:».
 * «- Lưu: VT, GDTX.» and «Lưu: VT, GDTX» read alike.
 */
export const recipientLineContent = (line: string): string => {
  const undashed = line
    .normalize("NFC")
    .trim()
    .replace(/^[-‐‑–—+•*]\s*/u, "");
  return undashed.slice(0, endOfContent(undashed)).trim();
};

/**
 * Checks the last line of a «Nơi nhận» list: the one reading of «- Lưu: VT, …» shared by the entity validators and
 * the .docx linter of @xhht/templates, so that data a validator accepts renders into a list the linter accepts.
 * The line may carry its dash and final punctuation or not; `undefined` when it is right.
 *
 * @example
 * ```ts
 * filingLineProblem("- Lưu: VT, GDTX."); // undefined
 * filingLineProblem("Lưu: VT, GDTX, 02b"); // undefined
 * filingLineProblem("Lưu: VT"); // "format"
 * filingLineProblem("Bộ trưởng (để b/c)"); // "not-filing"
 * ```
 */
export const filingLineProblem = (line: string): FilingLineProblem | undefined => {
  const content = recipientLineContent(line);
  if (!/^Lưu(?!\p{L})/u.test(content)) return "not-filing";
  return /^Lưu\s*:\s*VT\s*,\s*\S/u.test(content) ? undefined : "format";
};
