import type { Language } from "@xhht/domain";

/** The page's own words (the SDK brings the messages of the issues and the activity names). */
const vi = {
  title: "Kế hoạch Tuần lễ hưởng ứng học tập suốt đời",
  language: "Ngôn ngữ",
  intro:
    "Điền các trường chính hoặc sửa JSON của kế hoạch (hay tải lên một tệp .json), bấm «Kiểm tra», rồi tải văn bản .docx theo Nghị định 30/2020/NĐ-CP. Mọi việc diễn ra trong trình duyệt: không có gì được gửi đi.",
  formHeading: "Các trường chính",
  jsonHeading: "Kế hoạch dạng JSON",
  upload: "Tải lên tệp JSON:",
  reset: "Dùng kế hoạch mẫu",
  validate: "Kiểm tra",
  download: "Tải văn bản .docx",
  province: "Tỉnh, thành phố",
  parentBody: "Cơ quan chủ quản",
  issuer: "Cơ quan ban hành",
  number: "Số (để trống nếu là dự thảo)",
  symbol: "Ký hiệu",
  place: "Địa danh",
  date: "Ngày ban hành",
  subject: "Trích yếu",
  signerTitle: "Chức vụ người ký",
  signerName: "Họ và tên người ký",
  activities: "Hoạt động",
  start: "Từ ngày",
  end: "Đến ngày",
  yearRound: "Cả năm học",
  jsonInvalid: "JSON không hợp lệ: {error}",
  valid: "Kế hoạch hợp lệ: có thể tải văn bản .docx.",
  validWithWarnings: "Kế hoạch hợp lệ ({count} cảnh báo): có thể tải văn bản .docx.",
  validWithWarningOne: "Kế hoạch hợp lệ (1 cảnh báo): có thể tải văn bản .docx.",
  invalid: "Kế hoạch có {count} lỗi: sửa rồi kiểm tra lại.",
  invalidOne: "Kế hoạch có 1 lỗi: sửa rồi kiểm tra lại.",
  changed: "Kế hoạch đã thay đổi: bấm «Kiểm tra».",
  rendering: "Đang tạo văn bản…",
  downloaded: "Đã tạo {file}.",
  renderFailed: "Không tạo được văn bản: {error}",
  uploadFailed: "Không đọc được tệp: {error}",
  severity: { error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" },
};

type UiText = typeof vi;

const en: UiText = {
  title: "Lifelong Learning Week plan",
  language: "Language",
  intro:
    "Fill in the key fields or edit the plan's JSON (or upload a .json file), press «Validate», then download the Decree 30/2020/NĐ-CP .docx. Everything happens in your browser: nothing is sent anywhere.",
  formHeading: "Key fields",
  jsonHeading: "The plan as JSON",
  upload: "Upload a JSON file:",
  reset: "Use the sample plan",
  validate: "Validate",
  download: "Download the .docx",
  province: "Province or city",
  parentBody: "Parent body",
  issuer: "Issuing body",
  number: "Number (empty for a draft)",
  symbol: "Symbol",
  place: "Place",
  date: "Date of issue",
  subject: "Subject (trích yếu)",
  signerTitle: "Signer's title",
  signerName: "Signer's name",
  activities: "Activities",
  start: "From",
  end: "To",
  yearRound: "All school year",
  jsonInvalid: "The JSON is not valid: {error}",
  valid: "The plan is valid: you can download the .docx.",
  validWithWarnings: "The plan is valid ({count} warnings): you can download the .docx.",
  validWithWarningOne: "The plan is valid (1 warning): you can download the .docx.",
  invalid: "The plan has {count} errors: fix them and validate again.",
  invalidOne: "The plan has 1 error: fix it and validate again.",
  changed: "The plan has changed: press «Validate».",
  rendering: "Making the document…",
  downloaded: "Made {file}.",
  renderFailed: "The document could not be made: {error}",
  uploadFailed: "The file could not be read: {error}",
  severity: { error: "Error", warning: "Warning", info: "Info" },
};

export const uiText: Readonly<Record<Language, UiText>> = { vi, en };

export type UiKey = { [K in keyof UiText]: UiText[K] extends string ? K : never }[keyof UiText];

/** Fills `{name}` placeholders. */
export const format = (text: string, values: Readonly<Record<string, string | number>> = {}): string =>
  text.replace(/\{(\w+)\}/gu, (whole, name: string) => String(values[name] ?? whole));
