/**
 * Word lists the entity recogniser (entities.ts) reads as evidence: titles and
 * honorifics that announce a person, head words and legal suffixes that end an
 * organisation's name, head words that end a place's name, nouns that describe
 * an organisation or a person when they stand right before a name ("carmaker
 * Fiat", "analyst Jane Roe"), and capitalised words that are never names
 * (months, days). All lower case, dots dropped.
 */

/** Titles and honorifics written before a person's name ("President", "Mr", "Gen."). */
export const PERSON_TITLES = new Set(
  (
    "mr mrs ms miss dr prof sir dame lord lady president vice-president premier chancellor " +
    "king queen prince princess pope sheikh emir sultan senator sen rep representative " +
    "congressman congresswoman governor gov mayor judge justice minister secretary ambassador " +
    "envoy general gen col colonel lt lieutenant maj major capt captain sgt sergeant adm admiral " +
    "commander marshal chairman chairwoman chair ceo cfo coo cto director spokesman spokeswoman " +
    "spokesperson founder co-founder chief executive officer head leader deputy analyst professor " +
    "bishop cardinal rabbi imam reverend rev father brother sister detective inspector officer " +
    "attorney lawyer economist manager editor correspondent reporter presiding"
  ).split(" "),
);

/** Words that may sit inside a title before a name: "Prime Minister", "Foreign Minister". */
export const TITLE_PARTS = new Set(
  "prime foreign defence defense finance interior vice deputy chief executive operating financial senior former acting supreme high".split(
    " ",
  ),
);

/** Last words and legal suffixes of organisation names ("Inc", "Ministry", "Party"). */
export const ORG_HEADS = new Set(
  (
    "inc corp corporation co company companies ltd llc plc ag gmbh sa spa nv bv ab oyj " +
    "group holdings holding partners associates bank ministry department agency council party " +
    "university college institute school academy foundation fund trust association federation " +
    "union league committee commission board office bureau authority service services court " +
    "parliament congress senate assembly army navy force forces guard police airlines airline " +
    "airways motors motor industries systems technologies communications energy insurance " +
    "securities capital investments media press times post news herald journal tribune " +
    "network broadcasting exchange reserve organisation organization society church coalition " +
    "movement front alliance institution centre laboratories labs pharmaceuticals brothers " +
    "corps aircraft airplanes automotive auto"
  ).split(" "),
);

/** First words of "X of Y" organisation names: "Bank of England", "Ministry of Defence". */
export const ORG_OF_HEADS = new Set(
  "bank ministry department university college institute school office board council court academy federation union league association society church house chamber museum secretary".split(
    " ",
  ),
);

/** Last words of place names ("Airport", "River", "Province"). */
export const PLACE_HEADS = new Set(
  (
    "airport river ocean sea lake lakes mountain mountains mount island islands peninsula valley " +
    "county province state region district city town village street avenue road square bay gulf " +
    "strait coast desert canal harbour harbor port station plaza bridge park heights hills " +
    "oblast krai territory"
  ).split(" "),
);

/** First words of "X of Y" place names: "Republic of Korea", "Gulf of Mexico". */
export const PLACE_OF_HEADS = new Set(
  "republic kingdom state states gulf bay sea isle strait cape city province principality commonwealth".split(
    " ",
  ),
);

/** Common nouns that, right before a name, say it is an organisation: "carmaker Fiat". */
export const ORG_DESCRIPTORS = new Set(
  (
    "company firm group maker manufacturer automaker carmaker airline carrier airframer bank " +
    "lender insurer retailer chain brand giant rival partner supplier contractor operator " +
    "agency regulator party newspaper magazine broadcaster network channel website publisher " +
    "studio label startup conglomerate subsidiary unit division parent consortium fund " +
    "investor exchange union organisation organization outlet daily tabloid paper"
  ).split(" "),
);

/** Capitalised words that are not names on their own. */
export const NEVER_NAMES = new Set(
  (
    "january february march april may june july august september october november december " +
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday " +
    "saturday sunday today yesterday tomorrow i i'm i've i'd i'll ok okay mon tue wed thu fri sat sun " +
    "no usd eur gbp jpy chf cny utc gmt est edt pst pdt cet bst"
  ).split(" "),
);

/** Prepositions after which an untyped name is most likely a place. */
export const PLACE_PREPOSITIONS = new Set(["in", "near", "outside", "across", "throughout"]);

/** Verbs of saying: an untyped full name right before one is a person. */
export const SPEECH_VERBS = new Set(
  "said says told added stated noted explained argued warned claimed announced insisted".split(" "),
);

/** Lower-case particles inside personal names: "Ludwig van Beethoven", "Charles de Gaulle". */
export const NAME_PARTICLES = new Set([
  "van",
  "von",
  "de",
  "del",
  "della",
  "da",
  "di",
  "bin",
  "al",
  "la",
  "le",
  "der",
  "ibn",
]);

/** Last words of names that are neither people, organisations nor places: events, indices, laws. */
export const OTHER_HEADS = new Set(
  (
    "index average conference show expo games olympics cup championship award awards prize war " +
    "act treaty accord agreement summit festival"
  ).split(" "),
);
