"""The trained relation classifier: typed relations between name entities where the patterns cannot reach.

Candidates are the ordered pairs of name mentions in one sentence (the canonical entities' mentions in
``doc._.facts``; ``doc.ents`` when the Doc has no facts yet, as in training), at most ``max_distance`` tokens
apart and of different entities. The model pools the token vectors of the pipeline's own tok2vec (through a
listener, so it adds one small head and no encoder): the mean over the subject, over the object and over the
tokens between them, plus the two entities' type groups and their order, then one hidden layer gives a
logit per predicate. Training reads gold relations from the reference Docs' span groups ``SUBJECTS`` and
``OBJECTS`` (see :mod:`pipeline.relations.corpora`); the loss is binary cross-entropy per predicate.

Each predicate keeps the argument types it was trained on (``cfg["signatures"]``, the subject and object type
groups of its training relations): a pair of other types never gets it, so ``works_for`` never links a person
to a place, whatever the scores.

At prediction time each pair whose best allowed predicate scores at least ``threshold`` becomes a ``Relation`` with
extractor ``relation_classifier`` and that score as its confidence, unless the patterns already related the
two entities, by any predicate and either way round: a verb the patterns read ("Becker met Morel", "Lund
visited Beijing") says more than the classifier's guess (``killed``, ``lives_in``), and ``has_role`` already
says that a person works for an organisation, or lives in the place whose office they hold. A pair gets one
relation, the most confident, however many mentions the two entities have.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable, Iterator

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.pipeline import TrainablePipe
from spacy.scorer import PRFScore
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token
from spacy.training import Corpus, Example, validate_examples, validate_get_examples
from spacy.util import filter_spans
from spacy.vocab import Vocab
from thinc.api import HashEmbed, Linear, Model, Relu, chain, concatenate, set_dropout_rate
from thinc.types import Floats2d, Ints2d

from ..coref import is_person_noun
from ..data_files import data_path, read_json, word_list
from ..entities.merge import cities, demonyms
from ..entities.roles import after_a_peerage
from ..extensions import get_facts, register_extensions
from ..facts import Entity, Relation
from .countries import is_country, is_national_side
from ..syntax import about_sport, agent_of_a_passive, up_to
from .component import party_label, quoted_at, spoken_to, verb_specs, with_regions
from .corpora import OBJECTS, SUBJECTS

__all__ = ["RelationClassifier", "build_relation_model", "gold_entities_corpus", "EXTRACTOR"]

EXTRACTOR = "relation_classifier"
AFFILIATIONS = frozenset({"has_role", "works_for", "member_of"})
# Entity labels grouped into the types the model sees; the training sets do not tell GPE from LOC or FAC.
TYPE_GROUPS = {"PERSON": 0, "ORG": 1, "GPE": 2, "LOC": 2, "FAC": 2}
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
N_GROUPS = 3
N_FEATURES = 2 * N_GROUPS + 1  # subject group, object group, subject first

#: The Docs, each Doc's candidate pairs (token offsets and type groups) and, for a model with a feature bag, the
#: hashed features of every candidate in order with their counts (:func:`pair_features`).
RelationInput = tuple  # (list[Doc], list[Ints2d]) or (list[Doc], list[Ints2d], (Ints1d keys, Ints1d lengths))


@dataclass
class Candidate:
    """An ordered pair of mentions; the entities are None until a Doc without facts gets its own."""

    head: Span
    tail: Span
    subject: Entity | None = None
    object: Entity | None = None

    def key(self) -> tuple[tuple[int, int], tuple[int, int]]:
        return (self.head.start_char, self.head.end_char), (self.tail.start_char, self.tail.end_char)


@dataclass
class Scored:
    """What ``predict`` returns: the candidates of each Doc and one probability row per candidate."""

    candidates: list[list[Candidate]]
    scores: Floats2d


# -- model ---------------------------------------------------------------------------------------------------
def build_relation_model(tok2vec: Model[list[Doc], list[Floats2d]], hidden_width: int, dropout: float,
                         feature_width: int = 0, feature_rows: int = 0) -> Model[RelationInput, Floats2d]:
    """Pair vectors from the tok2vec output, one ReLU layer, one logit per label (``nO`` set by the pipe).

    With ``feature_width``, each pair's vector also holds the sum of ``feature_width``-wide embeddings (a hash table
    of ``feature_rows`` rows) of its lexical and syntactic features (:func:`pair_features`): the words between the
    two names and the dependency path joining them, which mean pooling over a narrow frozen tok2vec blurs."""
    width = tok2vec.get_dim("nO")
    pool = Model("newsfacts_pair_pool", _pool_forward, init=_pool_init, layers=[tok2vec],
                 dims={"nO": 3 * width + N_FEATURES})
    if feature_width:
        bag = Model("newsfacts_pair_features", _bag_forward, init=_bag_init,
                    layers=[HashEmbed(feature_width, feature_rows, seed=7)], dims={"nO": feature_width})
        pool = concatenate(pool, bag)
    output = Linear(nI=hidden_width)
    n_in = 3 * width + N_FEATURES + feature_width
    model = chain(pool, Relu(nO=hidden_width, nI=n_in, dropout=dropout), output)
    model.set_ref("tok2vec", tok2vec)
    model.set_ref("output", output)
    model.attrs["pair_features"] = bool(feature_width)
    return model


def _bag_forward(model: Model, inputs: RelationInput, is_train: bool):
    """The sum of the embeddings of each candidate's feature keys (no gradient flows back to the inputs)."""
    keys, lengths = inputs[2]
    vectors, backprop_embed = model.layers[0](keys, is_train)
    output = model.ops.reduce_sum(vectors, lengths)

    def backprop(d_output: Floats2d):
        backprop_embed(model.ops.backprop_reduce_sum(d_output, lengths))
        return inputs

    return output, backprop


