/**
 * The sentence templates synthetic reports are built from, written for the
 * benchmark. Slots in braces are filled per report: {S} a speaker's name, {T}
 * their title, {place}, {day}, and the story's figures ({army}, {pct}, …), which
 * is where conflicting variants enter.
 */

/** Sentences that carry one of the story's figures or positions. */
export const FACT_SENTENCES: readonly string[] = [
  "Under the draft, Ukraine's armed forces would be capped at {army} troops in peacetime, {S} said.",
  "{S}, the {T}, said on {day} that about {pct} percent of the framework had been agreed.",
  "The {T} told reporters in {place} that a ceasefire could take effect within {days} days of signing.",
  "Russia launched {drones} drones and {missiles} missiles at Ukrainian cities overnight, the Ukrainian air force said.",
  "{S} said the framework now has {points} points, down from the 28 in the first draft.",
  "The talks in {place} lasted {hours} hours, officials familiar with the meeting said.",
  "{S} said Ukraine would not withdraw its troops from the Donbas under any agreement.",
  "{S} said security guarantees from the United States and Europe must be approved by Congress.",
  "{S} demanded that Ukraine give up its bid to join NATO as a condition of any settlement.",
  "{S} proposed a referendum on the territorial terms of the agreement.",
  "{S} rejected the idea of a demilitarised economic zone in the Donbas.",
  "{S} said elections could be held within {days} days after a deal is signed.",
];

/** Quotes, attributed in the sentence that follows or in the same one. */
export const QUOTE_SENTENCES: readonly string[] = [
  '"We are closer than we have ever been to an agreement," {S} said on {day}.',
  '"Nobody should expect a breakthrough this week," the {T} told reporters in {place}.',
  '"There will be no deal that rewards the aggressor," {S} said.',
  '"The ball is now in Moscow\'s court," {S} said after the meeting.',
];

export const DENIAL_SENTENCES: readonly string[] = [
  "{S} denied that Moscow had agreed to a ceasefire before a final settlement.",
  "{S} rejected reports that about {pct} percent of the framework had been agreed.",
];

/** Background sentences that carry no checkable figure: they give reports their length. */
export const BACKGROUND_SENTENCES: readonly string[] = [
  "The meeting followed weeks of shuttle diplomacy between Washington, Kyiv and Moscow.",
  "European governments have pressed to be included in any discussion of security arrangements.",
  "Diplomats cautioned that the most difficult questions remain open, above all the fate of occupied land.",
  "The war, now in its fourth year, has displaced millions of people and destroyed entire towns in the east.",
  "Officials on both sides have spoken of progress before, only for talks to stall within days.",
  "Analysts said the sequencing of a ceasefire and a final settlement remains the main point of friction.",
  "The Kremlin has repeatedly said it wants a durable settlement rather than a temporary pause in fighting.",
  "Kyiv has insisted that any agreement must be backed by guarantees that would deter a future attack.",
  "Negotiators exchanged revised drafts late into the night, according to people briefed on the talks.",
  "Markets in Europe rose modestly on hopes that the talks could lead to an easing of sanctions.",
  "Humanitarian groups urged both sides to agree on an exchange of prisoners before the holidays.",
  "The energy grid in several regions was damaged again, leaving thousands of homes without heat.",
  "Lawmakers in Washington have asked to see the text of the framework before any vote on guarantees.",
  "Officials declined to say when the delegations would meet again or where.",
  "Previous rounds in Istanbul and Geneva ended without agreement on the central questions.",
  "The delegations are expected to report back to their capitals before the next round.",
];

export const TITLES: readonly string[] = [
  "Envoys report progress on peace framework after {place} talks",
  "{S} sets out conditions as negotiators meet in {place}",
  "Talks on ending the war resume in {place}",
  "Ceasefire timing divides negotiators",
  "Security guarantees at centre of new round of talks",
  "Overnight strikes overshadow diplomacy",
  "Draft framework shrinks to {points} points",
];

export const PLACES: readonly string[] = [
  "Miami",
  "Geneva",
  "Berlin",
  "Paris",
  "Abu Dhabi",
  "Istanbul",
  "Riyadh",
  "Palm Beach",
];

export const DAYS: readonly string[] = [
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday",
];
