"""Hand-checked scores: tiny gold fixtures against hand-written predictions (no model needed)."""
import json
from pathlib import Path

import pytest

from pipeline.evaluate import evaluate
from pipeline.evaluate.documents import iter_docs
from pipeline.evaluate.readers import READERS

FIXTURES = Path(__file__).parent / "fixtures"


def fact(kind, text, start, end, **fields):
    base = dict(kind=kind, article_id="", id=f"{kind}-{start}-{end}", start=start, end=end, text=text[start:end],
                sentence="", confidence=1.0, extractor="test")
    return {**base, **fields}


def entity(text, snippet, label, nth=0):
    start = text.index(snippet) if not nth else [i for i in range(len(text)) if text.startswith(snippet, i)][nth]
    return fact("entity", text, start, start + len(snippet), label=label, name=snippet,
                mentions=[[start, start + len(snippet)]])


def write_pred(tmp_path, per_doc: dict[str, tuple[str, list[dict]]]) -> Path:
    path = tmp_path / "pred.jsonl"
    with open(path, "w", encoding="utf8") as f:
        for doc_id, (text, facts) in per_doc.items():
            f.write(json.dumps({"kind": "article", "article_id": doc_id, "text": text}) + "\n")
            for item in facts:
                f.write(json.dumps({**item, "article_id": doc_id}) + "\n")
    return path


def gold_docs(fmt, name):
    return gold_docs_at(FIXTURES / name, fmt)


def gold_docs_at(path, fmt):
    return {d["id"]: d for d in iter_docs(READERS[fmt](path))}


def scores(result):
    return {k: (round(c.p, 4), round(c.r, 4), round(c.f1, 4)) for k, c in result.scores.metrics.items()}


@pytest.mark.parametrize("name", ["conll_iob2.txt"])
def test_conll_scores_by_hand(name, tmp_path):
    (doc,) = gold_docs("conll", name).values()
    text = doc["text"]
    pred = [entity(text, "Maria Lopez", "PERSON"), entity(text, "Madrid", "GPE"),
            entity(text, "Acme Labs Delta Works", "ORG"), entity(text, "signed", "DATE")]
    got = scores(evaluate(FIXTURES / name, "conll", pred=write_pred(tmp_path, {doc["id"]: (text, pred)})))
    assert got["PER"] == (1.0, 1.0, 1.0) and got["LOC"] == (1.0, 1.0, 1.0)
    assert got["ORG"] == (0.0, 0.0, 0.0) and got["MISC"] == (0.0, 0.0, 0.0)
    assert got["PER+ORG+LOC"] == (0.6667, 0.5, 0.5714) == got["all"]
    assert got["all-overlap"] == (1.0, 0.75, 0.8571)


@pytest.mark.parametrize("name", ["newsquant.json"])
def test_newsquant_scores_by_hand(name, tmp_path):
    docs = gold_docs("newsquant", name)
    t1, t2, t3 = (docs[f"newsquant-{n}"]["text"] for n in (1, 2, 3))
    acme = {"name": "Acme", "label": "ORG"}
    pred = {
        "newsquant-1": (t1, [fact("quantity", t1, 20, 29, value=4, qualifier="increase", unit="percent", agent=acme),
                             fact("quantity", t1, 33, 39, value=12.5, unit="USD")]),
        "newsquant-2": (t2, [fact("quantity", t2, 19, 38, value=300, high=350, qualifier="range", unit="m")]),
        "newsquant-3": (t3, [fact("quantity", t3, 0, 7, value=1)]),
    }
    result = evaluate(FIXTURES / name, "newsquant", pred=write_pred(tmp_path, pred))
    got = scores(result)
    for metric in ("value", "value+unit", "value+change"):
        assert got[metric] == (0.75, 1.0, 0.8571)
    assert got["value+concept-partial"] == (0.25, 0.3333, 0.2857)
    assert got["value+concept-complete"] == (0.0, 0.0, 0.0)
    # the error list names every pair that fails a check, the concept pairs included (--errors N)
    listed = [(e.metric, e.what, e.detail) for e in result.scores.errors]
    assert ("value", "false positive", "-") in listed
    assert ("value+concept-complete", "wrong concepts", "gold 'bridge', predicted '-'") in listed
    assert not any(kind == "wrong change" for _, kind, _ in listed)


