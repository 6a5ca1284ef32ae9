import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";

/**
 * A worker thread of a batch, running `batchWorker.js` beside the built command; when xhht runs from its
 * TypeScript source (`tsx src/bin.ts`), `batchWorker.ts` with tsx's loader registered in the thread first (tsx's
 * own hooks do not reach worker threads).
 */
export const createBatchWorker = (): Worker => {
  const source = import.meta.url.endsWith(".ts");
  const url = new URL(source ? "./batchWorker.ts" : "./batchWorker.js", import.meta.url);
  if (!source) return new Worker(url);
  const api = pathToFileURL(
    createRequire(import.meta.url)
      .resolve("tsx/esm/api")
      .replace(/\.cjs$/u, ".mjs"),
  );
  const code = `import(${JSON.stringify(api.href)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(code, { eval: true });
};
