import { foldVietnamese, lowerVietnamese } from "./foldVietnamese.ts";

/** What {@link unitNameMatcher} reads of a unit: its code, its kind, its name without its kind, its province. */
export interface NamedUnit {
  readonly code: string;
  readonly kind: string;
  readonly name: string;
  readonly province: string;
}

// Apostrophes are dropped before a name is keyed, so that «Ea H’Leo», «Ea H'Leo» and «Ea Hleo» are one key.
const apostrophes = /['’‘ʼ`]/g;
const lowerKey = (value: string) => lowerVietnamese(value.replace(apostrophes, ""));
const foldKey = (value: string) => foldVietnamese(value.replace(apostrophes, ""));

/**
 * A search by name over `units`, whose kinds are written before their names as `prefixes` says («Xã», «Quận»): the
 * units of `province` (all when `undefined`) whose name is the query, read as a bare name and, when it starts with a
 * kind, as that kind and a name, sorted by code. A query with diacritics is matched with them first, so that «Tân
 * Thành» does not also find «Tân Thạnh»; a query without any, only without them, so that «Ba Dinh» finds «Ba Đình»
 * as well as «Ba Dinh». The indexes are built once, when the matcher is made.
 */
export const unitNameMatcher = <Unit extends NamedUnit>(
  units: readonly Unit[],
  prefixes: Readonly<Record<Unit["kind"], string>>,
): ((query: string, province: string | undefined) => readonly Unit[]) => {
  const kinds = Object.entries(prefixes) as [Unit["kind"], string][];
  const stage = (key: (value: string) => string) => {
    const index = new Map<string, Unit[]>();
    for (const unit of units) {
      const name = key(unit.name);
      const entries = index.get(name);
      if (entries === undefined) index.set(name, [unit]);
      else entries.push(unit);
    }
    const words = new Map(kinds.map(([kind, prefix]) => [key(prefix), kind]));
    const prefix = new RegExp(`^(${[...words.keys()].join("|")}) (.+)$`, "u");
    return { key, index, words, prefix };
  };
  const lowered = stage(lowerKey);
  const folded = stage(foldKey);
  return (query, province) => {
    const stages = lowerKey(query) === foldKey(query) ? [folded] : [lowered, folded];
    for (const { key, index, words, prefix } of stages) {
      const whole = key(query);
      if (whole === "") return [];
      const found = new Set(index.get(whole));
      const [, kind = "", name = ""] = prefix.exec(whole) ?? [];
      for (const unit of index.get(name) ?? []) if (unit.kind === words.get(kind)) found.add(unit);
      if (province !== undefined) for (const unit of found) if (unit.province !== province) found.delete(unit);
      if (found.size > 0) return [...found].sort((a, b) => (a.code < b.code ? -1 : 1));
    }
    return [];
  };
};
