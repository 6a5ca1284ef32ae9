// Copies the repository's guide to the command, docs/cli.md, into the package as docs/cli.md (ignored by git, so it is
// never committed twice), for the installed @xhht/cli to carry the guide `xhht --help` names. Run by `pnpm build`.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";

const guide = readFileSync(new URL("../../../docs/cli.md", import.meta.url), "utf8");
const note =
  "> The guide of `@xhht/cli`, as `docs/cli.md` of the @xhht repository; its links to the other guides (rules.md,\n" +
  "> templates.md, domain.md, api/) lead into that repository's `docs/` folder.\n\n";
const [title, ...rest] = guide.split("\n\n");
mkdirSync(new URL("../docs/", import.meta.url), { recursive: true });
writeFileSync(new URL("../docs/cli.md", import.meta.url), `${title}\n\n${note}${rest.join("\n\n")}`);
