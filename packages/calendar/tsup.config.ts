import { packageBuild } from "../../build/tsup.ts";

// One bundled file per entry: the calendar's top-level code is data and functions that bundlers already tree-shake,
// and the whole entry is smaller in one file (its budget in test/consumer/sizeBudgets.ts).
export default packageBuild(["src/index.ts", "src/sources/index.ts"], {}, { bundled: true });
