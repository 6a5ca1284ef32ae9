import type { ActivityGroup, ActivityMode, Audience, Measure, Venue } from "./vocabulary.ts";

/**
 * One activity of the catalogue: its code, the point of the directive it belongs to, how and where it is held, for
 * whom, and what a report counts for it.
 *
 * @example
 * ```ts
 * const entry: CatalogueEntry | undefined = findActivity("communication.media");
 * entry?.measures; // ["articles", "social-posts"]
 * ```
 */
export interface CatalogueEntry {
  readonly code: string;
  /**
   * The kind of request, named after the points of section 4 of the 2020 directive and kept for every year:
   * a) communication, b) the opening ceremony, c) the activities of the year's theme.
   */
  readonly group: ActivityGroup;
  readonly mode: ActivityMode;
  readonly audiences: readonly Audience[];
  readonly venues: readonly Venue[];
  /** What a provincial report counts for this activity. */
  readonly measures: readonly Measure[];
  /**
   * Where the activity is asked for: the section and point of Công văn 3589/BGDĐT-GDTX (15/09/2020), or, for an
   * activity a later letter added, that letter and its words as reported (see `editionActivities`).
   */
  readonly basis: string;
}

/**
 * The activities the Ministry's letters ask for, each with a stable code: those of 2020's letter, then those later
 * letters added (2024's reading culture, 2025's digital skills). Which year asks for which is `editionActivities`.
 *
 * @example
 * ```ts
 * activityCatalogue.filter((entry) => entry.group === "a").map((entry) => entry.code).at(0); // "communication.media"
 * ```
 */
