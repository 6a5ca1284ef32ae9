// Every template rendered from the built-in samples (packages/templates/src/testing/sampleRenders.ts), with what its
// printed pages must show. Shared by `pnpm test:render` (scripts/render-check.ts), `pnpm previews`
// (scripts/previews.ts) and docs/templates.md.
import { directive2020, type ProvincialReport, sampleReport2020, summarizeReports } from "@xhht/domain";
import type { TemplateId } from "@xhht/templates";
import { sampleRenders } from "../../packages/templates/src/testing/sampleRenders.ts";

/** What the PDF LibreOffice prints from a document must show. */
export interface PrintExpectation {
  /** The number of pages, appendices included. */
  readonly pages: number;
  /** Lines of page 1, each found on it (whitespace collapsed: a line wrapped by the layout still matches). */
  readonly firstPage: readonly string[];
  /** The page carrying «Nơi nhận:», the last «- Lưu: …» line and the signer's name. */
  readonly signaturePage: number;
  /** Lines of the signature page: «Nơi nhận:», «- Lưu: …», the signer's title and name. */
  readonly signature: readonly string[];
  /** Pages on which an appendix starts («Phụ lục» first): numbered on their own, so their first page has no number. */
  readonly appendixPages?: readonly number[];
  /** Pages printed landscape (a wide table in the body, Phụ lục I, Phần I, mục I); every other page is A4 portrait. */
  readonly landscapePages?: readonly number[];
}

/** One sample document: its template, how to render it, and what its print must show. */
export interface SampleDocument {
  /** The file stem of the document, its PDF and its preview (docs/previews/<name>.png). */
  readonly name: string;
  readonly templateId: TemplateId;
  /** The render function and the domain sample it is given, as docs/templates.md shows them. */
  readonly call: string;
  readonly render: () => Promise<Uint8Array>;
  readonly expected: PrintExpectation;
}

const quocHieu = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"] as const;

/** Provinces reporting to the national summary: the sample report and four more, Hà Nội late. */
export const summaryReports = (): ProvincialReport[] => {
  const others = [
    {
      province: "01",
      learners: 5120,
      examples: 41,
      budgetSpent: 120_000_000,
      submittedAt: "2020-11-02T10:00:00+07:00",
    },
    { province: "31", learners: 1830, examples: 19, budgetSpent: 38_500_000, submittedAt: "2020-10-28T16:30:00+07:00" },
    { province: "48", learners: 2210, examples: 22, budgetSpent: 52_000_000, submittedAt: "2020-10-27T08:00:00+07:00" },
    {
      province: "79",
      learners: 6480,
      examples: 57,
      budgetSpent: 150_000_000,
      submittedAt: "2020-10-29T14:00:00+07:00",
    },
  ];
  return [
    sampleReport2020,
    ...others.map(({ province, learners, examples, budgetSpent, submittedAt }) => ({
      ...sampleReport2020,
      province,
      examples,
      budgetSpent,
      submittedAt,
      activities: sampleReport2020.activities.map((activity) =>
        activity.code === "internet-skills.training"
          ? { ...activity, measures: { ...activity.measures, learners } }
          : activity,
      ),
    })),
  ];
};

