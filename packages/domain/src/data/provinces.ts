/**
 * Provincial-level administrative units of Vietnam (cấp tỉnh), effective-dated.
 *
 * Sources:
 * - codes of the 63 units: Quyết định 124/2004/QĐ-TTg of the Prime Minister (08/07/2004), bảng danh mục và mã số
 *   các đơn vị hành chính Việt Nam;
 * - the 63-unit structure from 01/08/2008: Nghị quyết 15/2008/QH12 of the National Assembly (29/05/2008), Hà Tây
 *   merged into Hà Nội;
 * - Thành phố Huế, centrally run from 01/01/2025, code 46 unchanged: Nghị quyết 175/2024/QH15 of the National
 *   Assembly (30/11/2024);
 * - the 34 units from 01/07/2025: Nghị quyết 60-NQ/TW of the Party Central Committee (12/04/2025), Nghị quyết
 *   202/2025/QH15 of the National Assembly (12/06/2025), Quyết định 19/2025/QĐ-TTg of the Prime Minister (in force
 *   01/07/2025); their codes: Công văn 915/CTK-CSCL of the statistics office, Cục Thống kê (list published at
 *   https://danhmuchanhchinh.nso.gov.vn). Each new unit keeps the old code of the province hosting its seat.
 * - the end of the district level on 01/07/2025: Nghị quyết 203/2025/QH15 of the National Assembly (16/06/2025),
 *   Luật Tổ chức chính quyền địa phương 2025 (Luật số 72/2025/QH15, 16/06/2025).
 *
 * A unit whose territory did not change in 2025 keeps one record across 01/07/2025.
 */

const tinh = "tinh";
const thanhPho = "thanh-pho-truc-thuoc-trung-uong";
type Kind = typeof tinh | typeof thanhPho;

/** First day of the 63-unit structure (Nghị quyết 15/2008/QH12). */
const from2008 = "2008-08-01";
/** The last day of the 63-unit structure. */
export const lastDayOf63Units = "2025-06-30";
/** First day of the 34-unit structure and of two-tier local government (Nghị quyết 202/2025/QH15). */
export const twoTierGovernmentFrom = "2025-07-01";

interface ProvinceRecord {
  readonly code: string;
  readonly shortName: string;
  readonly kind: Kind;
  readonly validFrom: string;
  readonly validTo: string | undefined;
}

const unit = (code: string, shortName: string, kind: Kind, validFrom: string, validTo?: string): ProvinceRecord => ({
  code,
  shortName,
  kind,
  validFrom,
  validTo,
});

/** Units in force on both 30/06/2025 and 01/07/2025 with the same territory («unchanged» in the 2025 table). */
const unchanged = [
  unit("01", "Hà Nội", thanhPho, from2008),
  unit("04", "Cao Bằng", tinh, from2008),
  unit("11", "Điện Biên", tinh, from2008),
  unit("12", "Lai Châu", tinh, from2008),
  unit("14", "Sơn La", tinh, from2008),
  unit("20", "Lạng Sơn", tinh, from2008),
  unit("22", "Quảng Ninh", tinh, from2008),
  unit("38", "Thanh Hóa", tinh, from2008),
  unit("40", "Nghệ An", tinh, from2008),
  unit("42", "Hà Tĩnh", tinh, from2008),
  // Nghị quyết 175/2024/QH15: Thừa Thiên Huế becomes the centrally-run Thành phố Huế on 01/01/2025.
  unit("46", "Thừa Thiên Huế", tinh, from2008, "2024-12-31"),
  unit("46", "Huế", thanhPho, "2025-01-01"),
];

