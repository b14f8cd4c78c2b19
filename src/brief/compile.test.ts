import { describe, expect, it } from "vitest";
import type { Claim, ClusterWithClaims, Dossier, Report, Source } from "../model/index.js";
import { compileBrief, issueClusters } from "./compile.js";
import { renderHtml } from "./html.js";
import { renderMarkdown } from "./markdown.js";

const sources: Source[] = [
  { id: "wire", name: "North Wire", owner: "North Press", country: "GB", kind: "wire" },
  { id: "daily", name: "Daily <Echo>", owner: "Echo Media", country: "US", kind: "outlet" },
  { id: "radio", name: "Valley Radio", owner: "Valley Media", country: "US", kind: "outlet" },
];

function report(id: string, sourceId: string, published: string, text: string): Report {
  return {
    id,
    sourceId,
    url: `https://${sourceId}.example/${id}`,
    title: `Story ${id}`,
    byline: null,
    published,
    text,
    language: "en",
    contentHash: id,
    origin: `${id}.json`,
  };
}

const reports: Report[] = [
  report("r1", "wire", "2025-12-28T10:00:00Z", "Zelenskyy said 90 percent was agreed."),
  report("r2", "daily", "2025-12-28T12:00:00Z", "Zelenskyy said 90 percent was agreed."),
  {
    ...report("r3", "radio", "2025-12-29T09:00:00Z", "Trump said it was 95% done."),
    title: "Done <script>x()</script>",
  },
];

function claim(reportId: string, holderId: string, text: string): Claim {
  return {
    id: `${reportId}:0:0`,
    reportId,
    sentence: 0,
    holderId,
    subject: "framework",
    predicate: "share_agreed",
    issue: "framework",
    object: "framework",
    quantity: null,
    time: null,
    polarity: "affirm",
    slot: "framework:share_agreed:percent",
    terms: [],
    evidence: { start: 0, end: text.length, text },
  };
}

const cluster: ClusterWithClaims = {
  id: "c1",
  slot: "framework:share_agreed:percent",
  issue: "framework",
  label: "share agreed",
  claimIds: ["r1:0:0", "r2:0:0", "r3:0:0"],
  claims: [
    claim("r2", "zelenskyy", reports[1]!.text),
    claim("r1", "zelenskyy", reports[0]!.text),
    claim("r3", "trump", reports[2]!.text),
  ],
  verdict: {
    status: "conflicting",
    independentSources: 2,
    reports: 3,
    variants: [
      {
        value: "90%",
        reportIds: ["r1", "r2"],
        sourceIds: ["wire", "daily"],
        holderIds: ["zelenskyy"],
        origins: 1,
      },
      { value: "95%", reportIds: ["r3"], sourceIds: ["radio"], holderIds: ["trump"], origins: 1 },
    ],
    reasons: ["values differ: 90% vs 95%"],
    reprints: [{ reportId: "r2", originalId: "r1", similarity: 0.93, reason: "near-duplicate" }],
    denials: [],
  },
};

const dossier: Dossier = {
  id: "d",
  title: "Test talks",
  description: "",
  period: null,
  actors: [],
  issues: [
    { id: "talks", label: "Talks", vocabulary: ["talks"] },
    { id: "framework", label: "The framework", vocabulary: ["framework"] },
  ],
  sources,
  framework: [],
};

const brief = compileBrief({
  dossier,
  reports,
  sources,
  actors: [
    {
      id: "zelenskyy",
      name: "Volodymyr Zelenskyy",
      kind: "person",
      aliases: [],
      titles: [],
      role: null,
      affiliation: null,
      gender: "male",
    },
    {
      id: "trump",
      name: "Donald Trump",
      kind: "person",
      aliases: [],
      titles: [],
      role: null,
      affiliation: null,
      gender: "male",
    },
  ],
  issues: issueClusters([cluster]),
  reprints: cluster.verdict.reprints,
  stances: { actors: [], issues: [], cells: [] },
  independentSources: 2,
  compiledAt: new Date("2026-01-10T08:00:00Z"),
});

