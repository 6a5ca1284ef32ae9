// Runs the whole vitest suite once per time zone: civil dates must not depend on the host's zone.
import { spawnSync } from "node:child_process";

const zones = ["Asia/Ho_Chi_Minh", "UTC", "America/Los_Angeles", "Pacific/Kiritimati", "Pacific/Pago_Pago"];
const extra = process.argv.slice(2);

for (const zone of zones) {
  console.log(`\n▶ vitest with TZ=${zone}`);
  const run = spawnSync("vitest", ["run", ...extra], {
    stdio: "inherit",
    env: { ...process.env, TZ: zone },
    shell: false,
  });
  if (run.status !== 0) {
    console.error(`✖ the suite failed with TZ=${zone}`);
    process.exit(run.status ?? 1);
  }
}
console.log(`\n✔ the suite passed in ${zones.length} time zones: ${zones.join(", ")}`);
