import { packageBuild } from "../../build/tsup.ts";
import { bundleCommand } from "./scripts/bundleCommand.ts";

// The library entry keeps @xhht/* external (one copy of @xhht/core beside the caller's); the command is bundled after.
export default packageBuild(["src/index.ts"], { shims: true, onSuccess: bundleCommand }, { bundled: true });
