// Civil dates must not depend on the host's time zone. The whole suite runs once, in Vietnam's zone; then, in four
// zones far from it, the tests that reach code reading the host's clock or zone run again: `vitest related` on every
// source and test file that uses a Date API or date-fns (found here, not listed by hand, so a new use is picked up).
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

const [home, ...others] = ["Asia/Ho_Chi_Minh", "UTC", "America/Los_Angeles", "Pacific/Kiritimati", "Pacific/Pago_Pago"];
const extra = process.argv.slice(2);
const dateApi =
  /new Date|Date\.now|Date\.UTC|Date\.parse|getTimezoneOffset|toLocale(?:Date|Time)?String|Intl\.DateTimeFormat|get(?:UTC)?(?:Hours|Date|Day|FullYear|Month)\(|process\.env\.TZ|from "(?:date-fns|@date-fns\/[a-z]+)[/"]/;

const tracked = execFileSync(
  "git",
  ["ls-files", "-z", "--", "packages/*/src/**/*.ts", "packages/*/src/*.ts", "test/**/*.ts"],
  {
    encoding: "utf8",
  },
)
  .split("\0")
  .filter((file) => file.endsWith(".ts") && !file.startsWith("test/bench/"));
const zoneSensitive = tracked.filter((file) => dateApi.test(readFileSync(file, "utf8")));

const vitest = (zone, args) => {
  console.log(
    `\n▶ vitest with TZ=${zone}${args[0] === "related" ? ` (${zoneSensitive.length} files reading the clock or zone, and the tests that reach them)` : ""}`,
  );
  const run = spawnSync("vitest", args, { stdio: "inherit", env: { ...process.env, TZ: zone }, shell: false });
  if (run.status !== 0) {
    console.error(`✖ the suite failed with TZ=${zone}`);
    process.exit(run.status ?? 1);
  }
};

vitest(home, ["run", ...extra]);
for (const zone of others) vitest(zone, ["related", "--run", ...zoneSensitive, ...extra]);
console.log(`\n✔ the suite passed with TZ=${home}, and its zone-sensitive part with TZ=${others.join(", ")}`);
