import { fileURLToPath } from "node:url";

/**
 * Where the guide to the command is installed: `docs/cli.md` of the package (the repository's docs/cli.md, copied
 * at build time), next to `dist/` as this module is in `dist/` or `src/`.
 */
export const guidePath = fileURLToPath(new URL("../docs/cli.md", import.meta.url));
