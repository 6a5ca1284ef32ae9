import type { ProvincialReport } from "@xhht/domain";

const ascii = (text: string): string =>
  text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/Đ/gu, "D")
    .replace(/đ/gu, "d")
    .replace(/[^A-Za-z0-9.-]+/gu, "-");

/**
 * The file name of a report's .docx, from its number, symbol and year: `215-BC-SGDĐT-2020.docx` (`du-thao` for a
 * draft without a number), and the same in plain ASCII for clients that cannot read RFC 5987's `filename*`.
 *
 * @example
 * ```ts
 * reportFileName(sampleReport2020); // { utf8: "215-BC-SGDĐT-2020.docx", ascii: "215-BC-SGDDT-2020.docx" }
 * ```
 */
export const reportFileName = (report: ProvincialReport): { readonly utf8: string; readonly ascii: string } => {
  const utf8 = `${report.number ?? "du-thao"}-${report.symbol}-${report.year}.docx`;
  return { utf8, ascii: ascii(utf8) };
};

/**
 * A `Content-Disposition: attachment` value naming the file, with an ASCII `filename` and the UTF-8 `filename*`.
 *
 * @example
 * ```ts
 * contentDisposition(reportFileName(sampleReport2020));
 * // attachment; filename="215-BC-SGDDT-2020.docx"; filename*=UTF-8''215-BC-SGD%C4%90T-2020.docx
 * ```
 */
export const contentDisposition = (name: { readonly utf8: string; readonly ascii: string }): string =>
  `attachment; filename="${name.ascii}"; filename*=UTF-8''${encodeURIComponent(name.utf8)}`;
