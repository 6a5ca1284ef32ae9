// Civil dates must not depend on the host's time zone. The whole suite runs once, in Vietnam's zone; then, in four
// zones far from it, the zone-sensitive tests run again: a test that itself uses a Date API, date-fns or TZ, or that
// imports (by a relative path) a source file that does. The files are found here, not listed by hand, so a new use is
// picked up. Code that reaches the clock only through another module (domain through @xhht/calendar, a template
// through packDocx) is covered by that module's own tests in every zone.
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";

const [home, ...others] = ["Asia/Ho_Chi_Minh", "UTC", "America/Los_Angeles", "Pacific/Kiritimati", "Pacific/Pago_Pago"];
const extra = process.argv.slice(2);
const dateApi =
  /new Date|Date\.now|Date\.UTC|Date\.parse|getTimezoneOffset|toLocale(?:Date|Time)?String|Intl\.DateTimeFormat|get(?:UTC)?(?:Hours|Date|Day|FullYear|Month)\(|process\.env\.TZ|from "(?:date-fns|@date-fns\/[a-z]+)[/"]/;
const relativeImport = /from "(\.{1,2}\/[^"]+\.ts)"/g;

const tracked = execFileSync(
  "git",
  ["ls-files", "-z", "--", "packages/*/src/**/*.ts", "packages/*/src/*.ts", "test/**/*.ts"],
  {
    encoding: "utf8",
  },
)
  .split("\0")
  .filter((file) => file.endsWith(".ts") && !file.startsWith("test/bench/"));
const text = new Map(tracked.map((file) => [file, readFileSync(file, "utf8")]));
const readsClock = new Set(tracked.filter((file) => dateApi.test(text.get(file))));
const imports = (file) =>
  [...text.get(file).matchAll(relativeImport)].map(([, path]) => normalize(join(dirname(file), path)));
const zoneSensitive = tracked.filter(
  (file) => file.endsWith(".test.ts") && (readsClock.has(file) || imports(file).some((path) => readsClock.has(path))),
);

const vitest = (zone, args) => {
  console.log(
    `\n▶ vitest with TZ=${zone}${args.length > extra.length + 1 ? ` (${zoneSensitive.length} zone-sensitive test files)` : ""}`,
  );
  const run = spawnSync("vitest", args, { stdio: "inherit", env: { ...process.env, TZ: zone }, shell: false });
  if (run.status !== 0) {
    console.error(`✖ the suite failed with TZ=${zone}`);
    process.exit(run.status ?? 1);
  }
};

if (process.argv.includes("--list")) {
  console.log(zoneSensitive.join("\n"));
  process.exit(0);
}
vitest(home, ["run", ...extra]);
for (const zone of others) vitest(zone, ["run", ...extra, ...zoneSensitive]);
console.log(`\n✔ the suite passed with TZ=${home}, and its zone-sensitive part with TZ=${others.join(", ")}`);
