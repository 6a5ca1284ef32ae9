/** The fixed wording of a quyết định establishing the Week's Ban Tổ chức, as printed. */
export const decisionWording = {
  establishes: (committeeName: string) =>
    `Thành lập ${committeeName} (sau đây gọi tắt là Ban Tổ chức) gồm các thành viên có tên tại Phụ lục kèm theo Quyết định này.`,
  duties: "Ban Tổ chức có nhiệm vụ:",
  inForce: "Quyết định này có hiệu lực kể từ ngày ký.",
  executors: (executors: string) =>
    `${executors} và các thành viên có tên tại Phụ lục kèm theo chịu trách nhiệm thi hành Quyết định này.`,
  membersTitle: (committeeName: string) => `Danh sách thành viên ${committeeName}`,
} as const;
