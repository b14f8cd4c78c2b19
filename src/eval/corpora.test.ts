/** Readers of the third-party corpora, on small documents written here in their formats. */
import { describe, expect, it } from "vitest";
import { parseMeantime } from "./meantime-reader.js";
import { parseTimeML } from "./tempeval.js";
import { scoreTimexes } from "./timex-score.js";

describe("parseTimeML", () => {
  it("strips tags and keeps TIMEX3 spans and values in the stripped text", () => {
    const xml = `<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22">March 22, 2013</TIMEX3></DCT>
<TEXT>Prices rose &amp; fell <TIMEX3 tid="t1" type="DATE" value="2013-03-21">on <EVENT eid="e1">Thursday</EVENT></TIMEX3>.</TEXT></TimeML>`;
    const doc = parseTimeML("d", xml);
    expect(doc.dct).toBe("2013-03-22");
    expect(doc.text).toBe("Prices rose & fell on Thursday.");
    expect(doc.timexes).toMatchObject([{ text: "on Thursday", value: "2013-03-21", type: "DATE" }]);
    expect(doc.text.slice(doc.timexes[0]!.start, doc.timexes[0]!.end)).toBe("on Thursday");
  });
});

describe("parseMeantime", () => {
  const xml = `<Document doc_id="1">
<token number="0" sentence="0" t_id="1">Boeing</token>
<token number="1" sentence="0" t_id="2">won</token>
<token number="2" sentence="1" t_id="3">on</token>
<token number="3" sentence="1" t_id="4">Friday</token>
<token number="4" sentence="2" t_id="5">Later</token>
<Markables>
<ENTITY_MENTION m_id="10" syntactic_type="NAM"><token_anchor t_id="1"/></ENTITY_MENTION>
<TIMEX3 functionInDocument="CREATION_TIME" m_id="11" type="DATE" value="2008-03-01"></TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="12" type="DATE" value="2008-02-29"><token_anchor t_id="4"/></TIMEX3>
<ENTITY m_id="20" ent_type="ORG" TAG_DESCRIPTOR="Boeing"/>
</Markables>
<Relations><REFERS_TO r_id="1"><source m_id="10"/><target m_id="20"/></REFERS_TO></Relations>
</Document>`;

  it("rebuilds the text, types named mentions through REFERS_TO and finds the creation time", () => {
    const doc = parseMeantime("1", xml);
    expect(doc.text).toBe("Boeing won\non Friday\nLater");
    expect(doc.dct).toBe("2008-03-01");
    expect(doc.entities).toEqual([{ tokens: ["1"], type: "ORG" }]);
    expect(doc.timexes).toEqual([{ tokens: ["4"], type: "DATE", value: "2008-02-29" }]);
    expect(doc.annotatedEnd).toBe("Boeing won\non Friday".length);
  });
});

describe("scoreTimexes", () => {
  it("separates strict and relaxed extents and scores values over relaxed matches", () => {
    const g = {
      start: 0,
      end: 11,
      value: "2013-03-21",
      type: "DATE",
      text: "on Thursday",
      doc: "d",
    };
    const p = { ...g, start: 3, type: null, text: "Thursday" };
    const s = scoreTimexes([{ gold: [g], predicted: [p] }]);
    expect([s.strict.f1, s.relaxed.f1, s.valueAccuracy]).toEqual([0, 1, 1]);
  });
});
