import { CalendarError, readInstant } from "@xhht/calendar";
import { AlignmentType, Paragraph } from "docx";
import { templateErrorMessages } from "../data/templateErrorMessages.ts";
import { runStyle } from "../docx/runStyle.ts";
import { textRuns } from "../docx/safeText.ts";
import { TemplateError } from "../input/TemplateError.ts";
import { templateErrorCodes } from "../input/templateErrorCodes.ts";
import { nd30Profile } from "../nd30Profile.ts";

/**
 * When the issuing organisation's digital signature was made, for the information line Decree 30/2020/NĐ-CP asks
 * for on a văn bản kèm theo (Phụ lục I, Phần I, mục II.8.b).
 *
 * The SDK cannot sign: it writes no signature, certificate or seal image into the .docx, and the line it prints
 * proves nothing. Signing is the job of the organisation's signing application (with its secret key storage
 * device, Điều 33, khoản 2), which also places the signer's blue signature image in the space the signature block
 * leaves between the title and the name, and the red seal image over its left third (mục II.7.d and II.8.a).
 *
 * @example
 * ```ts
 * const signature: ElectronicSignature = { signedAt: "2020-09-18T15:04:05+07:00" };
 * ```
 */
export interface ElectronicSignature {
  /**
   * The signing moment: a `Date`, or an ISO 8601 date-time with its offset read by the calendar's one instant grammar
   * (`readInstant`): «2020-09-18T15:04:05+07:00», «2020-09-18T08:04:05Z». It is printed in Vietnam's time.
   */
  readonly signedAt: Date | string;
}

/**
 * The option of the typed documents' render functions that prints the digital signature's information line.
 *
 * The decree (Phụ lục I, Phần I, mục II.8.b) says: «Chữ ký số của cơ quan, tổ chức trên văn bản kèm theo văn bản
 * chính được thể hiện như sau: Văn bản kèm theo cùng tệp tin với nội dung văn bản điện tử, Văn thư cơ quan chỉ thực
 * hiện ký số văn bản và không thực hiện ký số lên văn bản kèm theo; văn bản không cùng tệp tin với nội dung văn bản
 * điện tử, Văn thư cơ quan thực hiện ký số của cơ quan, tổ chức trên văn bản kèm theo. Vị trí: Góc trên, bên phải,
 * trang đầu của văn bản kèm theo. Hình ảnh chữ ký số của cơ quan, tổ chức: Không hiển thị. Thông tin: Số và ký hiệu
 * văn bản; thời gian ký (ngày tháng năm; giờ phút giây; múi giờ Việt Nam theo tiêu chuẩn ISO 8601) được trình bày
 * bằng phông chữ Times New Roman, chữ in thường, kiểu chữ đứng, cỡ chữ 10, màu đen.» Mục III.1.d says the same of an
 * appendix: «Đối với Phụ lục cùng tệp tin với nội dung văn bản điện tử, Văn thư cơ quan chỉ thực hiện ký số văn bản và
 * không thực hiện ký số lên Phụ lục. Đối với Phụ lục không cùng tệp tin với nội dung văn bản điện tử, Văn thư cơ quan
 * thực hiện ký số của cơ quan, tổ chức trên từng tệp tin kèm theo», «Vị trí: Góc trên, bên phải, trang đầu của mỗi
 * tệp tin».
 *
 * So give it when the appendices will be issued as files of their own (each appendix starts a section of its own,
 * ready to be saved apart): each appendix's first page then opens with the line, top right, 10 pt, upright, black:
 * the document's number and symbol, then the signing time in ISO 8601 at +07:00. An appendix left in the same file
 * as the document needs no line: leave the option out. A document without appendices prints nothing for it; a draft
 * (no number) cannot be signed and is refused with a {@link TemplateError} `templates.invalid-electronic-signature`.
 *
 * @example
 * ```ts
 * const options: ElectronicSignatureOptions = { electronicSignature: { signedAt: "2020-09-18T15:04:05+07:00" } };
 * ```
 */
export interface ElectronicSignatureOptions {
  readonly electronicSignature?: ElectronicSignature | undefined;
}

const vietnamOffsetMs = 7 * 3_600_000;
const pad = (value: number, width = 2) => String(value).padStart(width, "0");

/**
 * The signing time in ISO 8601 at Vietnam's offset, to the second: «2020-09-18T15:04:05+07:00». The instant is read
 * by the calendar's `readInstant`; one it cannot read is refused with a {@link TemplateError}
 * `templates.invalid-electronic-signature`.
 *
 * @example
 * ```ts
 * signingTimeText("2020-09-18T08:04:05Z"); // "2020-09-18T15:04:05+07:00"
 * ```
 */
export const signingTimeText = (signedAt: unknown): string => {
  const reading = readInstant(signedAt);
  if (!reading.ok) {
    throw new TemplateError(
      templateErrorCodes.invalidElectronicSignature,
      templateErrorMessages.signedAt(reading.message),
      { cause: new CalendarError(reading.code, reading.message) },
    );
  }
  const shifted = new Date(Math.floor(reading.epochMs / 1000) * 1000 + vietnamOffsetMs);
  const date = `${pad(shifted.getUTCFullYear(), 4)}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`;
  const time = `${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}:${pad(shifted.getUTCSeconds())}`;
  return `${date}T${time}${nd30Profile.digitalSignature.timeZone.value}`;
};

/**
 * The information line of the organisation's digital signature at the top right of an attachment's first page
 * (Phụ lục I, Phần I, mục II.8.b): the number and symbol, a line break, the signing time; 10 pt, upright, black.
 *
 * @example
 * ```ts
 * signatureInfoParagraph("1850/QĐ-UBND", { signedAt: "2020-09-18T15:04:05+07:00" });
 * // «1850/QĐ-UBND» / «2020-09-18T15:04:05+07:00», right-aligned
 * ```
 */
export const signatureInfoParagraph = (numberAndSymbol: string, signature: ElectronicSignature): Paragraph =>
  new Paragraph({
    alignment: AlignmentType.RIGHT,
    children: textRuns(
      `${numberAndSymbol}\n${signingTimeText(signature.signedAt)}`,
      runStyle(nd30Profile.digitalSignature.infoSize.value),
    ),
  });