@pytest.mark.parametrize("name", ["polnear"])
def test_polnear_citron_exact_and_token_overlap_by_hand(name, tmp_path):
    """citron's definitions: exact spans per part (source and content with overlapping cues), a quote
    only when cue, source and content all agree; overlap in tokens; a quote without a cue still counts."""
    (doc,) = gold_docs("polnear", name).values()
    text = doc["text"]
    span = lambda snippet: [text.index(snippet), text.index(snippet) + len(snippet)]  # noqa: E731
    pred = [fact("quote", text, 17, 42, speaker="Maria Lopez", quote=text[17:42], cue="say", direct=False,
                 speaker_span=span("Maria Lopez"), cue_span=span("said")),
            fact("quote", text, 81, 97, speaker="Ahmet Yilmaz", quote=text[81:97], cue="warn", direct=False,
                 speaker_span=span("Ahmet Yilmaz"), cue_span=span("warned")),
            fact("quote", text, 44, 53, speaker=None, quote=text[44:53], cue=None, direct=False)]
    got = scores(evaluate(FIXTURES / name, "polnear", pred=write_pred(tmp_path, {doc["id"]: (text, pred)})))
    assert got["cue-exact"] == (0.6667, 1.0, 0.8)
    # the second source is the name inside the gold "The mayor, Ahmet Yilmaz,", the content one span for two
    for part in ("source", "content", "quote"):
        assert got[f"{part}-exact"] == (0.3333, 0.5, 0.4)
    # "The mayor" is no gold content, nor the "that" our second quote takes on PolNeAR's convention
    assert got["content-overlap"] == (0.7692, 1.0, 0.8696)
    assert got["source-overlap"] == (1.0, 0.5, 0.6667)  # 4 of the 8 gold source tokens


@pytest.mark.parametrize("name", ["timeml"])
def test_timeml_strict_relaxed_and_value_by_hand(name, tmp_path):
    (doc,) = gold_docs("timeml", name).values()
    text = doc["text"]

    def date(snippet, value):
        start = text.index(snippet)
        return fact("date", text, start, start + len(snippet), value=value, granularity="day")

    pred = [date("Monday", "2026-02-16"), date("months", "P3M"), date("March", "2026-04")]
    got = scores(evaluate(FIXTURES / name, "timeml", pred=write_pred(tmp_path, {doc["id"]: (text, pred)})))
    assert got["extraction-strict"] == (0.6667, 0.6667, 0.6667)
    assert got["extraction-relaxed"] == (1.0, 1.0, 1.0)
    assert got["value"] == (0.6667, 0.6667, 0.6667)
    # per TIMEX3 type: "months" predicted as a DATE is a false positive among dates and a missed duration
    assert got["extraction-strict.DATE"] == (0.6667, 1.0, 0.8)
    assert got["value.DATE"] == (0.3333, 0.5, 0.4)
    assert got["extraction-relaxed.DURATION"] == (0.0, 0.0, 0.0)

    # a schema 1.3 prediction carries its own TIMEX3 type and value
    pred[1] = {**pred[1], "timex_type": "DURATION", "timex_value": "P3M"}
    got = scores(evaluate(FIXTURES / name, "timeml", pred=write_pred(tmp_path, {doc["id"]: (text, pred)})))
    assert got["value.DURATION"] == (1.0, 1.0, 1.0)
    assert got["value"] == (0.6667, 0.6667, 0.6667)


@pytest.mark.parametrize("value,canonical", [("2000-W7", "2000-W07"), ("2000-W7-WE", "2000-W07-WE"), ("1998-W12", "1998-W12"),
                                             ("199X", "199"), ("199", "199"), ("1998-12-XX", "1998-12-XX"),
                                             ("XXXX-WXX-4", "XXXX-WXX-4"), (None, None)])
def test_timeml_values_compared_in_one_notation(value, canonical):
    from pipeline.evaluate.scorers.timeml import canonical_value

    assert canonical_value(value) == canonical