/** Units of Quyết định 124/2004/QĐ-TTg that merged on 01/07/2025 (Nghị quyết 202/2025/QH15). */
const mergedIn2025 = [
  unit("02", "Hà Giang", tinh, from2008, lastDayOf63Units),
  unit("06", "Bắc Kạn", tinh, from2008, lastDayOf63Units),
  unit("08", "Tuyên Quang", tinh, from2008, lastDayOf63Units),
  unit("10", "Lào Cai", tinh, from2008, lastDayOf63Units),
  unit("15", "Yên Bái", tinh, from2008, lastDayOf63Units),
  unit("17", "Hòa Bình", tinh, from2008, lastDayOf63Units),
  unit("19", "Thái Nguyên", tinh, from2008, lastDayOf63Units),
  unit("24", "Bắc Giang", tinh, from2008, lastDayOf63Units),
  unit("25", "Phú Thọ", tinh, from2008, lastDayOf63Units),
  unit("26", "Vĩnh Phúc", tinh, from2008, lastDayOf63Units),
  unit("27", "Bắc Ninh", tinh, from2008, lastDayOf63Units),
  unit("30", "Hải Dương", tinh, from2008, lastDayOf63Units),
  unit("31", "Hải Phòng", thanhPho, from2008, lastDayOf63Units),
  unit("33", "Hưng Yên", tinh, from2008, lastDayOf63Units),
  unit("34", "Thái Bình", tinh, from2008, lastDayOf63Units),
  unit("35", "Hà Nam", tinh, from2008, lastDayOf63Units),
  unit("36", "Nam Định", tinh, from2008, lastDayOf63Units),
  unit("37", "Ninh Bình", tinh, from2008, lastDayOf63Units),
  unit("44", "Quảng Bình", tinh, from2008, lastDayOf63Units),
  unit("45", "Quảng Trị", tinh, from2008, lastDayOf63Units),
  unit("48", "Đà Nẵng", thanhPho, from2008, lastDayOf63Units),
  unit("49", "Quảng Nam", tinh, from2008, lastDayOf63Units),
  unit("51", "Quảng Ngãi", tinh, from2008, lastDayOf63Units),
  unit("52", "Bình Định", tinh, from2008, lastDayOf63Units),
  unit("54", "Phú Yên", tinh, from2008, lastDayOf63Units),
  unit("56", "Khánh Hòa", tinh, from2008, lastDayOf63Units),
  unit("58", "Ninh Thuận", tinh, from2008, lastDayOf63Units),
  unit("60", "Bình Thuận", tinh, from2008, lastDayOf63Units),
  unit("62", "Kon Tum", tinh, from2008, lastDayOf63Units),
  unit("64", "Gia Lai", tinh, from2008, lastDayOf63Units),
  unit("66", "Đắk Lắk", tinh, from2008, lastDayOf63Units),
  unit("67", "Đắk Nông", tinh, from2008, lastDayOf63Units),
  unit("68", "Lâm Đồng", tinh, from2008, lastDayOf63Units),
  unit("70", "Bình Phước", tinh, from2008, lastDayOf63Units),
  unit("72", "Tây Ninh", tinh, from2008, lastDayOf63Units),
  unit("74", "Bình Dương", tinh, from2008, lastDayOf63Units),
  unit("75", "Đồng Nai", tinh, from2008, lastDayOf63Units),
  unit("77", "Bà Rịa - Vũng Tàu", tinh, from2008, lastDayOf63Units),
  unit("79", "Hồ Chí Minh", thanhPho, from2008, lastDayOf63Units),
  unit("80", "Long An", tinh, from2008, lastDayOf63Units),
  unit("82", "Tiền Giang", tinh, from2008, lastDayOf63Units),
  unit("83", "Bến Tre", tinh, from2008, lastDayOf63Units),
  unit("84", "Trà Vinh", tinh, from2008, lastDayOf63Units),
  unit("86", "Vĩnh Long", tinh, from2008, lastDayOf63Units),
  unit("87", "Đồng Tháp", tinh, from2008, lastDayOf63Units),
  unit("89", "An Giang", tinh, from2008, lastDayOf63Units),
  unit("91", "Kiên Giang", tinh, from2008, lastDayOf63Units),
  unit("92", "Cần Thơ", thanhPho, from2008, lastDayOf63Units),
  unit("93", "Hậu Giang", tinh, from2008, lastDayOf63Units),
  unit("94", "Sóc Trăng", tinh, from2008, lastDayOf63Units),
  unit("95", "Bạc Liêu", tinh, from2008, lastDayOf63Units),
  unit("96", "Cà Mau", tinh, from2008, lastDayOf63Units),
];

