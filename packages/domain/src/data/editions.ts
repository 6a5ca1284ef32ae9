import type { EditionInput } from "../Edition.ts";

const seedList = "the related-documents list of Công văn 3589/BGDĐT-GDTX as published on legal-text websites";

/**
 * The Week year by year, from the Ministry's letters and dated press reports (each entry's `source`). The Week's
 * dates and known report deadlines live in @xhht/calendar's data; this table adds the letters and themes.
 */
export const editions = [
  {
    year: 2011,
    theme: "Học tập suốt đời - Chìa khóa của mọi thành công",
    source: "The first Week, announced with the national Steering Committee, Hội Khuyến học and UN agencies",
    note: "The letter's number is UNCONFIRMED; the theme is the Week's announced message.",
  },
  {
    year: 2013,
    letterNumber: "5942/BCĐQG-XHHT",
    draftingUnit: "BCĐQG-XHHT",
    source: `Công văn 5942/BCĐQG-XHHT, from ${seedList}`,
    note: "Sent by the national Steering Committee for building a learning society, in its own number series.",
  },
  {
    year: 2014,
    letterNumber: "4583/BGDĐT-GDTX",
    theme: "Học cho bản thân và những người xung quanh hạnh phúc",
    draftingUnit: "GDTX",
    source: `Công văn 4583/BGDĐT-GDTX, from ${seedList}`,
  },
  {
    year: 2015,
    letterNumber: "4677/BGDĐT-GDTX",
    draftingUnit: "GDTX",
    source: `Công văn 4677/BGDĐT-GDTX, from ${seedList}`,
  },
  {
    year: 2019,
    letterNumber: "4080/BGDĐT-GDTX",
    letterDate: "2019-09-10",
    draftingUnit: "GDTX",
    source: "Công văn 4080/BGDĐT-GDTX, 10/09/2019",
    note: "No national theme: provinces chose one from suggestions such as «Tự học để phát triển năng lực và phẩm chất».",
  },
  {
    year: 2020,
    letterNumber: "3589/BGDĐT-GDTX",
    letterDate: "2020-09-15",
    theme: "Chuyển đổi số thúc đẩy Học tập suốt đời",
    draftingUnit: "GDTX",
    source: "Công văn 3589/BGDĐT-GDTX, 15/09/2020",
  },
  {
    year: 2021,
    theme: "Chuyển đổi số và cơ hội học tập suốt đời cho tất cả mọi người trong bối cảnh đại dịch COVID-19",
    source:
      "Press reports of the 2021 openings: Báo Nghệ An (baonghean.vn, 03/10/2021), VietnamPlus (11/11/2021); the letter's number is not known",
  },
  {
    year: 2022,
    theme: "Thúc đẩy chuyển đổi số phục vụ học tập suốt đời sau đại dịch Covid-19",
    source:
      "Press reports of the 2022 openings: UBND huyện Bạch Thông (bachthong.gov.vn, 30/09/2022), Báo Nghệ An (02/10/2022); the letter's number is not known",
  },
  {
    year: 2023,
    theme: "Xây dựng năng lực tự học trong kỷ nguyên số",
    source:
      "The Ministry's 2023 letter as reported by Công dân & Khuyến học (congdankhuyenhoc.vn, 15/09/2023) and giaoduc.edu.vn (21/09/2023); the letter's number is not known",
  },
  {
    year: 2024,
    letterNumber: "5201/BGDĐT-GDTX",
    letterDate: "2024-09-09",
    theme: "Phát triển văn hóa đọc thúc đẩy học tập suốt đời",
    draftingUnit: "GDTX",
    source: "Công văn 5201/BGDĐT-GDTX, 09/09/2024",
  },
  {
    year: 2025,
    letterNumber: "5607/BGDĐT-GDNNGDTX",
    theme:
      "Học để phát triển bản thân, làm chủ tri thức và công nghệ, góp phần xây dựng đất nước hùng cường, thịnh vượng",
    draftingUnit: "GDNNGDTX",
    source: "Công văn 5607/BGDĐT-GDNNGDTX",
    note: "The letter's date (about 18/09/2025) is UNCONFIRMED and left out.",
  },
] as const satisfies readonly EditionInput[];
