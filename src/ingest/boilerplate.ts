/**
 * Lines of a page or a saved text that are not the story: links to skip to
 * the content, share and print buttons, "Read more" and newsletter prompts,
 * advertising labels, cookie notices, weather widgets, photo credits and
 * copyright lines. Each rule matches a whole short line, so a sentence of the
 * story that happens to use such a word is kept.
 */

/** Lines longer than this are story text, whatever words they hold. */
const MAX_LINE = 160;

/** Words of a row of share buttons: a line made of these alone is the row. */
const SHARE_WORDS = new Set(
  "share shares sharing tweet email e-mail print facebook twitter x linkedin whatsapp telegram reddit pinterest messenger copy link comments bookmark flipboard threads bluesky mastodon on via this article story the to and or".split(
    " ",
  ),
);

const WHOLE_LINE: RegExp[] = [
  /^skip to (?:main )?(?:content|navigation|search|footer|the content)\b/i,
  /^(?:read|see) (?:more|also|next)\b[\s:.…»›>-]*$/i,
  /^(?:continue|keep) reading\b/i,
  /^(?:click|tap) here\b/i,
  /^(?:advertisement|advertising|sponsored(?: content)?|ad|story continues (?:below|after) (?:the )?advertisement)[\s.:-]*$/i,
  /^(?:sign up|subscribe|register)\b.{0,100}\b(?:newsletter|updates|inbox|alerts|free)\b/i,
  /^(?:we|this (?:site|website)) uses? cookies\b/i,
  /\bcookies?\b.{0,80}\b(?:accept|consent|privacy policy|manage (?:preferences|settings))\b/i,
  /^(?:accept(?: all)?(?: cookies)?|reject all|manage (?:cookies|preferences))$/i,
  /^(?:photo|image|picture|video|graphic|illustration|credit|caption)s?\s*(?:credit)?\s*[:|]/i,
  /^\(?(?:photo|image)s? (?:by|courtesy of)\b.{0,100}\)?$/i,
  /^.{0,80}(?:getty images|reuters\/[\p{L} ]+|ap photo\/[\p{L}. ]+)\)?\.?$/iu,
  /^(?:©|\(c\)\s|copyright\s+(?:©|\(c\)|\d{4})).{0,120}$/i,
  /\ball rights reserved\.?$/i,
  /^-?\d{1,3}\s?°\s?[cf]\b.{0,40}$/i,
  /^[\p{L} .'-]{2,30}\s-?\d{1,3}\s?°\s?[cf]$/iu,
  /^(?:back to top|top of page|return to top|jump to comments)$/i,
  /^(?:listen to (?:this|the) (?:article|story)|\d+ min(?:ute)?s? read)\b.{0,30}$/i,
  /^(?:follow us|follow [\p{L}.]+ on)\b.{0,60}$/iu,
];

/** True for a line that is page furniture, not the story. */
export function isBoilerplate(line: string): boolean {
  const text = line.trim();
  if (text === "" || text.length > MAX_LINE) return false;
  if (WHOLE_LINE.some((re) => re.test(text))) return true;
  // A row of buttons: two button words or more, and nothing else ("Facebook Twitter Email").
  const words = text
    .toLowerCase()
    .split(/[\s|•·,/]+/)
    .filter(Boolean);
  const buttons = words.filter((w) => !LINKING.has(w));
  return words.length <= 12 && buttons.length >= 2 && words.every((w) => SHARE_WORDS.has(w));
}

/** Words that only join the buttons of a row ("Share on Facebook"). */
const LINKING = new Set(["on", "via", "this", "article", "story", "the", "to", "and", "or"]);

/** The text without its lines of page furniture; paragraphs stay as they were. */
export function dropBoilerplate(text: string): string {
  const kept = text.split("\n").filter((line) => !isBoilerplate(line));
  return kept
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