/** Units formed on 01/07/2025 by Nghị quyết 202/2025/QH15, with the codes of Công văn 915/CTK-CSCL. */
const formedIn2025 = [
  unit("08", "Tuyên Quang", tinh, twoTierGovernmentFrom),
  unit("15", "Lào Cai", tinh, twoTierGovernmentFrom),
  unit("19", "Thái Nguyên", tinh, twoTierGovernmentFrom),
  unit("24", "Bắc Ninh", tinh, twoTierGovernmentFrom),
  unit("25", "Phú Thọ", tinh, twoTierGovernmentFrom),
  unit("31", "Hải Phòng", thanhPho, twoTierGovernmentFrom),
  unit("33", "Hưng Yên", tinh, twoTierGovernmentFrom),
  unit("37", "Ninh Bình", tinh, twoTierGovernmentFrom),
  unit("44", "Quảng Trị", tinh, twoTierGovernmentFrom),
  unit("48", "Đà Nẵng", thanhPho, twoTierGovernmentFrom),
  unit("51", "Quảng Ngãi", tinh, twoTierGovernmentFrom),
  unit("52", "Gia Lai", tinh, twoTierGovernmentFrom),
  unit("56", "Khánh Hòa", tinh, twoTierGovernmentFrom),
  unit("66", "Đắk Lắk", tinh, twoTierGovernmentFrom),
  unit("68", "Lâm Đồng", tinh, twoTierGovernmentFrom),
  unit("75", "Đồng Nai", tinh, twoTierGovernmentFrom),
  unit("79", "Hồ Chí Minh", thanhPho, twoTierGovernmentFrom),
  unit("80", "Tây Ninh", tinh, twoTierGovernmentFrom),
  unit("82", "Đồng Tháp", tinh, twoTierGovernmentFrom),
  unit("86", "Vĩnh Long", tinh, twoTierGovernmentFrom),
  unit("91", "An Giang", tinh, twoTierGovernmentFrom),
  unit("92", "Cần Thơ", thanhPho, twoTierGovernmentFrom),
  unit("96", "Cà Mau", tinh, twoTierGovernmentFrom),
];

/** Every provincial unit record, each with the first and last day it was in force (`undefined`: still in force). */
export const provinceRecords: readonly ProvinceRecord[] = [...unchanged, ...mergedIn2025, ...formedIn2025];

/**
 * The 2025 merger map of Nghị quyết 202/2025/QH15: each of the 34 units by its code, and the old codes
 * (Quyết định 124/2004/QĐ-TTg) of the units it was formed from, as Nghị quyết 202/2025/QH15 (12/06/2025) forms each
 * new unit from the old ones.
 * A unit formed from itself alone is «unchanged».
 *
 * @example
 * ```ts
 * provinceMerger2025.length; // 34
 * provinceMerger2025.find((unit) => unit.code === "37")?.formedFrom; // ["37", "35", "36"]
 * ```
 */
export const provinceMerger2025: readonly { readonly code: string; readonly formedFrom: readonly string[] }[] = [
  { code: "01", formedFrom: ["01"] },
  { code: "04", formedFrom: ["04"] },
  { code: "08", formedFrom: ["08", "02"] },
  { code: "11", formedFrom: ["11"] },
  { code: "12", formedFrom: ["12"] },
  { code: "14", formedFrom: ["14"] },
  { code: "15", formedFrom: ["10", "15"] },
  { code: "19", formedFrom: ["19", "06"] },
  { code: "20", formedFrom: ["20"] },
  { code: "22", formedFrom: ["22"] },
  { code: "24", formedFrom: ["27", "24"] },
  { code: "25", formedFrom: ["25", "26", "17"] },
  { code: "31", formedFrom: ["31", "30"] },
  { code: "33", formedFrom: ["33", "34"] },
  { code: "37", formedFrom: ["37", "35", "36"] },
  { code: "38", formedFrom: ["38"] },
  { code: "40", formedFrom: ["40"] },
  { code: "42", formedFrom: ["42"] },
  { code: "44", formedFrom: ["45", "44"] },
  { code: "46", formedFrom: ["46"] },
  { code: "48", formedFrom: ["48", "49"] },
  { code: "51", formedFrom: ["51", "62"] },
  { code: "52", formedFrom: ["64", "52"] },
  { code: "56", formedFrom: ["56", "58"] },
  { code: "66", formedFrom: ["66", "54"] },
  { code: "68", formedFrom: ["68", "67", "60"] },
  { code: "75", formedFrom: ["75", "70"] },
  { code: "79", formedFrom: ["79", "74", "77"] },
  { code: "80", formedFrom: ["72", "80"] },
  { code: "82", formedFrom: ["87", "82"] },
  { code: "86", formedFrom: ["86", "83", "84"] },
  { code: "91", formedFrom: ["89", "91"] },
  { code: "92", formedFrom: ["92", "94", "93"] },
  { code: "96", formedFrom: ["96", "95"] },
];
