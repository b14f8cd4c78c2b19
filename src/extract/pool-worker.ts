/**
 * One extraction worker thread (see pool.ts): builds the extractor for the
 * dossier it is given once, then extracts each report it is sent and posts the
 * result back, or the error's message.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { Dossier, Report } from "../model/index.js";
import { createExtractor } from "./index.js";

const port = parentPort;
if (!port) throw new Error("pool-worker: must run as a worker thread");
const extract = createExtractor((workerData as { dossier: Dossier }).dossier);

port.on("message", ({ id, report }: { id: number; report: Report }) => {
  try {
    port.postMessage({ id, result: extract(report) });
  } catch (err) {
    port.postMessage({ id, error: (err as Error).message ?? String(err) });
  }
});