@pytest.mark.parametrize("name", ["conll04.json"])
def test_conll04_strict_needs_types_by_hand(name, tmp_path):
    (doc,) = gold_docs("conll04", name).values()
    text = doc["text"]
    hall, siemens, munich = (entity(text, "Peter Hall", "PERSON"), entity(text, "Siemens", "ORG"),
                             entity(text, "Munich", "ORG"))
    ref = lambda e: {"name": e["name"], "label": e["label"]}  # noqa: E731
    pred = [hall, siemens, munich,
            fact("relation", text, 0, 28, predicate="works_for", subject=ref(hall), object=ref(siemens)),
            fact("relation", text, 21, 38, predicate="based_in", subject=ref(siemens), object=ref(munich))]
    got = scores(evaluate(FIXTURES / name, "conll04", pred=write_pred(tmp_path, {doc["id"]: (text, pred)})))
    assert got["relation-strict"] == (0.5, 0.5, 0.5)
    assert got["relation-boundaries"] == (1.0, 1.0, 1.0)
    # A relation whose participants are not inside its evidence span still counts: as a false positive.
    pred.append(fact("relation", text, 0, 5, predicate="lives_in", subject=ref(hall), object=ref(munich)))
    got = scores(evaluate(FIXTURES / name, "conll04", pred=write_pred(tmp_path, {doc["id"]: (text, pred)})))
    assert got["relation-strict"] == (0.3333, 0.5, 0.4)
    assert got["relation-boundaries"] == (0.6667, 1.0, 0.8)


@pytest.mark.parametrize("name", ["conll04.json"])
def test_conll04_relations_are_a_set_per_document(name, tmp_path):
    """Two facts that map to one pair and label (a person's two titles at one organisation, both Work_For) are one
    predicted relation, as in SpERT's evaluator (one of the fixture's two gold relations found)."""
    (doc,) = gold_docs("conll04", name).values()
    text = doc["text"]
    hall, siemens = entity(text, "Peter Hall", "PERSON"), entity(text, "Siemens", "ORG")
    ref = lambda e: {"name": e["name"], "label": e["label"]}  # noqa: E731
    roles = [fact("relation", text, 0, 28, predicate="has_role", subject=ref(hall), object=ref(siemens), role=role)
             for role in ("engineer", "director")]
    got = scores(evaluate(FIXTURES / name, "conll04", pred=write_pred(tmp_path, {doc["id"]: (text, [hall, siemens,
                                                                                                     *roles])})))
    assert got["relation-strict"] == (1.0, 0.5, 0.6667)


@pytest.mark.parametrize("holder,label,expected", [
    ("GPE", "Live_In", (1.0, 1.0, 1.0)),  # CoNLL04 marks the holder of a place's office Live_In
    ("ORG", "Work_For", (1.0, 1.0, 1.0)),
    ("GPE", "Work_For", (0.0, 0.0, 0.0)),  # Work_For never joins a person to a place
])
def test_conll04_role_in_a_place_is_live_in(holder, label, expected, tmp_path):
    rows = ["Norland", "Gov.", "Dana", "Whitfield", "spoke", "."]
    tags = ["B-Loc" if holder == "GPE" else "B-Org", "O", "B-Peop", "I-Peop", "O", "O"]
    lines = ["#doc 1"] + [f"{i}\t{w}\t{t}\t['{label}']\t[0]" if i == 3 else f"{i}\t{w}\t{t}\t['N']\t[{i}]"
                          for i, (w, t) in enumerate(zip(rows, tags))]
    (tmp_path / "dev.txt").write_text("\n".join(lines) + "\n", encoding="utf8")
    (doc,) = gold_docs_at(tmp_path / "dev.txt", "conll04").values()
    text = doc["text"]
    place, person = entity(text, "Norland", holder), entity(text, "Dana Whitfield", "PERSON")
    ref = lambda e: {"name": e["name"], "label": e["label"]}  # noqa: E731
    pred = [place, person, fact("relation", text, 0, 27, predicate="has_role", subject=ref(person), object=ref(place),
                                role="governor")]
    got = scores(evaluate(tmp_path / "dev.txt", "conll04", pred=write_pred(tmp_path, {doc["id"]: (text, pred)})))
    assert got["relation-strict"] == expected


