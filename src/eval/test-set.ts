/**
 * A tiny gold set written for the tests: three reports (a wire story, its
 * reprint, and an outlet's own story) with actors and facts, laid out in a
 * temporary folder in the FORMAT.md layout.
 */
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

const wire = {
  id: "test-wire",
  name: "Test Wire",
  owner: "Test Press",
  country: "GB",
  kind: "wire",
};
const outlet = {
  id: "river-times",
  name: "River Times",
  owner: "River Media",
  country: "US",
  kind: "outlet",
};
const reprinter = {
  id: "hill-post",
  name: "Hill Post",
  owner: "Hill Group",
  country: "US",
  kind: "outlet",
};

const WIRE_TEXT =
  "KYIV (Test Wire) — Ukrainian President Volodymyr Zelenskyy said on Sunday that negotiators had agreed on about 90 percent of a 20-point plan.\n\n" +
  "“We want to finish the rest quickly,” Zelenskyy told reporters. Russia launched more than 600 drones overnight, officials said.\n\n" +
  "The Kremlin rejected a temporary ceasefire, Kremlin spokesman Dmitry Peskov said.";

export const TEST_ARTICLES = [
  {
    id: "t-001",
    source: wire,
    url: "https://test-wire.example/a",
    published: "2025-12-28T20:00:00Z",
    title: "Zelenskyy: 90 percent agreed",
    byline: "Test Wire staff",
    text: WIRE_TEXT,
    syndicated_from: null,
    gold: {
      quotes: [
        {
          speaker: "volodymyr-zelenskyy",
          kind: "direct",
          text: "We want to finish the rest quickly",
        },
      ],
      quantities: [
        { text: "about 90 percent", value: 90, unit: "percent", approx: true },
        { text: "20-point", value: 20, unit: "point", approx: false },
        { text: "more than 600 drones", value: 600, unit: "drone", approx: true },
      ],
      dates: [{ text: "on Sunday", value: "2025-12-28" }],
      stances: [
        {
          actor: "russia",
          issue: "ceasefire",
          position: "rejects",
          evidence: "The Kremlin rejected a temporary ceasefire",
        },
      ],
    },
  },
  {
    id: "t-002",
    source: reprinter,
    url: "https://hill-post.example/b",
    published: "2025-12-29T08:00:00Z",
    title: "Talks: most of the plan agreed",
    byline: "Test Wire",
    text: WIRE_TEXT,
    syndicated_from: "t-001",
    gold: { quotes: [], quantities: [], dates: [], stances: [] },
  },
  {
    id: "t-003",
    source: outlet,
    url: "https://river-times.example/c",
    published: "2025-12-30T10:00:00Z",
    title: "Trump puts the share at 95 percent",
    byline: "A. Writer",
    text:
      "WASHINGTON — President Donald Trump said on Monday that 95 percent of the plan was agreed.\n\n" +
      "He said the sides would meet again in early January.",
    syndicated_from: null,
    gold: {
      quotes: [],
      quantities: [{ text: "95 percent", value: 95, unit: "percent", approx: false }],
      dates: [
        { text: "on Monday", value: "2025-12-29" },
        { text: "early January", value: "2026-01", granularity: "month-part" },
      ],
      stances: [],
    },
  },
];

export const TEST_ACTORS = [
  {
    id: "donald-trump",
    name: "Donald Trump",
    aliases: ["Trump"],
    kind: "person",
    affiliation: "united-states",
    role: "President of the United States",
  },
  {
    id: "volodymyr-zelenskyy",
    name: "Volodymyr Zelenskyy",
    aliases: ["Zelenskyy"],
    kind: "person",
    affiliation: "ukraine",
    role: "President of Ukraine",
  },
  {
    id: "dmitry-peskov",
    name: "Dmitry Peskov",
    aliases: ["Peskov"],
    kind: "person",
    affiliation: "russia",
    role: "Kremlin spokesman",
  },
  {
    id: "russia",
    name: "Russia",
    aliases: ["Moscow", "the Kremlin"],
    kind: "state",
    affiliation: null,
    role: "state",
  },
  {
    id: "ukraine",
    name: "Ukraine",
    aliases: ["Kyiv"],
    kind: "state",
    affiliation: null,
    role: "state",
  },
  {
    id: "united-states",
    name: "United States",
    aliases: ["US", "Washington"],
    kind: "state",
    affiliation: null,
    role: "state",
  },
];

export const TEST_FACTS = [
  {
    id: "F1",
    claim: "Share of the plan agreed",
    issue: "framework",
    status: "conflicting",
    variants: [
      { value: "90%", articles: ["t-001", "t-002"], asserted_by: "volodymyr-zelenskyy" },
      { value: "95%", articles: ["t-003"], asserted_by: "donald-trump" },
    ],
    evidence: [
      { article: "t-001", text: "negotiators had agreed on about 90 percent" },
      { article: "t-003", text: "95 percent of the plan was agreed" },
    ],
  },
];

/** Writes the set into a new temporary folder and returns its path. */
export async function writeTestSet(
  articles: unknown[] = TEST_ARTICLES,
  actors: unknown = TEST_ACTORS,
  facts: unknown = TEST_FACTS,
): Promise<string> {
  const dir = join(await mkdtemp(join(tmpdir(), "ttm-goldset-")), "tiny");
  await mkdir(join(dir, "articles"), { recursive: true });
  await writeFile(join(dir, "actors.json"), JSON.stringify(actors));
  if (facts !== null) await writeFile(join(dir, "facts.json"), JSON.stringify(facts));
  for (const [i, a] of articles.entries()) {
    await writeFile(
      join(dir, "articles", `${String(i + 1).padStart(3, "0")}.json`),
      JSON.stringify(a),
    );
  }
  return dir;
}