describe("brief compilation", () => {
  it("puts statements under their issue with verdict, variants and citations", () => {
    expect(brief.sections.map((s) => s.label)).toEqual(["The framework"]);
    const s = brief.sections[0]!.statements[0]!;
    expect(s.status).toBe("conflicting");
    expect(s.text).toBe("Zelenskyy said 90 percent was agreed.");
    expect(s.citations).toEqual([1, 2, 3]);
    expect(s.variants.map((v) => [v.value, v.holders, v.citations])).toEqual([
      ["90%", ["Volodymyr Zelenskyy"], [1, 2]],
      ["95%", ["Donald Trump"], [3]],
    ]);
  });

  it("marks copies and closes with outlets, counts and the compile date", () => {
    expect(brief.citations[1]?.copyOf).toBe(1);
    expect(brief.outlets).toEqual(["Daily <Echo>", "North Wire", "Valley Radio"]);
    expect(brief.closing).toBe(
      "Analysis based on reporting from Daily <Echo>, North Wire and Valley Radio: 3 reports from 2 independent sources. Compiled and verified by ThinkTanksMonitor on 2026-01-10.",
    );
    expect(brief.summary.claims.conflicting).toBe(1);
  });

  it("renders every variant in Markdown and escapes report text", () => {
    const md = renderMarkdown(brief);
    expect(md).toContain("**Conflicting** (2 independent sources / 3 reports)");
    expect(md).toMatch(/- 90% \(Volodymyr Zelenskyy\): \[1\]\[2\]/);
    expect(md).toContain("2. Daily \\<Echo\\>");
    expect(md).not.toContain("<script>");
  });

  it("renders HTML with report text escaped and no script allowed", () => {
    const html = renderHtml(brief);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("&lt;script&gt;x()&lt;/script&gt;");
    expect(html).toContain("Daily &lt;Echo&gt;");
    expect(html).toMatch(/Content-Security-Policy" content="default-src 'none'/);
  });
});

describe("statements of one sentence", () => {
  it("are shown once, under the weightier verdict, without repeating the count", () => {
    const twin: ClusterWithClaims = {
      ...cluster,
      id: "c2",
      slot: "framework:statement",
      claims: [claim("r1", "zelenskyy", reports[0]!.text)],
      verdict: {
        ...cluster.verdict,
        status: "single_source",
        independentSources: 1,
        reports: 1,
        reasons: ["1 independent source / 1 report"],
        variants: [],
      },
    };
    const b = compileBrief({
      dossier,
      reports,
      sources,
      actors: [],
      issues: issueClusters([
        twin,
        {
          ...cluster,
          verdict: {
            ...cluster.verdict,
            reasons: ["2 independent sources / 3 reports", "values differ"],
          },
        },
      ]),
      reprints: [],
      stances: { actors: [], issues: [], cells: [] },
      independentSources: 2,
      compiledAt: new Date("2026-01-10T08:00:00Z"),
    });
    const statements = b.sections.flatMap((s) => s.statements);
    expect(statements.map((s) => s.status)).toEqual(["conflicting"]);
    expect(statements[0]?.reasons).toEqual(["values differ"]);
  });

  it("keeps two conflicts told in one sentence apart", () => {
    const missiles: ClusterWithClaims = {
      ...cluster,
      id: "c3",
      verdict: {
        ...cluster.verdict,
        variants: cluster.verdict.variants.map((v, i) => ({
          ...v,
          value: i ? "50 missiles" : "40 missiles",
        })),
      },
    };
    const b = compileBrief({
      dossier,
      reports,
      sources,
      actors: [],
      issues: issueClusters([cluster, missiles]),
      reprints: [],
      stances: { actors: [], issues: [], cells: [] },
      independentSources: 2,
      compiledAt: new Date("2026-01-10T08:00:00Z"),
    });
    expect(b.sections.flatMap((s) => s.statements.map((x) => x.clusterId))).toEqual(["c1", "c3"]);
  });
});

describe("a brief bounded per issue", () => {
  const single = (id: string, r: Report): ClusterWithClaims => ({
    ...cluster,
    id,
    slot: "talks:statement",
    issue: "talks",
    claims: [{ ...claim(r.id, "trump", `${id} was said.`), issue: "talks" }],
    claimIds: [`${r.id}:0:0`],
    verdict: {
      ...cluster.verdict,
      status: "single_source",
      independentSources: 1,
      reports: 1,
      variants: [],
      reasons: [],
    },
  });
  const clusters = [cluster, single("c7", reports[2]!), single("c5", reports[1]!)];
  const bounded = (statementsPerIssue: number) =>
    compileBrief({
      dossier,
      reports,
      sources,
      actors: [],
      issues: issueClusters(clusters),
      statementsPerIssue,
      reprints: [],
      stances: { actors: [], issues: [], cells: [] },
      independentSources: 2,
      compiledAt: new Date("2026-01-10T08:00:00Z"),
    });

  it("lists the weightiest statements, counts the others and cites only what it lists", () => {
    const b = bounded(1);
    const talks = b.sections.find((s) => s.issue === "talks")!;
    expect(talks.statements.map((s) => s.clusterId)).toEqual(["c5"]);
    expect(talks.omitted).toBe(1);
    expect(b.summary.claims).toEqual({
      corroborated: 0,
      single_source: 2,
      conflicting: 1,
      disputed: 0,
    });
    // The conflict cites all three reports; c7, left out, would cite r3 alone.
    expect(b.citations.map((c) => c.reportId)).toEqual(["r1", "r2", "r3"]);
    expect(renderMarkdown(b)).toContain("…and 1 more statement in the JSON brief.");
    const none = bounded(0);
    expect(none.sections.map((s) => [s.issue, s.statements.length, s.omitted])).toEqual([
      ["talks", 0, 2],
      ["framework", 0, 1],
    ]);
    expect(none.citations).toEqual([]);
  });
});

