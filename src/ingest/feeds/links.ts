/** Relative addresses in a feed, made absolute against the feed's own address or site. */
export function absoluteUrl(value: string | null | undefined, base: string | null): string | null {
  const trimmed = value?.trim();
  if (!trimmed) return null;
  try {
    return new URL(trimmed, base ?? undefined).href;
  } catch {
    // No usable base: keep an absolute-looking value, drop a relative one.
    return /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : null;
  }
}

/** The base for an item's links: the document's address, else the feed's absolute site link. */
export function baseFor(documentUrl: string | null, siteLink: string | null): string | null {
  if (documentUrl) return documentUrl;
  return absoluteUrl(siteLink, null);
}