def _bag_init(model: Model, X: RelationInput | None = None, Y=None) -> None:
    model.layers[0].initialize()


def _pool_init(model: Model, X: RelationInput | None = None, Y=None) -> None:
    model.layers[0].initialize(X=X[0] if X is not None else None)


def _pool_forward(model: Model, inputs: RelationInput, is_train: bool):
    docs, pairs = inputs[0], inputs[1]
    tokvecs, backprop_tok2vec = model.layers[0](docs, is_train)
    ops = model.ops
    lengths = [len(t) for t in tokvecs]
    X = ops.flatten(tokvecs)
    width = X.shape[1]
    segments, features = _segments([ops.to_numpy(p) for p in pairs], numpy.cumsum([0] + lengths[:-1]))
    # no rows at all (every pair's names adjacent, so nothing between them): zeros, which thinc's reduce_mean cannot
    # give from an empty array
    means = [ops.reduce_mean(ops.as_contig(X[ops.asarray1i(index)]), ops.asarray1i(lens)) if len(index)
             else ops.alloc2f(len(lens), width) for index, lens in segments]
    output = ops.xp.hstack([*means, ops.asarray2f(features)])

    def backprop(d_output: Floats2d):
        dX = ops.alloc2f(*X.shape)
        for k, (index, lens) in enumerate(segments):
            if len(index):
                d_mean = ops.as_contig(d_output[:, k * width:(k + 1) * width])
                ops.scatter_add(dX, ops.asarray1i(index), ops.backprop_reduce_mean(d_mean, ops.asarray1i(lens)))
        return backprop_tok2vec(ops.unflatten(dX, ops.asarray1i(lengths)))

    return output, backprop


def _segments(pairs: list[numpy.ndarray], offsets: numpy.ndarray):
    """Row indices and lengths of the subject, object and between tokens of every pair, and its features."""
    index: tuple[list[int], list[int], list[int]] = ([], [], [])
    lens: tuple[list[int], list[int], list[int]] = ([], [], [])
    features = []
    for doc_pairs, offset in zip(pairs, offsets):
        for h_start, h_end, t_start, t_end, h_group, t_group in doc_pairs.tolist():
            between = range(min(h_end, t_end), max(h_start, t_start))
            for k, rows in enumerate((range(h_start, h_end), range(t_start, t_end), between)):
                index[k].extend(offset + r for r in rows)
                lens[k].append(len(rows))
            row = [0.0] * N_FEATURES
            row[h_group] = row[N_GROUPS + t_group] = 1.0
            row[-1] = float(h_start < t_start)
            features.append(row)
    segments = [(numpy.asarray(i, dtype="int32"), numpy.asarray(n, dtype="int32")) for i, n in zip(index, lens)]
    return segments, numpy.asarray(features, dtype="float32").reshape(-1, N_FEATURES)


