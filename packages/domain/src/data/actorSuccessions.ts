import type { ActorSuccession } from "../admin/ActorSuccession.ts";
import { twoTierGovernmentFrom } from "./provinces.ts";

/**
 * Bodies of the directive that ceased to exist, and who carries their duties since. From 01/07/2025 local
 * government has two tiers, the province and the commune (xã, phường, đặc khu): district-level units (huyện, quận,
 * thị xã, thành phố thuộc tỉnh) ended their activity that day, so a duty the 2020 letter gives «UBND cấp huyện»
 * falls to «UBND cấp xã», the tier that remains below the province.
 *
 * @example
 * ```ts
 * actorSuccessions[0].from; // "2025-07-01"
 * actorSuccessions[0].basis.map((document) => document.date); // ["2025-06-16", "2025-06-16", "2025-06-12"]
 * ```
 */
export const actorSuccessions = [
  {
    actor: "district-peoples-committee",
    successor: "commune-peoples-committee",
    from: twoTierGovernmentFrom,
    basis: [
      {
        document: "Nghị quyết 203/2025/QH15 sửa đổi, bổ sung một số điều của Hiến pháp năm 2013",
        issuer: "Quốc hội",
        date: "2025-06-16",
      },
      {
        document: "Luật Tổ chức chính quyền địa phương 2025 (Luật số 72/2025/QH15)",
        issuer: "Quốc hội",
        date: "2025-06-16",
      },
      {
        document: "Nghị quyết 202/2025/QH15 về việc sắp xếp đơn vị hành chính cấp tỉnh",
        issuer: "Quốc hội",
        date: "2025-06-12",
      },
    ],
    reason:
      "District-level administrative units ended their activity on 01/07/2025 (Nghị quyết 203/2025/QH15); local government is organised at the province and the commune (Luật Tổ chức chính quyền địa phương 2025), so the commune People's Committee is the body below the province that carries a district duty.",
  },
] as const satisfies readonly ActorSuccession[];