@pytest.mark.parametrize("spain,other,expected", [
    ("location", "location", (1.0, 1.0, 1.0)),  # no country type in the set (CrossRE 2.0 news): a country is a location
    ("country", "country", (1.0, 1.0, 1.0)),
    ("location", "country", (0.0, 0.0, 0.0)),  # the set types countries: Spain as a location is another type
])
def test_crossre_country_is_a_location_where_the_set_has_no_country_type(spain, other, expected, tmp_path):
    lines = [{"doc_key": "news-dev-1", "sentence": ["Marta", "Soler", "lives", "in", "Spain", "."],
              "ner": [[0, 1, "person"], [4, 4, spain]], "relations": [[0, 1, 4, 4, "physical", "", False, False]]},
             {"doc_key": "news-dev-2", "sentence": ["Lyon", "is", "in", "France", "."],
              "ner": [[0, 0, "location"], [3, 3, other]], "relations": [[0, 0, 3, 3, "physical", "", False, False]]}]
    (tmp_path / "news-dev.json").write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf8")
    docs = gold_docs_at(tmp_path / "news-dev.json", "crossre")
    text = docs["news-dev-1"]["text"]
    person, place = entity(text, "Marta Soler", "PERSON"), entity(text, "Spain", "GPE")
    ref = lambda e: {"name": e["name"], "label": e["label"]}  # noqa: E731
    pred = {"news-dev-1": (text, [person, place, fact("relation", text, 0, 26, predicate="lives_in",
                                                      subject=ref(person), object=ref(place))]),
            "news-dev-2": (docs["news-dev-2"]["text"], [])}
    got = scores(evaluate(tmp_path / "news-dev.json", "crossre", pred=write_pred(tmp_path, pred)))
    assert got["relation-strict"][0] == expected[0]


@pytest.mark.parametrize("name", ["articlebench"])
def test_articlebench_body_shingles_by_hand(name, tmp_path):
    (doc,) = gold_docs("articlebench", name).values()
    pred = write_pred(tmp_path, {"page1": (doc["text"] + " Copyright 2026", [])})
    assert scores(evaluate(FIXTURES / name, "articlebench", pred=pred))["body"] == (0.8667, 1.0, 0.9286)


@pytest.mark.parametrize("name", ["meantime"])
def test_meantime_kinds_and_participants_by_hand(name, tmp_path):
    (doc,) = gold_docs("meantime", name).values()
    text = doc["text"]
    lopez, madrid = entity(text, "Maria Lopez", "PERSON"), entity(text, "Madrid", "GPE")
    pred = [lopez, madrid, entity(text, "Rents", "ORG"),
            fact("date", text, text.index("Monday"), text.index("Monday") + 6, value="2026-02-16", granularity="day"),
            fact("relation", text, 0, 27, predicate="visited", subject={"name": "Maria Lopez", "label": "PERSON"},
                 object={"name": "Madrid", "label": "GPE"})]
    got = scores(evaluate(FIXTURES / name, "meantime", pred=write_pred(tmp_path, {doc["id"]: (text, pred)})))
    assert got["entity-exact"] == (0.6667, 1.0, 0.8)
    assert got["date.value"] == (1.0, 1.0, 1.0)
    assert got["quantity-overlap"] == (0.0, 0.0, 0.0)
    assert got["relation-participants"] == (1.0, 1.0, 1.0)


@pytest.mark.parametrize("name", ["meantime"])
def test_meantime_leaves_durations_to_timex(name, tmp_path):
    """A duration or an age written with its period is a TIMEX3 in MEANTIME: the quantity the pipeline also writes for
    it is not a VALUE; a bare number of years is one ("aged 55")."""
    (doc,) = gold_docs("meantime", name).values()
    text = doc["text"]
    at = text.index("4 percent")
    pred = [fact("quantity", text, at, at + 9, value=4.0, unit="percent"),
            fact("quantity", text, text.index("Monday"), text.index("Monday") + 6, value=1.0, unit="d"),
            {**fact("quantity", text, 0, 5, value=30.0, unit="yr_age"), "text": "30-year-old"}]
    got = scores(evaluate(FIXTURES / name, "meantime", pred=write_pred(tmp_path, {doc["id"]: (text, pred)})))
    assert got["quantity-overlap"] == (1.0, 1.0, 1.0)
    pred[2] = {**pred[2], "text": "30"}
    got = scores(evaluate(FIXTURES / name, "meantime", pred=write_pred(tmp_path, {doc["id"]: (text, pred)})))
    assert got["quantity-overlap"][0] < 1.0


