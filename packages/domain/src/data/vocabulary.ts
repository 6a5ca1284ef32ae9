/**
 * The vocabulary of plans and reports: who an activity is for, where it happens, and what a report counts.
 * Drawn from section 4 and 5 of Công văn 3589/BGDĐT-GDTX (15/09/2020); labels are in the locale files.
 */
/** The activity groups of section 4: a) communication, b) the opening ceremony, c) activities in person and online. */
export const activityGroups = ["a", "b", "c"] as const;

export const activityModes = ["in-person", "online", "both"] as const;

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

export type ActivityGroup = (typeof activityGroups)[number];
export type ActivityMode = (typeof activityModes)[number];
export type Audience = (typeof audiences)[number];
export type Venue = (typeof venues)[number];
export type Measure = (typeof measures)[number];
