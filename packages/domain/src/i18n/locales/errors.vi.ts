/**
 * Nghĩa của các mã lỗi mà các gói ném ra (`calendarErrorCodes`, `domainErrorCodes`, `templateErrorCodes`,
 * `cliErrorCodes`), mỗi mã một dòng; thông báo của chính lỗi được ném nói rõ trường hợp cụ thể.
 */
export const errorsVi = {
  "calendar.invalid-date": "Không phải một ngày có thật trên lịch, viết theo dạng YYYY-MM-DD.",
  "calendar.invalid-year": "Năm không phải số nguyên nằm trong khoảng mà hàm này hỗ trợ.",
  "calendar.invalid-place":
    "Địa danh của dòng ngày tháng bị để trống, không phải văn bản, hoặc có thêm nội dung ngoài địa danh.",
  "calendar.invalid-day-count": "Số ngày (hoặc số ngày làm việc) không phải số nguyên.",
  "calendar.date-out-of-range": "Ngày, hoặc kết quả của phép tính ngày, nằm ngoài khoảng 0001-01-01 … 9999-12-31.",
  "calendar.invalid-locale": "Ngôn ngữ mà lịch không hỗ trợ: chỉ nhận «vi» hoặc «en».",
  "calendar.invalid-week": "Mục Tuần lễ hưởng ứng học tập suốt đời không có cấu trúc mà lịch đọc được.",
  "calendar.holiday-year-out-of-range": "Ngày thuộc một năm mà lịch ngày nghỉ lễ chưa có dữ liệu.",
  "calendar.invalid-holiday-decision":
    "Quyết định về ngày nghỉ lễ của Chính phủ (hoán đổi ngày làm việc, kỳ nghỉ Tết, nguồn) không có cấu trúc mà lịch đọc được.",
  "calendar.invalid-deadline": "Thời hạn không thuộc loại thời hạn nào của lịch, hoặc có ngày không hợp lệ.",
  "calendar.invalid-instant": "Thời điểm là một Date không hợp lệ, hoặc chuỗi không phải ngày giờ theo ISO.",
  "calendar.ambiguous-instant": "Ngày giờ thiếu độ lệch so với UTC: thời điểm thực sẽ phụ thuộc múi giờ của máy.",
  "calendar.invalid-lunar-date": "Ngày âm lịch không tồn tại.",
  "calendar.lunar-out-of-range": "Năm âm lịch nằm ngoài khoảng năm mà phép chuyển đổi âm lịch hỗ trợ.",
  "calendar.invalid-lunar-options": "Tùy chọn chuyển đổi âm lịch không phải một đối tượng có offsetHours hợp lệ.",
  "calendar.invalid-milestone": "Không phải một mốc thời gian của Tuần lễ.",
  "calendar.invalid-text":
    "Văn bản chứa ký tự mà không văn bản nào mang được (ký tự điều khiển hoặc ký tự không hợp lệ).",
  "calendar.invalid-options": "Đối tượng tùy chọn, hoặc một trường của nó, mà hàm không nhận.",
  "domain.invalid-amount": "Số tiền (đồng) không phải số nguyên an toàn không âm hoặc bigint.",
  "domain.invalid-argument": "Đối số sai kiểu.",
  "domain.invalid-directive":
    "Công văn (dữ liệu) đưa vào defineDirective không hợp lệ: thuộc tính issues của lỗi liệt kê mọi vấn đề.",
  "domain.invalid-option": "Đối tượng tùy chọn, hoặc một trường của nó, mà hàm không nhận.",
  "domain.language-not-loaded":
    'Thông báo của ngôn ngữ này chưa được tải: hãy gọi await loadLanguage("en") (hoặc registerMessages("en", messagesEn)) trước.',
  "domain.unsupported-language": "Ngôn ngữ mà SDK không có thông báo: chỉ hỗ trợ «vi» và «en».",
  "templates.invalid-input": "Dữ liệu đầu vào không khớp với lược đồ của mẫu; lỗi kèm theo danh sách vấn đề.",
  "templates.unsafe-text": "Một trường văn bản chứa ký tự mà XML không mang được; lỗi nêu tên trường đó.",
  "templates.invalid-generated-at":
    "generatedAt không phải một Date hợp lệ, một ngày dạng YYYY-MM-DD, hay ngày giờ ISO có độ lệch múi giờ.",
  "templates.invalid-electronic-signature":
    "Không in được chữ ký số: thời điểm ký thiếu độ lệch múi giờ, hoặc văn bản còn là bản dự thảo.",
  "templates.invalid-docx": "Dữ liệu đưa vào không phải tệp .docx (không phải tệp zip, hoặc thiếu word/document.xml).",
  "cli.usage": "Lệnh, tùy chọn hoặc đối số mà lệnh không nhận.",
  "cli.unreadable": "Tệp hoặc thư mục không tồn tại hoặc không đọc được.",
  "cli.syntax": "Tệp không đúng cú pháp JSON, YAML hoặc CSV.",
  "cli.format": "Tệp có định dạng mà lệnh không đọc.",
  "cli.encoding": "Tệp không phải văn bản mã hóa UTF-8.",
  "cli.output": "Không ghi được vào đường dẫn đầu ra.",
  "cli.exists": "Tệp đầu ra đã tồn tại với nội dung khác, và không có tùy chọn --force.",
} as const;
