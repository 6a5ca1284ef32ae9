import type { signingAuthorityKinds } from "./signingAuthorityRules.ts";

/**
 * The 29 kinds of administrative document of Nghị định 30/2020/NĐ-CP, Điều 7, in the decree's order, with the
 * abbreviations of its Phụ lục III (used in the document's symbol: «Số: 12/KH-UBND»). Công văn and thư công have
 * no abbreviation. Nghị quyết and quyết định here are the individual (cá biệt) ones; normative documents follow
 * Luật Ban hành văn bản quy phạm pháp luật instead.
 *
 * @example
 * ```ts
 * documentTypes.find((type) => type.code === "ke-hoach")?.abbreviation; // "KH"
 * documentTypes.length; // 29
 * ```
 */
export const documentTypes = [
  { code: "nghi-quyet", name: "Nghị quyết", abbreviation: "NQ" },
  { code: "quyet-dinh", name: "Quyết định", abbreviation: "QĐ" },
  { code: "chi-thi", name: "Chỉ thị", abbreviation: "CT" },
  { code: "quy-che", name: "Quy chế", abbreviation: "QC" },
  { code: "quy-dinh", name: "Quy định", abbreviation: "QyĐ" },
  { code: "thong-cao", name: "Thông cáo", abbreviation: "TC" },
  { code: "thong-bao", name: "Thông báo", abbreviation: "TB" },
  { code: "huong-dan", name: "Hướng dẫn", abbreviation: "HD" },
  { code: "chuong-trinh", name: "Chương trình", abbreviation: "CTr" },
  { code: "ke-hoach", name: "Kế hoạch", abbreviation: "KH" },
  { code: "phuong-an", name: "Phương án", abbreviation: "PA" },
  { code: "de-an", name: "Đề án", abbreviation: "ĐA" },
  { code: "du-an", name: "Dự án", abbreviation: "DA" },
  { code: "bao-cao", name: "Báo cáo", abbreviation: "BC" },
  { code: "bien-ban", name: "Biên bản", abbreviation: "BB" },
  { code: "to-trinh", name: "Tờ trình", abbreviation: "TTr" },
  { code: "hop-dong", name: "Hợp đồng", abbreviation: "HĐ" },
  { code: "cong-van", name: "Công văn", abbreviation: undefined },
  { code: "cong-dien", name: "Công điện", abbreviation: "CĐ" },
  { code: "ban-ghi-nho", name: "Bản ghi nhớ", abbreviation: "BGN" },
  { code: "ban-thoa-thuan", name: "Bản thỏa thuận", abbreviation: "BTT" },
  { code: "giay-uy-quyen", name: "Giấy ủy quyền", abbreviation: "GUQ" },
  { code: "giay-moi", name: "Giấy mời", abbreviation: "GM" },
  { code: "giay-gioi-thieu", name: "Giấy giới thiệu", abbreviation: "GGT" },
  { code: "giay-nghi-phep", name: "Giấy nghỉ phép", abbreviation: "GNP" },
  { code: "phieu-gui", name: "Phiếu gửi", abbreviation: "PG" },
  { code: "phieu-chuyen", name: "Phiếu chuyển", abbreviation: "PC" },
  { code: "phieu-bao", name: "Phiếu báo", abbreviation: "PB" },
  { code: "thu-cong", name: "Thư công", abbreviation: undefined },
] as const;

/**
 * The three kinds of copy of Nghị định 30/2020/NĐ-CP, Điều 25, with the abbreviations of its Phụ lục III
 * (a copy gets its own number and symbol: «Số: 05/SY-VP»).
 *
 * @example
 * ```ts
 * copyKinds.map((kind) => kind.abbreviation); // ["SY", "TrS", "SL"]
 * ```
 */
export const copyKinds = [
  { code: "sao-y", name: "Bản sao y", abbreviation: "SY" },
  { code: "trich-sao", name: "Bản trích sao", abbreviation: "TrS" },
  { code: "sao-luc", name: "Bản sao lục", abbreviation: "SL" },
] as const;

/**
 * The signing authorities of Nghị định 30/2020/NĐ-CP (Phụ lục I, Phần I, mục II.7.b; who may sign what: Điều 13),
 * written before the collective's name («TM. ỦY BAN NHÂN DÂN») or the head's title («KT. BỘ TRƯỞNG» / «THỨ TRƯỞNG»).
 * A head signing in person writes no prefix. One entry for each of {@link signingAuthorityKinds}, in its order.
 *
 * @example
 * ```ts
 * signingAuthorityPrefixes.map((entry) => entry.prefix); // ["TM.", "Q.", "KT.", "TL.", "TUQ."]
 * signingAuthorityPrefixes.find((entry) => entry.prefix === "KT.")?.expansion; // "ký thay"
 * ```
 */
export const signingAuthorityPrefixes = [
  {
    prefix: "TM.",
    expansion: "thay mặt",
    description: {
      vi: "Người đứng đầu ký thay mặt tập thể lãnh đạo của cơ quan, tổ chức làm việc theo chế độ tập thể.",
      en: "The head signs on behalf of a body run collectively (e.g. a People's Committee).",
    },
  },
  {
    prefix: "Q.",
    expansion: "quyền",
    description: {
      vi: "Cấp phó được giao quyền người đứng đầu ký như người đứng đầu.",
      en: "A deputy appointed acting head signs as the head would.",
    },
  },
  {
    prefix: "KT.",
    expansion: "ký thay",
    description: {
      vi: "Cấp phó ký thay người đứng đầu theo phân công.",
      en: "A deputy signs for the head, within the duties the head assigned.",
    },
  },
  {
    prefix: "TL.",
    expansion: "thừa lệnh",
    description: {
      vi: "Người đứng đầu đơn vị ký thừa lệnh theo quy chế của cơ quan; cấp phó của họ có thể ký thay (KT.).",
      en: "The head of a unit signs by order, as the body's rules provide; that signer's deputy may sign KT. in turn.",
    },
  },
  {
    prefix: "TUQ.",
    expansion: "thừa ủy quyền",
    description: {
      vi: "Người được ủy quyền bằng văn bản ký, có thời hạn và phạm vi; không được ủy quyền lại.",
      en: "A person authorised in writing signs, for a set time and scope; the authority cannot be passed on.",
    },
  },
] as const satisfies readonly {
  readonly prefix: `${(typeof signingAuthorityKinds)[number]}.`;
  readonly expansion: string;
  readonly description: { readonly vi: string; readonly en: string };
}[];