# -- component -----------------------------------------------------------------------------------------------
class RelationClassifier(TrainablePipe):
    """Scores candidate pairs of name entities and adds the relations above the threshold to the facts."""

    def __init__(self, vocab: Vocab, model: Model, name: str = "newsfacts_relation_classifier", *,
                 threshold: float = 0.5, max_distance: int = 30,
                 candidate_labels: Iterable[str] = tuple(TYPE_GROUPS)) -> None:
        register_extensions()
        self.vocab = vocab
        self.model = model
        self.name = name
        self.threshold = threshold
        self.max_distance = max_distance
        unknown = set(candidate_labels) - set(TYPE_GROUPS)
        if unknown:
            raise ValueError(f"{name}: no type group for candidate labels {sorted(unknown)}")
        self.candidate_labels = frozenset(candidate_labels)
        self.cfg: dict = {"labels": [], "signatures": {}}

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(self.cfg["labels"])

    def add_label(self, label: str) -> int:
        if label in self.cfg["labels"]:
            return 0
        self._allow_extra_label()
        self.cfg["labels"] = sorted([*self.cfg["labels"], label])
        return 1

    # -- candidates ----------------------------------------------------------------------------------------
    def candidates(self, doc: Doc) -> list[Candidate]:
        mentions = self._mentions(doc)
        sentence = _sentence_ids(doc)
        text = doc.text  # spaCy joins it on each access: once per Doc, not once per pair
        owner = _described_places(doc, [span for span, _ in mentions])
        out = []
        for head, subject in mentions:
            for tail, obj in mentions:
                if head is tail or (subject is not None and subject is obj):
                    continue
                if owner.get(id(head), tail) is not tail or owner.get(id(tail), head) is not head:
                    continue  # a place in a name's description pairs with that name only
                if _across_clauses(head.root, tail.root) or _place_of_another_noun(head, tail) \
                        or _place_of_another_noun(tail, head) or _place_modifying_a_noun(head, tail) \
                        or _place_modifying_a_noun(tail, head):
                    continue
                if head.start < tail.end and tail.start < head.end:
                    continue
                if sentence[head.start] != sentence[tail.start] or _apart(head, tail, text):
                    continue
                if doc.has_annotation("DEP") and (spoken_to(head.root) or spoken_to(tail.root)):
                    continue  # "X told BBC World Service": an outlet spoken to
                if max(tail.start - head.end, head.start - tail.end) > self.max_distance:
                    continue
                out.append(Candidate(head, tail, subject, obj))
        return out

    def _mentions(self, doc: Doc) -> list[tuple[Span, Entity | None]]:
        if doc._.facts is None:
            return [(ent, None) for ent in doc.ents if ent.label_ in self.candidate_labels]
        out = []
        for entity in doc._.facts.entities:
            if entity.label not in self.candidate_labels:
                continue
            for start, end in entity.mentions:
                span = doc.char_span(start, end, label=entity.label, alignment_mode="expand")
                if span is not None and _looks_like_a_name(span):
                    out.append((span, entity))
        return sorted(out, key=lambda m: (m[0].start, m[0].end))

    def _inputs(self, docs: list[Doc], candidates: list[list[Candidate]]) -> RelationInput:
        ops = self.model.ops
        arrays = [ops.asarray2i(
            [[c.head.start, c.head.end, c.tail.start, c.tail.end, TYPE_GROUPS[c.head.label_],
              TYPE_GROUPS[c.tail.label_]] for c in cands], dtype="i").reshape(-1, 6) for cands in candidates]
        if not self.model.attrs.get("pair_features"):
            return docs, arrays
        features = [pair_features(c) for cands in candidates for c in cands]
        keys = numpy.asarray([get_string_id(f) for fs in features for f in fs], dtype="uint64")
        lengths = ops.asarray1i([len(fs) for fs in features])
        return docs, arrays, (ops.asarray(keys, dtype="uint64"), lengths)

    # -- prediction ----------------------------------------------------------------------------------------
    def predict(self, docs: Iterable[Doc]) -> Scored:
        docs = list(docs)
        candidates = [self.candidates(doc) for doc in docs]
        if not any(candidates) or not self.labels:
            return Scored(candidates, self.model.ops.alloc2f(sum(map(len, candidates)), len(self.labels)))
        logits = self.model.predict(self._inputs(docs, candidates))
        return Scored(candidates, self.model.ops.sigmoid(logits))

    def set_annotations(self, docs: Iterable[Doc], scored: Scored) -> None:
        scores = self.model.ops.to_numpy(scored.scores)
        row = 0
        for doc, cands in zip(docs, scored.candidates):
            doc_scores, row = scores[row:row + len(cands)], row + len(cands)
            if cands:
                self._add_relations(doc, cands, doc_scores)

    def _add_relations(self, doc: Doc, cands: list[Candidate], scores: numpy.ndarray) -> None:
        standalone = doc._.facts is None
        facts = get_facts(doc)
        own: dict[tuple[int, int], Entity] = {}

        def entity_of(span: Span, entity: Entity | None) -> Entity:
            if entity is not None:
                return entity
            if (span.start, span.end) not in own:
                own[span.start, span.end] = Entity(span.label_, span.text, [(span.start_char, span.end_char)],
                                                   extractor="ents")
            return own[span.start, span.end]

        if standalone:  # every candidate mention becomes an entity, so relations point into facts.entities
            for cand in cands:
                entity_of(cand.head, None)
        # one relation per pair of entities: none where the patterns related them, else the most confident
        related = {frozenset((r.subject.name, r.object.name)) for r in facts.relations if r.object is not None}
        # a person the patterns already affiliated in a sentence gets no second affiliation there from a guess
        sentence = _sentence_ids(doc)
        affiliated = {(r.subject.name, sentence[_token_at(doc, r.start)]) for r in facts.relations
                      if r.predicate in AFFILIATIONS and r.object is not None and r.object.label == "ORG"}
        found = []
        for cand, probs in zip(cands, scores * self._allowed(cands)):
            best = int(probs.argmax())
            if probs[best] >= self.threshold and _evidenced(self.labels[best], cand) \
                    and not (self.labels[best] == "killed" and (_victim(cand.head) or _another_victim(cand))) \
                    and not (self.labels[best] in PERSONAL and (_another_person_between(cand)
                                                                or _passive_agent_at(cand)
                                                                or _described_as_a_thing(cand))) \
                    and not _only_listed(cand) \
                    and not (self.labels[best] == "located_in" and _another_place_between(cand)) \
                    and not (self.labels[best] in {"lives_in", "based_in"} and (
                        _locates_another_place(cand) or _closing_dash_between(cand) or _at_a_venue(cand)
                        or _a_peers_title(cand))) \
                    and not (self.labels[best] == "based_in" and _done_there(cand)):
                found.append((float(probs[best]), self.labels[best], cand))
        added = []
        sport = about_sport(doc, _team_words())
        for confidence, predicate, cand in sorted(found, key=lambda f: -f[0]):
            subject, obj = entity_of(cand.head, cand.subject), entity_of(cand.tail, cand.object)
            if sport and predicate == "works_for" and subject.label == "PERSON" and obj.label == "ORG":
                predicate = "member_of"  # in an article about sport, a person with a club plays for it
            if sport and predicate == "lives_in" and any(e.label == "GPE" and is_national_side(e.name)
                                                          for e in (subject, obj)) and not _says_home(cand):
                continue  # "Brian O'Driscoll guided Ireland": a player and a country are a team, not a home
            if predicate == "located_in" and is_country(subject.name) and (
                    is_country(obj.name) or obj.name in cities()):
                continue  # "Argentina, Venezuela", "Basra in Iraq, Kabul": a country lies in no country or city
            if frozenset((subject.name, obj.name)) in related or (
                    predicate in AFFILIATIONS and (subject.name, sentence[cand.head.start]) in affiliated):
                continue
            related.add(frozenset((subject.name, obj.name)))
            added.append(Relation(predicate, subject, obj, min(cand.head.start_char, cand.tail.start_char),
                                  max(cand.head.end_char, cand.tail.end_char), confidence=round(confidence, 4),
                                  extractor=EXTRACTOR))
        if standalone:
            facts.entities.extend(sorted(own.values(), key=lambda e: e.mentions[0]))
        added += with_regions(doc.text, facts.relations + added)  # new ones hold a guess: the patterns' are there
        facts.relations = sorted(facts.relations + added, key=lambda r: (r.start, r.end))

    def _allowed(self, cands: list[Candidate]) -> numpy.ndarray:
        """1 where a candidate's type groups are a signature of the label (every label without signatures)."""
        signatures = self.cfg.get("signatures") or {}
        allowed = numpy.ones((len(cands), len(self.labels)), dtype="float32")
        for j, label in enumerate(self.labels):
            if label in signatures:
                pairs = {tuple(pair) for pair in signatures[label]}
                allowed[:, j] = [(TYPE_GROUPS[c.head.label_], TYPE_GROUPS[c.tail.label_]) in pairs for c in cands]
        return allowed

    # -- training ------------------------------------------------------------------------------------------
    def update(self, examples: Iterable[Example], *, drop: float = 0.0, sgd=None,
               losses: dict[str, float] | None = None) -> dict[str, float]:
        losses = {} if losses is None else losses
        losses.setdefault(self.name, 0.0)
        examples = list(examples)
        validate_examples(examples, "RelationClassifier.update")
        docs = [eg.predicted for eg in examples]
        candidates = [self.candidates(doc) for doc in docs]
        if not any(candidates):
            return losses
        set_dropout_rate(self.model, drop)
        logits, backprop = self.model.begin_update(self._inputs(docs, candidates))
        loss, d_logits = self.get_loss(examples, Scored(candidates, logits))
        backprop(d_logits)
        if sgd is not None:
            self.finish_update(sgd)
        losses[self.name] += loss
        return losses

    def get_loss(self, examples: Iterable[Example], scored: Scored) -> tuple[float, Floats2d]:
        """Binary cross-entropy per label on the logits; the gradient is sigmoid(logit) - truth."""
        ops = self.model.ops
        truth = ops.asarray2f(self._truth(examples, scored.candidates))
        probs = ops.sigmoid(scored.scores)
        eps = 1e-7
        loss = -(truth * ops.xp.log(probs + eps) + (1 - truth) * ops.xp.log(1 - probs + eps)).sum()
        n = max(1, truth.shape[0])
        return float(loss) / n, (probs - truth) / n

    def _truth(self, examples: Iterable[Example], candidates: list[list[Candidate]]) -> numpy.ndarray:
        index = {label: i for i, label in enumerate(self.labels)}
        rows = []
        for eg, cands in zip(examples, candidates):
            gold = _gold(eg.reference)
            for cand in cands:
                row = numpy.zeros(len(index), dtype="float32")
                for label in gold.get(cand.key(), ()):
                    if label in index:
                        row[index[label]] = 1.0
                rows.append(row)
        return numpy.asarray(rows, dtype="float32").reshape(-1, len(index))

    def initialize(self, get_examples: Callable[[], Iterable[Example]], *, nlp: Language | None = None,
                   labels: Iterable[str] | None = None) -> None:
        validate_get_examples(get_examples, "RelationClassifier.initialize")
        if labels is None:
            labels = {span.label_ for eg in get_examples() for span in eg.reference.spans.get(SUBJECTS, [])}
        for label in labels:
            self.add_label(label)
        if not self.labels:
            raise ValueError(f"{self.name}: no relation labels in the training data (span group {SUBJECTS})")
        self.cfg["signatures"] = _signatures(get_examples(), self.labels)
        self.model.get_ref("output").set_dim("nO", len(self.labels))
        docs = [eg.predicted for eg in get_examples()][:10]
        candidates = [self.candidates(doc) for doc in docs]
        if any(candidates):
            self.model.initialize(X=self._inputs(docs, candidates))
        else:
            self.model.initialize()

    # -- evaluation ----------------------------------------------------------------------------------------
    def score(self, examples: Iterable[Example], **kwargs) -> dict:
        """Strict relation P/R/F1 against the reference span groups: both argument spans and the label right
        (the entity types are the gold ones, as the candidates come from the gold entities in training)."""
        total, per_label = PRFScore(), {label: PRFScore() for label in self.labels}
        for eg in examples:
            gold = {(key, label) for key, labels in _gold(eg.reference).items() for label in labels}
            facts = eg.predicted._.facts
            pred = set()
            for r in (facts.relations if facts is not None else []):
                if r.extractor == EXTRACTOR and r.object is not None:
                    pred.add(((_mention_in(r.subject, r.start, r.end), _mention_in(r.object, r.start, r.end)),
                              r.predicate))
            total.score_set(pred, gold)
            for label in {label for _, label in gold | pred} | set(per_label):
                per_label.setdefault(label, PRFScore())
                per_label[label].score_set({p for p in pred if p[1] == label}, {g for g in gold if g[1] == label})
        return {"rel_p": total.precision, "rel_r": total.recall, "rel_f": total.fscore,
                "rel_per_type": {label: s.to_dict() for label, s in per_label.items()}}


