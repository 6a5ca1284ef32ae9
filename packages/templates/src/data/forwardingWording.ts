/** The wording of a province's công văn forwarding the Ministry's letter on the Week, as printed. */
export const forwardingWording = {
  opening: (source: string, subject: string, issuerName: string) =>
    `Thực hiện ${source} về việc ${subject} (sao gửi kèm theo), ${issuerName} đề nghị các đơn vị như sau:`,
  lead: (lead: string, partners: string, year: number, theme: string, start: string, end: string, opening: string) =>
    `Giao ${lead} chủ trì${partners === "" ? "" : `, phối hợp với ${partners}`} tham mưu, xây dựng kế hoạch và tổ chức Tuần lễ hưởng ứng học tập suốt đời năm ${year} với chủ đề “${theme}”, từ ngày ${start} đến ngày ${end}; Lễ khai mạc tổ chức ngày ${opening}.`,
  all: "Các đơn vị căn cứ chức năng, nhiệm vụ và tình hình thực tế, tổ chức các hoạt động hưởng ứng Tuần lễ thiết thực, hiệu quả, phù hợp với điều kiện của địa phương, đơn vị.",
  report: (reportTo: string, deadline: string, issuerName: string, ministry: string) =>
    `Các đơn vị báo cáo kết quả về ${reportTo} chậm nhất ngày ${deadline} để tổng hợp, báo cáo ${issuerName} và ${ministry}.`,
  closing: (issuerName: string) => `${issuerName} đề nghị các đơn vị triển khai thực hiện.`,
} as const;
