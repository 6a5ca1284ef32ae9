/**
 * The vocabulary of plans and reports: who an activity is for, where it happens, and what a report counts.
 * Drawn from section 4 and 5 of Công văn 3589/BGDĐT-GDTX (15/09/2020); labels are in the locale files.
 */
/**
 * The activity groups of section 4: a) communication, b) the opening ceremony, c) activities in person and online.
 *
 * @example
 * ```ts
 * activityGroups; // ["a", "b", "c"]
 * ```
 */
export const activityGroups = ["a", "b", "c"] as const;

/**
 * How an activity is held: in person, online, or both.
 *
 * @example
 * ```ts
 * activityModes.includes(findActivity("communication.media")!.mode); // true
 * ```
 */
export const activityModes = ["in-person", "online", "both"] as const;

/**
 * Who an activity is for; labels are in the locale files (`audience.<code>`).
 *
 * @example
 * ```ts
 * audiences.map((code) => labelOf("audience", code)).at(0); // "Học sinh, sinh viên"
 * ```
 */
export const audiences = [
  "students",
  "parents",
  "teachers",
  "civil-servants",
  "workers",
  "residents",
  "leaders",
  "businesses",
  "media",
] as const;

/**
 * Where an activity happens; labels are in the locale files (`venue.<code>`).
 *
 * @example
 * ```ts
 * labelOf("venue", venues[0], { lang: "en" }); // "Educational institutions"
 * ```
 */
export const venues = [
  "schools",
  "factories",
  "offices",
  "public-places",
  "libraries",
  "museums",
  "cultural-houses",
  "clubs",
  "community-learning-centres",
  "online",
] as const;

/**
 * What a provincial report counts; labels are in the locale files (`measure.<code>`).
 *
 * @example
 * ```ts
 * measures.includes("learners"); // true
 * ```
 */
export const measures = [
  "activities",
  "participants",
  "articles",
  "social-posts",
  "banners",
  "convoys",
  "classes",
  "learners",
  "resources",
  "libraries",
  "books",
  "bookshelves",
  "reading-spaces",
] as const;

/**
 * One of {@link activityGroups}.
 *
 * @example
 * ```ts
 * const group: ActivityGroup = "b";
 * ```
 */
export type ActivityGroup = (typeof activityGroups)[number];
/**
 * One of {@link activityModes}.
 *
 * @example
 * ```ts
 * const mode: ActivityMode = "online";
 * ```
 */
export type ActivityMode = (typeof activityModes)[number];
/**
 * One of {@link audiences}.
 *
 * @example
 * ```ts
 * const audience: Audience = "teachers";
 * labelOf("audience", audience, { lang: "en" }); // "Teachers"
 * ```
 */
export type Audience = (typeof audiences)[number];
/**
 * One of {@link venues}.
 *
 * @example
 * ```ts
 * const venue: Venue = "libraries";
 * ```
 */
export type Venue = (typeof venues)[number];
/**
 * One of {@link measures}.
 *
 * @example
 * ```ts
 * const measure: Measure = "books";
 * sampleReport2020.activities.some((activity) => measure in activity.measures); // true
 * ```
 */
export type Measure = (typeof measures)[number];
