import { lifelongLearningWeekSources, type SourceDocument } from "@xhht/calendar/sources";
import type { EditionInput } from "../entities/edition/editionSchema.ts";

const moet = "Bộ Giáo dục và Đào tạo";

/**
 * Công văn 3589/BGDĐT-GDTX, the 2020 letter: legal-text websites show the earlier letters 5942/BCĐQG-XHHT,
 * 4583/BGDĐT-GDTX and 4677/BGDĐT-GDTX under its «Văn bản liên quan» (related documents).
 */
const cv3589 = {
  document: "Công văn 3589/BGDĐT-GDTX về tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2020",
  issuer: moet,
  date: "2020-09-15",
  url: "https://ls1.hethongphapluat.com/cong-van-3589-bgddt-gdtx-ve-to-chuc-tuan-le-huong-ung-hoc-tap-suot-doi-nam-2020-do-bo-giao-duc-va-dao-tao-ban-hanh.html",
} as const;

/**
 * The documents of `year` that @xhht/calendar already cites for the Week's dates (`lifelongLearningWeekSources`), by
 * their place in its list: the same letter or article is written once, there, and cited here.
 */
const calendarCites = (year: number, ...places: number[]): SourceDocument[] =>
  places.flatMap((place) => {
    const entry = lifelongLearningWeekSources[year]?.[place];
    return entry === undefined ? [] : [entry];
  });

const fromRelatedList =
  "The number is known only from the «Văn bản liên quan» list that legal-text websites show with Công văn 3589/BGDĐT-GDTX (15/09/2020); the letter's own text was not found, so its date is unknown.";

/**
 * The Week year by year: each entry's `sources` are the public documents a user can check (the Ministry's letter,
 * or dated press reports where the letter itself was not found); `source` says the same as free text; `note` says
 * what is unknown. The Week's dates and known report deadlines live in @xhht/calendar's data; this table adds the
 * letters and themes. 2016 is left out: neither its letter nor a report of its theme was found.
 *
 * @example
 * ```ts
 * editions.find((edition) => edition.year === 2012)?.theme; // "Học để trở thành người công dân tốt"
 * ```
 */
