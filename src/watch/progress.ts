/**
 * What the watcher tells the person or the log: a progress bar on a
 * terminal, plain timestamped lines elsewhere (CI, files), one JSON object
 * per line with --json.
 */
import cliProgress from "cli-progress";
import type { PollOutcome } from "./poll.js";

export interface RoundSummary {
  round: number;
  feeds: number;
  added: number;
  updated: number;
  quarantined: number;
  failed: number;
  analyzed: { extracted: number; clusters: number } | null;
  /** Extraction jobs queued for workers instead (on PostgreSQL), or null. */
  queued: number | null;
}

export interface WatchReporter {
  roundStarted(round: number, feeds: number): void;
  feedPolled(outcome: PollOutcome): void;
  roundFinished(summary: RoundSummary): void;
  waiting(until: Date): void;
  stopped(reason: string): void;
}

type Write = (line: string) => void;
const stdout: Write = (line) => process.stdout.write(`${line}\n`);

export class JsonReporter implements WatchReporter {
  constructor(private readonly write: Write = stdout) {}
  private emit(event: string, data: object) {
    this.write(JSON.stringify({ at: new Date().toISOString(), event, ...data }));
  }
  roundStarted(round: number, feeds: number) {
    this.emit("round_started", { round, feeds });
  }
  feedPolled(outcome: PollOutcome) {
    this.emit("feed_polled", outcome);
  }
  roundFinished(summary: RoundSummary) {
    this.emit("round_finished", summary);
  }
  waiting(until: Date) {
    this.emit("waiting", { until: until.toISOString() });
  }
  stopped(reason: string) {
    this.emit("stopped", { reason });
  }
}

export function outcomeLine(o: PollOutcome): string {
  const counts = `${o.added} added, ${o.updated} updated, ${o.quarantined} quarantined`;
  return o.status === "failed"
    ? `${o.feed}: failed: ${o.error}`
    : `${o.feed}: ${o.status} (${counts})`;
}

export function roundLine(s: RoundSummary): string {
  const analysis = s.analyzed
    ? `; analyzed ${s.analyzed.extracted} reports, ${s.analyzed.clusters} claim clusters`
    : s.queued !== null
      ? `; queued ${s.queued} extraction jobs for the workers`
      : "";
  return `round ${s.round}: ${s.feeds} feeds, ${s.added} added, ${s.updated} updated, ${s.quarantined} quarantined, ${s.failed} failed${analysis}`;
}

export class LineReporter implements WatchReporter {
  constructor(private readonly write: Write = stdout) {}
  private line(text: string) {
    this.write(`${new Date().toISOString()} ${text}`);
  }
  roundStarted(round: number, feeds: number) {
    this.line(`round ${round}: polling ${feeds} feeds`);
  }
  feedPolled(outcome: PollOutcome) {
    this.line(outcomeLine(outcome));
  }
  roundFinished(summary: RoundSummary) {
    this.line(roundLine(summary));
  }
  waiting(until: Date) {
    this.line(`next poll at ${until.toISOString()}`);
  }
  stopped(reason: string) {
    this.line(`stopped: ${reason}`);
  }
}

/** A bar for the feeds of the current round; failures and the round's result printed below it. */
export class TerminalReporter implements WatchReporter {
  private bar: cliProgress.SingleBar | null = null;
  private done = 0;
  private added = 0;
  private failures: string[] = [];

  roundStarted(round: number, feeds: number) {
    this.done = 0;
    this.added = 0;
    this.failures = [];
    this.bar = new cliProgress.SingleBar(
      {
        format: `round ${round} [{bar}] {value}/{total} feeds | {added} new`,
        hideCursor: true,
        clearOnComplete: true,
      },
      cliProgress.Presets.shades_classic,
    );
    this.bar.start(feeds, 0, { added: 0 });
  }
  feedPolled(outcome: PollOutcome) {
    this.done++;
    this.added += outcome.added;
    this.bar?.update(this.done, { added: this.added });
    // Printed once the bar is gone, so they do not tear it.
    if (outcome.status === "failed") this.failures.push(outcomeLine(outcome));
  }
  roundFinished(summary: RoundSummary) {
    this.bar?.stop();
    this.bar = null;
    for (const line of this.failures) stdout(line);
    stdout(roundLine(summary));
  }
  waiting(until: Date) {
    stdout(`next poll at ${until.toLocaleTimeString()} (Ctrl-C stops)`);
  }
  stopped(reason: string) {
    this.bar?.stop();
    stdout(`stopped: ${reason}`);
  }
}

export function reporterFor(options: { json?: boolean | undefined }): WatchReporter {
  if (options.json) return new JsonReporter();
  if (process.stdout.isTTY && !process.env.CI) return new TerminalReporter();
  return new LineReporter();
}