def pair_features(cand: Candidate) -> list[str]:
    """What the feature bag of a candidate holds, as strings (hashed by the model): the two type groups in order,
    the distance, the lemmas between the names (and their sequence when short), the words just outside them, and,
    with a parse, the dependency path from the subject to the object through their lowest common head ("nsubj<
    work >prep >pobj") with the lemmas on it. "Ana Ruiz, a spokeswoman for Acme" and "Acme's Ana Ruiz" say
    works_for in words a mean over the tokens between hardly tells apart from "Ana Ruiz criticised Acme"."""
    head, tail = cand.head, cand.tail
    doc = head.doc
    first, second = (head, tail) if head.start < tail.start else (tail, head)
    order = "subject-first" if head.start < tail.start else "object-first"
    types = f"{TYPE_GROUPS[head.label_]}-{TYPE_GROUPS[tail.label_]}-{order}"
    between = [t for t in doc[first.end:second.start] if not t.is_space]
    lemmas = [(t.lemma_ or t.text).lower() for t in between]
    n = len(between)
    features = [f"types={types}", f"distance={n if n <= 5 else '6-10' if n <= 10 else '>10'}|{types}"]
    features += [f"between={lemma}" for lemma in lemmas]
    if n <= 4:
        features.append(f"between-seq={' '.join(lemmas)}|{types}")
    features.append(f"before={doc[first.start - 1].lower_ if first.start > 0 else '<s>'}")
    features.append(f"after={doc[second.end].lower_ if second.end < len(doc) else '</s>'}")
    if doc.has_annotation("DEP"):
        path, words = _dependency_path(head.root, tail.root)
        if path:
            features.append(f"path={path}|{types}")
            features += [f"path-word={word}" for word in words]
    return features