export const editions = [
  {
    year: 2011,
    theme: "Học tập suốt đời - Chìa khóa của mọi thành công",
    source:
      "Báo Đồng Nai, «Lần đầu tiên tổ chức tuần lễ hưởng ứng “Học tập suốt đời” tại Việt Nam», 29/09/2011; UNESCO Office in Hanoi, «Viet Nam celebrate Lifelong Learning Week for the first time», 01/10/2011",
    sources: calendarCites(2011, 0, 1),
    note: "The first Week (02-08/10/2011), announced by the Ministry with the national Steering Committee for building a learning society, the Ministry of Culture, Sports and Tourism, Hội Khuyến học Việt Nam and the United Nations in Viet Nam. The letter's number and date were not found; the theme is the Week's announced message (thông điệp).",
  },
  {
    year: 2012,
    theme: "Học để trở thành người công dân tốt",
    source:
      "Báo Lạng Sơn, «Khai mạc Tuần lễ hưởng ứng học tập suốt đời 2012»; Báo Ninh Thuận; Hội Khuyến học Việt Nam, văn bản 436-HKK/BPT ngày 19/09/2012",
    sources: [
      ...calendarCites(2012, 1),
      {
        document: "Report of Ninh Thuận's 2012 opening",
        issuer: "Báo Ninh Thuận",
        url: "https://baoninhthuan.com.vn/news/34396p28c75/ninh-thuankhai-mac-tuan-le-huong-ung-hoc-tap-suot-doi.htm",
      },
      ...calendarCites(2012, 0),
    ],
    note: "The Ministry's letter for 2012 was not found: its number and date are unknown. The theme is as two provincial newspapers report it (Báo Lạng Sơn calls it the Week's slogan, khẩu hiệu), both giving the Week as 01-07/10/2012; their articles' dates are not shown. Văn bản 436-HKK/BPT is Hội Khuyến học Việt Nam's letter to its provincial associations, not the Ministry's.",
  },
  {
    year: 2013,
    letterNumber: "5942/BCĐQG-XHHT",
    theme: "Học tập để có nghề nghiệp và lao động ngày càng hiệu quả",
    draftingUnit: "BCĐQG-XHHT",
    source:
      "Công văn 5942/BCĐQG-XHHT, listed under «Văn bản liên quan» of Công văn 3589/BGDĐT-GDTX (15/09/2020); Báo Bạc Liêu, «Phát động tuần lễ hưởng ứng “Học tập suốt đời” năm 2013», 03/10/2013; Báo Khánh Hòa (English edition, 09/2013)",
    sources: [
      { document: "Công văn 5942/BCĐQG-XHHT", issuer: "Ban Chỉ đạo quốc gia xây dựng xã hội học tập" },
      cv3589,
      {
        document: "«Phát động tuần lễ hưởng ứng “Học tập suốt đời” năm 2013»",
        issuer: "Báo Bạc Liêu",
        date: "2013-10-03",
        url: "https://baobaclieu.vn/tin-tuc/phat-dong-tuan-le-huong-ung-hoc-tap-suot-doi-nam-2013-18490.html",
      },
      {
        document: "Interview on Khánh Hòa's 2013 Week (English edition)",
        issuer: "Báo Khánh Hòa",
        url: "https://news.baokhanhhoa.vn/socio_politic/201309/learning-to-have-a-job-and-work-more-effectively-2265149",
      },
    ],
    note: `Sent by the national Steering Committee for building a learning society, in its own number series. ${fromRelatedList} The theme is as two provinces report it (Bạc Liêu; Khánh Hòa in English); their dates differ (Khánh Hòa 30/09-06/10, Bạc Liêu 02-09/10/2013), so the national dates are unknown.`,
  },
  {
    year: 2014,
    letterNumber: "4583/BGDĐT-GDTX",
    theme: "Học cho bản thân và những người xung quanh hạnh phúc",
    draftingUnit: "GDTX",
    source:
      "Công văn 4583/BGDĐT-GDTX, listed under «Văn bản liên quan» of Công văn 3589/BGDĐT-GDTX (15/09/2020); Báo Hải quan, «Tuần lễ hưởng ứng học tập suốt đời năm 2014»; Báo Nghệ An, «Opening of Lifelong Learning Week», 29/09/2014",
    sources: [
      ...calendarCites(2014, 0),
      cv3589,
      ...calendarCites(2014, 1),
      {
        document: "«Opening of Lifelong Learning Week» (English edition)",
        issuer: "Báo Nghệ An",
        date: "2014-09-29",
        url: "https://baonghean.vn/en/khai-mac-tuan-le-huong-ung-hoc-tap-suot-doi-10018684.html",
      },
    ],
    note: `${fromRelatedList} Báo Hải quan reports the Ministry's request: the Week nationwide from 29/09 to 05/10/2014 with this theme.`,
  },
  {
    year: 2015,
    letterNumber: "4677/BGDĐT-GDTX",
    draftingUnit: "GDTX",
    source:
      "Công văn 4677/BGDĐT-GDTX, listed under «Văn bản liên quan» of Công văn 3589/BGDĐT-GDTX (15/09/2020); Sài Gòn Giải Phóng (English edition) on Hồ Chí Minh City's 2015 Week",
    sources: [
      { document: "Công văn 4677/BGDĐT-GDTX", issuer: moet },
      cv3589,
      {
        document: "Report of Hồ Chí Minh City's plan for the 2015 Week",
        issuer: "Sài Gòn Giải Phóng (English edition)",
        url: "https://en.sggp.org.vn/many-activities-held-in-response-to-lifelong-learning-week-2015-post59764.html",
      },
    ],
    note: `${fromRelatedList} No national theme was found: Hồ Chí Minh City ran its Week from 27/09/2015 with its own theme «Học để góp phần phát triển địa phương, đất nước và đóng góp cho nhân loại»; whether the letter set one is unknown.`,
  },
  {
    year: 2017,
    source:
      "Báo Pháp luật & Xã hội, «Tổ chức Tuần lễ Hưởng ứng học tập suốt đời năm 2017», 28/09/2017 (Hà Nội's Công văn 9029/VP-KGVX forwarding the Ministry's letter)",
    sources: calendarCites(2017, 0),
    note: "The Ministry's letter is known only through Hà Nội's Công văn 9029/VP-KGVX that forwards it (Week 02-08/10/2017, opening 02/10/2017): its number and date were not found. No national theme was found; Hà Nội chose its own, «Học tập để hoàn thiện nhân cách, phát triển bản thân».",
  },
  {
    year: 2018,
    source:
      "Cổng thông tin điện tử thành phố Hải Phòng, «Tuần lễ hưởng ứng học tập suốt đời năm 2018 sẽ được tổ chức từ ngày 1-7/10», 07/09/2018; Đài Phát thanh và Truyền hình Phú Yên, «Tuần lễ hưởng ứng học tập suốt đời năm 2018», 27/09/2018",
    sources: [
      ...calendarCites(2018, 0),
      {
        document: "«Tuần lễ hưởng ứng học tập suốt đời năm 2018»",
        issuer: "Đài Phát thanh và Truyền hình Phú Yên (ptpphuyen.vn)",
        date: "2018-09-27",
      },
    ],
    note: "The Ministry's letter is known only through Hải Phòng's report of it (Week 01-07/10/2018, opening 01/10; the city asks for results to the Ministry, via Vụ Giáo dục thường xuyên, before 20/10): its number and date were not found. No national theme was found; Phú Yên chose its own, «Trường học vĩ đại nhất chính là sách vở».",
  },
  {
    year: 2019,
    letterNumber: "4080/BGDĐT-GDTX",
    letterDate: "2019-09-10",
    draftingUnit: "GDTX",
    source:
      "Công văn 4080/BGDĐT-GDTX ngày 10/09/2019 của Bộ Giáo dục và Đào tạo, as reported by Báo Phú Thọ («Tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2019», 23/09/2019) and Báo Nhân Dân",
    sources: [
      ...calendarCites(2019, 0),
      { document: "«Tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2019»", issuer: "Báo Phú Thọ", date: "2019-09-23" },
      {
        document: "Report of the 2019 Week after Công văn 4080/BGDĐT-GDTX",
        issuer: "Báo Nhân Dân",
        url: "https://nhandan.vn/nganh-giao-duc-can-di-dau-trong-phong-trao-hoc-tap-suot-doi-post372780.html",
      },
    ],
    note: "No national theme: provinces chose one from suggestions such as «Tự học để phát triển năng lực và phẩm chất».",
  },
  {
    year: 2020,
    letterNumber: "3589/BGDĐT-GDTX",
    letterDate: "2020-09-15",
    theme: "Chuyển đổi số thúc đẩy Học tập suốt đời",
    draftingUnit: "GDTX",
    source: "Công văn 3589/BGDĐT-GDTX ngày 15/09/2020 của Bộ Giáo dục và Đào tạo",
    sources: [
      cv3589,
      {
        document: "«Tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2020»",
        issuer: "Báo Lao Động Thủ Đô",
        date: "2020-09-23",
        url: "https://laodongthudo.vn/to-chuc-tuan-le-huong-ung-hoc-tap-suot-doi-nam-2020-113459.html",
      },
    ],
  },
  {
    year: 2021,
    theme: "Chuyển đổi số và cơ hội học tập suốt đời cho tất cả mọi người trong bối cảnh đại dịch COVID-19",
    source:
      "Thư viện tỉnh Điện Biên, «Tuần lễ hưởng ứng học tập suốt đời năm 2021», 30/09/2021; Báo Nam Định (09/2021); VietnamPlus (English), 11/11/2021; Báo Nghệ An, 03/10/2021",
    sources: [
      {
        document: "«Tuần lễ hưởng ứng học tập suốt đời năm 2021»",
        issuer: "Thư viện tỉnh Điện Biên (thuviendienbien.gov.vn)",
        date: "2021-09-30",
      },
      {
        document: "Report of Nam Định's letter of 16/09/2021 on the 2021 Week",
        issuer: "Báo Nam Định",
        url: "https://baonamdinh.vn/channel/5083/202109/to-chuc-tuan-le-huong-ung-hoc-tap-suot-doi-nam-2021-2546502",
      },
      {
        document: "Report of Bắc Giang's 2021 opening",
        issuer: "VietnamPlus (Thông tấn xã Việt Nam)",
        date: "2021-11-11",
        url: "https://en.vietnamplus.vn/bac-giang-launches-lifelong-learning-week-2021/214295.vnp",
      },
      { document: "Report of the province's 2021 opening", issuer: "Báo Nghệ An", date: "2021-10-03" },
    ],
    note: "The Ministry's letter was not found: its number and date are unknown. It came before Điện Biên's Kế hoạch 2146/KH-SGDĐT of 15/09/2021, which gives this theme and the Week as 01-07/10/2021, opening 01/10.",
  },
  {
    year: 2022,
    theme: "Thúc đẩy chuyển đổi số phục vụ học tập suốt đời sau đại dịch Covid-19",
    source:
      "Ủy ban nhân dân huyện Bạch Thông, «Lễ khai mạc Tuần lễ hưởng ứng học tập suốt đời năm 2022»; Báo Nghệ An, «Education sector launches 'Week of Lifelong Learning Response'», 02/10/2022",
    sources: [
      {
        document: "«Lễ khai mạc Tuần lễ hưởng ứng học tập suốt đời năm 2022»",
        issuer: "Ủy ban nhân dân huyện Bạch Thông (bachthong.gov.vn)",
        url: "https://bachthong.gov.vn/le-khai-mac-tuan-le-huong-ung-hoc-tap-suot-doi-nam-2022/",
      },
      {
        document: "«Education sector launches 'Week of Lifelong Learning Response'» (English edition)",
        issuer: "Báo Nghệ An",
        date: "2022-10-02",
        url: "https://baonghean.vn/en/nganh-giao-duc-phat-dong-tuan-le-huong-ung-hoc-tap-suot-doi-10245139.html",
      },
    ],
    note: "The Ministry's letter was not found: its number and date are unknown. Bạch Thông reports the Week as 01-07/10/2022 with this theme.",
  },
  {
    year: 2023,
    theme: "Xây dựng năng lực tự học trong kỷ nguyên số",
    source:
      "Sài Gòn Giải Phóng (English edition), 03/10/2023; Báo Nghệ An, «Nghe An launches Lifelong Learning Response Week 2023», 01/10/2023; Công dân & Khuyến học (15/09/2023) and giaoduc.edu.vn (21/09/2023) on the Ministry's letter",
    sources: [
      {
        document: "Report of Hồ Chí Minh City's 2023 opening",
        issuer: "Sài Gòn Giải Phóng (English edition)",
        date: "2023-10-03",
        url: "https://en.sggp.org.vn/hcmc-starts-lifelong-learning-week-2023-post105410.html",
      },
      {
        document: "«Nghe An launches Lifelong Learning Response Week 2023» (English edition)",
        issuer: "Báo Nghệ An",
        date: "2023-10-01",
        url: "https://baonghean.vn/en/nghe-an-phat-dong-tuan-le-huong-ung-hoc-tap-suot-doi-nam-2023-10261485.html",
      },
      {
        document: "Report of the Ministry's 2023 letter on the Week",
        issuer: "Công dân & Khuyến học",
        date: "2023-09-15",
      },
      { document: "Report of the Ministry's 2023 letter on the Week", issuer: "giaoduc.edu.vn", date: "2023-09-21" },
    ],
    note: "The Ministry's letter was not found: its number and date are unknown. The reports give the Week as 02-08/10/2023 (01/10 a Sunday), opening 02/10.",
  },
  {
    year: 2024,
    letterNumber: "5201/BGDĐT-GDTX",
    letterDate: "2024-09-09",
    theme: "Phát triển văn hóa đọc thúc đẩy học tập suốt đời",
    draftingUnit: "GDTX",
    source: "Công văn 5201/BGDĐT-GDTX ngày 09/09/2024 của Bộ Giáo dục và Đào tạo, as reported by Báo Quảng Nam",
    sources: [
      ...calendarCites(2024, 0),
      {
        document: "Report of Quảng Nam's plan for the 2024 Week under Công văn 5201/BGDĐT-GDTX",
        issuer: "Báo Quảng Nam",
        url: "https://baoquangnam.vn/quang-nam-xay-dung-ke-hoach-to-chuc-tuan-le-huong-ung-hoc-tap-suot-doi-3141307.html",
      },
    ],
  },
  {
    year: 2025,
    letterNumber: "5607/BGDĐT-GDNNGDTX",
    theme:
      "Học để phát triển bản thân, làm chủ tri thức và công nghệ, góp phần xây dựng đất nước hùng cường, thịnh vượng",
    draftingUnit: "GDNNGDTX",
    source:
      "Công văn 5607/BGDĐT-GDNNGDTX của Bộ Giáo dục và Đào tạo, as reported by Báo Tin Tức (Thông tấn xã Việt Nam), «Lifelong Learning Week takes place from October 1-7», 18/09/2025",
    sources: [
      ...calendarCites(2025, 0),
      {
        document: "«Lifelong Learning Week takes place from October 1-7» (English edition on vietnam.vn)",
        issuer: "Báo Tin Tức (Thông tấn xã Việt Nam)",
        date: "2025-09-18",
        url: "https://www.vietnam.vn/en/tuan-le-huong-ung-hoc-tap-suot-doi-dien-ra-tu-ngay-1-7-10",
      },
    ],
    note: "The letter's date was not found: it is no later than 18/09/2025, when Báo Tin Tức reported it. The report gives the Week as 01-07/10/2025 with openings in every province on 01/10.",
  },
] as const satisfies readonly EditionInput[];
