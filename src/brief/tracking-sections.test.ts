import { describe, expect, it } from "vitest";
import type { Dossier, Report, Stance, Tracking } from "../model/index.js";
import { withCharts } from "./charts.js";
import { compileBrief } from "./compile.js";
import { renderBrief } from "./index.js";

function report(id: string, published: string): Report {
  return {
    id,
    sourceId: "wire",
    url: null,
    title: `Story ${id}`,
    byline: null,
    published,
    text: "x",
    language: "en",
    contentHash: id,
    origin: id,
  };
}

const stance = (
  position: Stance["position"],
  reportId: string,
  asOf: string,
  evidence: string,
): Stance => ({
  actorId: "kyiv",
  issue: "territory",
  position,
  reportId,
  sentence: 0,
  evidence,
  evidenceSpan: { start: 0, end: 1 },
  asOf,
});

const before = stance("rejects", "r1", "2025-12-20T09:00:00Z", "Kyiv will not <b>cede</b> land.");
const after = stance("conditions", "r2", "2025-12-27T09:00:00Z", "Kyiv would put it to a vote.");

const tracking: Tracking = {
  asOf: "2025-12-29T09:00:00Z",
  matrix: {
    actors: ["kyiv"],
    issues: ["territory"],
    cells: [
      {
        actorId: "kyiv",
        issue: "territory",
        current: "conditions",
        history: [before, after],
        reportIds: ["r2"],
        mixed: false,
        verdict: { status: "single_source", independentSources: 1, reports: 1 },
      },
    ],
  },
  shifts: [{ actorId: "kyiv", issue: "territory", before, after }],
  framework: {
    points: [
      {
        pointId: "vote",
        label: "Land goes to a vote",
        issue: "territory",
        status: "open",
        reason: "the latest report on it (2025-12-27) calls it open",
        evidence: [
          {
            reportId: "r2",
            sentence: 0,
            text: "The vote is still open.",
            asOf: after.asOf,
            says: "open",
            via: "text",
          },
        ],
      },
    ],
    shareAgreed: [
      {
        holderId: "kyiv",
        points: [
          {
            holderId: "kyiv",
            value: 90,
            text: "90%",
            asOf: after.asOf,
            reportId: "r2",
            claimId: "c",
            clusterId: null,
          },
        ],
      },
    ],
  },
  ledger: [
    {
      id: "d1",
      actorId: "kyiv",
      what: "leaders will meet in <Lyon> in early January",
      due: {
        from: "2026-01-01",
        until: "2026-01-10",
        text: "in early January",
        value: "2026-01",
        granularity: "month-part",
      },
      status: "pending",
      reason: "due 2026-01-01 to 2026-01-10; not yet passed",
      settledBy: null,
      statements: [
        {
          reportId: "r3",
          sourceId: "r3:c1",
          via: "commitment",
          sentence: 0,
          what: "x",
          asOf: "2025-12-29T09:00:00Z",
          due: null,
        },
      ],
    },
  ],
  timeline: [
    {
      id: "t1",
      date: "2025-12-27",
      granularity: "day",
      kind: "attack",
      participants: ["kyiv"],
      text: "A strike <script>hit()</script> the city.",
      figures: ["about 500 drones"],
      reportIds: ["r2"],
      sourceIds: ["wire"],
      verdict: { clusterId: "c1", status: "corroborated", independentSources: 2, reports: 3 },
    },
  ],
};

const dossier: Dossier = {
  id: "d",
  title: "Test talks",
  description: "",
  period: null,
  actors: [],
  issues: [{ id: "territory", label: "Territory", vocabulary: ["land"] }],
  sources: [],
  framework: [],
};

const compiled = compileBrief({
  dossier,
  reports: [
    report("r1", before.asOf),
    report("r2", after.asOf),
    report("r3", "2025-12-29T09:00:00Z"),
  ],
  sources: [{ id: "wire", name: "North Wire", owner: "North", country: "GB", kind: "wire" }],
  actors: [
    {
      id: "kyiv",
      name: "Kyiv <gov>",
      kind: "state",
      aliases: [],
      titles: [],
      role: null,
      affiliation: null,
      gender: null,
    },
  ],
  issues: [],
  reprints: [],
  stances: tracking.matrix,
  tracking,
  independentSources: 1,
  compiledAt: new Date("2026-01-02T00:00:00Z"),
});

describe("tracking sections of the brief", () => {
  it("compiles what changed, what is due, the framework and the timeline with citations", () => {
    expect(compiled.changes?.[0]).toMatchObject({
      actor: "Kyiv <gov>",
      from: { position: "rejects", citations: [1] },
      to: { position: "conditions", citations: [2] },
    });
    expect(compiled.due?.[0]).toMatchObject({
      due: "2026-01-01 to 2026-01-10",
      status: "pending",
      citations: [3],
    });
    expect(compiled.framework?.shareAgreed[0]).toMatchObject({
      holder: "Kyiv <gov>",
      points: [{ value: 90 }],
    });
    expect(compiled.stances[0]?.verdict?.status).toBe("single_source");
  });

  it("renders the three sections in Markdown with report text escaped", () => {
    const md = renderBrief(compiled, "md");
    for (const heading of [
      "## Where the parties stand",
      "## What changed",
      "## What is due",
      "## Timeline",
    ])
      expect(md).toContain(heading);
    expect(md).toContain(
      "rejects (2025-12-20: Kyiv will not \\<b\\>cede\\</b\\> land. [1]) → accepts on conditions",
    );
    expect(md).toContain("- Kyiv \\<gov\\>: 90% on 2025-12-27 [2]");
    expect(md).toMatch(/\| 2026-01-01 to 2026-01-10 \(“in early January”\) \| Kyiv \\<gov\\> \|/);
    expect(md).not.toContain("<script>");
    expect(md).not.toContain("<b>");
  });

  it("inlines both charts as sanitised SVG in the HTML, and leaves them out of the JSON", async () => {
    const brief = await withCharts(compiled);
    expect(brief.charts?.stances).toMatch(/^<svg/);
    expect(brief.charts?.timeline).toMatch(/^<svg/);
    const html = renderBrief(brief, "html");
    expect(html).toContain('<figure class="chart" aria-label="Stance matrix chart"><svg');
    expect(html).toContain("Kyiv &lt;gov&gt;");
    expect(html).not.toMatch(/<script|<b>|javascript:|style="/i);
    expect(html).toContain("A strike &lt;script&gt;hit()&lt;/script&gt; the city.");
    const json = JSON.parse(renderBrief(brief, "json"));
    expect(json.charts).toBeUndefined();
    expect(json.due[0].status).toBe("pending");
  });
});