def _dependency_path(source: Token, target: Token) -> tuple[str, list[str]]:
    """The path between two tokens through their lowest common head: the relations climbed from the source ("<"),
    the common head's lemma, the relations descended to the target (">"), and the lemmas of the tokens on the way
    (the two ends left out); empty when they share no head (two sentences) or the path is longer than six steps."""
    up = [source]
    while up[-1].head.i != up[-1].i:
        up.append(up[-1].head)
    seen = {t.i: k for k, t in enumerate(up)}
    down = [target]
    while down[-1].i not in seen and down[-1].head.i != down[-1].i:
        down.append(down[-1].head)
    if down[-1].i not in seen:
        return "", []
    top = seen[down[-1].i]
    climbed, descended = up[:top], list(reversed(down[:-1]))
    if len(climbed) + len(descended) > 6:
        return "", []
    common = up[top]
    path = " ".join([f"{t.dep_}<" for t in climbed] + [(common.lemma_ or common.text).lower()]
                    + [f">{t.dep_}" for t in descended])
    inner = [t for t in climbed[1:] + [common] + descended[:-1] if t.i not in {source.i, target.i}]
    return path, [(t.lemma_ or t.text).lower() for t in inner]


def _gold(doc: Doc) -> dict[tuple[tuple[int, int], tuple[int, int]], set[str]]:
    gold: dict[tuple[tuple[int, int], tuple[int, int]], set[str]] = {}
    for subject, obj in zip(doc.spans.get(SUBJECTS, []), doc.spans.get(OBJECTS, [])):
        key = (subject.start_char, subject.end_char), (obj.start_char, obj.end_char)
        gold.setdefault(key, set()).add(subject.label_)
    return gold


def _signatures(examples: Iterable[Example], labels: tuple[str, ...]) -> dict[str, list[list[int]]]:
    """The (subject, object) type groups each label joins in the reference Docs, from their entities' labels."""
    found: dict[str, set[tuple[int, int]]] = {label: set() for label in labels}
    for eg in examples:
        types = {(e.start, e.end): e.label_ for e in eg.reference.ents}
        for subject, obj in zip(eg.reference.spans.get(SUBJECTS, []), eg.reference.spans.get(OBJECTS, [])):
            pair = types.get((subject.start, subject.end)), types.get((obj.start, obj.end))
            if subject.label_ in found and pair[0] in TYPE_GROUPS and pair[1] in TYPE_GROUPS:
                found[subject.label_].add((TYPE_GROUPS[pair[0]], TYPE_GROUPS[pair[1]]))
    return {label: sorted(list(pair) for pair in pairs) for label, pairs in found.items() if pairs}


def _mention_in(entity: Entity, start: int, end: int) -> tuple[int, int]:
    """The entity's mention inside a relation's evidence span (its first mention when none fits)."""
    return next(((s, e) for s, e in entity.mentions if start <= s and e <= end), tuple(entity.mentions[0]))


OPPONENTS = frozenset({"v", "v.", "vs", "vs.", "versus"})
LISTED = (["and"], ["or"], ["&"], [",", "and"])  # "Arsenal and England defender Ashley Cole": two of a kind


def _apart(first: Span, second: Span, text: str) -> bool:
    """True when a line break stands between the two (a headline run into the first sentence), they are set
    against each other ("Scotland v England", "Spidey versus Doc Ock") or listed together ("Arsenal and England
    defender Ashley Cole"), or one of them is
    inside a quotation the other is outside of ("the Sun ran the headline: "Harry the Nazi""); ``text`` is the
    Doc's."""
    start, end = min(first.start_char, second.start_char), max(first.end_char, second.end_char)
    between = [t.lower_ for t in first.doc[min(first.end, second.end):max(first.start, second.start)]]
    if "\n" in text[start:end] or any(word in OPPONENTS for word in between) or between in LISTED:
        return True
    line = text.rfind("\n", 0, start) + 1
    return quoted_at(text, line, first.start_char) != quoted_at(text, line, second.start_char)


CLAUSE_LINKS = frozenset({"ccomp", "parataxis"})


def _across_clauses(first: Token, second: Token) -> bool:
    """True when the parse puts one of the two in a clause the other is outside of, a reported or juxtaposed
    one ("Ferguson said Milan would ...", "Ancelotti said the threat United posed ..."): a speaker and what he
    speaks about are no relation. False without a parse (training Docs)."""
    if not first.doc.has_annotation("DEP"):
        return False
    above = {first.i: first}
    node = first
    while node.head.i != node.i:
        node = node.head
        above[node.i] = node
    path, node = [second], second
    while node.i not in above and node.head.i != node.i:
        node = node.head
        path.append(node)
    top = node.i if node.i in above else None
    if top is None:
        return False
    climb = [t for t in path if t.i != top] + up_to(first, top)
    return any(t.dep_ in CLAUSE_LINKS for t in climb)