/** The nine documents of the Week, each from its built-in sample. */
export const sampleDocuments: readonly SampleDocument[] = [
  {
    name: "official-letter-2020",
    templateId: sampleRenders.letter.templateId,
    call: 'renderOfficialLetter(directive2020.letter, { generatedAt: "2020-09-15" })',
    render: () => sampleRenders.letter.render(directive2020.letter, { generatedAt: "2020-09-15" }),
    expected: {
      pages: 3,
      firstPage: [
        "BỘ GIÁO DỤC VÀ ĐÀO TẠO",
        ...quocHieu,
        "Số: 3589/BGDĐT-GDTX",
        "Hà Nội, ngày 15 tháng 9 năm 2020",
        "V/v tổ chức Tuần lễ hưởng ứng học",
        "Kính gửi: Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc",
      ],
      signaturePage: 3,
      signature: ["Nơi nhận:", "- Như trên;", "- Lưu: VT, GDTX.", "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Nguyễn Hữu Độ"],
    },
  },
  {
    name: "forwarding-letter-2020",
    templateId: sampleRenders.forwarding.templateId,
    call: "renderForwardingLetter(sampleForwardingRequest2020, { directive: directive2020 })",
    render: sampleRenders.forwarding.renderSample,
    expected: {
      pages: 1,
      firstPage: [
        ...quocHieu,
        "Số: 2105/UBND-VP5",
        "Nam Định, ngày 18 tháng 9 năm 2020",
        "V/v triển khai Tuần lễ hưởng ứng học tập",
        "Kính gửi:",
        "- Các sở, ban, ngành, đoàn thể tỉnh;",
      ],
      signaturePage: 1,
      signature: ["Nơi nhận:", "- Như trên;", "- Lưu: VT, VP5.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn B"],
    },
  },
  {
    name: "provincial-plan-2020",
    templateId: sampleRenders.plan.templateId,
    call: "renderPlan(samplePlan2020, { directive: directive2020 })",
    render: sampleRenders.plan.renderSample,
    expected: {
      pages: 2,
      firstPage: [
        "UBND TỈNH NAM ĐỊNH",
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
        ...quocHieu,
        "Số: 12/KH-SGDĐT",
        "Nam Định, ngày 22 tháng 9 năm 2020",
        "KẾ HOẠCH",
        "Tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2020",
        "I. YÊU CẦU",
        "STT Hoạt động Thời gian Địa điểm",
      ],
      signaturePage: 2,
      signature: ["Nơi nhận:", "- Lưu: VT, GDTX.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn A"],
    },
  },
  {
    name: "committee-decision-2020",
    templateId: sampleRenders.decision.templateId,
    call: "renderCommitteeDecision(sampleCommitteeDecision2020)",
    render: sampleRenders.decision.renderSample,
    expected: {
      pages: 2,
      firstPage: [
        ...quocHieu,
        "Số: 1850/QĐ-UBND",
        "Nam Định, ngày 18 tháng 9 năm 2020",
        "QUYẾT ĐỊNH",
        "Về việc thành lập Ban Tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2020",
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH",
        "QUYẾT ĐỊNH:",
        "Điều 1.",
      ],
      signaturePage: 1,
      signature: ["Nơi nhận:", "- Như Điều 3;", "- Lưu: VT, VP5.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn B"],
      appendixPages: [2],
    },
  },
  {
    name: "invitation-2020",
    templateId: sampleRenders.invitation.templateId,
    call: "renderInvitation(sampleInvitation2020)",
    render: sampleRenders.invitation.renderSample,
    expected: {
      pages: 1,
      firstPage: [
        "UBND TỈNH NAM ĐỊNH",
        ...quocHieu,
        "Số: 35/GM-SGDĐT",
        "Nam Định, ngày 25 tháng 9 năm 2020",
        "GIẤY MỜI",
        "Dự Lễ khai mạc Tuần lễ hưởng ứng học tập suốt đời năm 2020",
        "Thời gian: 08 giờ 00, thứ Năm, ngày 01/10/2020.",
      ],
      signaturePage: 1,
      signature: ["Nơi nhận:", "- Như trên;", "- Lưu: VT, GDTX.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn A"],
    },
  },
  {
    name: "budget-estimate-2020",
    templateId: sampleRenders.estimate.templateId,
    call: "renderBudgetEstimate(sampleBudgetEstimate2020)",
    render: sampleRenders.estimate.renderSample,
    expected: {
      pages: 1,
      firstPage: [
        ...quocHieu,
        "Số: 13/TTr-SGDĐT",
        "Nam Định, ngày 22 tháng 9 năm 2020",
        "TỜ TRÌNH",
        "Dự toán kinh phí tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2020",
        "Tổng cộng 45.500.000",
        "Bằng chữ: Bốn mươi lăm triệu năm trăm nghìn đồng.",
      ],
      signaturePage: 1,
      signature: ["Nơi nhận:", "- Lưu: VT, KHTC.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn A"],
    },
  },
  {
    name: "submission-2020",
    templateId: sampleRenders.submission.templateId,
    call: "renderSubmission(sampleSubmission2020)",
    render: sampleRenders.submission.renderSample,
    expected: {
      pages: 2,
      firstPage: [
        "UBND TỈNH NAM ĐỊNH",
        ...quocHieu,
        "Số: 14/TTr-SGDĐT",
        "Nam Định, ngày 21 tháng 9 năm 2020",
        "TỜ TRÌNH",
        "Về việc phê duyệt dự toán kinh phí tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2020",
        "Kính gửi: Ủy ban nhân dân tỉnh Nam Định.",
      ],
      signaturePage: 1,
      signature: ["Nơi nhận:", "- Như trên;", "- Lưu: VT, KHTC.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn A"],
      appendixPages: [2],
    },
  },
  {
    name: "provincial-report-2020",
    templateId: sampleRenders.report.templateId,
    call: "renderReport(sampleReport2020, { directive: directive2020 })",
    render: sampleRenders.report.renderSample,
    expected: {
      pages: 2,
      firstPage: [
        ...quocHieu,
        "Số: 215/BC-SGDĐT",
        "Nam Định, ngày 26 tháng 10 năm 2020",
        "BÁO CÁO",
        "Kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2020",
        "I. KẾT QUẢ TỔ CHỨC CÁC HOẠT ĐỘNG",
      ],
      signaturePage: 2,
      signature: ["Nơi nhận:", "- Lưu: VT, GDTX.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn A"],
    },
  },
  {
    name: "national-summary-2020",
    templateId: sampleRenders.summary.templateId,
    call: "renderNationalSummary(summarizeReports(reports, { year: 2020, directive: directive2020 }), { meta: sampleNationalSummaryMeta2020 })",
    render: () =>
      sampleRenders.summary.render(summarizeReports(summaryReports(), { year: 2020, directive: directive2020 })),
    expected: {
      pages: 4,
      firstPage: [
        "BỘ GIÁO DỤC VÀ ĐÀO TẠO",
        ...quocHieu,
        "Số: 1050/BC-BGDĐT",
        "Hà Nội, ngày 20 tháng 11 năm 2020",
        "BÁO CÁO",
        "Kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2020",
        "Kính gửi: Thủ tướng Chính phủ.",
      ],
      signaturePage: 4,
      signature: ["Nơi nhận:", "- Như trên;", "- Lưu: VT, GDTX.", "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Lê Văn H"],
      landscapePages: [3],
    },
  },
];
