import type { SourceDocument } from "@xhht/calendar";
import type { ActivityCode } from "./activityCatalogue.ts";

/**
 * The activities one year's letter asks for, from the catalogue, with where that is known from. `complete` is
 * `false` when the letter's text was not found and the list comes from press reports of it: the letter may ask for
 * more, and a province may add its own (`local.*` codes).
 *
 * @example
 * ```ts
 * const entry: EditionActivities | undefined = editionActivities.find((edition) => edition.year === 2024);
 * entry?.complete; // false
 * ```
 */
export interface EditionActivities {
  readonly year: number;
  readonly activities: readonly ActivityCode[];
  readonly complete: boolean;
  readonly sources: readonly SourceDocument[];
}

/**
 * The activities of each year whose requests are public: 2020 from the letter's text (Công văn 3589/BGDĐT-GDTX,
 * mục 4 and mục 5 điểm c), 2024 and 2025 from the press reports of their letters, which name the activities the
 * Ministry suggested. Other years: not found.
 *
 * @example
 * ```ts
 * editionActivities.map((edition) => edition.year); // [2020, 2024, 2025]
 * ```
 */
export const editionActivities = [
  {
    year: 2020,
    activities: [
      "communication.media",
      "communication.banners",
      "communication.convoys",
      "opening-ceremony",
      "online-learning.programmes",
      "online-learning.open-resources",
      "online-learning.forums-clubs",
      "internet-skills.training",
      "learning-citizen.forums-contests",
      "libraries.cooperation",
      "libraries.reading-promotion",
      "reading.class-bookshelves",
      "reading.spaces",
      "learning-venues.activities",
      "institutions.classes",
    ],
    complete: true,
    sources: [
      {
        document: "Công văn 3589/BGDĐT-GDTX về tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2020",
        issuer: "Bộ Giáo dục và Đào tạo",
        date: "2020-09-15",
      },
    ],
  },
  {
    year: 2024,
    activities: [
      "communication.media",
      "communication.banners",
      "opening-ceremony",
      "reading.book-fairs",
      "reading.clubs",
      "reading.contests",
      "libraries.school-library-seminars",
      "reading.book-donations",
    ],
    complete: false,
    sources: [
      {
        document: "Report of Quảng Nam's plan for the 2024 Week under Công văn 5201/BGDĐT-GDTX",
        issuer: "Báo Quảng Nam",
        url: "https://baoquangnam.vn/quang-nam-xay-dung-ke-hoach-to-chuc-tuan-le-huong-ung-hoc-tap-suot-doi-3141307.html",
      },
      {
        document: "«Tuần lễ hưởng ứng học tập suốt đời năm 2024»",
        issuer: "Đài Phát thanh và Truyền hình Hà Nội (hanoionline.vn)",
        url: "https://hanoionline.vn/video/tuan-le-huong-ung-hoc-tap-suot-doi-nam-2024-265530.htm",
      },
    ],
  },
  {
    year: 2025,
    activities: [
      "communication.media",
      "opening-ceremony",
      "digital.expert-forums",
      "digital.skills-training",
      "digital.career-experience",
    ],
    complete: false,
    sources: [
      {
        document: "«Lifelong Learning Week takes place from October 1-7» (English edition on vietnam.vn)",
        issuer: "Báo Tin Tức (Thông tấn xã Việt Nam)",
        date: "2025-09-18",
        url: "https://www.vietnam.vn/en/tuan-le-huong-ung-hoc-tap-suot-doi-dien-ra-tu-ngay-1-7-10",
      },
    ],
  },
] as const satisfies readonly EditionActivities[];
