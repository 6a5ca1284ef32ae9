import type { docxRules } from "../../data/docxRules.ts";
import type { ErrorCode } from "../../data/errorRules.ts";
import type { IssueRuleId } from "../../data/rules.ts";
import { nd30Vi } from "./nd30.vi.ts";

/** The id of a rule a validator of @xhht/domain reports: every issue rule but the .docx linter's and the error codes. */
type ValidationRuleId = Exclude<IssueRuleId, (typeof docxRules)[number]["id"] | ErrorCode>;

/**
 * Vietnamese messages of the rules the validators report, keyed by rule id (and a variant of a rule by i18next
 * context: `<rule id>_<context>`): the part of `vi` a page bundled for the browser always has.
 */
export const validationVi = {
  "schema.invalid-type": "Sai kiểu dữ liệu: cần {{expected}}.",
  "schema.missing": "Thiếu trường bắt buộc.",
  "schema.too-small": "Quá nhỏ hoặc quá ngắn: tối thiểu {{minimum}}.",
  "schema.too-big": "Quá lớn hoặc quá dài: tối đa {{maximum}}.",
  "schema.invalid-value": "Giá trị không hợp lệ: chỉ nhận {{values}}.",
  "schema.invalid-format": "Sai định dạng ({{format}}).",
  "schema.unknown-key": "Trường không được biết đến: {{keys}}.",
  "schema.invalid": "Dữ liệu không hợp lệ.",
  "schema.version-newer":
    "Dữ liệu có phiên bản lược đồ {{found}}, mới hơn phiên bản {{supported}} mà thư viện này hỗ trợ; hãy nâng cấp @xhht/domain.",
  "schema.unreadable":
    "Không đọc được dữ liệu (khi đọc gặp lỗi «{{reason}}»): hãy truyền dữ liệu thuần, chẳng hạn kết quả của JSON.parse.",
  "text.xml-illegal":
    "Văn bản chứa ký tự điều khiển hoặc ký tự không hợp lệ (không thể ghi vào tài liệu); hãy xóa ký tự đó.",
  "text.blank": "Không được để trống.",
  "text.line-break": "Trường này in trên một dòng: không được xuống dòng.",
  "text.too-long": "Quá dài: tối đa {{maximum}} ký tự, ở đây có {{length}} ký tự.",
  "deadline.out-of-range":
    "Ngày cuối của thời hạn rơi ngoài khoảng 0001-01-01 … 9999-12-31; hãy ghi thời hạn trong khoảng đó.",
  "date.format": "Ngày phải có dạng YYYY-MM-DD và là ngày có thật, ví dụ 2020-10-01.",
  "instant.out-of-range":
    "Thời điểm «{{value}}» rơi ngoài khoảng 0001-01-01 … 9999-12-31 theo giờ Việt Nam: hãy ghi một thời điểm trong khoảng đó.",
  "email.format": "Địa chỉ thư điện tử không hợp lệ.",
  "code.format": "Mã phải viết thường, không dấu, các phần nối bằng «-» hoặc «.», ví dụ «communication.media».",
  "block.id": "Mã đoạn phải viết thường, không dấu, ví dụ «s4.a».",
  "block.heading-label": "Số thứ tự khoản phải là số Ả Rập và dấu chấm, ví dụ «1.».",
  "block.point-label":
    "Ký hiệu điểm phải là một chữ cái tiếng Việt (a, b, c, d, đ, e, g, …; không dùng f, j, w, z) và dấu «)».",
  "letter.symbol": "Ký hiệu văn bản viết in hoa, các nhóm chữ nối bằng «-» không có khoảng trắng, ví dụ «BGDĐT-GDTX».",
  "letter.symbol-type":
    "Công văn không có tên loại trong ký hiệu: «{{symbol}}» bắt đầu bằng «{{type}}»; viết tên cơ quan và đơn vị soạn thảo, ví dụ «BGDĐT-GDTX».",
  "letter.place": "Địa danh chỉ ghi tên nơi ban hành, không có dấu phẩy: «{{place}}».",
  "letter.copies-luu":
    "Dòng cuối của «Nơi nhận» phải là «Lưu: VT, …» (tên viết tắt của đơn vị soạn thảo); ở đây là «{{found}}».",
  "letter.copies-nhu-tren":
    "«Nơi nhận» của công văn bắt đầu bằng «Như trên» (các nơi ở phần «Kính gửi»); ở đây là «{{found}}».",
  "copies.luu":
    "Dòng cuối của «Nơi nhận» phải là «Lưu: VT, …» (VT, rồi tên viết tắt của đơn vị soạn thảo, ví dụ «Lưu: VT, GDTX»); ở đây là «{{found}}».",
  "signature.authority-pair":
    "Thẩm quyền ký (TM., KT., Q., TL., TUQ.) và chức vụ của người đứng đầu phải đi cùng nhau, ví dụ «KT. BỘ TRƯỞNG».",
  "signature.authority-chain":
    "Các dòng thẩm quyền «{{found}}» không đúng Nghị định 30: chỉ dùng TM., TM. / KT., TM. / Q., Q., KT., TL., TL. / KT. hoặc TUQ. (dòng trên cùng trước; người ký thừa ủy quyền không được ủy quyền lại).",
  "signature.collective-tm":
    "«{{issuer}}» làm việc theo chế độ tập thể: văn bản ký «TM. {{collective}}» (cấp phó ký thêm dòng «KT. …»), trừ khi ký TL. hoặc TUQ.",
  "signature.head-title": "Dòng thẩm quyền phải ghi chức vụ của người đứng đầu, «{{expected}}»; ở đây là «{{found}}».",
  "directive.duplicate-block-id": "Mã đoạn «{{id}}» bị trùng.",
  "directive.activity-unknown": "Mã hoạt động «{{code}}» không có trong danh mục hoạt động.",
  "directive.source-missing": "Không có đoạn nào mang mã «{{source}}» trong nội dung công văn.",
  "directive.week-length": "Tuần lễ thường kéo dài 7 ngày; ở đây là {{days}} ngày.",
  "directive.week-year": "Tuần lễ phải diễn ra trong năm {{year}}.",
  "directive.opening-outside-week": "Lễ khai mạc ({{opening}}) phải nằm trong Tuần lễ ({{start}} – {{end}}).",
  "directive.deadline-before-week-end": "Hạn báo cáo ({{deadline}}) phải sau ngày kết thúc Tuần lễ ({{end}}).",
  "directive.letter-after-week": "Công văn ({{date}}) được ban hành sau khi Tuần lễ đã bắt đầu ({{start}}).",
  "province.code-format": "Mã tỉnh gồm 2 chữ số, ví dụ «01».",
  "commune.code-format": "Mã xã gồm 5 chữ số theo danh mục đơn vị hành chính, ví dụ «00004».",
  "district.code-format": "Mã huyện gồm 3 chữ số theo danh mục đơn vị hành chính, ví dụ «001».",
  "province.unknown": "Không có tỉnh, thành phố mang mã «{{code}}» vào ngày {{date}}.",
  "commune.unknown": "Không có xã, phường, đặc khu mang mã «{{code}}» trong danh mục đơn vị hành chính được đối chiếu.",
  "commune.other-province":
    "{{name}} (mã «{{code}}») thuộc tỉnh, thành phố mã «{{province}}», không thuộc tỉnh, thành phố của văn bản (mã «{{expected}}»).",
  "district.unknown":
    "Không có quận, huyện, thị xã, thành phố thuộc tỉnh mang mã «{{code}}» trong danh mục đơn vị hành chính được đối chiếu.",
  "district.other-province":
    "{{name}} (mã «{{code}}») thuộc tỉnh, thành phố mã «{{province}}», không thuộc tỉnh, thành phố của văn bản (mã «{{expected}}»).",
  "actor.district-abolished":
    "Văn bản ngày {{date}} giao việc cho cấp huyện («{{found}}»), nhưng đơn vị hành chính cấp huyện đã kết thúc hoạt động từ ngày 01/07/2025: giao việc đó cho Ủy ban nhân dân cấp xã.",
  "plan.symbol-type": "Ký hiệu của kế hoạch phải bắt đầu bằng «KH-», ví dụ «KH-UBND»; ở đây là «{{symbol}}».",
  "plan.activity-unknown":
    "Mã hoạt động «{{code}}» không có trong danh mục; hoạt động riêng của địa phương dùng tiền tố «local.».",
  "plan.activity-dates": "Ngày kết thúc ({{end}}) trước ngày bắt đầu ({{start}}).",
  "plan.activity-outside-week":
    "Hoạt động diễn ra từ {{start}} đến {{end}}, ngoài Tuần lễ ({{weekStart}} – {{weekEnd}}); nếu là hoạt động cả năm học, đánh dấu «yearRound».",
  "plan.opening-day": "Lễ khai mạc phải tổ chức vào ngày khai mạc Tuần lễ ({{opening}}), không phải {{start}}.",
  "plan.group-missing": "Kế hoạch chưa có hoạt động nào thuộc nhóm {{group}}) mà công văn yêu cầu.",
  "plan.budget-total": "Tổng kinh phí ghi {{stated}} đồng nhưng cộng các dòng được {{sum}} đồng.",
  "appendix.issuer-name":
    "Dòng «(Kèm theo …)» của phụ lục phải ghi tên cơ quan ban hành văn bản: hãy ghi tên đó trong issuerName, ví dụ «Sở Giáo dục và Đào tạo tỉnh Nam Định».",
  "plan.budget-estimate-total":
    "Dự toán kinh phí kèm theo kế hoạch có tổng cộng {{estimate}} đồng nhưng phần kinh phí của kế hoạch ghi {{planned}} đồng.",
  "plan.issued-after-week": "Kế hoạch ({{date}}) được ban hành sau khi Tuần lễ đã bắt đầu ({{start}}).",
  "report.submitted-at":
    "Thời điểm gửi phải ghi đầy đủ một ngày có thật, giờ (phần lẻ của giây tối đa 9 chữ số) và múi giờ, ví dụ «2020-10-28T16:30:00+07:00».",
  "report.symbol-type": "Ký hiệu của báo cáo phải bắt đầu bằng «BC-», ví dụ «BC-UBND»; ở đây là «{{symbol}}».",
  "report.activity-unknown":
    "Mã hoạt động «{{code}}» không có trong danh mục; hoạt động riêng của địa phương dùng tiền tố «local.».",
  "report.activity-duplicate": "Hoạt động «{{code}}» được báo cáo hai lần; hãy gộp số liệu vào một mục.",
  "report.measure-not-applicable": "Chỉ số «{{measure}}» không thuộc các chỉ số của hoạt động «{{code}}».",
  "report.late":
    "Báo cáo gửi ngày {{submittedOn}}, quá hạn {{daysLate}} ngày ({{workingDaysLate}} ngày làm việc) so với hạn cuối {{lastDay}}.",
  "report.late_no-working-days":
    "Báo cáo gửi ngày {{submittedOn}}, quá hạn {{daysLate}} ngày so với hạn cuối {{lastDay}} (không tính được số ngày làm việc: lịch ngày nghỉ không có năm đó).",
  "report.late_moved":
    "Báo cáo gửi ngày {{submittedOn}}, quá hạn {{daysLate}} ngày ({{workingDaysLate}} ngày làm việc) so với hạn cuối {{lastDay}} (ngày {{movedFrom}} là ngày nghỉ nên hạn chuyển sang ngày làm việc tiếp theo, Điều 148 khoản 5 Bộ luật Dân sự 2015).",
  "report.lateness-not-checked":
    "Chưa kiểm tra thời hạn gửi báo cáo: chưa biết hạn báo cáo của năm {{year}} (hãy truyền `directive` của năm đó có hạn báo cáo, hoặc `deadline`).",
  "report.sent-before-dated": "Báo cáo được gửi ({{submittedOn}}) trước ngày ký ({{date}}).",
  "summary.year-mismatch": "Báo cáo này là của năm {{found}}, không phải năm {{year}} đang tổng hợp.",
  "summary.duplicate": "Tỉnh «{{province}}» đã có báo cáo (mục {{kept}}); báo cáo này không được tính lần nữa.",
  "summary.missing": "Chưa nhận được báo cáo của {{name}} (mã {{province}}).",
  "summary.total-overflow":
    "Báo cáo này làm tổng toàn quốc của «{{field}}» vượt quá {{maximum}}, ngưỡng mà phép cộng không còn chính xác; báo cáo không được tính.",
  "summary.level-mismatch_commune":
    "Bảng tổng hợp cấp xã chỉ nhận báo cáo của xã, phường, đặc khu (có «commune»); báo cáo này là của cấp tỉnh.",
  "summary.level-mismatch":
    "Bảng tổng hợp cấp tỉnh chỉ nhận báo cáo của tỉnh, thành phố; báo cáo này là của xã «{{commune}}».",
  "summary.unit-unexpected":
    "«{{unit}}» không thuộc danh sách đơn vị phải báo cáo ({{expected}} đơn vị); báo cáo này không được tính.",
  "summary.duplicate_commune":
    "Xã, phường «{{commune}}» đã có báo cáo (mục {{kept}}); báo cáo này không được tính lần nữa.",
  "summary.missing_commune": "Chưa nhận được báo cáo của {{name}} (mã {{commune}}).",
  "summary.level-mismatch_district-report":
    "Bảng tổng hợp cấp tỉnh chỉ nhận báo cáo của tỉnh, thành phố; báo cáo này là của quận, huyện «{{district}}».",
  "summary.level-mismatch_district":
    "Bảng tổng hợp cấp huyện chỉ nhận báo cáo của quận, huyện, thị xã, thành phố thuộc tỉnh (có «district», không có «commune»); báo cáo này là của cấp tỉnh hoặc cấp xã.",
  "summary.duplicate_district":
    "Quận, huyện «{{district}}» đã có báo cáo (mục {{kept}}); báo cáo này không được tính lần nữa.",
  "summary.missing_district": "Chưa nhận được báo cáo của {{name}} (mã {{district}}).",
  "drafter.initials": "Ký hiệu người soạn thảo viết in hoa, không dấu cách, ví dụ «PL».",
  "contact.empty":
    "Dòng địa chỉ phải có ít nhất một trong: địa chỉ, thư điện tử, trang thông tin điện tử, số điện thoại, số Fax.",
  "contact.email": "Thư điện tử viết dạng «ten@ten-mien.vn», không dấu cách, ví dụ «vanthu@moet.gov.vn».",
  "contact.website":
    "Trang thông tin điện tử viết dạng «ten-mien.vn» hoặc «https://ten-mien.vn/…», không dấu cách (tên miền tiếng Việt viết ở dạng «xn--…»).",
  "contact.phone":
    "Số điện thoại hoặc số Fax gồm 8 đến 15 chữ số, có thể có «+» ở đầu và dấu cách, «.», «-», «( )» giữa các chữ số, ví dụ «024.3869 5144».",
  "decision.symbol-type": "Ký hiệu của quyết định phải bắt đầu bằng «QĐ-», ví dụ «QĐ-UBND»; ở đây là «{{symbol}}».",
  "decision.head-count": "Ban Tổ chức phải có đúng một Trưởng ban; ở đây có {{count}}.",
  "invitation.time": "Giờ khai mạc viết theo dạng 24 giờ «HH:MM», ví dụ «08:00».",
  "invitation.symbol-type": "Ký hiệu của giấy mời phải bắt đầu bằng «GM-», ví dụ «GM-SGDĐT»; ở đây là «{{symbol}}».",
  "invitation.event-before-issued": "Sự kiện ({{eventDate}}) diễn ra trước ngày ban hành giấy mời ({{date}}).",
  "budget.line-amount": "Thành tiền ghi {{stated}} đồng nhưng số lượng × đơn giá là {{product}} đồng.",
  "budget.total": "Tổng cộng ghi {{stated}} đồng nhưng cộng các dòng được {{sum}} đồng.",
  "budget.symbol-type":
    "«{{type}}» (trong ký hiệu «{{symbol}}») không phải chữ viết tắt tên loại văn bản của Phụ lục III Nghị định 30/2020/NĐ-CP: dự toán kinh phí không phải một loại văn bản hành chính. Ban hành dự toán làm phụ lục của kế hoạch (budgetEstimate của kế hoạch) hoặc kèm theo tờ trình (ký hiệu «TTr-…», renderSubmission).",
  "submission.symbol-type": "Ký hiệu của tờ trình phải bắt đầu bằng «TTr-», ví dụ «TTr-SGDĐT»; ở đây là «{{symbol}}».",
  "national-summary.symbol-type":
    "Ký hiệu của báo cáo tổng hợp phải bắt đầu bằng «BC-», ví dụ «BC-BGDĐT»; ở đây là «{{symbol}}».",
  "forwarding.dated-before-directive":
    "Công văn triển khai ({{date}}) không thể ban hành trước công văn của Bộ ({{directiveDate}}).",
  "forwarding.deadline-after-ministry":
    "Hạn báo cáo của tỉnh ({{deadline}}) muộn hơn hạn cuối của Bộ ({{lastDay}}); tỉnh cần thời gian tổng hợp.",
  ...nd30Vi,
} as const satisfies Record<ValidationRuleId, string> & {
  readonly [variant: `${ValidationRuleId}_${string}`]: string;
};
