import type { Invitation, InvitationInput } from "../entities/invitation/Invitation.ts";

/**
 * A SAMPLE invitation, invented for examples and tests: a province's giấy mời to the 2020 Week's opening ceremony
 * (Nam Định, Thursday 01/10/2020). No real invitation is reproduced; names are illustrative.
 */
const data = {
  schemaVersion: 1,
  parentBody: "UBND TỈNH NAM ĐỊNH",
  issuer: "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
  number: 35,
  symbol: "GM-SGDĐT",
  place: "Nam Định",
  date: "2020-09-25",
  subject: "Dự Lễ khai mạc Tuần lễ hưởng ứng học tập suốt đời năm 2020",
  host: "Sở Giáo dục và Đào tạo tỉnh Nam Định",
  invitees: [
    "Đồng chí Phó Chủ tịch Ủy ban nhân dân tỉnh",
    "Lãnh đạo các sở, ban, ngành, đoàn thể của tỉnh",
    "Đại diện các cơ quan thông tin đại chúng",
  ],
  event: "Lễ khai mạc Tuần lễ hưởng ứng học tập suốt đời năm 2020",
  eventDate: "2020-10-01",
  eventTime: "08:00",
  venue: "Trung tâm Giáo dục thường xuyên tỉnh Nam Định",
  notes: ["Đề nghị đại biểu có mặt trước 15 phút để ổn định tổ chức"],
  signature: { authority: [{ kind: "KT", title: "GIÁM ĐỐC" }], title: "PHÓ GIÁM ĐỐC", name: "Nguyễn Văn A" },
  copies: ["Như trên", "Lưu: VT, GDTX"],
} as const satisfies InvitationInput;

/**
 * A sample invitation to the 2020 Week's opening ceremony (invented, clearly marked as sample).
 *
 * @example
 * ```ts
 * sampleInvitation2020.subject; // "Dự Lễ khai mạc Tuần lễ hưởng ứng học tập suốt đời năm 2020"
 * validateInvitation(sampleInvitation2020).ok; // true
 * ```
 */
export const sampleInvitation2020 = data as unknown as Invitation;
