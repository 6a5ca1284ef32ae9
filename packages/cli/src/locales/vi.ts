import { commandExamples } from "./commandExamples.ts";

/** The command's own texts in Vietnamese (the default); the SDK's issue messages and labels come from @xhht/domain. */
export const cliMessagesVi = {
  "program.description":
    "Công cụ dòng lệnh của @xhht cho Tuần lễ hưởng ứng học tập suốt đời: kiểm tra kế hoạch, báo cáo; tạo văn bản .docx đúng thể thức Nghị định 30/2020/NĐ-CP; tổng hợp báo cáo; lịch, ngày nghỉ, ngày làm việc; JSON Schema.",
  "program.after-help":
    "Mã thoát: 0 không có lỗi; 1 có vấn đề mức lỗi (error); 2 sai cú pháp lệnh, không đọc được dữ liệu vào hoặc không ghi được kết quả; 130/143 bị dừng bằng Ctrl-C/SIGTERM.\nKhông lệnh nào ghi đè tệp dữ liệu vào; tệp kết quả đã có với nội dung khác chỉ bị thay khi có --force.\nXem hướng dẫn một lệnh: xhht <lệnh> --help. Tài liệu đầy đủ, kèm ví dụ cho từng lệnh: {{guide}}",
  "help.usage": "Cách dùng:",
  "help.options": "Tuỳ chọn:",
  "help.commands": "Lệnh:",
  "help.arguments": "Tham số:",
  "help.global-options": "Tuỳ chọn chung:",
  "help.examples": "Ví dụ:",
  "option.help": "hiện hướng dẫn",
  "option.version": "hiện phiên bản",
  "option.lang": "ngôn ngữ của thông báo: vi (mặc định) hoặc en",
  "option.format": "định dạng kết quả: text (cho người đọc, mặc định) hoặc json (cho máy)",
  "option.directive":
    "tệp chỉ đạo (JSON/YAML) của năm để đối chiếu; mặc định dùng Công văn 3589/BGDĐT-GDTX cho năm 2020",
  "option.out.generate": "tệp .docx (một văn bản) hoặc thư mục kết quả khi dùng --batch (mặc định: out)",
  "option.batch": "tạo một văn bản cho mỗi bản ghi của một thư mục hoặc một tệp (JSON, JSON Lines, YAML, CSV)",
  "option.workers": "số luồng xử lý song song (mặc định: số nhân CPU có thể dùng)",
  "option.year": "năm của Tuần lễ cần tổng hợp (bắt buộc)",
  "option.out.summarize": "ghi bản tổng hợp ra tệp .json hoặc văn bản báo cáo .docx",
  "option.level":
    "báo cáo của cấp nào được tổng hợp: province (của các tỉnh, gửi Bộ; mặc định), commune (của các xã của một tỉnh, kèm --province) hoặc district (của các huyện của một tỉnh, trước 01/07/2025, kèm --province)",
  "option.province":
    "với --level commune hoặc district: tỉnh có các xã hoặc các huyện báo cáo, theo mã (01) hoặc tên (Hà Nội)",
  "option.meta": "tệp (JSON/YAML) các thông tin của văn bản báo cáo tổng hợp (số, ký hiệu, người ký…) cho -o .docx",
  "option.ics": "ghi các mốc ra tệp iCalendar (.ics) thay vì in ra màn hình",
  "option.days": "trong tệp .ics: span (bảy ngày là một sự kiện, mặc định) hoặc each (mỗi ngày một sự kiện)",
  "option.out.schema": "ghi các JSON Schema vào thư mục này (<thực thể>.json)",
  "option.year.sample": "năm của Tuần lễ (mặc định: năm mới nhất có mẫu của loại này)",
  "option.format.sample": "định dạng: json (mặc định) hoặc yaml (mặc định khi tệp -o có đuôi .yaml, .yml)",
  "option.out.sample": "ghi vào tệp này thay vì in ra màn hình",
  "option.out.demo": "thư mục kết quả (mặc định: ./out của thư mục đang đứng)",
  "option.fix":
    "sửa những gì sửa được mà không phải đoán (khổ giấy, lề, phông, cỡ chữ, Quốc hiệu, Tiêu ngữ, «Lưu: VT», số trang) vào file.fixed.docx",
  "option.out.lint": "với --fix và một tệp: tệp .docx đã sửa (mặc định: file.fixed.docx bên cạnh)",
  "option.force": "thay tệp kết quả đã có (không bao giờ ghi đè tệp dữ liệu vào)",
  "command.help": "hiện hướng dẫn của một lệnh",
  "command.validate":
    "kiểm tra kế hoạch, báo cáo, chỉ đạo… từ tệp JSON, YAML hoặc CSV (mỗi dòng một báo cáo); in từng vấn đề với tệp, dòng, trường, mã quy tắc và lời giải thích",
  "command.generate":
    "tạo văn bản .docx từ một bản ghi, hoặc (--batch) một văn bản cho mỗi bản ghi, song song trên nhiều luồng",
  "command.summarize":
    "tổng hợp báo cáo trong một năm của các tỉnh, hoặc của các xã (--level commune) hay các huyện (--level district, trước 01/07/2025) trong tỉnh: số liệu, nơi chưa báo cáo, nơi báo cáo muộn",
  "command.lint": "kiểm tra thể thức Nghị định 30/2020/NĐ-CP của các tệp .docx có sẵn",
  "command.week": "các mốc thời gian của Tuần lễ trong một năm, hoặc tệp iCalendar (.ics)",
  "command.holidays": "các ngày nghỉ lễ, Tết, nghỉ bù và ngày làm bù của một năm",
  "command.workdays": "số ngày làm việc từ ngày <from> (không tính) đến ngày <to> (có tính)",
  "command.schema": "JSON Schema của các thực thể, cho hệ thống viết bằng ngôn ngữ khác",
  "command.sample":
    "in dữ liệu mẫu của SDK cho một loại dữ liệu (kế hoạch, báo cáo, giấy mời…) để bắt đầu từ đó, dạng JSON hoặc YAML; mẫu qua được xhht validate",
  "command.demo":
    "tạo Công văn 2020 và các văn bản MẪU (SAMPLE) của Tuần lễ từ dữ liệu mẫu có sẵn vào ./out, in các mốc thời gian năm 2020",
  "argument.kind":
    "loại dữ liệu: provincial-report (report), provincial-plan (plan), directive, official-letter (letter), committee-decision (decision), invitation, budget-estimate (budget), national-summary-meta (summary-meta), national-summary (summary), forwarding-request (forwarding), submission",
  "argument.files": "tệp hoặc thư mục (.json, .jsonl, .yaml, .yml, .csv)",
  "argument.template":
    "mẫu văn bản: official-letter (letter), provincial-plan (plan), provincial-report (report), committee-decision (decision), invitation, budget-estimate (budget), forwarding-letter (forwarding), submission",
  "argument.input": "tệp dữ liệu của một văn bản (JSON, YAML; CSV một dòng cho báo cáo)",
  "argument.reports": "tệp hoặc thư mục báo cáo của các tỉnh (JSON, JSON Lines, YAML, CSV)",
  "argument.docx": "tệp .docx",
  "argument.year": "năm, ví dụ 2020",
  "argument.from": "ngày bắt đầu, dạng YYYY-MM-DD (không tính)",
  "argument.to": "ngày kết thúc, dạng YYYY-MM-DD (có tính)",
  "argument.entity": "tên thực thể, ví dụ provincial-report; bỏ trống để xem danh sách",
  ...commandExamples,
  "example.week": "  xhht week 2020\n  xhht week 2026 --ics tuan-le-2026.ics",
  "severity.error": "lỗi",
  "severity.warning": "cảnh báo",
  "severity.info": "thông tin",
  "issue.field": "(cột «{{field}}»)",
  "issue.record": "[bản ghi {{record}}]",
  "issue.hint": "cách sửa",
  "hint.quote-number":
    'giá trị này được đọc là số; hãy đặt trong dấu ngoặc kép để giữ dạng chữ, ví dụ "{{value}}" (mã tỉnh có số 0 ở đầu)',
  "input.not-found": "không có tệp hoặc thư mục này",
  "input.is-folder": "đây là thư mục, không phải tệp",
  "input.unreadable": "không đọc được: {{reason}}",
  "input.unreadable.hint": "kiểm tra lại đường dẫn (tính từ thư mục đang đứng) và quyền đọc tệp",
  "input.empty-folder": "thư mục không có tệp .json, .jsonl, .yaml, .yml hoặc .csv nào",
  "input.format": "không đọc được định dạng của tệp {{file}}",
  "input.format.hint": "dùng tệp .json, .jsonl (JSON Lines), .yaml/.yml hoặc .csv (chỉ cho báo cáo)",
  "input.csv-not-here": "tệp CSV chỉ dùng cho báo cáo của tỉnh (mỗi dòng một báo cáo): {{file}}",
  "input.csv-not-here.hint": "ghi dữ liệu này ở dạng JSON hoặc YAML; xem docs/cli.md",
  "input.json-syntax": "JSON không hợp lệ: {{reason}}",
  "input.json-syntax.hint":
    "sửa cú pháp tại vị trí đã chỉ (thường là thiếu dấu phẩy, thừa dấu phẩy cuối, hoặc chuỗi chưa đóng ngoặc kép)",
  "input.jsonl.hint": "mỗi dòng của tệp JSON Lines phải là một đối tượng JSON đầy đủ; các dòng khác vẫn được xử lý",
  "input.yaml-syntax": "YAML không hợp lệ: {{reason}}",
  "input.yaml-syntax.hint":
    "sửa cú pháp tại vị trí đã chỉ (thụt lề bằng dấu cách, không dùng tab; chuỗi có «: » cần ngoặc kép)",
  "input.yaml-documents.hint": "tài liệu YAML thứ {{document}} hỏng; các tài liệu khác vẫn được xử lý",
  "input.csv-syntax": "CSV không hợp lệ: {{reason}}",
  "input.csv-syntax.hint":
    'ô có dấu phẩy, dấu chấm phẩy hoặc xuống dòng phải đặt trong ngoặc kép; ngoặc kép trong ô viết thành ""',
  "input.csv-column": "cột không rõ nghĩa «{{name}}» (cột thứ {{column}} của dòng tiêu đề)",
  "input.csv-column.hint":
    "tên cột là một trường của báo cáo (year, province, issuer, symbol, place, date, subject, submittedAt, signature.title, signature.name, copies…) hoặc <mã hoạt động>:<chỉ số>, ví dụ opening-ceremony:participants; xem docs/cli.md",
  "input.csv-row-length": "dòng có {{found}} ô, dòng tiêu đề có {{expected}} cột",
  "input.csv-row-length.hint": "mỗi dòng phải có đủ số ô như dòng tiêu đề; ô có dấu phẩy phải đặt trong ngoặc kép",
  "input.not-utf8": "không phải văn bản UTF-8: byte 0x{{byte}} không đọc được",
  "input.not-utf8.hint": "lưu lại tệp theo mã UTF-8 (Excel: «CSV UTF-8»; Notepad: Encoding UTF-8)",
  "input.yaml-aliases": "YAML có quá nhiều bí danh (alias, hơn {{max}} lần): tệp sẽ phình ra theo cấp số nhân",
  "input.yaml-aliases.hint": "viết thẳng dữ liệu thay vì dùng *bí danh lồng nhau",
  "input.too-deep": "bản ghi lồng nhau quá {{max}} tầng; không đọc",
  "input.too-complex": "không đọc được ({{format}}): {{reason}}",
  "input.too-complex.hint": "tệp lồng quá sâu hoặc quá lớn; kiểm tra lại cách tệp được tạo ra",
  "input.csv-quote":
    "dấu ngoặc kép ở đây làm hỏng dòng (không được đóng, hoặc đóng khi ô chưa hết); {{lines}} không được đọc, các dòng sau vẫn được đọc",
  "input.csv-broken": "CSV không hợp lệ: {{reason}}; {{lines}} không được đọc, các dòng sau vẫn được đọc",
  "input.csv-lines.one": "dòng {{from}}",
  "input.csv-lines.many": "các dòng {{from}}–{{to}}",
  "directive.one": "tệp chỉ đạo phải chứa đúng một chỉ đạo",
  "directive.one.hint": "ghi một đối tượng JSON/YAML theo JSON Schema directive (xhht schema directive)",
  "directive.invalid": "chỉ đạo không hợp lệ:\n{{issue}}",
  "directive.invalid.hint": "sửa tệp chỉ đạo, kiểm tra bằng: xhht validate directive <tệp>",
  "output.is-input": "không ghi đè lên tệp dữ liệu vào: {{file}}",
  "output.is-input.hint": "chọn tên tệp hoặc thư mục kết quả khác bằng {{option}}",
  "output.unwritable": "không ghi được: {{reason}}",
  "output.unwritable.hint":
    "kiểm tra thư mục kết quả có tồn tại, ghi được, và tệp không đang mở trong chương trình khác",
  "output.is-folder": "đây là một thư mục, không phải tệp",
  "output.is-folder.hint": "ghi tên tệp kết quả, ví dụ {{option}} {{file}}/ket-qua{{extension}}",
  "output.not-a-folder": "{{file}} là một tệp, không phải thư mục",
  "output.not-a-folder.hint": "chọn một thư mục kết quả khác bằng {{option}}",
  "output.not-a-file": "đây không phải tệp thường (thiết bị, đường ống hoặc socket); xhht chỉ ghi tệp thường",
  "output.not-a-file.hint": "chọn tên tệp kết quả khác bằng {{option}}",
  "output.no-folder": "thư mục {{folder}} không có",
  "output.no-folder.hint":
    "tạo thư mục trước (mkdir {{folder}}) hoặc chọn chỗ khác bằng {{option}}; xhht không tự tạo đường dẫn gõ nhầm",
  "output.dangling-link": "{{file}} là liên kết tượng trưng trỏ tới chỗ không có",
  "output.exists": "tệp đã có với nội dung khác; không ghi đè",
  "output.exists.hint":
    "chọn tên khác bằng {{option}}, hoặc thêm --force để thay tệp cũ (tệp dữ liệu vào không bao giờ bị ghi đè)",
  "output.exists-list": "{{count}} tệp kết quả đã có với nội dung khác, không ghi tệp nào: {{list}}",
  "output.exists-list.hint":
    "chọn thư mục khác bằng {{option}}, hoặc thêm --force để thay các tệp cũ (tệp dữ liệu vào không bao giờ bị ghi đè)",
  "output.unchanged": "{{file}} đã có đúng nội dung này, giữ nguyên",
  "usage.year": "năm không hợp lệ cho {{option}}: «{{value}}»",
  "usage.year.hint": "ghi năm bằng bốn chữ số, ví dụ 2020",
  "usage.date": "ngày không hợp lệ cho <{{name}}>: «{{value}}»",
  "usage.date.hint": "ghi ngày có thật theo dạng YYYY-MM-DD, ví dụ 2020-10-01",
  "usage.integer": "cần một số nguyên từ {{minimum}} trở lên",
  "usage.sdk.hint": "xem khoảng năm và ngày mà lịch hỗ trợ trong docs/calendar.md",
  "usage.see-help": "xem cách dùng: {{help}}",
  "commander.unknown-option": "tuỳ chọn không có: {{name}}",
  "commander.unknown-command": "lệnh không có: {{name}}",
  "commander.missing-argument": "thiếu tham số bắt buộc <{{name}}>",
  "commander.option-missing-argument": "tuỳ chọn {{name}} cần một giá trị",
  "commander.missing-option": "thiếu tuỳ chọn bắt buộc {{name}}",
  "commander.excess-arguments": "thừa tham số",
  "commander.did-you-mean": "(có phải ý bạn là {{suggestion}}?)",
  internal:
    "lỗi nội bộ của xhht, xin báo lại cho nhóm phát triển (chạy lại với XHHT_DEBUG=1 để xem chi tiết): {{detail}}",
  "validate.unknown-kind": "không có loại dữ liệu «{{kind}}»",
  "validate.unknown-kind.hint": "các loại: {{kinds}}",
  "validate.summary":
    "{{kind}}: {{records}} bản ghi trong {{files}} tệp; {{errors}} lỗi, {{warnings}} cảnh báo, {{infos}} thông tin, {{unreadable}} tệp không đọc được.",
  "validate.summary.ok":
    "✔ {{kind}}: {{records}} bản ghi trong {{files}} tệp, không có lỗi ({{warnings}} cảnh báo, {{infos}} thông tin).",
  "generate.unknown-template": "không có mẫu văn bản «{{template}}»",
  "generate.unknown-template.hint": "các mẫu: {{templates}}; bản tổng hợp quốc gia: xhht summarize … -o tong-hop.docx",
  "generate.input-or-batch": "cần đúng một trong hai: tệp dữ liệu <input> hoặc --batch <thư mục|tệp>",
  "generate.input-or-batch.hint":
    "ví dụ: xhht generate report bao-cao.json, hoặc xhht generate report --batch reports.csv",
  "generate.not-one": "tệp có {{count}} bản ghi, lệnh này tạo một văn bản từ một bản ghi",
  "generate.not-one.hint": "để tạo mỗi bản ghi một văn bản: xhht generate {{template}} --batch {{input}}",
  "generate.refused": "✖ không tạo văn bản từ {{file}}: dữ liệu có lỗi (xem ở trên).",
  "generate.written": "✔ đã ghi {{file}} ({{bytes}} byte)",
  "generate.exists": "{{file}} đã có với nội dung khác: không ghi đè (--force để thay)",
  "generate.not-a-file": "{{file}} không phải tệp thường: không ghi",
  "generate.unchanged": "giữ nguyên, đã đúng nội dung",
  "generate.interrupted":
    "Dừng vì {{signal}}: đã ghi {{written}}/{{total}} văn bản vào {{folder}}; {{missing}} bản ghi chưa có văn bản, không còn tệp tạm nào.",
  "generate.not-written-list": "Chưa ghi: {{list}}",
  "generate.bar": "Đang tạo văn bản",
  "generate.record-failed": "không tạo được văn bản",
  "generate.summary":
    "Tổng cộng {{total}} bản ghi: đã ghi {{written}} văn bản vào {{folder}}, lỗi {{failed}}, {{unreadable}} tệp không đọc được ({{workers}} luồng, {{seconds}} giây).",
  "generate.failed-list": "Bản ghi lỗi: {{list}}",
  "summarize.sample-meta":
    "dùng thông tin văn bản MẪU (SAMPLE) sampleNationalSummaryMeta2020 cho báo cáo tổng hợp; dùng --meta <tệp> cho văn bản thật",
  "summarize.meta-needed": "cần thông tin của văn bản báo cáo tổng hợp năm {{year}} để ghi .docx",
  "summarize.meta-needed.hint":
    "dùng --meta <tệp> với một đối tượng theo JSON Schema national-summary-meta (xhht schema national-summary-meta)",
  "summarize.meta-one": "tệp --meta phải chứa đúng một đối tượng",
  "summarize.meta-invalid": "thông tin văn bản tổng hợp không hợp lệ:\n{{issue}}",
  "summarize.out-format": "không ghi được bản tổng hợp ra «{{file}}»",
  "summarize.out-format.hint": "dùng -o <tệp>.json (dữ liệu) hoặc -o <tệp>.docx (văn bản báo cáo)",
  "summarize.province-needed": "--level commune tổng hợp các xã của một tỉnh: cho biết tỉnh nào bằng --province",
  "summarize.province-needed.hint":
    'ví dụ: xhht summarize bao-cao-xa.csv --year 2025 --level commune --province 01 (hoặc --province "Hà Nội")',
  "summarize.province-unknown": "không có tỉnh «{{province}}» vào ngày {{date}}, ngày cuối của Tuần lễ",
  "summarize.province-unknown.hint": "ghi mã hai chữ số của tỉnh (01) hoặc tên tỉnh, có hoặc không dấu",
  "summarize.province-without-commune": "--province chỉ dùng với --level commune hoặc --level district",
  "summarize.province-without-commune.hint":
    "thêm --level commune để tổng hợp các xã của tỉnh (--level district: các huyện, trước 01/07/2025), hoặc bỏ --province để tổng hợp báo cáo của các tỉnh",
  "summarize.province-needed-district":
    "--level district tổng hợp các quận, huyện, thị xã, thành phố thuộc tỉnh của một tỉnh: cho biết tỉnh nào bằng --province",
  "summarize.province-needed-district.hint":
    'ví dụ: xhht summarize bao-cao-huyen.csv --year 2024 --level district --province 36 (hoặc --province "Nam Định")',
  "summarize.no-districts":
    "không có cấp huyện vào ngày {{date}}: từ 01/07/2025 chính quyền địa phương chỉ còn hai cấp, tỉnh và xã",
  "summarize.no-districts.hint":
    "tổng hợp báo cáo của các huyện cho Tuần lễ đến năm 2024; từ năm 2025, tổng hợp báo cáo của các xã (--level commune)",
  "summarize.title-district":
    "Tổng hợp Tuần lễ năm {{year}} của {{province}}: {{rows}}/{{expected}} quận, huyện, thị xã, thành phố thuộc tỉnh có báo cáo hợp lệ (đã đọc {{inputs}} bản ghi)",
  "summarize.rejected-district":
    "Không được tính (không hợp lệ, khác năm, không phải báo cáo của huyện hoặc trùng huyện): {{count}}",
  "summarize.duplicate-of-district": "báo cáo được tính của huyện này ở {{where}}; bỏ một trong hai hoặc sửa mã huyện",
  "summarize.no-communes": "SDK không có danh sách xã vào ngày {{date}}: danh sách xã bắt đầu từ 01/07/2025",
  "summarize.no-communes.hint":
    "tổng hợp báo cáo của các xã từ Tuần lễ năm 2025; với năm trước đó, tổng hợp báo cáo của các tỉnh",
  "summarize.title-commune":
    "Tổng hợp Tuần lễ năm {{year}} của {{province}}: {{rows}}/{{expected}} xã, phường, đặc khu có báo cáo hợp lệ (đã đọc {{inputs}} bản ghi)",
  "summarize.rejected-commune":
    "Không được tính (không hợp lệ, khác năm, không phải báo cáo của xã hoặc trùng xã): {{count}}",
  "summarize.title":
    "Tổng hợp Tuần lễ năm {{year}}: {{rows}}/{{expected}} tỉnh, thành phố có báo cáo hợp lệ (đã đọc {{inputs}} bản ghi)",
  "summarize.late": "Báo cáo muộn: {{count}}",
  "summarize.days-late": "muộn {{days}} ngày",
  "summarize.missing": "Chưa báo cáo: {{count}}",
  "summarize.rejected": "Không được tính (không hợp lệ, khác năm hoặc trùng tỉnh): {{count}}",
  "summarize.duplicate-of": "báo cáo được tính của tỉnh này ở {{where}}; bỏ một trong hai hoặc sửa mã tỉnh",
  "summarize.duplicate-of-commune": "báo cáo được tính của xã này ở {{where}}; bỏ một trong hai hoặc sửa mã xã",
  "summarize.totals": "Tổng số liệu:",
  "summarize.examples": "Tấm gương tự học, học tập suốt đời",
  "summarize.commendations": "Khen thưởng (tập thể / cá nhân)",
  "summarize.budget": "Kinh phí đã sử dụng (đồng)",
  "summarize.written": "✔ đã ghi {{file}}",
  "lint.place": "{{part}}, đoạn {{paragraph}} «{{excerpt}}»",
  "lint.section": "{{part}}, phần {{section}}",
  "lint.unreadable.hint": "mở tệp bằng Word hoặc LibreOffice và lưu lại dạng .docx (Word 2007 trở lên)",
  "lint.summary":
    "{{files}} tệp: {{errors}} lỗi, {{warnings}} cảnh báo, {{infos}} thông tin, {{unreadable}} tệp không đọc được.",
  "lint.summary.ok": "✔ {{files}} tệp đúng thể thức ({{warnings}} cảnh báo, {{infos}} thông tin).",
  "lint.fixed": "{{file}}: đã sửa {{code}} ({{where}})",
  "lint.fix.written": "✔ đã ghi {{file}}: sửa {{fixed}} lỗi, còn {{remaining}}",
  "lint.fix.nothing": "{{file}}: không có gì xhht sửa được; không ghi tệp",
  "lint.fix.out-with-files": "-o chỉ một tệp kết quả: dùng với một tệp đầu vào, hoặc bỏ -o",
  "lint.fix.out-with-files.hint": "không có -o, mỗi tệp file.docx được sửa thành file.fixed.docx bên cạnh",
  "lint.fix.out-without-fix": "-o và --force là tùy chọn của --fix",
  "lint.fix.out-without-fix.hint": "ví dụ: xhht lint cong-van.docx --fix -o cong-van-a4.docx",
  "week.ics-written": "✔ đã ghi {{events}} sự kiện vào {{file}}",
  "week.provisional": "(dự kiến)",
  "week.provisional.note": "(dự kiến): chưa có công văn của năm này, ngày theo quy tắc mặc định 01-07/10.",
  "week.source": "Nguồn: {{source}}",
  "holidays.title": "Ngày nghỉ năm {{year}} ({{count}} ngày):",
  "holidays.kind.statutory": "nghỉ theo Bộ luật Lao động",
  "holidays.kind.compensatory": "nghỉ bù",
  "holidays.kind.decreed": "nghỉ theo thông báo của Chính phủ",
  "holidays.provisional": "dự kiến",
  "holidays.unconfirmed": "chưa xác nhận",
  "holidays.make-up": "Ngày làm bù ({{count}}):",
  "holidays.replaces": "làm bù cho ngày {{date}} ({{name}})",
  "workdays.result": "{{count}} ngày làm việc từ {{from}} đến {{to}}",
  "workdays.rule":
    "không tính ngày bắt đầu, có tính ngày kết thúc; trừ thứ Bảy, Chủ nhật, ngày nghỉ lễ, Tết và nghỉ bù",
  "workdays.holiday": "nghỉ {{date}}: {{name}}",
  "sample.unknown-kind": "không có dữ liệu mẫu cho loại «{{kind}}»",
  "sample.unknown-kind.hint": "các loại có mẫu (và năm của mẫu): {{kinds}}",
  "sample.unknown-year": "không có mẫu {{kind}} cho năm {{year}}",
  "sample.unknown-year.hint": "các năm có mẫu {{kind}}: {{years}}; bỏ --year để lấy mẫu của năm mới nhất",
  "sample.invented":
    "đây là dữ liệu MẪU ({{kind}}, năm {{year}}) do SDK đặt ra để minh hoạ, tên và số liệu không có thật: hãy thay bằng dữ liệu của đơn vị mình",
  "sample.written": "✔ đã ghi mẫu {{kind}} năm {{year}} vào {{file}}",
  "schema.list": "Các thực thể có JSON Schema:",
  "schema.list.hint": "In một schema: xhht schema <thực thể>; ghi tất cả: xhht schema -o <thư mục>",
  "schema.unknown": "không có thực thể «{{entity}}»",
  "schema.unknown.hint": "các thực thể: {{entities}}",
  "schema.written": "✔ đã ghi {{file}}",
  "demo.title": "Tuần lễ hưởng ứng học tập suốt đời năm {{year}}: “{{theme}}”",
  "demo.letter-line": "Công văn số {{number}}/{{symbol}} — {{dateLine}}",
  "demo.written": "Đã ghi các văn bản vào {{folder}}:",
  "demo.real-mark": "[văn bản thật]",
  "demo.sample-mark": "[MẪU/SAMPLE]",
  "demo.letter": "Công văn 3589/BGDĐT-GDTX của Bộ GDĐT về Tuần lễ năm 2020",
  "demo.forwarding": "công văn của Sở GDĐT chuyển tiếp hướng dẫn của Bộ",
  "demo.decision": "quyết định thành lập Ban tổ chức",
  "demo.plan": "kế hoạch tổ chức Tuần lễ của tỉnh",
  "demo.submission": "tờ trình xin phê duyệt dự toán kinh phí, dự toán ở phụ lục",
  "demo.invitation": "giấy mời dự lễ khai mạc",
  "demo.report": "báo cáo kết quả của tỉnh",
  "demo.summary": "báo cáo tổng hợp của Bộ (từ một báo cáo mẫu)",
  "demo.sample-note":
    "Các tệp SAMPLE-* được tạo từ dữ liệu MẪU do SDK tự đặt ra để minh hoạ (tên người, số liệu không có thật), không phải văn bản đã ban hành.",
} as const;

/**
 * A key of the command's texts.
 *
 * @example
 * ```ts
 * const key: CliMessageKey = "lint.fix.out-without-fix";
 * createCliTranslator("en")(key); // "-o and --force are options of --fix"
 * ```
 */
export type CliMessageKey = keyof typeof cliMessagesVi;
