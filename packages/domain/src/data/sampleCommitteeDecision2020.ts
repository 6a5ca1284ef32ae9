import type { CommitteeDecision, CommitteeDecisionInput } from "../entities/committeeDecision/CommitteeDecision.ts";

/**
 * A SAMPLE decision, invented for examples and tests: how a province sets up its organising committee for the
 * 2020 Week (Nam Định). No real decision is reproduced; number, names and positions are illustrative.
 */
const data = {
  schemaVersion: 1,
  issuer: "ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH",
  number: 1850,
  symbol: "QĐ-UBND",
  place: "Nam Định",
  date: "2020-09-18",
  issuerName: "Chủ tịch Ủy ban nhân dân tỉnh Nam Định",
  decidingAuthority: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH",
  subject: "Về việc thành lập Ban Tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2020",
  legalBases: [
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015",
    "Căn cứ Công văn số 3589/BGDĐT-GDTX ngày 15/9/2020 của Bộ Giáo dục và Đào tạo về việc tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2020",
    "Theo đề nghị của Giám đốc Sở Giáo dục và Đào tạo",
  ],
  committeeName: "Ban Tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2020 tỉnh Nam Định",
  members: [
    { name: "Trần Văn B", position: "Phó Chủ tịch Ủy ban nhân dân tỉnh", role: "head" },
    { name: "Nguyễn Văn A", position: "Phó Giám đốc Sở Giáo dục và Đào tạo", role: "deputy-head" },
    { name: "Lê Thị C", position: "Chủ tịch Hội Khuyến học tỉnh", role: "standing-member" },
    { name: "Phạm Văn D", position: "Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch", role: "member" },
    { name: "Hoàng Thị E", position: "Phó Giám đốc Sở Thông tin và Truyền thông", role: "member" },
    { name: "Đỗ Văn G", position: "Trưởng phòng Giáo dục thường xuyên, Sở Giáo dục và Đào tạo", role: "secretary" },
  ],
  duties: [
    "Chỉ đạo, hướng dẫn các sở, ban, ngành và Ủy ban nhân dân các huyện, thành phố tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2020",
    "Tổ chức Lễ khai mạc Tuần lễ vào ngày 01/10/2020",
    "Kiểm tra, tổng hợp, báo cáo kết quả với Ủy ban nhân dân tỉnh và Bộ Giáo dục và Đào tạo",
  ],
  executors: [
    "Chánh Văn phòng Ủy ban nhân dân tỉnh",
    "Giám đốc Sở Giáo dục và Đào tạo",
    "Thủ trưởng các cơ quan, đơn vị có liên quan",
  ],
  signature: { authority: [{ kind: "KT", title: "CHỦ TỊCH" }], title: "PHÓ CHỦ TỊCH", name: "Trần Văn B" },
  copies: ["Như Điều 3", "Bộ GDĐT (để b/c)", "Lưu: VT, VP5"],
  drafter: { initials: "VP", copies: 15 },
} as const satisfies CommitteeDecisionInput;

/**
 * A sample decision setting up the 2020 Week's organising committee (invented, clearly marked as sample).
 *
 * @example
 * ```ts
 * sampleCommitteeDecision2020.members.length; // 6
 * validateCommitteeDecision(sampleCommitteeDecision2020).ok; // true
 * ```
 */
export const sampleCommitteeDecision2020 = data as unknown as CommitteeDecision;
