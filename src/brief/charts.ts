/**
 * The brief's charts, drawn as SVG without a browser: the stance matrix as a
 * heatmap (actor × issue, coloured by position) and the timeline (events by
 * date and kind, coloured by verdict). Vega-Lite specs compiled to Vega and
 * rendered headless (`renderer: "none"`, `toSVG()`); the markup is then
 * sanitised before it goes into the HTML page. Vega is loaded only when a
 * brief is drawn, so other commands start fast.
 */
import type { Brief, BriefCharts } from "./brief.js";
import { sanitiseSvg } from "./svg-sanitise.js";
import { POSITION_LABEL, STATUS_LABEL } from "./words.js";

const POSITION_COLOURS: Record<string, string> = {
  demands: "#8c2d04",
  proposes: "#fd8d3c",
  supports: "#31a354",
  accepts: "#a1d99b",
  "accepts on conditions": "#fdd0a2",
  rejects: "#de2d26",
  opposes: "#fc9272",
  denies: "#756bb1",
};

const VERDICT_COLOURS: Record<string, string> = {
  Corroborated: "#1a7f37",
  "Single source": "#8c959f",
  Conflicting: "#cf222e",
  Disputed: "#bf8700",
  "No claim found": "#d0d7de",
};

const CONFIG = {
  font: "sans-serif",
  background: "white",
  axis: { labelLimit: 220, labelFontSize: 11, titleFontSize: 12 },
  legend: { labelFontSize: 11, titleFontSize: 12 },
};

type Spec = Record<string, unknown>;

export function stanceSpec(brief: Brief): Spec | null {
  if (brief.stances.length === 0) return null;
  const values = brief.stances.map((r) => ({
    actor: r.actor,
    issue: r.issueLabel,
    position: POSITION_LABEL[r.position],
    mark:
      r.verdict?.status === "conflicting" ? "?" : r.verdict?.status === "corroborated" ? "✓" : "",
  }));
  const positions = Object.keys(POSITION_COLOURS);
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: "Where the parties stand (✓ corroborated, ? reports disagree)",
    data: { values },
    config: CONFIG,
    encoding: {
      x: { field: "issue", type: "nominal", title: null, axis: { labelAngle: -35 } },
      y: { field: "actor", type: "nominal", title: null },
    },
    layer: [
      {
        mark: { type: "rect", stroke: "white" },
        encoding: {
          color: {
            field: "position",
            type: "nominal",
            title: "Position",
            scale: { domain: positions, range: positions.map((p) => POSITION_COLOURS[p]) },
          },
        },
      },
      { mark: { type: "text", fontSize: 11 }, encoding: { text: { field: "mark" } } },
    ],
  };
}

export function timelineSpec(brief: Brief): Spec | null {
  const rows = (brief.timeline ?? []).filter((t) => /^\d{4}-\d{2}-\d{2}$/.test(t.date));
  if (rows.length === 0) return null;
  const values = rows.map((t) => ({
    date: t.date,
    kind: t.kind,
    verdict: t.status ? STATUS_LABEL[t.status] : "No claim found",
    reports: t.citations.length,
  }));
  const verdicts = Object.keys(VERDICT_COLOURS);
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: "Timeline: dated events by kind (size: reports telling it)",
    width: 640,
    data: { values },
    config: CONFIG,
    mark: { type: "circle", opacity: 0.85 },
    encoding: {
      x: { field: "date", type: "temporal", timeUnit: "yearmonthdate", title: null },
      y: { field: "kind", type: "nominal", title: null },
      size: {
        field: "reports",
        type: "quantitative",
        title: "Reports",
        scale: { range: [40, 400] },
      },
      color: {
        field: "verdict",
        type: "nominal",
        title: "Verdict",
        scale: { domain: verdicts, range: verdicts.map((v) => VERDICT_COLOURS[v]) },
      },
    },
  };
}

async function draw(spec: Spec | null, prefix: string): Promise<string | null> {
  if (!spec) return null;
  const vega = await import("vega");
  const { compile } = await import("vega-lite");
  const compiled = compile(spec as never).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: "none" });
  try {
    return sanitiseSvg(await view.toSVG(), prefix);
  } finally {
    view.finalize();
  }
}

export async function drawCharts(brief: Brief): Promise<BriefCharts> {
  return {
    stances: await draw(stanceSpec(brief), "stances"),
    timeline: await draw(timelineSpec(brief), "timeline"),
  };
}

/** The brief with its charts; a chart that cannot be drawn is left out, never the brief. */
export async function withCharts(brief: Brief): Promise<Brief> {
  try {
    return { ...brief, charts: await drawCharts(brief) };
  } catch (err) {
    process.emitWarning(`brief: charts left out: ${(err as Error).message}`);
    return { ...brief, charts: { stances: null, timeline: null } };
  }
}
