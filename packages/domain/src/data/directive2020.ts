import type { Directive, DirectiveInput } from "../entities/directive/Directive.ts";
import { knownValidOptions } from "../rules/knownValidOptions.ts";

/**
 * Công văn 3589/BGDĐT-GDTX of 15/09/2020 on the 2020 Lifelong Learning Week, as published
 * (text as published online, kept in test/fixtures/; number, trích yếu and signer from the hieuluat.vn publication).
 * The published date line «ngày 15 tháng 09 năm 2020» is not repeated here: the date is data and its line is
 * written by Decree 30's rule. The «Nơi nhận» list is unpublished beyond the two lines every công văn has.
 */
const data = {
  schemaVersion: 1,
  year: 2020,
  letter: {
    schemaVersion: 1,
    issuer: "BỘ GIÁO DỤC VÀ ĐÀO TẠO",
    number: 3589,
    symbol: "BGDĐT-GDTX",
    place: "Hà Nội",
    date: "2020-09-15",
    subject: "tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2020",
    recipients: ["Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"],
    body: [
      {
        type: "paragraph",
        id: "intro",
        text: "Thực hiện nhiệm vụ năm học 2020-2021 đối với Giáo dục thường xuyên, Bộ Giáo dục và Đào tạo (GDĐT) đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương (sau đây gọi là tỉnh) chỉ đạo Sở GDĐT, Hội khuyến học tỉnh và các đơn vị có liên quan tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2020 (sau đây gọi là Tuần lễ), cụ thể như sau:",
      },
      { type: "heading", id: "s1", label: "1.", text: "Mục đích, yêu cầu" },
      {
        type: "paragraph",
        id: "s1.purpose",
        text: "Tổ chức Tuần lễ nhằm quán triệt nâng cao nhận thức của người dân về vai trò của chuyển đổi số đối với việc học tập suốt đời: tăng cường trách nhiệm của các cấp chính quyền, các ngành, các tổ chức, đoàn thể, lực lượng xã hội trong việc xây dựng và cung ứng các kênh và công cụ học tập suốt đời cho người dân.",
      },
      {
        type: "paragraph",
        id: "s1.requirement",
        text: "Các hoạt động của Tuần lễ phải đảm bảo thiết thực, hiệu quả trong điều kiện dịch COVID-19 vẫn còn diễn biến phức tạp.",
      },
      { type: "heading", id: "s2", label: "2.", text: "Chủ đề" },
      {
        type: "paragraph",
        id: "s2.theme",
        text: "Chủ đề của Tuần lễ năm 2020: “Chuyển đổi số thúc đẩy Học tập suốt đời”.",
      },
      { type: "heading", id: "s3", label: "3.", text: "Thời gian tổ chức" },
      {
        type: "paragraph",
        id: "s3.dates",
        text: "Tuần lễ được tổ chức từ ngày 01/10/2020 đến ngày 07/10/2020, trong đó Lễ khai mạc Tuần lễ được tổ chức vào ngày 01/10/2020.",
      },
      { type: "heading", id: "s4", label: "4.", text: "Các hoạt động trong Tuần lễ" },
      {
        type: "paragraph",
        id: "s4.intro",
        text: "Ủy ban nhân dân các tỉnh chỉ đạo triển khai Tuần lễ năm 2020 với hình thức, nội dung phù hợp với điều kiện và tình hình thực tế của địa phương, tuân thủ các quy định về phòng, chống dịch bệnh COVID-19 của Chính phủ, gồm các hoạt động sau:",
      },
      {
        type: "point",
        id: "s4.a",
        label: "a)",
        text: "Tổ chức các hoạt động thông tin, tuyên truyền trên các phương tiện thông tin đại chúng, các cổng thông tin điện tử của đơn vị, tổ chức liên quan, các trang mạng xã hội (facebook, zalo, viber...) về tầm quan trọng của việc học tập suốt đời cũng như vai trò của chuyển đổi số trong việc thúc đẩy cơ hội học tập suốt đời cho mọi người. Treo băng rôn, khẩu hiệu tại các cơ sở giáo dục, các công xưởng, nhà máy, văn phòng, cơ quan và những nơi công cộng; tổ chức các đoàn xe lưu động tuyên truyền về chủ đề và các hoạt động của Tuần lễ để người dân biết và tham gia.",
      },
      {
        type: "point",
        id: "s4.b",
        label: "b)",
        text: "Tổ chức Lễ khai mạc Tuần lễ có sự tham gia của đại diện lãnh đạo cấp ủy đảng, chính quyền, các cơ quan, các tổ chức xã hội, doanh nghiệp có liên quan; đại diện các cơ sở giáo dục, các thiết chế văn hóa, các cơ quan thông tin đại chúng; đại diện của các tầng lớp nhân dân, học sinh, sinh viên trên địa bàn.",
      },
      {
        type: "point",
        id: "s4.c",
        label: "c)",
        text: "Triển khai các hoạt động của Tuần lễ theo hình thức trực tiếp kết hợp trực tuyến nhằm lan tỏa thông điệp và đưa chủ đề của Tuần lễ vào cuộc sống một cách thiết thực.",
      },
      {
        type: "bullet",
        id: "s4.c.1",
        text: "Triển khai các chương trình học tập trực tuyến, đẩy mạnh ứng dụng công nghệ thông tin trong hoạt động dạy, học, và hoạt động thư viện; tạo điều kiện để các cơ sở giáo dục xây dựng, thu thập và khai thác các nguồn tài nguyên giáo dục mở hữu ích (sách, báo, bài giảng điện tử...), tích cực phổ biến, giới thiệu các tài nguyên này trên cổng thông tin điện tử của đơn vị; khuyến khích giáo viên, học sinh, sinh viên tham gia diễn đàn, câu lạc bộ trực tuyến, giao lưu, chia sẻ về sách, văn hóa đọc, nghiên cứu khoa học..., góp phần xây dựng cộng đồng học tập trực tuyến ngày càng phát triển cả về quy mô và chất lượng.",
      },
      {
        type: "bullet",
        id: "s4.c.2",
        text: "Tổ chức các lớp tập huấn, hướng dẫn về kỹ năng tìm kiếm, khai thác, sử dụng thông tin trên mạng Internet một cách an toàn, hiệu quả cho học sinh, sinh viên, phụ huynh, cán bộ công nhân viên chức, người lao động trên địa bàn.",
      },
      {
        type: "bullet",
        id: "s4.c.3",
        text: "Tổ chức các diễn đàn, cuộc thi về chủ đề công dân học tập, công dân toàn cầu giúp học sinh, sinh viên và người dân tìm hiểu về các kỹ năng và năng lực thiết yếu của công dân trong thời đại số hóa và toàn cầu hoá.",
      },
      {
        type: "bullet",
        id: "s4.c.4",
        text: "Khuyến khích các thư viện công cộng, thư viện nhà trường, thư viện của trung tâm học tập cộng đồng trong cùng một khu vực cộng đồng dân cư hợp tác, chia sẻ, hỗ trợ lẫn nhau về cơ sở vật chất, trang thiết bị thư viện, kinh nghiệm quản lý, nguồn nhân lực...; tăng cường các hoạt động khuyến đọc, triển khai các mô hình đọc sách/chia sẻ tri thức liên thế hệ, luân chuyển sách, báo, tài liệu giấy và tài liệu số với nhau.",
      },
      {
        type: "bullet",
        id: "s4.c.5",
        text: "Tiếp tục phát động phong trào xây dựng “tủ sách lớp học” trong các cơ sở giáo dục; xây dựng các thư viện, không gian đọc tại các trung tâm học tập cộng đồng, các cơ quan, công sở, đơn vị; đa dạng hoá các hoạt động giáo dục, học tập tại các thư viện, bảo tàng, nhà văn hóa, câu lạc bộ... góp phần nuôi dưỡng thói quen và nhu cầu học tập thường xuyên cho người dân, từng bước xây dựng văn hoá học tập suốt đời cho các cộng đồng dân cư trong khu vực.",
      },
      { type: "heading", id: "s5", label: "5.", text: "Tổ chức thực hiện" },
      {
        type: "point",
        id: "s5.a",
        label: "a)",
        text: "Ủy ban nhân dân các tỉnh: Chỉ đạo các sở, ban, ngành, các đơn vị liên quan của tỉnh và ủy ban nhân dân cấp huyện xây dựng kế hoạch và triển khai tổ chức Tuần lễ; vận động, khuyến khích các doanh nghiệp, tổ chức, cá nhân trên địa bàn tích cực đồng hành, tham gia; bố trí kinh phí tổ chức các hoạt động hưởng ứng Tuần lễ theo hướng dẫn tại Thông tư số 07/TT-BTC ngày 24/01/2018 của Bộ Tài chính; kiểm tra, đôn đốc, tổng kết, rút kinh nghiệm nhằm phát hiện, nhân rộng các tấm gương tự học, học tập suốt đời; tuyên dương, khen thưởng các tập thể và cá nhân tham gia tích cực Tuần lễ.",
      },
      {
        type: "point",
        id: "s5.b",
        label: "b)",
        text: "Sở Giáo dục và Đào tạo: Chủ trì phối hợp với Hội khuyến học tỉnh và các đơn vị có liên quan tham mưu cho Ủy ban nhân dân tỉnh trong công tác chỉ đạo, ban hành kế hoạch triển khai Tuần lễ; xây dựng chương trình, kế hoạch, dự toán kinh phí và tổ chức các hoạt động phù hợp, thiết thực, tiết kiệm, hiệu quả hưởng ứng Tuần lễ tại địa phương; tổng hợp, báo cáo kết quả triển khai Tuần lễ của địa phương; tiếp tục theo dõi, duy trì, thúc đẩy các hoạt động của Tuần lễ trong suốt năm học.",
      },
      {
        type: "point",
        id: "s5.c",
        label: "c)",
        text: "Các cơ sở giáo dục: Tổ chức các lớp học, tập huấn, hội thảo, hoạt động giao lưu với các nội dung, hình thức học tập phong phú, linh hoạt, thiết thực (các chương trình giáo dục về kỹ năng sống, ngoại ngữ, kỹ năng sử dụng công nghệ hiện đại trong cuộc sống và công việc...).",
      },
      {
        type: "paragraph",
        id: "closing",
        text: "Bộ Giáo dục và Đào tạo đề nghị Chủ tịch Ủy ban nhân dân các tỉnh giao nhiệm vụ cho Ban chỉ đạo xây dựng xã hội học tập tỉnh về các đơn vị liên quan tổ chức thực hiện và báo cáo kết quả tổ chức Tuần lễ về Bộ GDĐT (qua Vụ Giáo dục thường xuyên và theo địa chỉ thư điện tử: tlanh@moet.gov.vn) trước ngày 30/10/2020 để Bộ GDĐT tổng hợp, báo cáo Thủ tướng Chính phủ.",
      },
    ],
    signature: { authority: [{ kind: "KT", title: "BỘ TRƯỞNG" }], title: "THỨ TRƯỞNG", name: "Nguyễn Hữu Độ" },
    copies: ["Như trên", "Lưu: VT, GDTX"],
  },
  theme: "Chuyển đổi số thúc đẩy Học tập suốt đời",
  week: { start: "2020-10-01", end: "2020-10-07", opening: "2020-10-01" },
  activities: [
    { code: "communication.media", source: "s4.a" },
    { code: "communication.banners", source: "s4.a" },
    { code: "communication.convoys", source: "s4.a" },
    { code: "opening-ceremony", source: "s4.b" },
    { code: "online-learning.programmes", source: "s4.c.1" },
    { code: "online-learning.open-resources", source: "s4.c.1" },
    { code: "online-learning.forums-clubs", source: "s4.c.1" },
    { code: "internet-skills.training", source: "s4.c.2" },
    { code: "learning-citizen.forums-contests", source: "s4.c.3" },
    { code: "libraries.cooperation", source: "s4.c.4" },
    { code: "libraries.reading-promotion", source: "s4.c.4" },
    { code: "reading.class-bookshelves", source: "s4.c.5" },
    { code: "reading.spaces", source: "s4.c.5" },
    { code: "learning-venues.activities", source: "s4.c.5" },
    { code: "institutions.classes", source: "s5.c" },
  ],
  duties: [
    {
      actor: "provincial-peoples-committee",
      source: "s5.a",
      duties: [
        "direct-planning",
        "mobilise-partners",
        "fund-activities",
        "inspect-and-review",
        "spread-examples",
        "commend-participants",
      ],
    },
    {
      actor: "department-of-education",
      source: "s5.b",
      duties: [
        "advise-committee",
        "draft-programme-and-budget",
        "run-activities",
        "report-results",
        "sustain-activities",
      ],
    },
    { actor: "provincial-study-promotion-association", source: "s5.b", duties: ["co-organise"] },
    { actor: "district-peoples-committee", source: "s5.a", duties: ["plan-and-run-week"] },
    { actor: "educational-institution", source: "s5.c", duties: ["run-classes-and-workshops"] },
    { actor: "provincial-peoples-committee", source: "closing", duties: ["assign-steering-committee"] },
    { actor: "provincial-steering-committee", source: "closing", duties: ["report-results"] },
    { actor: "ministry", source: "closing", duties: ["summarise-for-prime-minister"] },
  ],
  reporting: {
    deadline: { kind: "before", date: "2020-10-30" },
    assignee: "provincial-steering-committee",
    recipient: "Bộ Giáo dục và Đào tạo",
    via: "Vụ Giáo dục thường xuyên",
    email: "tlanh@moet.gov.vn",
    purpose: "tổng hợp, báo cáo Thủ tướng Chính phủ",
    source: "closing",
  },
  funding: {
    number: "07/2018/TT-BTC",
    issuer: "Bộ Tài chính",
    date: "2018-01-24",
    title: "hướng dẫn quản lý và sử dụng kinh phí thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2012-2020”",
    citedAs: "Thông tư số 07/TT-BTC ngày 24/01/2018 của Bộ Tài chính",
  },
  errata: [
    {
      published: "nhũng nơi công cộng",
      corrected: "những nơi công cộng",
      note: "Typing error in section 4 a) of the published text.",
    },
  ],
} as const satisfies DirectiveInput;

/**
 * The 2020 directive, Công văn 3589/BGDĐT-GDTX: the reference instance of {@link Directive}.
 *
 * @example
 * ```ts
 * directive2020.theme; // "Chuyển đổi số thúc đẩy Học tập suốt đời"
 * validateDirective(directive2020).ok; // true
 * ```
 */
export const directive2020 = data as unknown as Directive;
knownValidOptions.add(directive2020);