def _place_modifying_a_noun(place: Span, other: Span) -> bool:
    """"US gamers will be able to buy Sony's PSP": a place written before a common noun says where that noun's
    referents are, not where the other name is based or lives (unless the noun describes the other name: "Detroit
    carmaker General Motors"; but not an actor's, "US actor Tom Hanks", roles.json "personal_titles"). False
    without a parse."""
    if place.label_ not in PLACE_LABELS or not place.doc.has_annotation("DEP"):
        return False
    root = place.root
    noun = root.head
    if root.dep_ not in {"compound", "amod", "nmod"} or noun.pos_ != "NOUN" or not noun.is_lower:
        return False
    if noun.lemma_.lower() in word_list("roles.json", "personal_titles"):
        return True  # "US actor Tom Hanks", "Malaysia entrepreneur X": where the holder is from, no home stated
    return not other.start <= noun.i < other.end and not other.start <= noun.head.i < other.end


def _place_of_another_noun(person: Span, place: Span) -> bool:
    """"X called for the release of detainees at Belmarsh": a place a preposition ties to a common noun other than
    the person (or a noun that hangs on the person: "X, a lawyer in Boston") says where that noun's referents
    are, not where the person is. False without a parse."""
    if person.label_ != "PERSON" or place.label_ not in PLACE_LABELS or not place.doc.has_annotation("DEP"):
        return False
    top = place.root  # the head of the place's noun phrase: "Belmarsh" of "at Belmarsh and Woodhill prisons"
    while top.dep_ in {"compound", "nmod", "amod", "conj"} and top.head.i != top.i:
        top = top.head
    prep = top.head
    if top.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    noun = prep.head
    return noun.pos_ == "NOUN" and not person.start <= noun.head.i < person.end \
        and not (person.start <= noun.i < person.end)


def _described_places(doc: Doc, mentions: list[Span]) -> dict[int, Span]:
    """Place mentions that describe an organisation's or a person's name ("Lisbon side Sporting Oeste", "Detroit
    carmaker General Motors", "England coach Andy Robinson"): the place modifies, through compounds, a noun inside
    that mention. Keyed by ``id`` of the place mention; empty without a parse (training Docs)."""
    if not doc.has_annotation("DEP"):
        return {}
    orgs = {token.i: span for span in mentions if span.label_ in {"ORG", "PERSON"} for token in span}
    owner = {}
    for span in mentions:
        if span.label_ not in PLACE_LABELS:
            continue
        token = span.root
        while token.dep_ in {"compound", "amod", "nmod"} and token.head.i != token.i and token.head.i not in orgs:
            token = token.head
        if token.dep_ in {"compound", "amod", "nmod"} and token.head.i in orgs:
            owner[id(span)] = orgs[token.head.i]
    return owner


@lru_cache(maxsize=1)
def _relation_verbs() -> dict:
    return read_json(data_path("relation_verbs.json"))


@lru_cache(maxsize=1)
def _team_words() -> frozenset[str]:
    return frozenset(_relation_verbs().get("team_words", []))


@lru_cache(maxsize=1)
def _evidence_words() -> dict[str, frozenset[str]]:
    """Per predicate, the lemmas one of which must stand between or at a guessed pair (relation_verbs.json): the
    listed evidence words and the verbs and agent nouns that give the predicate to the patterns."""
    data = _relation_verbs()
    words = {predicate: set(listed) for predicate, listed in data.get("evidence_words", {}).items()}
    for verb, specs in verb_specs(data["verbs"]).items():
        for spec in specs:
            words.get(spec["predicate"], set()).add(verb)
    for noun, predicate in data["agent_nouns"].items():
        words.get(predicate, set()).add(noun)
    return {predicate: frozenset(listed) for predicate, listed in words.items()}


@lru_cache(maxsize=1)
def _counter_evidence_words() -> dict[str, frozenset[str]]:
    """Per predicate, the lemmas that rule a guessed pair out (relation_verbs.json "counter_evidence_words")."""
    data = _relation_verbs()
    return {predicate: frozenset(listed) for predicate, listed in data.get("counter_evidence_words", {}).items()}


def _evidenced(predicate: str, cand: Candidate) -> bool:
    """Whether a predicate that needs evidence words has one from the first name to the second, and no word that
    rules it out stands there ("X appeared at Westminster Magistrates' Court" is no employment)."""
    needed, against = _evidence_words().get(predicate), _counter_evidence_words().get(predicate)
    doc = cand.head.doc
    start, end = min(cand.head.start, cand.tail.start), max(cand.head.end, cand.tail.end)
    words = [(t.lemma_.lower(), t.lower_) for t in doc[start:end]]
    # and the noun a name modifies ("his England debut": a team's, not a home)
    nouns = [(s.root.head.lemma_.lower(), s.root.head.lower_) for s in (cand.head, cand.tail)
             if s.root.dep_ in {"compound", "amod", "nmod", "poss"} and s.root.head.i >= s.end]
    if against and any(lemma in against or lower in against for lemma, lower in words + nouns):
        return False
    return not needed or any(lemma in needed or lower in needed for lemma, lower in words)


PERSONAL = {"works_for", "member_of", "lives_in"}
LIST_WORDS = {",", "and", "or", "both", "&"}


