import { packageBuild } from "../../build/tsup.ts";

export default packageBuild(["src/index.ts", "src/lint.ts"]);
