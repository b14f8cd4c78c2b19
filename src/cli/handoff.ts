/**
 * The hand-off `ttm watch` and `ttm serve` use for new reports: on PostgreSQL,
 * jobs on the queue for `ttm worker` processes (any number, any machine); on
 * SQLite, analysis in this process. `--analyze-here` keeps analysis in the
 * process on PostgreSQL too (one machine, no workers running).
 */
import { analyzeHere, type Handoff } from "../pipeline.js";
import { queueHandoff, startQueue } from "../queue/index.js";
import { isPostgresUrl } from "../store/index.js";
import { type GlobalOptions, storeLocation } from "./context.js";

export interface OpenHandoff {
  handoff: Handoff;
  /** Says where new reports go, for the person starting the command. */
  describe: string;
  close(): Promise<void>;
}

export async function openHandoff(
  opts: GlobalOptions & { analyzeHere?: boolean },
): Promise<OpenHandoff> {
  const location = storeLocation(opts);
  if (opts.analyzeHere || !isPostgresUrl(location)) {
    return {
      handoff: analyzeHere,
      describe: "new reports are analyzed here",
      close: async () => {},
    };
  }
  const boss = await startQueue(location, {
    onError: (error) => process.stderr.write(`ttm: job queue: ${error.message}\n`),
  });
  return {
    handoff: queueHandoff(boss),
    describe: "new reports are queued for `ttm worker` processes",
    close: () => boss.stop({ graceful: false }),
  };
}