describe("a cluster read in part (a store too large to read every claim)", () => {
  it("takes its holders and a few reports per variant from the verdict", () => {
    const many = Array.from({ length: 6 }, (_, i) => `r${i + 4}`);
    const wide: ClusterWithClaims = {
      ...cluster,
      id: "c8",
      claims: [cluster.claims[1]!],
      claimIds: ["r1:0:0", "r2:0:0", "r3:0:0", ...many.map((id) => `${id}:0:0`)],
      verdict: {
        ...cluster.verdict,
        variants: [
          { ...cluster.verdict.variants[0]!, reportIds: ["r1", "r2", ...many] },
          cluster.verdict.variants[1]!,
        ],
      },
    };
    const b = compileBrief({
      dossier,
      reports: [...reports, ...many.map((id) => report(id, "radio", "2025-12-29T10:00:00Z", "."))],
      sources,
      actors: [],
      issues: issueClusters([wide]),
      reprints: [],
      stances: { actors: [], issues: [], cells: [] },
      independentSources: 2,
      compiledAt: new Date("2026-01-10T08:00:00Z"),
    });
    const s = b.sections[0]!.statements[0]!;
    expect(s.holders).toEqual(["zelenskyy", "trump"]);
    // The claim read (r1), the first three reports of 90% (r1, r2, r4) and 95%'s one (r3).
    const cited = (n: number[]) => n.map((x) => b.citations.find((c) => c.n === x)!.reportId);
    expect(cited(s.citations).sort()).toEqual(["r1", "r2", "r3", "r4"]);
    expect(cited(s.variants[0]!.citations)).toEqual(["r1", "r2", "r4"]);
  });
});

describe("long lists of citations", () => {
  it("print the first ten numbers and count the rest; a bounded brief lists only those", () => {
    const many = Array.from({ length: 12 }, (_, i) =>
      report(`m${String(i).padStart(2, "0")}`, "radio", `2025-12-2${i % 9}T08:00:00Z`, "Talks."),
    );
    const wide: ClusterWithClaims = {
      ...cluster,
      id: "c9",
      claims: many.map((r) => claim(r.id, "trump", "Talks.")),
      claimIds: many.map((r) => `${r.id}:0:0`),
      verdict: { ...cluster.verdict, status: "corroborated", variants: [], reprints: [] },
    };
    const b = compileBrief({
      dossier,
      reports: many,
      sources,
      actors: [],
      issues: issueClusters([wide]),
      statementsPerIssue: 5,
      reprints: [],
      stances: { actors: [], issues: [], cells: [] },
      independentSources: 1,
      compiledAt: new Date("2026-01-10T08:00:00Z"),
    });
    const s = b.sections[0]!.statements[0]!;
    expect(s.citations).toHaveLength(12);
    expect(b.citations.map((c) => c.n)).toEqual(s.citations.slice(0, 10));
    expect(renderMarkdown(b)).toContain(
      `${s.citations
        .slice(0, 10)
        .map((n) => `[${n}]`)
        .join("")} and 2 more`,
    );
    expect(renderHtml(b)).toMatch(/\[\d+\]<\/a> and 2 more/);
  });

  it("print the first reasons of a verdict and count the rest", () => {
    const reasons = Array.from({ length: 9 }, (_, i) => `copy ${i} counted once`);
    const b = compileBrief({
      dossier,
      reports,
      sources,
      actors: [],
      issues: issueClusters([{ ...cluster, verdict: { ...cluster.verdict, reasons } }]),
      reprints: [],
      stances: { actors: [], issues: [], cells: [] },
      independentSources: 2,
      compiledAt: new Date("2026-01-10T08:00:00Z"),
    });
    expect(b.sections[0]!.statements[0]!.reasons).toEqual(reasons);
    expect(renderMarkdown(b)).toContain("copy 5 counted once; and 3 more");
    expect(renderMarkdown(b)).not.toContain("copy 6");
    expect(renderHtml(b)).toContain("copy 5 counted once; and 3 more</div>");
  });
});
