import type { RuleId } from "../data/rules.ts";
import { nd30Vi } from "./nd30.vi.ts";

/** Vietnamese messages, keyed by rule id. */
export const vi = {
  "schema.invalid-type": "Sai kiểu dữ liệu: cần {{expected}}.",
  "schema.missing": "Thiếu trường bắt buộc.",
  "schema.too-small": "Quá nhỏ hoặc quá ngắn: tối thiểu {{minimum}}.",
  "schema.too-big": "Quá lớn hoặc quá dài: tối đa {{maximum}}.",
  "schema.invalid-value": "Giá trị không hợp lệ: chỉ nhận {{values}}.",
  "schema.invalid-format": "Sai định dạng ({{format}}).",
  "schema.unknown-key": "Trường không được biết đến: {{keys}}.",
  "schema.invalid": "Dữ liệu không hợp lệ.",
  "text.xml-illegal":
    "Văn bản chứa ký tự điều khiển hoặc ký tự không hợp lệ (không thể ghi vào tài liệu); hãy xóa ký tự đó.",
  "text.blank": "Không được để trống.",
  "date.format": "Ngày phải có dạng YYYY-MM-DD và là ngày có thật, ví dụ 2020-10-01.",
  "date.impossible": "Ngày không tồn tại trên lịch.",
  "email.format": "Địa chỉ thư điện tử không hợp lệ.",
  "code.format": "Mã phải viết thường, không dấu, các phần nối bằng «-» hoặc «.», ví dụ «communication.media».",
  "block.id": "Mã đoạn phải viết thường, không dấu, ví dụ «s4.a».",
  "block.heading-label": "Số thứ tự khoản phải là số Ả Rập và dấu chấm, ví dụ «1.».",
  "block.point-label":
    "Ký hiệu điểm phải là một chữ cái tiếng Việt (a, b, c, d, đ, e, g, …; không dùng f, j, w, z) và dấu «)».",
  "letter.symbol": "Ký hiệu văn bản viết in hoa, các nhóm chữ nối bằng «-» không có khoảng trắng, ví dụ «BGDĐT-GDTX».",
  "signature.authority-pair":
    "Thẩm quyền ký (TM., KT., Q., TL., TUQ.) và chức vụ của người đứng đầu phải đi cùng nhau, ví dụ «KT. BỘ TRƯỞNG».",
  "directive.duplicate-block-id": "Mã đoạn «{{id}}» bị trùng.",
  "directive.activity-unknown": "Mã hoạt động «{{code}}» không có trong danh mục hoạt động.",
  "directive.source-missing": "Không có đoạn nào mang mã «{{source}}» trong nội dung công văn.",
  "directive.week-length": "Tuần lễ thường kéo dài 7 ngày; ở đây là {{days}} ngày.",
  "directive.week-year": "Tuần lễ phải diễn ra trong năm {{year}}.",
  "directive.opening-outside-week": "Lễ khai mạc ({{opening}}) phải nằm trong Tuần lễ ({{start}} – {{end}}).",
  "directive.deadline-before-week-end": "Hạn báo cáo ({{deadline}}) phải sau ngày kết thúc Tuần lễ ({{end}}).",
  "directive.letter-after-week": "Công văn ({{date}}) được ban hành sau khi Tuần lễ đã bắt đầu ({{start}}).",
  ...nd30Vi,
} as const satisfies Record<RuleId, string>;