def _another_person_between(cand: Candidate) -> bool:
    """Another person named between the pair, not in a list with the one related ("Arsenal's Thierry Henry for an
    incident involving Gabriel Heinze": Henry's club, not Heinze's): the name beside it is the one it goes with.
    "Acme employees Ann Lee and Tom Reed" keeps both: only the words between the people count."""
    doc = cand.head.doc
    first, second = sorted((cand.head, cand.tail), key=lambda s: s.start)
    people = [e for e in doc.ents if e.label_ == "PERSON" and first.end <= e.start and e.end <= second.start]
    if not people:
        return False
    inside = {i for e in people for i in range(e.start, e.end)}
    # the words between the person related and the other people, on their side of the organisation or place
    between = doc[people[0].start:second.start] if first.label_ != "PERSON" else doc[first.end:people[-1].end]
    return any(t.i not in inside and t.lower_ not in LIST_WORDS and not t.is_space for t in between)


#: Words that say where someone lives or comes from ("lives in", "at home in", "born in", "a native of")
HOME_WORDS = frozenset({"live", "reside", "home", "bear", "born", "resident", "native", "grow", "raise", "move"})


def _passive_agent_at(cand: Candidate) -> bool:
    """"was joined by Tony Blair at Welling School": the agent of a passive, then "at" the other name, which says
    where the event was, not where the agent works."""
    first, second = sorted((cand.head, cand.tail), key=lambda span: span.start)
    return agent_of_a_passive(first.root) and second.start > 0 and second.doc[second.start - 1].lower_ == "at" \
        and second.start - 1 == first.end


def _says_home(cand: Candidate) -> bool:
    """Whether the words between the person and the place say where someone lives."""
    doc = cand.head.doc
    start, end = min(cand.head.start, cand.tail.start), max(cand.head.end, cand.tail.end)
    return any(t.lemma_.lower() in HOME_WORDS for t in doc[start:end])


def _locates_another_place(cand: Candidate) -> bool:
    """Whether the place is said to be where another place is ("Robert Jackson, MP for Wantage in Oxfordshire":
    Wantage is in Oxfordshire, which says nothing of where Jackson lives). False without a parse."""
    for span in (cand.head, cand.tail):
        root, doc = span.root, span.doc
        if span.label_ not in {"GPE", "LOC"} or root.dep_ != "pobj" or root.head.lower_ != "in":
            continue
        # the place "in" hangs on, or (as the parse may hang "in" on the title) the place written right before it
        before = doc[root.head.i - 1] if root.head.i > 0 else root.head
        if any(t.ent_type_ in {"GPE", "LOC", "FAC"} and t.i not in range(span.start, span.end)
               for t in (root.head.head, before)):
            return True
    return False


def _only_listed(cand: Candidate) -> bool:
    """Whether only a list joins the two names: "and", "or" or "&" with commas and articles ("HACAN Clearskies and
    the London boroughs", "Delta, Continental and American Airlines"), or, between two names of one type group, a
    comma alone in a list that goes on ("Argentina, Venezuela and Peru"); "Colin Asplin, Blackpool Hotel
    Association" (a person and an organisation, a comma between) says who the person works for. The candidates
    already leave out two names joined by "and" alone (``_apart``'s LISTED, for training too); this wider test runs
    on predictions only, so the committed model's training candidates stay as they were."""
    first, second = sorted((cand.head, cand.tail), key=lambda span: span.start)
    words = first.doc[first.end:second.start]
    between = {t.lower_ for t in words if not t.ent_type_}  # (other names listed between: "Delta, Continental and")
    if not len(words) or not between <= LIST_WORDS | {"the", "a", "an"}:
        return False
    doc = first.doc
    listing_on = second.end < len(doc) and doc[second.end].lower_ in LIST_WORDS or (
        first.start > 0 and doc[first.start - 1].text == ",")  # "Argentina, Venezuela and Peru", not "Jacksonville,
    # Florida" nor "Mont Blanc, Western Europe's highest peak"
    return bool(between & {"and", "or", "&"}) or (
        TYPE_GROUPS[first.label_] == TYPE_GROUPS[second.label_] and not any(t.ent_type_ for t in words)
        and listing_on)


def _another_place_between(cand: Candidate) -> bool:
    """Whether another place is named between the two ("Basra in Iraq, Kabul in Afghanistan": Basra is in Iraq,
    not in Afghanistan)."""
    first, second = sorted((cand.head, cand.tail), key=lambda span: span.start)
    return any(e.label_ in PLACE_LABELS and first.end <= e.start and e.end <= second.start for e in first.doc.ents)


#: Verbs that say where an organisation is, between its name and the place ("Acme, which is headquartered in Leeds").
SEAT_VERBS = frozenset({"base", "headquarter", "locate", "situate", "found", "register", "list", "open"})


def _done_there(cand: Candidate) -> bool:
    """Whether a verb other than one of seat stands between an organisation and a place: what it does there ("Labour
    will not hold a news conference in London", "bombings there were explosions in Canary Wharf"), not where it is.
    Without a parse (no tags) nothing is ruled out."""
    first, second = sorted((cand.head, cand.tail), key=lambda span: span.start)
    return any(t.pos_ in {"VERB", "AUX"} and t.lemma_.lower() not in SEAT_VERBS
               for t in first.doc[first.end:second.start])


def _closing_dash_between(cand: Candidate) -> bool:
    """Whether a spaced dash stands between the two mentions ("its marques - BMW and Mini - in Asia"): one of them is
    in an aside, the place belongs to the clause around it."""
    first, second = sorted((cand.head, cand.tail), key=lambda span: span.start)
    return any(t.text in {"-", "–", "—"} and t.whitespace_ and t.i > 0 and first.doc[t.i - 1].whitespace_
               for t in first.doc[first.end:second.start])