@pytest.mark.parametrize("name", ["meantime"])
def test_meantime_scores_only_the_annotated_sentences(name, tmp_path):
    """MEANTIME annotates the first sentences only: a name predicted after them is no false positive."""
    xml = (FIXTURES / name / "rents.xml").read_text(encoding="utf8").replace(
        '<token t_id="12" sentence="1" number="11">.</token>',
        '<token t_id="12" sentence="1" number="11">.</token>\n<token t_id="13" sentence="2" number="12">Oslo</token>'
        '\n<token t_id="14" sentence="2" number="13">waited</token>')
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "rents.xml").write_text(xml, encoding="utf8")
    (doc,) = gold_docs_at(tmp_path / "gold", "meantime").values()
    text = doc["text"]
    assert text.endswith("\nOslo waited")
    pred = [entity(text, "Maria Lopez", "PERSON"), entity(text, "Madrid", "GPE"), entity(text, "Oslo", "GPE")]
    got = scores(evaluate(tmp_path / "gold", "meantime", pred=write_pred(tmp_path, {doc["id"]: (text, pred)})))
    assert got["entity-exact"] == (1.0, 1.0, 1.0)


@pytest.mark.parametrize("shift", [0, 9])
def test_gold_format_scores_kinds_and_fields_through_alignment(shift, tmp_path):
    """The predicted text may differ from the gold text (here a caption before it): offsets are aligned."""
    text = "Rubio visited Quito on Tuesday."
    gold = tmp_path / "g.jsonl"
    records = [{"kind": "article", "article_id": "a", "text": text, "published": "2026-02-17"},
               {"kind": "entity", "article_id": "a", "start": 0, "end": 5, "text": "Rubio", "label": "PERSON",
                "name": "Marco Rubio", "mentions": [[0, 5]]},
               {"kind": "date", "article_id": "a", "start": 23, "end": 30, "text": "Tuesday", "value": "2026-02-17",
                "granularity": "day"}]
    gold.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf8")
    ptext = "CAPTION\n\n"[:shift] + text
    pred = [{**entity(ptext, "Rubio", "PERSON"), "name": "Rubio"},
            fact("date", ptext, shift + 23, shift + 30, value="2026-02-18", granularity="day")]
    got = scores(evaluate(gold, "gold", pred=write_pred(tmp_path, {"a": (ptext, pred)})))
    assert got["entity-exact"] == (1.0, 1.0, 1.0) and got["entity.name"] == (0.0, 0.0, 0.0)
    assert got["date-exact"] == (1.0, 1.0, 1.0) and got["date.value"] == (0.0, 0.0, 0.0)
    assert got["date.granularity"] == (1.0, 1.0, 1.0)
    assert got["quote-exact"] == (0.0, 0.0, 0.0)


def test_entity_merge_counts_pairwise_links_over_shared_mentions():
    from pipeline.evaluate.scorers.facts import merge_counts

    def ent(*mentions):
        return {"kind": "entity", "start": mentions[0][0], "end": mentions[0][1], "mentions": [list(m) for m in mentions]}

    gold = [ent((0, 5), (20, 25), (40, 45)), ent((60, 65)), ent((80, 85))]
    # "Blair" at 40 split off (a missed merge), and two other entities wrongly merged; (90, 95) is not in gold
    pred = [ent((0, 5), (20, 25)), ent((40, 45)), ent((60, 65), (80, 85)), ent((90, 95))]
    counts = merge_counts(gold, pred)
    assert (counts.tp, counts.pred, counts.gold) == (1, 2, 3)


@pytest.mark.parametrize("text,start,end,direct,expected", [
    ('He said: “We will win,” and left.', 10, 21, True, "“We will win,”"),
    ("She said that rents would rise.", 14, 30, False, "that rents would rise"),
    ("She said rents would rise.", 9, 25, False, "rents would rise"),
    ("''We will win,'' he said.", 2, 13, True, "''We will win,''"),
    ("He said that, “We will win.”", 15, 27, True, "that, “We will win.”"),
])
def test_polnear_content_follows_the_sets_span_convention(text, start, end, direct, expected):
    from pipeline.evaluate.scorers.quotes import polnear_content

    assert text[slice(*polnear_content(text, start, end, direct))] == expected


