import { documentWording } from "./documentWording.ts";

/** The fixed wording of the Ministry's báo cáo tổng hợp of a year's Week, as printed. */
export const summaryWording = {
  headings: {
    reporting: "Tình hình báo cáo của các địa phương",
    results: "Kết quả tổ chức Tuần lễ",
    assessment: "Đánh giá chung",
    proposals: "Đề xuất, kiến nghị",
  },
  /** The rows of the totals table after the activity measures. */
  totals: {
    examples: "Số tấm gương điển hình về tự học, học tập suốt đời",
    collectives: "Số tập thể được khen thưởng",
    individuals: "Số cá nhân được khen thưởng",
    budgetSpent: `Kinh phí đã sử dụng (${documentWording.currency})`,
  },
  noReports: "Chưa có địa phương nào gửi báo cáo",
  /**
   * The units a summary counts, by its level: the provinces (for the Ministry), the communes (for a province) or,
   * before 01/07/2025, the districts (for a province).
   */
  units: {
    province: {
      plural: "tỉnh, thành phố",
      expected: "tỉnh, thành phố trực thuộc trung ương",
      column: "Tỉnh, thành phố",
    },
    commune: { plural: "xã, phường, đặc khu", expected: "xã, phường, đặc khu", column: "Xã, phường, đặc khu" },
    district: {
      plural: "quận, huyện, thị xã, thành phố thuộc tỉnh",
      expected: "quận, huyện, thị xã, thành phố thuộc tỉnh",
      column: "Quận, huyện",
    },
  },
  provincesTitle: (year: number, units = "tỉnh, thành phố") =>
    `Kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm ${year} của các ${units}`,
  /** One late province in the list of late reports: «tỉnh Nam Định (2 ngày)». */
  lateEntry: (province: string, daysLate: number) => `${province} (${daysLate} ngày)`,
  received: (
    asOf: string,
    issuerName: string,
    received: number,
    expected: number,
    units = "tỉnh, thành phố trực thuộc trung ương",
  ) => `Tính đến ngày ${asOf}, ${issuerName} đã nhận được báo cáo của ${received}/${expected} ${units}.`,
  allOnTime: "Các báo cáo nhận được đều gửi đúng hạn.",
  late: (count: number, list: string) => `Số địa phương gửi báo cáo quá hạn: ${count}, gồm: ${list}.`,
  missing: (count: number, list: string) => `Các địa phương chưa gửi báo cáo (${count}): ${list}.`,
  totalsLead: "Tổng hợp kết quả từ báo cáo của các địa phương:",
  provincesLead: (units = "tỉnh, thành phố") => `Kết quả của từng ${units} như bảng sau:`,
} as const;
