import { packageBuild } from "../../build/tsup.ts";

export default packageBuild(["src/index.ts", "src/bin.ts", "src/batchWorker.ts"], { shims: true }, { bundled: true });