@pytest.mark.parametrize(
    "unit,name",
    [("USD", "dollar"), ("GBP", "pound sterling"), ("JPY", "japanese yen"), ("deg", "degree"),
     ("USD/share", "dollar per share"), ("mi/gal", "mile per gallon"), ("GHz", "gigahertz"), ("widget", "widget"),
     ("km", "kilometre"), ("l/km", "litre per kilometre"), ("dr", "dram"), ("hPa", "hectopascal"), ("lb", "pound-mass")],
)
def test_newsquant_unit_names(unit, name):
    from pipeline.evaluate.scorers.newsquant import unit_name

    assert unit_name(unit) == name


@pytest.mark.parametrize("unit,text,name", [("GBP_p", "118.5p", "point"), ("GBP_p", "40 pence", "penny")])
def test_newsquant_unit_names_by_how_they_are_written(unit, text, name):
    from pipeline.evaluate.scorers.newsquant import unit_name

    assert unit_name(unit, text) == name


@pytest.mark.parametrize(
    "fact,expected",
    [({"measured": "the trade deficit"}, "trade deficit"), ({"measured": None, "agent": {"name": "Acme"}}, "Acme"),
     ({"measured": "revenue guidance", "agent": {"name": "Acme"}}, "revenue guidance Acme"), ({}, "-"),
     ({"measured": "earnings", "holder": "the stock"}, "earnings stock"),
     ({"measured": "US trade deficit", "agent": {"name": "United States"}}, "US trade deficit"),
     ({"measured": "budget", "holder": "Acme Corp", "agent": {"name": "Acme Corp"}}, "budget Acme Corp")],
)
def test_newsquant_concepts_from_measured(fact, expected):
    from pipeline.evaluate.scorers.newsquant import concepts

    assert concepts(fact) == expected


@pytest.mark.parametrize(
    "fact,expected",
    [({"qualifier": "increase", "measured": "sales"}, "up"), ({"qualifier": "decrease"}, "down"),
     ({"qualifier": "increase", "measured": "pay rise"}, "="), ({"qualifier": "decrease", "measured": "sharp drops"}, "="),
     ({"qualifier": "approximate", "measured": "pay rise"}, "~"),
     # schema 1.9: the bound apart, the direction in change
     ({"qualifier": "exact", "change": "increase", "measured": "sales"}, "up"),
     ({"qualifier": "exact", "change": "decrease", "measured": "sharp drops"}, "="),
     ({"qualifier": "more_than", "change": "decrease"}, ">")],
)
def test_newsquant_change_named_by_a_noun_is_its_size(fact, expected):
    from pipeline.evaluate.scorers.newsquant import change

    assert change(fact) == expected


@pytest.mark.parametrize(
    "fact,expected",
    [({"counted": "vehicle", "counted_phrase": "Kia and Hyundai vehicles"}, "Kia Hyundai vehicle"),
     ({"counted": "car", "counted_phrase": "2 electric cars"}, "electric car"), ({}, "-"),
     ({"counted": "speaker", "counted_phrase": "best wireless speakers"}, "good wireless speaker"),
     ({"counted": "dinosaur", "counted_phrase": "largest dinosaurs"}, "large dinosaur"),
     ({"counted": "player", "counted_phrase": "most gifted players"}, "gifted player"),
     ({"counted": "payment", "counted_phrase": "interest payments"}, "interest payment")],
)
def test_newsquant_counted_units(fact, expected):
    from pipeline.evaluate.scorers.newsquant import counted_unit

    assert counted_unit(fact) == expected


@pytest.mark.parametrize("fact,unit", [
    ({"value": 20, "unit": "/wk", "counted": "burglary", "counted_phrase": "residential burglaries"},
     "residential burglary per week"),  # a count per period: its noun per the period
    ({"value": 3, "unit": "USD/share"}, "dollar per share"),
])
def test_newsquant_units_of_rates(fact, unit):
    from pipeline.evaluate.scorers.newsquant import from_prediction

    assert from_prediction(fact)["unit"] == unit


