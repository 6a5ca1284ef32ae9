// Checks the links of every Markdown file of the repository (tracked, or untracked and not ignored): a relative link
// must name a file or folder of the repository and its #anchor a heading of that file (GitHub's slugs); an external
// link must be a well-formed http(s) or mailto URL (never fetched). Fails listing each broken link as file:line.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, normalize, posix } from "node:path";
import { markdownAnchors, markdownLinks } from "./markdown-links.ts";

const root = join(import.meta.dirname, "..");
const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
  cwd: root,
  encoding: "utf8",
})
  .split("\0")
  .filter((file) => file !== "" && existsSync(join(root, file)))
  .sort();
const known = new Set([".", ...files]);
for (const file of files) {
  for (let dir = posix.dirname(file); dir !== "."; dir = posix.dirname(dir)) known.add(dir);
}

const anchorCache = new Map<string, Set<string>>();
const anchorsOf = (file: string) => {
  let anchors = anchorCache.get(file);
  if (!anchors) {
    anchors = markdownAnchors(readFileSync(join(root, file), "utf8"));
    anchorCache.set(file, anchors);
  }
  return anchors;
};

const decode = (text: string) => {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
};

/** Why `target`, linked from `file`, is broken; `undefined` when it resolves. */
const problemOf = (file: string, target: string): string | undefined => {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(target)?.[1]?.toLowerCase();
  if (scheme !== undefined) {
    if (scheme === "mailto") return /^mailto:[^@\s]+@[^@\s]+$/.test(target) ? undefined : "malformed e-mail link";
    if (scheme !== "http" && scheme !== "https") return `unexpected scheme ${scheme}:`;
    try {
      const url = new URL(target);
      return url.hostname.includes(".") && !/\s/.test(target) ? undefined : "malformed URL";
    } catch {
      return "malformed URL";
    }
  }
  if (target.startsWith("//")) return "protocol-relative URL: write https://";
  const hash = target.indexOf("#");
  const pathPart = (hash === -1 ? target : target.slice(0, hash)).replace(/\?.*$/, "");
  const anchor = hash === -1 ? undefined : decode(target.slice(hash + 1));
  const path = decode(pathPart);
  if (path === undefined || (anchor === undefined && hash !== -1)) return "malformed percent-encoding";
  let resolved = file;
  if (path !== "") {
    const joined = path.startsWith("/") ? path.slice(1) : join(dirname(file), path);
    resolved = normalize(joined).split("\\").join("/").replace(/\/$/, "");
    if (resolved.startsWith("..")) return "points outside the repository";
    if (!known.has(resolved)) return "no such file in the repository";
  }
  if (anchor === undefined || anchor === "") return undefined;
  if (!resolved.toLowerCase().endsWith(".md")) return undefined;
  return anchorsOf(resolved).has(anchor.normalize("NFC").toLowerCase()) ? undefined : `no heading #${anchor}`;
};

const markdownFiles = files.filter((file) => file.toLowerCase().endsWith(".md"));
const broken: string[] = [];
let count = 0;
for (const file of markdownFiles) {
  for (const { target, line } of markdownLinks(readFileSync(join(root, file), "utf8"))) {
    count++;
    const problem = problemOf(file, target);
    if (problem !== undefined) broken.push(`${file}:${line}: ${target} (${problem})`);
  }
}

if (broken.length > 0) {
  console.error(`${broken.length} broken links:\n${broken.join("\n")}`);
  process.exit(1);
}
console.log(`${count} links in ${markdownFiles.length} Markdown files resolve`);