export const activityCatalogue = [
  {
    code: "communication.media",
    group: "a",
    mode: "both",
    audiences: ["residents"],
    venues: ["online"],
    measures: ["articles", "social-posts"],
    basis: "mục 4 điểm a",
  },
  {
    code: "communication.banners",
    group: "a",
    mode: "in-person",
    audiences: ["residents"],
    venues: ["schools", "factories", "offices", "public-places"],
    measures: ["banners"],
    basis: "mục 4 điểm a",
  },
  {
    code: "communication.convoys",
    group: "a",
    mode: "in-person",
    audiences: ["residents"],
    venues: ["public-places"],
    measures: ["convoys"],
    basis: "mục 4 điểm a",
  },
  {
    code: "opening-ceremony",
    group: "b",
    mode: "in-person",
    audiences: ["leaders", "businesses", "teachers", "media", "residents", "students"],
    venues: ["public-places"],
    measures: ["participants"],
    basis: "mục 4 điểm b",
  },
  {
    code: "online-learning.programmes",
    group: "c",
    mode: "online",
    audiences: ["students", "teachers", "residents"],
    venues: ["online", "schools", "libraries"],
    measures: ["activities", "learners"],
    basis: "mục 4 điểm c, gạch đầu dòng 1",
  },
  {
    code: "online-learning.open-resources",
    group: "c",
    mode: "online",
    audiences: ["students", "teachers"],
    venues: ["online", "schools"],
    measures: ["resources"],
    basis: "mục 4 điểm c, gạch đầu dòng 1",
  },
  {
    code: "online-learning.forums-clubs",
    group: "c",
    mode: "online",
    audiences: ["students", "teachers"],
    venues: ["online"],
    measures: ["activities", "participants"],
    basis: "mục 4 điểm c, gạch đầu dòng 1",
  },
  {
    code: "internet-skills.training",
    group: "c",
    mode: "both",
    audiences: ["students", "parents", "civil-servants", "workers"],
    venues: ["schools", "offices", "community-learning-centres", "online"],
    measures: ["classes", "learners"],
    basis: "mục 4 điểm c, gạch đầu dòng 2",
  },
  {
    code: "learning-citizen.forums-contests",
    group: "c",
    mode: "both",
    audiences: ["students", "residents"],
    venues: ["schools", "online", "public-places"],
    measures: ["activities", "participants"],
    basis: "mục 4 điểm c, gạch đầu dòng 3",
  },
  {
    code: "libraries.cooperation",
    group: "c",
    mode: "in-person",
    audiences: ["residents", "students"],
    venues: ["libraries", "schools", "community-learning-centres"],
    measures: ["libraries", "books"],
    basis: "mục 4 điểm c, gạch đầu dòng 4",
  },
  {
    code: "libraries.reading-promotion",
    group: "c",
    mode: "both",
    audiences: ["residents", "students"],
    venues: ["libraries", "community-learning-centres", "online"],
    measures: ["activities", "participants", "books"],
    basis: "mục 4 điểm c, gạch đầu dòng 4",
  },
  {
    code: "reading.class-bookshelves",
    group: "c",
    mode: "in-person",
    audiences: ["students"],
    venues: ["schools"],
    measures: ["bookshelves", "books"],
    basis: "mục 4 điểm c, gạch đầu dòng 5",
  },
  {
    code: "reading.spaces",
    group: "c",
    mode: "in-person",
    audiences: ["residents", "civil-servants"],
    venues: ["community-learning-centres", "offices"],
    measures: ["reading-spaces"],
    basis: "mục 4 điểm c, gạch đầu dòng 5",
  },
  {
    code: "learning-venues.activities",
    group: "c",
    mode: "in-person",
    audiences: ["residents", "students"],
    venues: ["libraries", "museums", "cultural-houses", "clubs"],
    measures: ["activities", "participants"],
    basis: "mục 4 điểm c, gạch đầu dòng 5",
  },
  {
    code: "institutions.classes",
    group: "c",
    mode: "both",
    audiences: ["students", "residents", "workers"],
    venues: ["schools", "community-learning-centres", "online"],
    measures: ["classes", "learners"],
    basis: "mục 5 điểm c",
  },
  {
    code: "reading.book-fairs",
    group: "c",
    mode: "in-person",
    audiences: ["students", "teachers", "residents"],
    venues: ["schools", "libraries", "public-places"],
    measures: ["activities", "participants"],
    basis: "Công văn 5201/BGDĐT-GDTX (2024): hội sách, giao lưu giữa tác giả và độc giả",
  },
  {
    code: "reading.clubs",
    group: "c",
    mode: "both",
    audiences: ["students", "teachers", "residents"],
    venues: ["schools", "libraries", "clubs", "online"],
    measures: ["activities", "participants"],
    basis: "Công văn 5201/BGDĐT-GDTX (2024): câu lạc bộ đọc sách báo theo chủ đề, độ tuổi",
  },
  {
    code: "reading.contests",
    group: "c",
    mode: "both",
    audiences: ["students", "teachers", "residents"],
    venues: ["schools", "libraries", "online"],
    measures: ["activities", "participants"],
    basis: "Công văn 5201/BGDĐT-GDTX (2024): cuộc thi viết, vẽ, kể chuyện dựa trên sách báo",
  },
  {
    code: "libraries.school-library-seminars",
    group: "c",
    mode: "both",
    audiences: ["teachers", "leaders"],
    venues: ["schools", "libraries"],
    measures: ["activities", "participants"],
    basis:
      "Công văn 5201/BGDĐT-GDTX (2024): hội thảo chia sẻ kinh nghiệm đổi mới thư viện trường học, phát triển văn hóa đọc",
  },
  {
    code: "reading.book-donations",
    group: "c",
    mode: "in-person",
    audiences: ["students", "residents"],
    venues: ["schools"],
    measures: ["books", "bookshelves"],
    basis: "Công văn 5201/BGDĐT-GDTX (2024): quyên góp sách xây dựng tủ sách lớp học cho các trường vùng sâu, vùng xa",
  },
  {
    code: "digital.expert-forums",
    group: "c",
    mode: "both",
    audiences: ["students", "teachers", "residents"],
    venues: ["schools", "public-places", "online"],
    measures: ["activities", "participants"],
    basis:
      "Công văn 5607/BGDĐT-GDNNGDTX (2025): hội thảo, diễn đàn với chuyên gia về xu hướng công nghệ, tri thức số, phương pháp học tập hiệu quả",
  },
  {
    code: "digital.skills-training",
    group: "c",
    mode: "both",
    audiences: ["students", "teachers", "civil-servants", "workers", "residents"],
    venues: ["schools", "community-learning-centres", "online"],
    measures: ["classes", "learners"],
    basis:
      "Công văn 5607/BGDĐT-GDNNGDTX (2025): bồi dưỡng kỹ năng số cơ bản và nâng cao (công cụ trực tuyến, tài nguyên giáo dục mở, an toàn thông tin, công nghệ mới)",
  },
  {
    code: "digital.career-experience",
    group: "c",
    mode: "in-person",
    audiences: ["students", "businesses"],
    venues: ["schools", "offices"],
    measures: ["activities", "participants"],
    basis:
      "Công văn 5607/BGDĐT-GDNNGDTX (2025): doanh nghiệp, tổ chức giáo dục phối hợp tư vấn, trải nghiệm nghề nghiệp lĩnh vực công nghệ thông tin",
  },
] as const satisfies readonly CatalogueEntry[];

/**
 * The code of an activity of {@link activityCatalogue}.
 *
 * @example
 * ```ts
 * const code: ActivityCode = "institutions.classes";
 * findActivity(code)?.group; // "c"
 * ```
 */
export type ActivityCode = (typeof activityCatalogue)[number]["code"];
