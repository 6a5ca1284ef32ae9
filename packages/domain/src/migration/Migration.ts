/**
 * One step that upgrades an entity's data from `from` to `to`, as data plus a pure function.
 *
 * @example
 * ```ts
 * const step: Migration | undefined = migrations.get(provincialPlanSchema)?.[0];
 * step?.from; // 0
 * step?.up({ year: 2020 }); // { year: 2020, schemaVersion: 1 }
 * ```
 */
export interface Migration {
  readonly from: number;
  readonly to: number;
  /** What changed, for the changelog and for a person reading old data. */
  readonly note: string;
  readonly up: (data: Readonly<Record<string, unknown>>) => Record<string, unknown>;
}
