/**
 * Removes a DOCTYPE before parsing. Feeds need no DTD, and a DTD is where
 * entity attacks live: billion laughs (entities that expand to entities) and
 * external entities (SYSTEM "file:///etc/passwd"). Without the declaration
 * their references stay as the literal text "&name;", so they cost nothing
 * and reveal nothing. The parser is configured not to expand entities too;
 * this is the second lock.
 */
const DOCTYPE = /<!DOCTYPE\s(?:[^[>]|\[[\s\S]*?\]\s*)*>/i;

export interface Stripped {
  text: string;
  warning: string | null;
}

export function stripDoctype(text: string): Stripped {
  const match = DOCTYPE.exec(text.slice(0, 1_000_000));
  if (!match) return { text, warning: null };
  const declares = /<!ENTITY/i.test(match[0]);
  const rest = text.slice(0, match.index) + text.slice(match.index + match[0].length);
  return {
    text: rest,
    warning: declares
      ? "DOCTYPE with entity declarations removed (entities are never expanded)"
      : null,
  };
}