def _a_peers_title(cand: Candidate) -> bool:
    """Whether the place is named in a peer's title, right after the peer's name and "of" ("Lord Faulkner of
    Worcester"): no home, as a title names the place it is taken from (roles.json "peerages")."""
    first, second = sorted((cand.head, cand.tail), key=lambda span: span.start)
    return after_a_peerage(first.doc, first.start) and second.start == first.end + 1 \
        and first.doc[first.end].lower_ == "of"


def _at_a_venue(cand: Candidate) -> bool:
    """Whether the place comes right after "at", after the other name ("the final against Perpignan at Lansdowne
    Road", "highly rated at Stade Toulousain"): where something happens or someone works, no home or seat."""
    if cand.tail.start < cand.head.end:
        return False
    doc = cand.tail.doc
    return cand.tail.start > 0 and doc[cand.tail.start - 1].lower_ == "at"


def _victim(span: Span) -> bool:
    """Whether the parse makes the name the one a word of killing is done to ("convicted of murdering Ken Ray", "Ken
    Ray was shot"): no killer, whatever the scores say. False without a parse."""
    root, words = span.root, _evidence_words().get("killed", frozenset())
    return root.dep_ in {"dobj", "nsubjpass"} and (root.head.lemma_.lower() in words or root.head.lower_ in words)


def _another_victim(cand: Candidate) -> bool:
    """Whether a word of killing between the pair is done to another noun than the second name, which stands only
    in what that noun's clause says ("charged after stabbing a man who hit Dr Dre": the man, not Dr Dre; but
    "stabbing a man, Tom Reed,": the man is Tom Reed). False without a parse."""
    doc, words = cand.head.doc, _evidence_words().get("killed", frozenset())
    start, end = min(cand.head.start, cand.tail.start), max(cand.head.end, cand.tail.end)
    victim = cand.tail.root
    for verb in doc[start:end]:
        if verb.pos_ != "VERB" or not (verb.lemma_.lower() in words or verb.lower_ in words):
            continue
        for obj in verb.children:
            if obj.dep_ == "dobj" and obj.i not in range(cand.tail.start, cand.tail.end) \
                    and not (victim.dep_ == "appos" and victim.head == obj) \
                    and obj.i not in range(cand.head.start, cand.head.end):
                return True
    return False


def _described_as_a_thing(cand: Candidate) -> bool:
    """Whether the person's name is followed by a comma and a description of a thing, not of a person, that runs
    to the organisation ("Donald Trump, a ratings hit for rivals NBC": the show is NBC's hit, Trump no employee; but
    "Ann Lee, a director at Acme", "Tom Reed, the club's captain" are people). Read from the words, as the parse
    may hang the description anywhere."""
    person, other = (cand.head, cand.tail) if cand.head.label_ == "PERSON" else (cand.tail, cand.head)
    doc = person.doc
    if person.label_ != "PERSON" or other.start < person.end + 3 or doc[person.end].text != "," \
            or doc[person.end + 1].lower_ not in {"a", "an", "the"}:
        return False
    titles = word_list("roles.json", "titles")
    between = doc[person.end + 2:other.start]
    return any(t.pos_ == "NOUN" for t in between) and not any(
        is_person_noun(t) or t.lemma_.lower() in titles or t.lower_ in titles or t.ent_type_ or t.text in {",", ";"}
        or t.pos_ in {"VERB", "AUX"} and t.tag_ != "VBN"
        or t.pos_ == "NOUN" and t.lower_.endswith(AGENT_SUFFIXES) for t in between)  # ("a plant physiologist")


#: Endings of nouns for what a person does ("physiologist", "historian", "researcher", "consultant").
AGENT_SUFFIXES = ("ist", "ian", "er", "or", "ant", "ent")


def _looks_like_a_name(span: Span) -> bool:
    """Whether an entity mention can be a relation argument: not a number word ("Nine of the 20 games") and not
    a nationality ("Welsh striker") the entities stage took for a person, organisation or place, and not the state
    of a party label ("Ann Lee, D-Mich.")."""
    return not all(t.like_num for t in span) and span.text not in demonyms() \
        and not party_label(span.doc, span.start) and not _names_a_thing(span)


def _names_a_thing(span: Span) -> bool:
    """A person's name that modifies a common noun after it names a thing: "Courvoisier brandy", "the Blair
    government", "Eric Cantona masks will not be allowed in Selhurst Park" (no person of a relation). False without
    a parse."""
    root = span.root
    return span.label_ == "PERSON" and root.dep_ in {"compound", "amod", "nmod"} and root.head.i >= span.end \
        and root.head.pos_ == "NOUN" and root.head.is_lower


def _token_at(doc: Doc, char: int) -> int:
    """The token holding this character (the last token when none does)."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else len(doc) - 1


def _sentence_ids(doc: Doc) -> list[int]:
    """The index of each token's sentence, from the sentence starts as an array (not token by token)."""
    if not doc.has_annotation("SENT_START"):
        return [0] * len(doc)
    starts = doc.to_array(SENT_START) == 1
    if len(starts):
        starts[0] = True
    return (numpy.cumsum(starts) - 1).tolist()


# -- training data -------------------------------------------------------------------------------------------
def gold_entities_corpus(path: str, max_length: int = 0, limit: int = 0) -> Callable[[Language], Iterator[Example]]:
    """A ``.spacy`` corpus whose predicted Docs get the reference entities: the classifier is trained and
    scored on given entities, as the pipeline gives it the entities stage's."""
    corpus = Corpus(path, max_length=max_length, limit=limit)

    def read(nlp: Language) -> Iterator[Example]:
        for eg in corpus(nlp):
            spans = (eg.predicted.char_span(e.start_char, e.end_char, label=e.label_, alignment_mode="expand")
                     for e in eg.reference.ents)
            eg.predicted.ents = filter_spans([s for s in spans if s is not None])
            yield eg

    return read
