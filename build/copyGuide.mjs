// Copies a guide of the repository's docs/ into the package being built, as its docs/<guide> (ignored by git, so it
// is never committed twice), for the installed package to carry it: run by the package's `pnpm build` from its
// folder, with the guide's name (`calendar.md`). Its links to the guides that ship in a package become links to that
// package's copy on unpkg, which serves every published package's files; its other links lead into the repository.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** The guides that ship in a package, by the package that carries each. */
const shippedGuides = {
  "calendar.md": "@xhht/calendar",
  "domain.md": "@xhht/domain",
  "templates.md": "@xhht/templates",
  "cli.md": "@xhht/cli",
};

const [guide = ""] = process.argv.slice(2);
const packageName = shippedGuides[guide];
if (packageName === undefined) {
  throw new Error(`copyGuide: ${guide || "no guide"} is not one of ${Object.keys(shippedGuides).join(", ")}`);
}
const names = Object.keys(shippedGuides).map((name) => name.replace(".md", "\\.md"));
const text = readFileSync(new URL(`../docs/${guide}`, import.meta.url), "utf8").replace(
  new RegExp(`\\]\\((?:\\./)?(${names.join("|")})(#[^)\\s]*)?\\)`, "gu"),
  (_, name, anchor = "") => `](https://unpkg.com/${shippedGuides[name]}/docs/${name}${anchor})`,
);
const note =
  `> The guide of \`${packageName}\`, as \`docs/${guide}\` of the @xhht repository. Its links to the other packages'\n` +
  "> guides lead to their copies on unpkg; its links to the rest (rules.md, legal-sources.md, api/, previews/) into\n" +
  "> the repository's `docs/` folder.\n\n";
const [title, ...rest] = text.split("\n\n");
mkdirSync("docs", { recursive: true });
writeFileSync(join("docs", guide), `${title}\n\n${note}${rest.join("\n\n")}`);
