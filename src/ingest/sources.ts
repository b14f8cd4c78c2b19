/**
 * Finds the source a report names: by id or name (case-insensitive), or from
 * its URL's host when the report names none.
 */
import type { Source } from "../model/index.js";

function key(value: string): string {
  return value.trim().toLowerCase();
}

/** example.com from https://www.Example.com/x; null for anything that is not a URL. */
function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, "");
  } catch {
    return null;
  }
}

function slug(value: string): string {
  return value
    .toLowerCase()
    .replace(/^the\s+/, "")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-|-$/g, "");
}

export class SourceDirectory {
  private readonly byKey = new Map<string, Source>();
  private readonly byHost = new Map<string, Source>();

  constructor(sources: Source[]) {
    for (const source of sources) this.add(source);
  }

  has(id: string): boolean {
    return this.byKey.get(key(id))?.id === id;
  }

  add(source: Source): void {
    // Ids win over names: a later source's name never hides an earlier id.
    if (!this.byKey.has(key(source.id))) this.byKey.set(key(source.id), source);
    if (!this.byKey.has(key(source.name))) this.byKey.set(key(source.name), source);
    const host = hostOf(source.homepage);
    if (host && !this.byHost.has(host)) this.byHost.set(host, source);
  }

  /** The source an input names by id or name. */
  find(idOrName: string): Source | null {
    return this.byKey.get(key(idOrName)) ?? this.byKey.get(slug(idOrName)) ?? null;
  }

  /**
   * The source a URL belongs to: a homepage on the same host, or a host whose
   * first label is a source id (continental-wire.example → continental-wire).
   */
  fromUrl(url: string | null): Source | null {
    const host = hostOf(url);
    if (!host) return null;
    for (const [known, source] of this.byHost) {
      if (host === known || host.endsWith(`.${known}`)) return source;
    }
    const label = host.split(".")[0] ?? "";
    const source = this.byKey.get(label);
    return source && source.id === label ? source : null;
  }
}
