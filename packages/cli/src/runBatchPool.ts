import type { Worker } from "node:worker_threads";
import type { BatchResult, BatchTask } from "./batchProtocol.ts";
import { createBatchWorker } from "./createBatchWorker.ts";

/**
 * Lays out `tasks` on a pool of `size` worker threads, calling `onResult` as each finishes (in the order they
 * finish). A worker that dies takes only its current task with it: the task is answered as failed and a new worker
 * takes its place, so no record is lost. Resolves when every task is answered and the workers are gone, or, once
 * `signal` aborts, as soon as the workers are terminated: the tasks not answered by then have no result.
 */
export const runBatchPool = (
  tasks: readonly BatchTask[],
  size: number,
  onResult: (result: BatchResult) => void,
  signal?: AbortSignal,
): Promise<void> =>
  new Promise((resolve) => {
    let next = 0;
    let answered = 0;
    let finished = false;
    const live = new Set<Worker>();
    const finish = () => {
      if (finished) return;
      finished = true;
      signal?.removeEventListener("abort", finish);
      const workers = [...live];
      live.clear();
      void Promise.allSettled(workers.map((worker) => worker.terminate())).then(() => resolve());
    };
    if (tasks.length === 0 || signal?.aborted === true) {
      resolve();
      return;
    }
    signal?.addEventListener("abort", finish, { once: true });
    const answer = (result: BatchResult) => {
      answered++;
      onResult(result);
      if (answered === tasks.length) finish();
    };
    const start = () => {
      const worker = createBatchWorker();
      let current: BatchTask | undefined;
      const feed = () => {
        current = finished ? undefined : tasks[next++];
        if (current === undefined) {
          live.delete(worker);
          void worker.terminate();
          return;
        }
        try {
          worker.postMessage(current);
        } catch (error) {
          const lost = current;
          current = undefined;
          answer({
            id: lost.id,
            ok: false,
            issues: [],
            message: error instanceof Error ? error.message : String(error),
          });
          if (!finished) feed();
        }
      };
      const died = (message: string) => {
        if (finished || !live.has(worker)) return;
        live.delete(worker);
        const lost = current;
        current = undefined;
        if (lost !== undefined) answer({ id: lost.id, ok: false, issues: [], message });
        if (next < tasks.length && !finished) start();
      };
      live.add(worker);
      worker.on("message", (result: BatchResult) => {
        current = undefined;
        answer(result);
        if (answered < tasks.length) feed();
      });
      worker.on("error", (error) => died(error.message));
      worker.on("exit", (code) => died(`worker exited with code ${code}`));
      feed();
    };
    for (let index = 0; index < Math.min(size, tasks.length); index++) start();
  });