def test_polnear_a_continued_direct_quote_is_more_content_of_the_same_attribution():
    from pipeline.evaluate.scorers.quotes import pred_attributions

    text = '“We will win,” she said. “The voters are with us.” Then she left.'
    first, second = (text.index("We"), text.index(",”")), (text.index("The"), text.index(".”"))
    facts = [{"kind": "quote", "start": first[0], "end": first[1], "direct": True, "speaker": "Ana Ruiz",
              "cue_span": [text.index("said"), text.index("said") + 4], "speaker_span": [15, 18]},
             {"kind": "quote", "start": second[0], "end": second[1], "direct": True, "speaker": "Ana Ruiz"}]
    (attribution,) = pred_attributions("d", facts, text)
    assert [text[s:e] for s, e in attribution.content] == ["“We will win,”", "“The voters are with us.”"]
    assert len(pred_attributions("d", facts)) == 2  # without the text: the facts as they are


def test_polnear_a_partial_quote_is_part_of_the_reported_speech_read_from_its_cue():
    from pipeline.evaluate.scorers.quotes import pred_attributions

    text = "Ana Ruiz said the plan was “dead on arrival” in May. Tom Hale called it “a fantasy”."
    said, called = [text.index("said"), text.index("said") + 4], [text.index("called"), text.index("called") + 6]
    reported = (text.index("the plan"), text.index(" in May") + 7)
    partial = (text.index("dead"), text.index("”"))
    other = (text.index("a fantasy"), text.index("”."))
    facts = [{"kind": "quote", "start": reported[0], "end": reported[1], "direct": False, "cue_span": said},
             {"kind": "quote", "start": partial[0], "end": partial[1], "direct": True, "cue_span": said},
             {"kind": "quote", "start": other[0], "end": other[1], "direct": True, "cue_span": called}]
    found = pred_attributions("d", facts, text)
    assert [text[s:e] for a in found for s, e in a.content] == ["the plan was “dead on arrival” in May",
                                                                "“a fantasy”"]


def test_polnear_quotes_read_from_one_cue_are_one_attribution():
    from pipeline.evaluate.scorers.quotes import pred_attributions

    text = "“We will win,” she said, “and soon.” Then she left."
    said = [text.index("said"), text.index("said") + 4]
    facts = [{"kind": "quote", "start": 1, "end": text.index(",”"), "direct": True, "cue_span": said,
              "speaker_span": [15, 18]},
             {"kind": "quote", "start": text.index("and"), "end": text.index(".”"), "direct": True, "cue_span": said}]
    (attribution,) = pred_attributions("d", facts, text)
    assert [text[s:e] for s, e in attribution.content] == ["“We will win,”", "“and soon.”"]


@pytest.mark.parametrize(
    "gold,pred,partial,complete",
    [("EPA-rated fuel economy", "EPA rated fuel economy", True, True), ("-", "-", True, True),
     ("-", "budget", False, False), ("trade deficit, US", "US trade deficit", True, True)],
)
def test_newsquant_concept_words_as_the_independent_script(gold, pred, partial, complete):
    """Concept words are \\w+ runs, as scripts/score_newsquant.py reads them, so the two scorers agree."""
    import importlib.util

    from pipeline.evaluate.scorers.newsquant import _share_a_word, concept_words

    script_path = Path(__file__).resolve().parents[2] / "scripts" / "score_newsquant.py"
    spec = importlib.util.spec_from_file_location("score_newsquant", script_path)
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    g, p = concept_words(gold), concept_words(pred)
    assert (_share_a_word(g, p), g == p) == (partial, complete)
    quantities = [{"value": "1", "normalized_unit": "-", "change": "=", "referred_concepts": c} for c in (gold, pred)]
    assert script.agrees("value+concept-partial", *quantities) == partial
    assert script.agrees("value+concept-complete", *quantities) == complete


def test_gold_sets_score_no_predicate_they_were_annotated_without():
    """A nationality (schema 1.7) is left out on both sides: the gold sets hold none, whatever their texts say."""
    from pipeline.evaluate.scorers.facts import fact_items, strict_relations

    text = "Hungarian Tamas Varga works for Acme."
    person, acme = {"name": "Tamas Varga", "label": "PERSON"}, {"name": "Acme", "label": "ORG"}
    facts = [{"kind": "relation", "start": 0, "end": 21, "predicate": "nationality", "subject": person,
              "object": {"name": "Hungary", "label": "GPE"}},
             {"kind": "relation", "start": 10, "end": 36, "predicate": "works_for", "subject": person, "object": acme}]
    assert [i.label for i in fact_items("d", text, facts, "relation")] == ["works_for"]
    assert [i.label[0] for i in strict_relations("d", text, facts)] == ["works_for"]
