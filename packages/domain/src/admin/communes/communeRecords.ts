import type { Commune, CommuneKind } from "./Commune.ts";
import { communes2025 } from "./data/communes2025.ts";

/** The first day of the commune list: the two-tier local government took effect on 01/07/2025. */
export const communesInForceFrom = "2025-07-01";

const prefixes: Readonly<Record<CommuneKind, string>> = { xa: "Xã", phuong: "Phường", "dac-khu": "Đặc khu" };

/** Every commune-level unit in force from {@link communesInForceFrom}, frozen, sorted by code. */
export const communeRecords: readonly Commune[] = Object.freeze(
  communes2025.map(([code, kind, name, province]) =>
    Object.freeze({ code, kind, name, fullName: `${prefixes[kind]} ${name}`, province }),
  ),
);
