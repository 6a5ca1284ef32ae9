import {
  directiveFor,
  type ProvincialPlan,
  samplePlan2020,
  samplePlan2024,
  samplePlan2025,
  type YearDirective,
} from "@xhht/domain";
import { getAt, type Path, setAt } from "./planPath.ts";

/** The SDK's sample plans, by year: the page's year picker loads them. */
export const samples: ReadonlyMap<number, ProvincialPlan> = new Map([
  [2020, samplePlan2020],
  [2024, samplePlan2024],
  [2025, samplePlan2025],
]);

export const sampleOf = (year: number): Record<string, unknown> =>
  structuredClone(samples.get(year) ?? samplePlan2020) as unknown as Record<string, unknown>;

/** The directive of the plan's year as far as it is public; `undefined` when `year` is no year of the Week. */
export const yearDirective = (year: unknown): YearDirective | undefined => {
  if (typeof year !== "number") return undefined;
  try {
    return directiveFor(year); // throws for a year before 2011 or not a whole number
  } catch {
    return undefined;
  }
};

/** A province's own plan, or a commune's (xã, phường, đặc khu) plan to its province: the plan then has `commune`. */
export type Tier = "province" | "commune";

export const tierOf = (plan: unknown): Tier => (getAt(plan, ["commune"]) === undefined ? "province" : "commune");

const headerPaths: readonly Path[] = [
  ["parentBody"],
  ["issuer"],
  ["symbol"],
  ["signature", "authority"],
  ["signature", "title"],
];

/** A People's Committee of a commune issues the plan itself: no parent body, «TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH». */
const communeHeader: unknown = {
  issuer: "ỦY BAN NHÂN DÂN",
  symbol: "KH-UBND",
  signature: { authority: [{ kind: "TM", body: "ỦY BAN NHÂN DÂN" }], title: "CHỦ TỊCH" },
};

/** Moves the plan to `tier`, with the issuer, symbol and signature of that tier (the year's sample's for a province). */
export const setTier = (plan: Record<string, unknown>, tier: Tier): void => {
  const header = tier === "commune" ? communeHeader : sampleOf(Number(plan.year));
  for (const path of headerPaths) setAt(plan, path, structuredClone(getAt(header, path)));
  setAt(plan, ["commune"], tier === "commune" ? "" : undefined);
};

/** «ỦY BAN NHÂN DÂN PHƯỜNG BA ĐÌNH» once the commune is known, unless the user wrote another issuer. */
export const communeIssuer = (issuer: unknown, fullName: string): string | undefined =>
  typeof issuer === "string" && issuer.startsWith("ỦY BAN NHÂN DÂN")
    ? `ỦY BAN NHÂN DÂN ${fullName.toLocaleUpperCase("vi")}`
    : undefined;
