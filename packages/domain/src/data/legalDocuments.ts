import type { SourceDocument } from "@xhht/calendar";

/**
 * The public documents the rules rest on ({@link Rule}'s `basis.document` names one of them, or several joined by
 * «; »), with who issued them and when, so a user can look each one up. Addresses are given only where a stable public
 * one is known.
 *
 * @example
 * ```ts
 * legalDocuments.find((d) => d.document === "Nghị định 30/2020/NĐ-CP")?.date; // "2020-03-05"
 * ```
 */
export const legalDocuments = [
  { document: "Nghị định 30/2020/NĐ-CP", issuer: "Chính phủ", date: "2020-03-05" },
  { document: "Bộ luật Dân sự 2015", issuer: "Quốc hội (Luật số 91/2015/QH13)", date: "2015-11-24" },
  {
    document: "Công văn 3589/BGDĐT-GDTX (15/09/2020)",
    issuer: "Bộ Giáo dục và Đào tạo",
    date: "2020-09-15",
    url: "https://ls1.hethongphapluat.com/cong-van-3589-bgddt-gdtx-ve-to-chuc-tuan-le-huong-ung-hoc-tap-suot-doi-nam-2020-do-bo-giao-duc-va-dao-tao-ban-hanh.html",
  },
  { document: "Nghị quyết 202/2025/QH15", issuer: "Quốc hội", date: "2025-06-12" },
  { document: "Quyết định 19/2025/QĐ-TTg", issuer: "Thủ tướng Chính phủ" },
  {
    document: "Quyết định 124/2004/QĐ-TTg",
    issuer: "Thủ tướng Chính phủ",
    date: "2004-07-08",
    url: "https://thuvienphapluat.vn/archive/Quyet-dinh/Quyet-dinh-124-2004-QD-TTg-bang-danh-muc-ma-so-don-vi-hanh-chinh-Viet-Nam-vb52328t17.aspx",
  },
  {
    document: "Nghị quyết 203/2025/QH15",
    issuer: "Quốc hội",
    date: "2025-06-16",
    url: "https://laodongthudo.vn/toan-van-nghi-quyet-sua-doi-bo-sung-mot-so-dieu-cua-hien-phap-nam-2013-192256.html",
  },
  {
    document: "Luật Tổ chức chính quyền địa phương 2025",
    issuer: "Quốc hội (Luật số 72/2025/QH15)",
    date: "2025-06-16",
  },
  {
    document: "Extensible Markup Language (XML) 1.0",
    issuer: "World Wide Web Consortium (W3C), Fifth Edition",
    date: "2008-11-26",
    url: "https://www.w3.org/TR/xml/",
  },
] as const satisfies readonly SourceDocument[];
