"""The quotes stage: who said what.

Direct quotes come from paired quotation marks (see marks.py); each is attributed
through the nearest cue verb in its sentences ("..., X said", "X said: ...",
"told reporters ... would 'blow up'") or "according to X". Indirect speech is a
cue verb's clausal complement ("X said that ...") with no quotation inside it.
Speakers are resolved to canonical entities, pronouns and descriptions included.
"""
from __future__ import annotations

import re
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..coref import OTHER_GENDER, PRONOUN_GENDER, Resolver, is_person_noun, person_named_before, voiced_by
from ..data_files import data_path, read_json, word_list, write_json
from ..extensions import get_facts, register_extensions
from ..facts import Quote
from ..syntax import RELATIVE_PRONOUNS, added_to_a_report, first, subject_of, verb_above
from .marks import OPEN, closing_mark, find_nested_quotes, find_quotes, opening_mark, quoted_chars, quoted_words

# Courtesy titles written before a speaker's name, outside the name ("said Mr King")
HONORIFIC_ABBREVIATIONS = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Sir", "Dame", "Lord", "Lady"})


class NewsQuotes:
    def __init__(self, nlp: Language, name: str = "newsfacts_quotes", *, cues_path: str | None = None,
                 conventions: str = "newsfacts", cue_model: str | None = None) -> None:
        """``conventions``: "newsfacts" reads the learned verbs of the kinds ``learned_used`` names in the cue
        file (reported speech and beliefs, as the project's gold counts quotes); "polnear" reads every kind
        learned, as PolNeAR counts attributions ("pledged to ...", "cited a report", "called for ..."),
        leaves the writer's closing aside out of reported speech (", who is 70", ", citing the report"), and
        keeps only attributions: a quotation no cue reads (a title, a scare quote) is left out. ``cue_model``: the
        folder of the trained cue tagger (`make train-quote-cues`), whose verbs are cues too, of any kind; with
        it, a verb learned from PolNeAR is a cue only where the tagger marks it (the speech verbs always are)."""
        if conventions not in CONVENTIONS:
            raise ValueError(f"unknown quote conventions {conventions!r}; known: {', '.join(CONVENTIONS)}")
        register_extensions()
        self.name = name
        self.conventions = conventions
        self.cue_nlp = None
        if cue_model is not None:
            import spacy

            self.cue_nlp = spacy.load(cue_model)
        self._load(read_json(cues_path or data_path("quote_cues.json")))

    def _load(self, rules: dict) -> None:
        self.rules = rules
        # the hand-made verbs and those learned from PolNeAR train (scripts/learn_quote_cues.py), by what
        # they report: a clause ("believes that ..."), a to-infinitive ("pledged to ..."), an object ("cited
        # a report") or the object of a preposition right after them ("called for an inquiry")
        used = rules.get("learned_used") if self.conventions == "newsfacts" else None  # None: every kind
        learned = {kind: lemmas for kind, lemmas in rules.get("learned", {}).items() if used is None or kind in used}
        self.speech_cues = set(rules["verbs"])  # the verbs that attribute a quotation beside them
        self.not_sources = frozenset(rules.get("not_sources", []))
        self.belief_cues = frozenset(rules.get("belief_cues", ()))
        self.narrator_consequences = frozenset(rules.get("narrator_consequences", ()))
        self.caused_speech = frozenset(rules.get("caused_speech", ()))
        self.cues = self.speech_cues | set(learned.get("clause", []))
        self.shown_not_said = frozenset(rules.get("shown_not_said", ()))
        self.inferred_not_said = frozenset(rules.get("inferred_not_said", ()))
        self.to_cues = set(learned.get("to", []))
        self.object_cues = set(learned.get("object", []))
        self.prep_cues = {kind.split(":", 1)[1]: set(lemmas) for kind, lemmas in learned.items()
                          if kind.startswith("prep:")}
        self.stance_verbs = frozenset(rules.get("stance_verbs", ()))
        self.introducing_verbs = frozenset(rules.get("introducing_verbs", ()))
        self.that_cues = frozenset(rules.get("that_cues", ()))
        self.stance_nouns = frozenset(rules.get("stance_nouns", ()))
        self.any_cues = self.cues | self.to_cues | self.object_cues | set().union(*self.prep_cues.values()) \
            | self.stance_verbs

    def __call__(self, doc: Doc) -> Doc:
        facts = get_facts(doc)
        text = doc.text  # computed by spaCy on each access: read it once
        direct_spans = find_quotes(text)
        resolve = Resolver(doc, facts, quoted=direct_spans, genders=True, far_names=True)
        quotes = self._direct(doc, text, direct_spans, resolve)
        quotes += self._indirect(doc, text, direct_spans, resolve, self._tagged_cues(doc))
        quotes += self._according_to_statements(doc, text, direct_spans, resolve)
        quotes += self._nested(doc, text, direct_spans, resolve)
        quotes += self._headlines(doc, text, resolve)
        quotes.sort(key=lambda q: q.start)
        _unclaim_quotes_beside_reported_speech(quotes, text)
        _unnamed_spokesmen_go_on(text, quotes)
        _not_the_one_spoken_of(doc, quotes, resolve)
        _running_pronoun_speakers(doc, text, quotes, resolve.gender)
        self._introduced_by_the_sentence_before(doc, text, quotes, resolve, direct_spans)
        self._words_quoted_in_a_report(doc, text, quotes, resolve)
        _continue_speakers(doc, text, quotes)
        if self.conventions == "polnear":  # an attribution has a cue: a quotation no cue reads is a title or a
            quotes = [q for q in quotes if q.cue is not None]  # scare quote ('the “reasonable” levels')
        else:  # a quotation no cue reads and no speaker claims is no one's words we can show (issue 20: "sentences
            # without any attribution are emitted as quotes"): a scare quote, a title, a slogan; nor is a title a
            # speaker nearby would claim, or a title inside reported speech ('copies Lale's hit “Caravan of Ash”')
            quotes = [q for q in quotes if (q.cue is not None or q.speaker is not None)
                      and not (_a_title(q.quote) and (q.cue is None or _inside_another(q, quotes)
                                                      or _named_by_a_phrase(text, q)))
                      and not _restated_by_its_speaker(q, quotes, self.belief_cues)
                      and not _told_by_no_one_named(doc, q, quotes)
                      and not _a_term_used_unquoted(doc, text, q, quotes, direct_spans)
                      and not (q.cue in self.shown_not_said and q.speaker is None)  # "Previous research has shown
                      # that ...", "the latest figures show": no one's words (but "figures compiled by X show": X's)
                      and not (q.cue in self.inferred_not_said and q.speaker is None and not q.direct
                               and _a_thing_s(doc, q.speaker_span))  # "some measures suggest": the writer's inference
                      and not _a_term_no_one_said(text, q) and not _a_narrators_aside(doc, text, q)]
        facts.quotes = quotes
        return doc

    def _introduced_by_the_sentence_before(self, doc: Doc, text: str, quotes: list[Quote], resolve: Resolver,
                                           direct_spans) -> None:
        """'Executive director Ann Lee criticised the scheme. "It is a disgrace to pay so little."': a direct
        quotation with no cue nor speaker that opens its sentence, in the paragraph of the sentence before or opening
        the next one, is the words of the named subject of that sentence's main verb when the verb voices a view
        (``introducing_verbs``, or takes one as its object: "lays the blame for it on the war", "voiced his fears")
        and the sentence holds no quotation of its own, or the named source of that sentence's "according to"
        statement ('The problem, according to Mr Lane, is Mr Blair. "I have a new slogan."'); after a question put
        to someone ('Dr
        Fox was asked if he would agree. "I'm sure we would."'), the answer of the one asked."""
        for quote in quotes:
            if not quote.direct or quote.speaker is not None or quote.cue is not None \
                    or not _opens_sentence(text, quote.start):
                continue
            mark = quote.start - opening_mark(text, quote.start)
            last = _last_word_before(doc, mark)
            if last is None or text[last.idx + len(last):mark].count("\n\n") > 1:
                continue
            before = last.sent
            according = next((q for q in quotes if q.cue == ACCORDING_TO and not q.direct and q.speaker is not None
                              and q.speaker.label in {"PERSON", "ORG"}
                              and before.start_char <= q.start < before.end_char), None)
            if according is not None and not quoted_chars(direct_spans, before.start_char, before.end_char):
                quote.speaker, quote.cue, quote.confidence = according.speaker, ACCORDING_TO, 0.6
                quote.speaker_span = according.speaker_span  # "The problem, according to Mr Lane, is Mr Blair. “I
                continue  # have a new slogan.”": the one the sentence before gives its words to goes on
            verb = before.root
            asked = verb.lemma_.lower() in QUESTION_CUES and any(c.dep_ == "auxpass" for c in verb.children)
            viewed = any(c.dep_ == "dobj" and (c.lemma_.lower() in self.introducing_verbs or c.lemma_.lower()
                                               in self.stance_nouns) for c in verb.children)  # "lays the blame"
            if verb.lemma_.lower() not in self.introducing_verbs and not asked and not viewed \
                    or quoted_chars(direct_spans, before.start_char, before.end_char):
                continue
            subject = first(c for c in verb.children if c.dep_ == "nsubjpass") if asked else subject_of(verb)
            speaker = self._speaker(resolve, subject)
            if speaker is not None and speaker.label in {"PERSON", "ORG"}:  # ("Dr Fox was asked if ...": he answers)
                quote.speaker, quote.cue, quote.confidence = speaker, verb.lemma_.lower(), 0.6
                quote.speaker_span = _token_span(subject)

    def _words_quoted_in_a_report(self, doc: Doc, text: str, quotes: list[Quote], resolve: Resolver) -> None:
        """'She expressed her anger at the person who “hasn't worked”', 'Tom Reed later accused the striker of
        “cheating”': words quoted inside a sentence of the narration, with no cue nor speaker of their own, whose main
        verb voices a view (a cue, a stance verb or an ``introducing_verbs`` one) are the words of that verb's
        subject, when it names a person or an organisation (a scare quote in any other sentence is no one's)."""
        views = self.cues | self.stance_verbs | self.introducing_verbs
        for quote in quotes:
            if not quote.direct or quote.speaker is not None or quote.cue is not None \
                    or _opens_sentence(text, quote.start):
                continue
            words = doc.char_span(quote.start, quote.end, alignment_mode="expand")
            root = words[0].sent.root if words is not None and len(words) else None
            if root is None or words.start <= root.i < words.end or root.lemma_.lower() not in views \
                    or _in_a_conjunct_of(words.root, root):
                continue  # (not "accused X of ... and was “severely reprimanded”": another clause's words)
            subject = subject_of(root)
            speaker = self._speaker(resolve, subject)
            if speaker is not None and speaker.label in {"PERSON", "ORG"}:
                quote.speaker, quote.cue, quote.confidence = speaker, root.lemma_.lower(), 0.55
                quote.speaker_span, quote.cue_span = _token_span(subject), _token_span(root)

    def _tagged_cues(self, doc: Doc) -> set[int]:
        """The tokens of the cues the trained tagger finds in the text (none without one)."""
        if self.cue_nlp is None:
            return set()
        tagged = set()
        for cue in self.cue_nlp(doc.text).ents:
            span = doc.char_span(cue.start_char, cue.end_char, alignment_mode="expand")
            if span is not None:
                tagged.update(t.i for t in span)
        return tagged

    def _direct(self, doc: Doc, text: str, direct_spans, resolve: Resolver) -> list[Quote]:
        quotes = []
        for start, end in direct_spans:
            while end > start and text[end - 1] in ",;:":
                end -= 1
            cue = self._cue_for(doc, start, end)
            if cue is not None and self._narrated(cue, direct_spans):
                continue  # 'I'd say that the risk is a "When" not an "If"': the writer's own words
            speaker_token = self._speaker_token(cue, start, end) if cue is not None else None
            cue_lemma = cue.lemma_.lower() if cue is not None else None
            if speaker_token is None:
                speaker_token = self._according_to(doc, start, end)
                cue_lemma = ACCORDING_TO if speaker_token is not None else cue_lemma
            judged = self._judged_by(doc, text, start, end, resolve)
            if judged is not None:
                quotes.append(judged)
                continue
            if speaker_token is None and cue is None:
                signed = self._signed(doc, text, start, end, resolve) or _introduced_by_colon(doc, text, start, end,
                                                                                          resolve)
                if signed is not None:
                    quotes.append(signed)
                    continue
            speaker = self._cue_speaker(cue, speaker_token, resolve) if cue_lemma != ACCORDING_TO \
                else self._speaker(resolve, speaker_token)
            cue_span = cue_phrase(cue) if cue_lemma != ACCORDING_TO else _according_span(speaker_token)
            quotes.append(Quote(quote=quoted_words(text, start, end), start=start, end=end, speaker=speaker, cue=cue_lemma,
                                direct=True, speaker_text=speaker_token.text if speaker_token is not None else None,
                                confidence=0.85 if speaker else 0.5, cue_span=cue_span,
                                speaker_span=source_span(cue, speaker_token) if cue_lemma != ACCORDING_TO
                                else speaker_phrase(speaker_token)))
        return quotes

    def _narrated(self, cue: Token, direct_spans) -> bool:
        """In the news conventions, a cue whose subject is "I" outside any quotation ("I actually found my schedule
        easier to follow", "I'd say that ..."): the writer's own account, which the article states rather than
        reports, no one else's words."""
        return self.conventions == "newsfacts" and any(c.dep_ == "nsubj" and c.lower_ == "i" for c in cue.children) \
            and not _in_quote(cue.idx, direct_spans)

    def _judged_by(self, doc: Doc, text: str, start: int, end: int, resolve: Resolver) -> Quote | None:
        """'"The electorate are keener on the government than some members," is the dry assessment of Graham Lane':
        a quotation that the words after it call someone's view (VIEW_OF: "is the verdict of", "was the warning
        of"), the name after "of" its speaker."""
        match = VIEW_OF.match(text, end)
        if match is None:
            return None
        words = doc.char_span(match.end(), min(len(text), match.end() + 60), alignment_mode="expand")
        name = next((t for t in words if t.ent_type_ in {"PERSON", "ORG"}), None) if words is not None else None
        if name is None or name.i != words[0].i + (words[0].lower_ == "the"):
            return None  # (the words right after "of": "the assessment of Graham Lane", not "of the report by X")
        named = next((e for e in doc.ents if e.start <= name.i < e.end), doc[name.i:name.i + 1])
        return Quote(quote=quoted_words(text, start, end), start=start, end=end, speaker=self._speaker(resolve, name),
                     cue=match.group(1).lower(), direct=True, speaker_text=named.text, confidence=0.8,
                     cue_span=match.span(1), speaker_span=(named.start_char, named.end_char))

    def _signed(self, doc: Doc, text: str, start: int, end: int, resolve: Resolver) -> Quote | None:
        """A quotation signed at the end of its line with a dash and a name ('“We will win.” ― Ana Ruiz'), as
        readers' comments and epigraphs are: the dash its cue, the name its source."""
        match = SIGNATURE.match(text, end + closing_mark(text, end))
        if match is None:
            return None
        name_start, name_end = match.span(2)
        while text[name_end - 1] == "." and not re.search(r"\b[A-Z]\.$", text[name_start:name_end]):
            name_end -= 1  # the sentence's full stop, not an initial's
        words = doc.char_span(name_start, name_end, alignment_mode="expand")
        speaker = self._speaker(resolve, words.root) if words is not None and len(words) else None
        return Quote(quote=quoted_words(text, start, end), start=start, end=end, speaker=speaker, cue=match.group(1),
                     direct=True, speaker_text=text[name_start:name_end], confidence=0.6 if speaker else 0.45,
                     cue_span=match.span(1), speaker_span=(name_start, name_end))

    def _indirect(self, doc: Doc, text: str, direct_spans, resolve: Resolver,
                  tagged: set[int] = frozenset()) -> list[Quote]:
        """"X said (that) ...", "X pledged to ...": a cue verb's complement, with no whole quotation inside or
        around it. ``tagged``: tokens the cue tagger marks, cues of any kind whatever their lemma."""
        quotes = []
        for token in doc:
            lemma = token.lemma_.lower()
            if (lemma not in self.any_cues and token.i not in tagged) or token.pos_ not in {"VERB", "AUX"}:
                continue
            if self.cue_nlp is not None and token.i not in tagged and lemma not in self.speech_cues:
                continue  # with a tagger, a learned verb ("shows", "wants") is a cue where the tagger agrees
            if lemma not in self.speech_cues and token.dep_ not in SUBJECT_FROM_HEAD and not any(
                    c.dep_ in {"nsubj", "nsubjpass", "csubj"} for c in token.children):
                continue  # a learned cue with no subject of its own is a misparse ("the chart show their ...")
            if token.dep_ == "xcomp" and token.head.lemma_.lower() in REFUSALS:
                continue  # "declined to say whether ...", "refused to comment": nothing was said
            if token.dep_ == "xcomp" and token.head.pos_ in {"ADJ", "ADV"} \
                    and any(c.lower_ == "too" for c in token.head.children):
                continue  # "it was too early to predict what would happen", "too soon to tell": what cannot yet be
                # said, said by no one
            if self.conventions == "newsfacts" and token.dep_ == "xcomp" \
                    and token.head.lemma_.lower() in {"be", "have"} \
                    and any(c.lower_ in {"yet", "still"} for c in token.head.children):
                continue  # "Sony has yet to say whether ...", "Warner is still to announce which ...": not yet said (as
                # careful readers read it; PolNeAR annotates some, which configs/polnear.cfg keeps)
            if _a_thing_goes_on(token):
                continue  # "The fight continued outside, where ...": no one speaks
            if _inverted_after_a_quotation(token):
                continue  # '"...," said England sevens coach Mike Friday': the speaker after it, no report
            if _a_plea(token):
                continue  # "He has pleaded guilty to fraud": a plea entered, no words reported
            led = _led_to_say(token)
            if led is not None and token.head.lemma_.lower() not in self.caused_speech:
                continue  # "urged the chancellor to admit he had been ...": what one asks another to say, said by
                # no one (the request itself is the asker's: "urged the chancellor to ...")
            if _participle_before_its_noun(token):
                continue  # "At the same time, reported fraud dropped": a participle describing a noun, no cue
            if self.conventions == "newsfacts" and token.tag_ == "VBN" and (
                    token.dep_ == "advcl" or token.dep_ == "ROOT" and token.i == token.sent.start) \
                    and lemma in QUESTION_CUES and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children):
                continue  # "Asked whether he was comfortable, Tom Hart said no": a question put to the speaker (PolNeAR
                # annotates it); so with no comma, the parse making the participle the root ("Asked whether he
                # thought so he said: ...")
            if self.conventions == "newsfacts" and lemma in QUESTION_CUES \
                    and any(c.dep_ == "auxpass" for c in token.children) and not any(
                        c.dep_ == "agent" for c in token.children):
                continue  # "Dr Fox was asked if the party would welcome him back": a question put to its subject by
                # no one named, no claim of anyone's
            if self.conventions == "newsfacts" and _denied_or_anyone_s(token):
                continue  # "did not say that ...", "Not everyone agrees that ...", "Everyone can agree": no claim
                # to a careful reader (PolNeAR annotates them: a denied or anyone's attribution is one there)
            if self.conventions == "newsfacts" and token.tag_ == "VBG" and token.dep_ in {"pcomp", "pobj", "csubj"} \
                    and lemma not in self.speech_cues:
                continue  # "the basic parts of learning what words refer to": a gerund named as an activity, no
                # attribution (not "said so, adding that ...", nor a speech verb: "by saying that ...")
            if self.conventions == "newsfacts" and lemma in self.belief_cues and _no_one_s(token):
                continue  # "It is also believed that ...", "It was estimated that ...": no one's claim, and no
                # speaker to give it (PolNeAR annotates them: a sourceless attribution is one there); "it has been
                # reported that ..." is still said, by someone unnamed
            if self._narrated(token, direct_spans):
                continue  # "I actually found my running schedule easier to follow"
            if self.conventions == "newsfacts" and token.dep_ == "xcomp" and token.head.lemma_.lower() == "expect" \
                    and any(c.dep_ == "auxpass" for c in token.head.children):
                continue  # "Tom Hale is expected to say that taxes will fall": a forecast of words not yet said
            if self.conventions == "newsfacts" \
                    and any(c.dep_ == "aux" and c.lower_ in POSSIBILITY_MODALS for c in token.children):
                continue  # "Ukraine may find it has a sympathetic ear": what might come to be thought, no claim
            if token.dep_ == "xcomp" and token.head.lemma_.lower() in {"have", "need"} \
                    and any(c.tag_ == "MD" for c in token.head.children):
                continue  # "councillors would have to show conditions had been met": a duty, nothing said
            inverted = self._inverted_attribution(token, text, direct_spans, resolve)
            if inverted is not None:
                quotes += inverted
                continue
            complement, min_words, cue_end = self._reported(token, lemma, any_kind=token.i in tagged)
            misread = _clause_before_a_misread_cue(token) if complement is None and lemma in self.speech_cues \
                else None
            if misread is not None:
                complement = token.sent.root
            if complement is None:
                quotes += self._parenthetical(token, text, direct_spans, resolve)
                continue
            if _no_proposition(complement, lemma) or self.conventions == "newsfacts" and _no_claim(complement, lemma):
                continue
            words = _without_opening_aside([t for t in complement.subtree if not t.is_space], complement)
            second = next((c for c in complement.children if c.dep_ == "conj" and (
                _said_and_then(c) is not None or _past_beside_a_modal(c, complement)
                or _withheld_by_the_speaker(c, token, resolve))), None)
            if second is not None:  # "said some people were in denial but predicted ...": the speaker's second
                # deed is a report of its own, no part of the first
                cut = second.left_edge.i  # (from its own subject on: "but it did not specify")
                words = [t for t in words if t.i < cut and not (t.dep_ == "cc" and t.head.i == complement.i
                                                                and t.i == cut - 1)]
            words = _object_read_for_the_subject(token, complement) + words
            words = _without_time_of_saying(words, token)
            words = _without_what_is_added(words, complement)
            words = _without_consequence(words, self.narrator_consequences)
            if complement.dep_ in {"dobj", "xcomp"} and complement.head.i == token.i:
                words = _verb_phrase_words(token)  # "called her vote a mistake", "urged Kim to resume talks"
            elif cue_end is not None:  # "called on Republicans to drop him": the object and what completes it
                words = _verb_phrase_words(token, cue_end)
            if misread is not None:
                words = misread
            if self.conventions == "polnear":  # the project's gold keeps them: 'the Dutchman, who has not played'
                words = _without_closing_aside(words)
            parts = _around_the_cue(token, complement, words, text, direct_spans)
            if parts is not None:  # "which, he said, were at his side", "what Trump says his plan would do"
                quotes += self._parts_reported(token, text, parts, resolve, cue_end, quotes)
                continue
            span = _content_span(words, text, direct_spans, min_words)
            if span is None:
                continue
            c_start, c_end = span
            # Reported speech may hold a partial quote ("said the U.S. would “blow up” groups"); it is
            # still indirect. Content that is itself inside or around a whole quotation is not.
            if _in_quote(token.idx, direct_spans) or _crosses_quote(c_start, c_end, direct_spans) \
                    or not _unquoted_words(text, c_start, c_end, direct_spans):
                continue
            if c_start <= token.idx < c_end:
                continue  # a misparse: the cue inside what it reports ('the chart show on Sunday')
            if self._quotation_and_its_cue(doc, c_start, c_end, direct_spans):
                continue  # 'X said: "Everyone ... a black hole," he said.': the quotation, with the cue after it,
                # is no reported speech of the cue before it
            if any(c_start <= qs and qe <= c_end and qe <= token.idx and text[qs:qs + 1].isupper()
                   and (not text[qe:token.idx].strip(' ,"”\'’') or _named_between(token, qe) is not None)
                   for qs, qe in direct_spans):
                continue  # 'Ukraine may find an ear in Brussels "The EU supports it," said X': the cue reports the
                # whole quotation right before it, not the narration run into it (not a partial one: 'The answers are
                # "not meeting the demand," says X'); so with the speaker between ('"...," shop owner Ana Ruiz, told
                # AP')
            c_start, c_end = _within_paragraph(text, token.idx, c_start, c_end)
            if len(text[c_start:c_end].split()) < min_words:
                continue
            quotes.append(self._reported_quote(token, text, c_start, c_end, resolve, cue_end, speaker_token=led))
        return quotes

    def _parts_reported(self, cue: Token, text: str, parts: list[tuple[int, int]], resolve: Resolver,
                        cue_end: Token | None, before: list[Quote]) -> list[Quote]:
        """The records of reported speech split around its cue. Under the project's conventions a relative word alone
        is no record ("immigration, which he said was out of control": not "which"), and what such a clause reports
        inside the same speaker's reported words is a layer of that claim, no record of its own (PolNeAR
        annotates both)."""
        quotes = [self._reported_quote(cue, text, s, e, resolve, cue_end) for s, e in parts]
        if self.conventions != "newsfacts":
            return quotes
        relative = [q for q in quotes if q.quote.strip(" ,").lower() in RELATIVE_WORDS]
        quotes = [q for q in quotes if q not in relative]
        if relative:
            quotes = [q for q in quotes if not any(
                o.speaker is not None and o.speaker == q.speaker and not o.direct and o.start <= q.start
                and q.end <= o.end for o in before)]
        return quotes

    def _quotation_and_its_cue(self, doc: Doc, start: int, end: int, direct_spans) -> bool:
        """Whether the characters hold whole quotations and, outside them, only a speaker's short attribution ("he
        said", "said Mr Lee")."""
        outside = [t for t in doc.char_span(start, end, alignment_mode="expand") or ()
                   if not _in_quote(t.idx, direct_spans) and (t.is_alpha or t.like_num)]
        return bool(outside) and len(outside) <= 4 and quoted_chars(direct_spans, start, end) > 0 \
            and any(t.lemma_.lower() in self.speech_cues for t in outside) \
            and all(t.lemma_.lower() in self.speech_cues or t.pos_ in {"PRON", "PROPN"} or t.is_title
                    for t in outside)

    def _reported_quote(self, cue: Token, text: str, start: int, end: int, resolve: Resolver,
                        cue_end: Token | None = None, speaker_token: Token | None = None) -> Quote:
        """Reported speech ``text[start:end]`` from this cue, its speaker the cue's subject (or ``speaker_token``)."""
        if speaker_token is None and not _a_noun_after_a_preposition(cue):
            subject = _said_and_then(cue) or _participle_hung_on_an_object(cue) or subject_of(cue)
            speaker_token = _standing_for(cue, subject) or _subject_hung_before(cue) or (
                _described_after(cue) if subject is None and cue.i > 0 and cue.doc[cue.i - 1].text == ","
                and start < cue.idx else None)  # "The band were still hopeful ..., added the spokesman"
        speaker = self._cue_speaker(cue, speaker_token, resolve)
        return Quote(quote=text[start:end], start=start, end=end, speaker=speaker, cue=cue.lemma_.lower(),
                     direct=False, speaker_text=speaker_token.text if speaker_token is not None else None,
                     confidence=0.7 if speaker else 0.4, cue_span=cue_phrase(cue, cue_end),
                     speaker_span=source_span(cue, speaker_token))

    def _inverted_attribution(self, cue: Token, text: str, direct_spans, resolve: Resolver) -> list[Quote] | None:
        """"As tactics change, said Mr King, so firms change", "Not least, said Paul King, a consultant at Cisco,
        because ...", "The idea, says BT, is to ...": a speech verb set off by commas inside an unquoted sentence,
        the speaker named right after it (the parse hangs the name on the clause that follows): the sentence's words
        around the attribution, in two parts as PolNeAR marks a cue set inside what it reports, the name (a person's
        or a body's) the speaker. None when the cue is no such attribution."""
        doc = cue.doc
        if cue.i < 2 or doc[cue.i - 1].text != "," or cue.tag_ not in {"VBD", "VBZ"} \
                or cue.lemma_.lower() not in self.speech_cues or cue.i + 1 >= len(doc):
            return None
        first = cue.i + 1 + (doc[cue.i + 1].text.rstrip(".") in HONORIFIC_ABBREVIATIONS)  # "said Mr King"
        speaker = resolve.entity_at(doc[first]) if first < len(doc) else None
        if speaker is None or speaker.label not in {"PERSON", "ORG"}:
            return None  # (a body speaks so too: "The idea, says BT, is to shape ...")
        end = first
        while end < len(doc) and resolve.entity_at(doc[end]) is speaker:
            end += 1
        name = doc[end - 1]
        appositions = [c for c in name.children if c.dep_ == "appos" and c.i > name.i]
        named_end, end = end, max([end, *(a.right_edge.i + 1 for a in appositions)])  # ", principal security
        # consultant at Cisco"
        if end < len(doc) and doc[end].text != "," and doc[named_end].text == "," \
                and name.dep_ in {"nsubj", "nsubjpass"} and name.head.i >= end:
            end = named_end  # "Often, said Mr Pearson, this information was lost": the parse made the name the
            # subject of the words reported and their subject its apposition
        sentence = cue.sent
        if end >= sentence.end or doc[end].text != "," or _in_quote(cue.idx, direct_spans):
            return None
        words = [t for t in sentence if not t.is_space and not cue.i - 1 <= t.i <= end]
        before = [t for t in words if t.i < cue.i]
        if all(t.dep_ in {"advmod", "neg", "cc", "punct"} for t in before):
            before = []  # "Also, said Mr Flynn, ...", "Not least, said X, because ...": a connective, not what was said
        parts = [_content_span(before, text, direct_spans, 1) if before else (),
                 _content_span([t for t in words if t.i > end], text, direct_spans, 1)]
        parts = [part for part in parts if part != ()]
        if None in parts or any(_crosses_quote(s, e, direct_spans) for s, e in parts) \
                or sum(len(text[s:e].split()) for s, e in parts) < 4:
            return None
        if self.conventions == "newsfacts" and before:
            parts = _one_claim_around_the_cue(before, [t for t in words if t.i > end], parts)
        return [self._reported_quote(cue, text, s, e, resolve, speaker_token=name) for s, e in parts]

    def _parenthetical(self, cue: Token, text: str, direct_spans, resolve: Resolver) -> list[Quote]:
        """"The bridge, the mayor said, will open in spring": a cue set in the clause it reports (a parataxis
        of its verb) reports that clause without the cue's own words, in the two parts around them, as
        PolNeAR marks it; "Costs rose, she said." the part before; so is one the parse reads as a conjunct, with its
        subject after it, ending the sentence ("Gaming could spell problems, warns network company Sandvine.")."""
        if not (cue.dep_ == "parataxis" or _trailing_conjunct(cue)) or cue.lemma_.lower() not in self.speech_cues \
                or cue.head.pos_ not in {"VERB", "AUX"}:
            return []
        low, high = cue.left_edge.i, cue.right_edge.i
        mark = cue.doc[low] if cue.doc[low].is_punct else cue.doc[low - 1] if low > 0 else None
        if not cue.doc[low].is_sent_start and (mark is None or mark.text not in {",", "—", "--"}):
            return []  # set off by a comma: not a headline run into the text ('Ferguson fears Milan edge')
        opening = _opening_phrase(cue)
        if opening:  # "To understand the case, Roberts said, one should visit": the cue's words start after it
            low = opening[-1].i + 2
        words = [t for t in cue.head.subtree if not t.is_space and not low <= t.i <= high]
        parts = [_content_span([t for t in words if t.i < low], text, direct_spans, 1),
                 _content_span([t for t in words if t.i > high], text, direct_spans, 1)]
        parts = [part for part in parts if part is not None and "\n" not in text[part[0]:part[1]]]
        if sum(len(text[s:e].split()) for s, e in parts) < 3 or _in_quote(cue.idx, direct_spans) or any(
                _crosses_quote(s, e, direct_spans) for s, e in parts) or not any(
                _unquoted_words(text, s, e, direct_spans) for s, e in parts):
            return []
        if self.conventions == "newsfacts":
            parts = _one_claim_around_the_cue([t for t in words if t.i < low], [t for t in words if t.i > high], parts)
        return [self._reported_quote(cue, text, s, e, resolve) for s, e in parts]

    def _reported(self, cue: Token, lemma: str, any_kind: bool = False) -> tuple[Token | None, int, Token | None]:
        """What the cue verb reports, the fewest words it may have, and the last word of the cue when that
        is a preposition ("called for"): a clause first, then a to-infinitive, an object, a preposition's.
        ``any_kind``: a cue the tagger found, read as a verb of every kind but the preposition's."""
        complement = _complement(cue) if lemma in self.cues or any_kind else None
        if complement is not None and lemma in self.that_cues and not any(
                c.dep_ == "mark" and c.lower_ == "that" for c in complement.children) and (cue.dep_ != "ROOT" or any(
                t.lower_ in {"whichever", "whatever", "however"} for t in cue.doc[cue.sent.start:cue.i])):
            complement = None  # "ruled that ...", "He ruled there was no case", not "whichever way the court rules
            # the other side will appeal"
        nxt = cue.doc[cue.i + 1] if cue.i + 1 < len(cue.doc) else None
        if complement is None and nxt is not None and nxt.head.i == cue.i and nxt.dep_ == "prep" \
                and lemma in self.prep_cues.get(nxt.lower_, ()):  # "called on Republicans to ...": the preposition first
            obj = next((c for c in nxt.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj, 1, nxt
        if complement is None and (lemma in self.to_cues or any_kind):
            complement = _to_complement(cue)
        if complement is None and lemma in self.stance_verbs:  # "expressed concern that the court had ...": the
            # that-clause of the stance the verb voices
            stance = next((c for c in cue.children if c.dep_ == "dobj" and c.lemma_.lower() in self.stance_nouns), None)
            complement = _that_clause(stance, NOUN_CLAUSES) if stance is not None else None
            if complement is None and stance is not None:  # "repeated his view on Friday that all mergers led to
                # job cuts": the parse hangs the noun's clause on the verb, past a time or place between
                complement = next((c for c in cue.children if c.dep_ == "ccomp" and c.i > stance.i and any(
                    m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
        if complement is not None:
            return complement, 3, None
        if lemma in self.object_cues or any_kind:
            obj = next((c for c in cue.children if c.dep_ == "dobj"), None)
            if obj is not None:
                return obj, 1, None
        return None, 0, None

    def _according_to_statements(self, doc: Doc, text: str, direct_spans, resolve: Resolver) -> list[Quote]:
        """"The death toll rose to 40, according to the army": the rest of the sentence, attributed."""
        quotes = []
        for token in doc:
            if token.lower_ != "according" or token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "to":
                continue
            named_after = _source_after_according_to(doc, token.i + 2)
            source = _named_conjunct(next((c for c in doc[token.i + 1].children if c.dep_ == "pobj"), None)) \
                or named_after
            if source is not None and source.pos_ == "NOUN" and not source.ent_type_ and named_after is not None \
                    and named_after.i > source.i and named_after.ent_type_ in SOURCE_NAME_LABELS:
                source = named_after  # "According to search engine Ask Jeeves, ...": the name after its description,
                # which the parse left out of the phrase ("Ask" read as a verb)
            if source is None or self._not_a_source(source):
                continue  # "According to his wishes, there will be no funeral": nothing said
            attribution = {t.i for t in token.subtree} | set(range(token.i, source.i + 1)) \
                | {t.i for t in source.subtree}
            words = [t for t in token.sent if t.i not in attribution and not t.is_space]
            span = _content_span(words, text, direct_spans)
            if span is None or _mostly_quoted(span, direct_spans):
                continue  # a direct quote in the sentence already carries this attribution (not a scare quote in
                # it: 'saw "Dirty" Den killed off, according to figures' attributes the whole statement)
            c_start, c_end = _within_paragraph(text, token.idx, *span)  # not the headline the parse ran into it
            parts = [(c_start, c_end)]
            if any(t.i in attribution for t in doc.char_span(c_start, c_end, alignment_mode="expand")) and not (
                    self.conventions == "newsfacts" and _subject_around_according_to(words, min(attribution),
                                                                                      max(attribution))) \
                    and not (self.conventions == "newsfacts"
                             and _adverbial_before_according_to(words, min(attribution), max(attribution))):
                # the attribution set off inside the statement: what it follows, and a clause joined after it (not
                # "The problem, according to Mr Lane, is Mr Blair": its subject before it, its verb after, one claim
                # under the project's conventions, read whole with the attribution inside it)
                parts = _around_according_to(words, min(attribution), max(attribution), text, direct_spans)
            speaker = self._speaker(resolve, source)
            quotes += [Quote(quote=text[s:e], start=s, end=e, speaker=speaker, cue=ACCORDING_TO, direct=False,
                             speaker_text=source.text, confidence=0.65 if speaker else 0.4,
                             cue_span=(token.idx, token.idx + len(doc[token.i:token.i + 2].text)),
                             speaker_span=speaker_phrase(source)) for s, e in parts]
        return quotes

    def _nested(self, doc: Doc, text: str, direct_spans, resolve: Resolver) -> list[Quote]:
        """A quote inside a quote ("People told us, ‘...’"): its cue and speaker are inside the outer one."""
        quotes = []
        for start, end in find_nested_quotes(text, direct_spans):
            cue = self._cue_for(doc, start, end)
            speaker_token = self._speaker_token(cue, start, end) if cue is not None else None
            quotes.append(Quote(quote=text[start:end], start=start, end=end,
                                speaker=self._speaker(resolve, speaker_token),
                                cue=cue.lemma_.lower() if cue is not None else None, direct=True,
                                speaker_text=speaker_token.text if speaker_token is not None else None,
                                confidence=0.5, cue_span=cue_phrase(cue),
                                speaker_span=source_span(cue, speaker_token)))
        return quotes

    def _headlines(self, doc: Doc, text: str, resolve: Resolver) -> list[Quote]:
        """A line "Name: what they said" (a headline, a transcript's turn): the name a person, an
        organisation or a poll, the rest of the line what it said."""
        quotes = []
        # a title-case headline hides names from the model: a name the article gives in full elsewhere counts
        last_words = {e.name.split()[-1].lower() for e in get_facts(doc).entities if e.label in {"PERSON", "ORG"}}
        # a transcript gives each turn to a speaker in capitals ("PENCE: Well, look, ..."), a name the NER seldom reads
        lines = list(HEADLINE.finditer(text))
        turns = [m for m in lines if m.group(1).isupper() and m.group(1).isalpha()]
        transcript = {m.start() for m in turns} if len({m.group(1) for m in turns}) >= 2 else set()
        for match in lines:
            words = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
            if words is None or match.group(1).lower() in self.rules.get("headline_labels", ()):
                continue
            head = words.root
            named = any(e.label_ in {"PERSON", "ORG"} and e.start < words.end and words.start < e.end for e in doc.ents) \
                or (len(words) <= 2 and words[-1].lower_ in last_words) or match.start() in transcript
            if not named and head.lemma_.lower() not in self.rules.get("headline_sources", ()):
                continue
            c_start, c_end = match.span(2)
            if text[c_end - 1] == "." and match.start() not in transcript:
                c_end -= 1  # a headline's full stop; a transcript's turn keeps its sentences' own
            speaker = self._speaker(resolve, head)
            quotes.append(Quote(quote=text[c_start:c_end], start=c_start, end=c_end, speaker=speaker, cue=":",
                                direct=False, speaker_text=match.group(1), confidence=0.6 if speaker else 0.4,
                                cue_span=(match.end(1), match.end(1) + 1), speaker_span=match.span(1)))
        return quotes

    def _cue_for(self, doc: Doc, start: int, end: int) -> Token | None:
        """The cue verb outside the quote that governs it in the parse ("called the plan “a fantasy”");
        else the nearest one in the sentences that hold its ends; none where that verb tells a thing going on ("The
        fight continued outside, where '...'")."""
        cue = self._speech_verb_for(doc, start, end)
        return None if cue is not None and cue.idx < start and _a_thing_goes_on(cue) else cue  # (after the quotation,
        # '"...," the witness continued', it speaks)

    def _speech_verb_for(self, doc: Doc, start: int, end: int) -> Token | None:
        first = doc.char_span(start, end, alignment_mode="expand")
        if first is None or len(first) == 0:
            return None
        after = first[-1].i + 1
        while after < len(doc) and doc[after].is_punct and after <= first[-1].i + 3:
            after += 1
        cue = doc[after] if after < len(doc) else None
        if cue is not None and cue.lemma_.lower() in self.speech_cues and cue.pos_ in {"VERB", "AUX"} \
                and cue.idx - end <= 3 and cue.tag_ in {"VBD", "VBZ", "VBP"} and first[0].text[:1].isupper() \
                and not any(c.dep_ in {"ccomp", "xcomp"} for c in cue.children):
            return cue  # '... Brussels "The EU supports it," said X': a cue written right after a whole quotation that
            # reports nothing else, whatever verb the parse hangs it on (not '"delighted", saying Mr Jackson ...')
        node = first.root
        while node.head != node and start <= node.idx < end:
            node = node.head
        for ancestor in [node, *node.ancestors]:
            if ancestor.pos_ in {"VERB", "AUX"}:
                if ancestor.lemma_.lower() in self.speech_cues and not start <= ancestor.idx < end:
                    return ancestor
                break
        sentences = {first[0].sent.start: first[0].sent, first[-1].sent.start: first[-1].sent}
        best, best_distance = None, None
        for sentence in sentences.values():
            for token in sentence:
                if start <= token.idx < end or token.lemma_.lower() not in self.speech_cues \
                        or token.pos_ not in {"VERB", "AUX"}:
                    continue
                distance = start - token.idx if token.idx < start else token.idx - end
                if best_distance is None or distance < best_distance:
                    best, best_distance = token, distance
        return best if best is not None else self._cue_in_next_sentence(first[-1])

    def _cue_in_next_sentence(self, last: Token) -> Token | None:
        """'“Who knew?” Ana Ruiz said.': a quotation ending on a question or exclamation (or a full stop)
        closes its sentence, and the short sentence right after it that is only a cue, with no words of its
        own to report, attributes it."""
        doc, i = last.doc, last.i + 1
        while i < len(doc) and i <= last.i + 3 and (doc[i].is_punct or doc[i].is_space) and not doc[i].is_sent_start:
            i += 1
        if i >= len(doc) or not doc[i].is_sent_start or "\n" in doc[i - 1].text_with_ws:
            return None
        sentence = doc[i].sent
        root = sentence.root
        if len(sentence) > NEXT_SENTENCE_CUE_WORDS or root.pos_ != "VERB" or root.lemma_.lower() not in self.speech_cues \
                or any(c.dep_ in REPORTING_DEPS for c in root.children):
            return None
        return root

    def _cue_speaker(self, cue: Token | None, speaker_token: Token | None, resolve: Resolver):
        """The speaker of a cue's subject; a person described in another speaker's report ("Mr X said the man
        claimed ...") is not that other speaker, whom "the man" would otherwise read as the person most named; a name
        the tagger read as a noun is no description ("Souness ... said Bellamy did not score ..., said Souness")."""
        speaker = self._speaker(resolve, speaker_token)
        outer = cue.head if cue is not None and cue.dep_ == "ccomp" and cue.head.lemma_.lower() in self.any_cues \
            else None
        if speaker is not None and outer is not None and speaker_token.pos_ == "NOUN" \
                and resolve.entity_at(speaker_token) is None and self._speaker(resolve, subject_of(outer)) is speaker:
            return None
        return speaker

    @staticmethod
    def _speaker(resolve: Resolver, token: Token | None):
        """The canonical speaker; a nationality ("Kenyan authorities said") names no one, nor does an unnamed
        spokesman for a person ("Mr Blair's spokesman said", "a spokesman for Michael Howard said": someone else
        speaking for them; a spokesman for an organisation speaks as it)."""
        named = _named_in_apposition(token, resolve) or _person_of_an_owner(token, resolve)
        if named is not None:
            return named
        entity = resolve(token)
        if entity is not None and entity.label == "WORK_OF_ART" and token is not None:
            # "Only Fools and Horses star David Jason has criticised", parsed with the title as the subject and the
            # name in apposition or joined to it: the person named, no work, speaks
            entity = next((named for t in token.subtree if t.dep_ in {"appos", "conj"}
                           for named in [resolve.entity_at(t)] if named is not None
                           and named.label in {"PERSON", "ORG"}), entity)
        if entity is not None and entity.label == "PERSON" and token.pos_ == "NOUN" \
                and token.lemma_.lower() in SPOKESPEOPLE and resolve.entity_at(token) is None \
                and not any(c.dep_ == "appos" and resolve.entity_at(c) is entity for c in token.children) \
                and person_named_before(token, resolve.entity_at) is not entity:  # "X, Labour spokesman said"
            # (the one spokesman the article names, though: "..., his spokesman has said. ... Fiction Records
            # spokesman Paul Smernicki said")
            named = resolve.only_one_titled(token.lemma_.lower())
            return named if named is not entity else None
        return entity if entity is None or entity.label != "NORP" else None

    @staticmethod
    def _speaker_token(cue: Token, start: int, end: int) -> Token | None:
        if _a_noun_after_a_preposition(cue):
            return None
        outer = _said_and_then(cue)
        if outer is not None:
            return outer  # "He said some people were in denial but predicted a receptive mood": he predicted it
        misparsed = _participle_hung_on_an_object(cue)
        if misparsed is not None:
            return misparsed  # "will call for religious tolerance, arguing that ...": the one who calls argues
        subject = subject_of(cue)
        named = [c for c in cue.children if c.dep_ == "nsubj" and c.ent_type_ in {"PERSON", "ORG"}]
        if subject is not None and subject.ent_type_ == "" and subject.pos_ == "NOUN" and cue.i < subject.i \
                and len(named) == 1 and named[0].i > subject.i:
            return named[0]  # '"...," said co-ordinator Peter Facey': a title split at its hyphen read as a second
            # subject before the name
        inverted = next((c for c in cue.children if c.dep_ == "nsubj" and c.i == cue.i + 1 and c.pos_ == "PROPN"),
                        None)
        if subject is not None and inverted is not None and subject.i < cue.i and subject.pos_ in {"PRON", "DET"}:
            return inverted  # "This, said Sloncek, should make it easier": the name after the cue set off inside
        if subject is not None and start <= subject.idx < end:
            # a word of the quotation parsed as a second subject ('“... either single items or boxes,” said Ana
            # Ruiz'): the cue's subject outside it, if any
            own = next((c for c in cue.children if c.dep_ == "nsubj" and not start <= c.idx < end), None)
            return own if own is not None or cue.idx < end else _named_between(cue, end)
        if subject is None and cue.idx >= end:  # '“You can't change history,” warned Richards', parsed as the
            # object: the name right after the cue that follows the quotation (not one it tells: '"...," trader Ana
            # Ruiz, told Reuters', the name between the quotation and the cue misread as the quotation's object)
            after = cue.doc[cue.i + 1] if cue.i + 1 < len(cue.doc) else None
            if after is not None and _named_between(cue, end) is None and after.head == cue and (
                    after.dep_ == "dobj" and after.pos_ == "PROPN" or after.ent_type_ == "PERSON"):
                return after  # (or a name the parse reads as an adverb: '"...," admitted Kiely')
        if subject is None and cue.idx >= end:
            described = _described_after(cue)
            if described is not None and _named_between(cue, end) is None:
                return described  # '"...," added the Uruguayan-born researcher': a description the parse reads
                # as the object of the cue after the quotation
            return _named_between(cue, end) or _named_in_a_misread_clause(cue)
        if subject is None and any(c.dep_ == "auxpass" for c in cue.children):
            return _passive_agent(cue)
        if subject is not None and subject.pos_ in {"VERB", "AUX"} and cue.idx >= end:
            # '"...," said Swedish trades union official Ulf Carlsson': a noun read as a verb, the name its object
            return next((t for t in subject.subtree if t.ent_type_ in {"PERSON", "ORG"} and t.dep_ != "compound"),
                        subject)
        return _standing_for(cue, subject)

    def _according_to(self, doc: Doc, start: int, end: int) -> Token | None:
        """The source after "according to" in the quotation's sentence, unless it is one of not_sources ('put in 24
        categories according to their last known voting intention, ranging from "Labour (firm)"')."""
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        for token in span[-1].sent:
            if token.lower_ == "according" and token.i + 2 < len(doc) and doc[token.i + 1].lower_ == "to":
                pobj = _named_conjunct(next((c for c in doc[token.i + 1].children if c.dep_ == "pobj"), None))
                return None if pobj is not None and self._not_a_source(pobj) else pobj
        return None

    def _not_a_source(self, token: Token) -> bool:
        return token.lemma_.lower() in self.not_sources or token.lower_ in self.not_sources

    def to_disk(self, path, exclude=tuple()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        write_json(path / "quote_cues.json", self.rules)

    def from_disk(self, path, exclude=tuple()) -> "NewsQuotes":
        self._load(read_json(Path(path) / "quote_cues.json"))
        return self


ACCORDING_TO = "according to"
#: After a quotation, the words that call it someone's view: '"...," is the dry assessment of Graham Lane'.
VIEW_OF = re.compile(r"[,;\"”’'\s]*(?:is|was|are|were)\s+(?:the|a|an|his|her|their)\s+(?:[a-z-]+\s+){0,2}?"
                     r"(assessment|verdict|view|opinion|judgement|judgment|conclusion|warning|message|advice|"
                     r"prediction|diagnosis|reaction|response)\s+of\s+")
COLON_BETWEEN = re.compile(r"\s*:\s*[\"“‘']?")  # reported words, a colon, the quotation the speaker goes on with
NOUN_CUE_PREPOSITIONS = {"over", "amid", "after", "following", "despite", "against"}  # before a cue, make it a noun
SHORT_QUOTE_WORDS = 3  # the longest quotation inside a sentence read as a term no one said (_a_term_no_one_said)
CONVENTIONS = ("newsfacts", "polnear")
TITLE_JOINERS = {"a", "an", "the", "of", "and", "in", "on", "to", "for", "at", "with", "without", "from", "by", "or"}


#: Tags of a finite verb, which a clause of its own has.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _said_and_then(cue: Token) -> Token | None:
    """"He said some people were in denial but predicted a more receptive mood": a finite speech verb with no subject
    of its own, coordinated by the parse with the verb of another speech verb's clause, is that speaker's second deed
    (not the clause subject's: people in denial predict nothing); the outer verb's subject. Not an infinitive or a
    participle ("had no other course of action but to ask", "was asking for help")."""
    verbs = word_list("quote_cues.json", "verbs")
    if cue.dep_ != "conj" or cue.tag_ not in {"VBD", "VBZ", "VBP"} \
            or any(c.dep_ in {"nsubj", "nsubjpass"} for c in cue.children) \
            or cue.head.dep_ != "ccomp" or cue.head.lemma_ in verbs:
        return None
    outer = cue.head.head
    return subject_of(outer) if outer.lemma_.lower() in verbs and cue.lemma_.lower() in verbs else None


def _withheld_by_the_speaker(conjunct: Token, cue: Token, resolve: Resolver) -> bool:
    """"Macrovision said the technology will work in nearly all players, but it did not specify how many could have a
    problem": a clause joined by "but" to the reported one, denied with "did not" and a verb of giving details,
    whose pronoun subject is the speaker, is what the speaker left unsaid, no part of what was said."""
    subject = next((c for c in conjunct.children if c.dep_ == "nsubj"), None)
    if conjunct.lemma_.lower() not in WITHHELD_DETAIL_VERBS or subject is None or subject.pos_ != "PRON" \
            or not any(c.dep_ == "neg" for c in conjunct.children) \
            or not any(c.dep_ == "aux" and c.lower_ == "did" for c in conjunct.children) \
            or not any(c.dep_ == "cc" and c.lower_ == "but" for c in conjunct.head.children):
        return False
    speaker = resolve(subject_of(cue))
    return speaker is not None and resolve(subject) is speaker


def _past_beside_a_modal(conjunct: Token, complement: Token) -> bool:
    """"Blair said Labour would set out plans and attacked the Tory plans": a verb in the past tense with no subject
    of its own, joined to a reported clause whose verb stands bare under a modal, cannot share the modal; it is the
    speaker's next deed, no part of what was said (not a past written as its bare form: "would start in May and cost
    Ghana 60 million cedis")."""
    return conjunct.tag_ == "VBD" and complement.tag_ == "VB" and conjunct.lower_ != conjunct.lemma_.lower() \
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in conjunct.children) \
        and any(c.dep_ == "aux" and c.tag_ == "MD" for c in complement.children)


def _person_of_an_owner(token: Token | None, resolve: Resolver):
    """"Ernst and Young's Sanjay Mehta said", parsed with the firm as the subject and the person joined to it: the
    person named right after the subject's name and its possessive mark speaks (a title may come between: "Acme's
    chief economist Jo Reed"), never the owner."""
    owner = resolve.entity_at(token) if token is not None else None
    if owner is None or owner.label not in {"ORG", "GPE"}:
        return None
    doc, end = token.doc, token.i
    while end < len(doc) and resolve.entity_at(doc[end]) is owner:
        end += 1
    if end >= len(doc) or doc[end].text not in {"'s", "’s", "'", "’"}:
        return None
    for t in doc[end + 1:end + 5]:
        person = resolve.entity_at(t)
        if person is not None:
            joined = t.dep_ == "conj" or any(c.dep_ == "conj" and resolve.entity_at(c) is person for c in token.children)
            return person if person.label == "PERSON" and joined else None
        if not t.is_lower:
            return None  # (a title's words only may come between)
    return None


def _named_in_apposition(token: Token | None, resolve: Resolver):
    """"The head of Christian Brothers' school St Fintian's, Richard Fogarty, said": the person named in apposition
    inside the subject, when the subject is a title: its own apposition first, then one the parse hangs deeper (here
    on the school), not through a conjunct ("The player himself and his captain Jason Robinson have both said"); a
    title opening the sentence may be tagged as a name ("Head of genetics at the X Institute, Professor Y, said")."""
    if token is None or not (token.pos_ == "NOUN" or token.pos_ == "PROPN" and token.is_sent_start) \
            or token.lemma_.lower() not in word_list("roles.json", "titles"):
        return None
    own = [c for c in token.children if c.dep_ == "appos"]  # its own apposition first, then one deeper in its phrase
    deeper = [t for t in token.subtree if t.dep_ == "appos" and t.i > token.i and t not in own
              and not any(a.dep_ == "conj" for a in t.ancestors if a.i > token.i and token in a.ancestors)]
    return next((entity for t in own + deeper
                 if (entity := resolve.entity_at(t)) is not None and entity.label == "PERSON"), None)


def _introduced_by_colon(doc: Doc, text: str, start: int, end: int, resolve: Resolver) -> Quote | None:
    """'Drummer Larry Mullen echoed those sentiments: “We're very competitive.”', 'Tom Reed was less sure: “It
    will cost too much.”': a quotation right after a colon that closes a clause whose subject names a person or an
    organisation is that subject's (no cue verb needed; not the speaker of the quotation before)."""
    i = start - 1
    while i >= 0 and (text[i] in " \t" or text[i] in OPEN):
        i -= 1
    colon = doc.char_span(i, i + 1) if i >= 0 and text[i] == ":" else None
    if colon is None or colon.start == 0:
        return None
    verb = verb_above(doc[colon.start - 1])
    subject = subject_of(verb) if verb is not None and verb.i < colon.start else None
    if subject is None or subject.i >= colon.start or subject.sent != doc[colon.start - 1].sent:
        return None
    speaker = NewsQuotes._speaker(resolve, subject)
    if speaker is None or speaker.label not in {"PERSON", "ORG"}:
        return None
    return Quote(quote=quoted_words(text, start, end), start=start, end=end, speaker=speaker, cue=":", direct=True,
                 speaker_text=subject.text, confidence=0.6, cue_span=(i, i + 1), speaker_span=speaker_phrase(subject))


def _one_claim_around_the_cue(before: list[Token], after: list[Token], parts: list[tuple[int, int]]
                              ) -> list[tuple[int, int]]:
    """Under the project's conventions, reported words split by a cue set inside them ("The hard part, said Mr Lee,
    was the grammar"; PolNeAR marks the two parts): with no clause before the cue (no finite verb, none with a
    subject) and a finite verb opening the words after it, the subject and its verb are one claim, read whole with
    the cue inside it; with no verb at all before the cue, the words before are an opening adverbial, no claim ("By
    contrast, he said, the game was easy"; but "To understand the case, Roberts said, one should visit" keeps both)."""
    if len(parts) != 2 or not before or not after or any(t.tag_ in FINITE_TAGS or t.pos_ in {"VERB", "AUX"} and any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in t.children) for t in before):
        return parts
    if after[0].tag_ in FINITE_TAGS:
        return [(parts[0][0], parts[1][1])]
    return parts if any(t.pos_ in {"VERB", "AUX"} for t in before) else parts[1:]


def _led_to_say(cue: Token) -> Token | None:
    """The object of the verb a to-infinitive cue completes ("led 12 viewers to complain ...": viewers; "urged the
    chancellor to admit ...": chancellor); None for a cue that is no such infinitive ("went on to say", "was
    forced to admit")."""
    if cue.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children):
        return None
    return next((c for c in cue.head.children if c.dep_ == "dobj" and c.i < cue.i), None)


def _participle_before_its_noun(cue: Token) -> bool:
    """"reported fraud dropped", "Reported crime fell": a past form read as a sentence's verb with no subject of its
    own, written right before the noun that is the subject of the clause it seems to govern."""
    doc = cue.doc
    if cue.tag_ != "VBD" or cue.dep_ != "ROOT" or cue.i + 1 >= len(doc) \
            or any(c.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"} for c in cue.children):
        return False
    following = doc[cue.i + 1]
    return following.pos_ == "NOUN" and following.dep_ in {"nsubj", "nsubjpass"} and following.head.head == cue


def _mostly_quoted(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    """Whether quotations cover half the characters of the span or more."""
    return quoted_chars(spans, *span) * 2 >= span[1] - span[0]


def _inside_another(quote: Quote, quotes: list[Quote]) -> bool:
    """Whether the quotation lies inside another one's words (a partial quote in reported speech)."""
    return any(other is not quote and other.start <= quote.start and quote.end <= other.end for other in quotes)


SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})
#: Modals of what may be: a cue under one reports no claim ("may find", "might argue"; not "would say", which news
#: writes of what was said: "he would say only that ...").
POSSIBILITY_MODALS = frozenset({"may", "might", "could"})
REFUSALS = frozenset({"decline", "refuse"})
#: Verbs of giving details: "but it did not specify how many" is what the speaker left unsaid.
WITHHELD_DETAIL_VERBS = frozenset({"specify", "say", "disclose", "reveal", "elaborate", "explain", "give", "name",
                                   "identify", "detail", "confirm"})
#: Verbs that report evidence, not words: what they report is no claim when it is a question ("figures which show how
#: many copies were sold")
EVIDENCE_CUES = frozenset({"show", "find", "reveal", "indicate", "suggest", "prove", "demonstrate", "confirm",
                           "observe"})  # ("to observe how infant pandas feed": to watch, no claim)
REFLEXIVES = frozenset({"myself", "yourself", "himself", "herself", "itself", "ourselves", "yourselves", "themselves"})
QUESTION_WORDS = frozenset({"how", "what", "whether", "why", "where", "when", "who", "which", "if"})
RELATIVE_WORDS = frozenset({"which", "who", "whom", "that", "what"})


def _object_read_for_the_subject(cue: Token, complement: Token) -> list[Token]:
    """"Pullman has denied his books are anti-religious", parsed with "his books" as the cue's object and a clause
    with no subject after it: the object's words, which open what was reported; none otherwise."""
    if complement.dep_ != "ccomp" or any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in complement.children):
        return []
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.right_edge.i + 1 == complement.left_edge.i), None)
    return [t for t in obj.subtree if not t.is_space] if obj is not None else []


def _no_claim(complement: Token, lemma: str) -> bool:
    """A clause cut short ("where they had said they would be") or what "this" or "that" shows ("This indicates that
    the market is strong", the writer's own inference): nothing a careful reader takes as claimed (PolNeAR may mark
    them)."""
    if complement.pos_ == "AUX" and all(c.dep_ in {"nsubj", "aux", "neg"} for c in complement.children) \
            and any(c.dep_ == "aux" for c in complement.children):
        return True
    return lemma in EVIDENCE_CUES and any(c.dep_ == "nsubj" and c.lower_ in {"this", "that"}
                                          for c in complement.head.children)


def _no_proposition(complement: Token, lemma: str) -> bool:
    """A cue's clause that states nothing: one about the subject itself ("the visitors found themselves trailing"), or
    a question after a verb of evidence ("figures which show how many copies were sold")."""
    if complement.dep_ == "ccomp" and any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in REFLEXIVES
                                          for c in complement.children):
        return True
    first = complement.left_edge
    return lemma in EVIDENCE_CUES and complement.dep_ == "ccomp" and first.lower_ in QUESTION_WORDS


def _unnamed_spokesmen_go_on(text: str, quotes: list[Quote]) -> None:
    """"Mr Blair's spokesman said ... He said: '...'": a "he" or "she" that speaks next, in the same paragraph, is the
    unnamed spokesman still, not the person the spokesman speaks for (as the gold sets annotate "He added" after an EU
    spokesman)."""
    for before, quote in zip(quotes, quotes[1:]):
        if before.speaker is not None or before.speaker_span is None or quote.speaker_span is None:
            continue
        words = text[before.speaker_span[0]:before.speaker_span[1]].lower().split()
        pronoun = text[quote.speaker_span[0]:quote.speaker_span[1]].lower()
        if pronoun in {"he", "she"} and any(w.strip(",.") in SPOKESPEOPLE for w in words) \
                and "\n" not in text[before.end:quote.start].strip():
            quote.speaker = None


def _restated_by_its_speaker(quote: Quote, quotes: list[Quote], belief_cues: frozenset[str]) -> bool:
    """Whether a belief or inference (``belief_cues``) is a layer of a speaker's reported speech around it, the
    speaker's own or no one's named ("Deutsche Boerse said it believed it could show its proposal offered benefits":
    one claim, not three; "Mr Vetham said the survey showed that ...": his claim); speech nested so ("said it was
    optimistic, saying that demand ...") and another speaker's words nested in a report ("Kilroy-Silk said the man
    claimed he was ...") keep their own record."""
    if quote.direct or quote.cue_span is None or quote.cue not in belief_cues:
        return False
    return _a_layer_of_a_report(quote, quotes)


def _a_layer_of_a_report(quote: Quote, quotes: list[Quote]) -> bool:
    """Whether the reported speech's cue and words lie inside another quote's reported speech, one with a speaker,
    and the inner one has that speaker or none."""
    return any(other is not quote and not other.direct and other.speaker is not None
               and quote.speaker in (None, other.speaker)
               and other.start <= quote.cue_span[0] and quote.end <= other.end for other in quotes)


def _told_by_no_one_named(doc: Doc, quote: Quote, quotes: list[Quote]) -> bool:
    """Whether reported speech under a passive cue with no "by" phrase ("Azmat Begg said he had been told he could
    see his son"), with no speaker, lies inside another speaker's reported speech: a layer of that speaker's claim,
    what he says he was told, not a second quotation with no one's name (but "he had been told by police ...": the
    police's words)."""
    if quote.direct or quote.speaker is not None or quote.cue_span is None:
        return False
    cue = doc.char_span(*quote.cue_span, alignment_mode="expand")
    if cue is None or not any(t.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in t.children)
                              and not any(c.dep_ == "agent" for c in t.children) for t in cue):
        return False
    return _a_layer_of_a_report(quote, quotes)


def _a_term_used_unquoted(doc: Doc, text: str, quote: Quote, quotes: list[Quote],
                          spans: list[tuple[int, int]]) -> bool:
    """A direct quotation of a few lower-case nouns inside another quote's reported speech that the article also
    writes without quotation marks ('Mr Blair told the BBC the "control orders" would only be used ... who was able
    to issue the control orders'): a term set off, not words quoted (but 'set their taxes at "reasonable levels"',
    a judgement, is the speaker's)."""
    words = quote.quote.strip()
    if not quote.direct or not 0 < len(words.split()) <= 3 or not words.islower() or not _inside_another(quote, quotes):
        return False
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None or not all(t.pos_ in {"NOUN", "PROPN"} for t in span if t.is_alpha):
        return False
    return any(not _in_quote(m.start(), spans) for m in re.finditer(rf"\b{re.escape(words)}\b", text, re.I))


def _named_by_a_phrase(text: str, quote: Quote) -> bool:
    """A quotation right after a preposition or a naming word, its "the" aside ('the report on the "State of
    Agricultural Commodity Markets 2004"', 'described as "A Concert of Hope"'): a name, whatever cue the sentence
    has."""
    before = re.findall(r"[a-z]+", text[max(0, quote.start - 30):quote.start].lower())
    before = before[:-1] if before[-1:] == ["the"] else before
    return bool(before) and before[-1] in NAMING_WORDS


#: Words after which a quotation written as a title is a name ('the report on "..."', 'described as "..."').
NAMING_WORDS = frozenset({"on", "of", "about", "as", "called", "entitled", "titled", "dubbed", "named"})


def _a_title(words: str) -> bool:
    """A quotation written as a title: a few words, each capitalised but the joiners, no sentence's stop ("Caravan
    of Ash", "Winter Without Beds")."""
    tokens = words.split()
    return 0 < len(tokens) <= 8 and words.rstrip()[-1:] not in {".", "?", "!", ","} and tokens[0][:1].isupper() \
        and all(t[:1].isupper() or t[:1].isdigit() or t.lower() in TITLE_JOINERS for t in tokens)  # ("... 2004")


def _in_a_conjunct_of(token: Token, verb: Token) -> bool:
    """Whether the token hangs on a verb joined to ``verb`` ("accused X and was [fined]"), not on the verb itself."""
    while token.i != verb.i and token.head.i != token.i:
        if token.dep_ == "conj" and token.head.i == verb.i:
            return True
        token = token.head
    return False


def _participle_hung_on_an_object(cue: Token) -> Token | None:
    """A speech participle the parse hangs on the object before it ("will call for religious tolerance arguing that
    ...", "opposes positive discrimination saying it is unjust"): a thing that says nothing, so the participle goes
    on from the clause's verb, a verb of speaking or of taking a side, whose subject speaks (not a speaking noun:
    "issued a statement saying", "a man saying", nor a name, nor the subject of "with": "with figures showing that
    ...", nor after a verb of another kind: "received a call saying ...", the caller's)."""
    noun = cue.head
    if cue.dep_ != "acl" or cue.tag_ != "VBG" or noun.pos_ != "NOUN" or noun.ent_type_ \
            or noun.dep_ not in {"dobj", "pobj"} or noun.head.lower_ == "with" \
            or not any(c.dep_ == "ccomp" for c in cue.children) \
            or any(noun.lemma_.lower() in word_list("org_nouns.json", key) for key in SPEAKING_NOUN_LISTS):
        return None
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in word_list("quote_cues.json", "verbs") \
            and verb.lemma_.lower() not in word_list("quote_cues.json", "introducing_verbs"):
        return None
    return subject_of(verb)


#: The org_nouns.json lists of nouns that can say something themselves ("a statement saying", "a man saying").
SPEAKING_NOUN_LISTS = ("person_nouns", "description_nouns", "document_nouns", "report_nouns", "message_nouns",
                       "voice_nouns", "media_nouns", "committee_nouns", "member_nouns", "figure_nouns")


#: Verbs that take their subject from the verb they hang off ("..., saying that", "and warned that").
SUBJECT_FROM_HEAD = {"conj", "advcl", "xcomp", "relcl", "acl", "pcomp"}
#: The most words of a sentence that only attributes the quotation before it ('“Who knew?” Ana Ruiz, the
#: mayor of the town, asked.'), and the dependents that show a cue verb reports words of its own.
NEXT_SENTENCE_CUE_WORDS = 30
REPORTING_DEPS = {"ccomp", "dobj", "xcomp", "parataxis"}
#: A dash and up to five capitalised words ending the line right after a quotation: its signature.
SIGNATURE = re.compile(r"[.,]?[ \t]*(―|—|–|--)[ \t]*([A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,4})[ \t]*(?:\n|$)")
#: A line that opens with up to five capitalised words and a colon: "Pat Caddell: Voters Are Worried"; a quoted
#: transcript's turn opens with the quotation mark ('"PENCE: Well, look, ...').
HEADLINE = re.compile(r"^[\"“]?([A-Z][\w.’'&-]*(?: [A-Z][\w.’'&-]*){0,4}): (\S[^\n]{8,})$", re.M)


def _a_thing_s(doc: Doc, span: tuple[int, int] | None) -> bool:
    """Whether the words naming a quotation's source are a thing's ("some measures", "ILO-based figures", a clause:
    "Imports gained by 13%, signalling"), not a person's, an organisation's or one described ("analysts", "a
    spokesman", "the firm", "he"), nor something written ("Initial reports suggested", "research suggests")."""
    words = doc.char_span(*span, alignment_mode="expand") if span is not None else None
    if words is None or len(words) == 0:
        return False
    root = words.root
    if root.pos_ not in {"NOUN", "VERB"} or root.ent_type_ or is_person_noun(root):
        return False
    lemma, titles = root.lemma_.lower(), word_list("roles.json", "titles")
    sources = WRITTEN_SOURCES.union(*(word_list("org_nouns.json", key) for key in SOURCE_NOUN_LISTS))
    return lemma not in titles and lemma.rstrip("s") not in titles and lemma not in sources


#: What is written, besides the report, document and message nouns of org_nouns.json: a source of what it suggests
#: ("Leaked documents suggested ...", "Investigations suggest"), as "Initial reports suggested" is.
WRITTEN_SOURCES = frozenset({"document", "investigation", "inquiry"})
#: The org_nouns.json lists of nouns for a body, a group of people or something written: sources, no things.
SOURCE_NOUN_LISTS = ("description_nouns", "public_nouns", "nouns", "report_nouns", "document_nouns", "message_nouns")


def _token_span(token: Token | None) -> tuple[int, int] | None:
    return (token.idx, token.idx + len(token.text)) if token is not None else None


def _according_span(source: Token | None) -> tuple[int, int] | None:
    """"according to" itself, from the object of its "to"."""
    if source is None or source.head.lower_ != "to" or source.head.i == 0:
        return None
    according = source.doc[source.head.i - 1]
    if according.lower_ != "according":
        return None
    return according.idx, source.head.idx + len(source.head.text)


def speaker_phrase(token: Token | None) -> tuple[int, int] | None:
    """The words naming the speaker at this cue, as PolNeAR and PARC mark a source: the token's whole
    noun phrase, appositions and relative clauses included ("Jonas Albrecht, a spokesman for the port,",
    "Sen. Ana Ruiz (D-Ore.)"), within the token's paragraph; the comma closing an apposition is part of
    it, a lone trailing comma or a conjunction is not."""
    if token is None:
        return None
    low, high = _paragraph_of(token)
    # not a time phrase of the noun ("A group of doctors in 2015 called for ...": when, not who)
    when = {t.i for c in token.children if c.dep_ == "prep" and _dated(c) for t in c.subtree}
    words = [t for t in token.subtree if not t.is_space and low <= t.i <= high and t.i not in when]
    while words and words[0].i != token.i and (words[0].is_punct or words[0].dep_ == "preconj"):
        words = words[1:]  # nor "Both" of "Both Mr. King and Mr. Schultz say"
    while words and words[-1].i != token.i and (words[-1].dep_ == "cc" or (
            words[-1].is_punct and not (words[-1].text == ")" and any(t.text == "(" for t in words)))):
        words = words[:-1]
    if not words:
        return _token_span(token)
    end = words[-1].idx + len(words[-1].text)
    after = token.doc[words[-1].i + 1] if words[-1].i + 1 < len(token.doc) else None
    if after is not None and after.text == "," and any(t.text == "," for t in words[1:]):
        end = after.idx + 1  # "Phil Lovas, the state's campaign chairman, said": the closing comma
    return words[0].idx, end


def _dated(preposition: Token) -> bool:
    """A preposition whose object is a date or a year ("in 2015", "on Monday")."""
    return any(c.dep_ == "pobj" and (c.ent_type_ in {"DATE", "TIME"} or (c.like_num and len(c.text) == 4))
               for c in preposition.children)


def _without_what_is_added(words: list[Token], complement: Token) -> list[Token]:
    """Reported words up to a speech participle the parse hangs on them ("said the year had begun well, adding it
    expected ..."): what is added is the next report of the same speaker, not this one's."""
    added = next((c for c in complement.children if added_to_a_report(c)), None)
    return words if added is None else [t for t in words if t.i < added.left_edge.i - 1]


def _without_time_of_saying(words: list[Token], cue: Token) -> list[Token]:
    """Reported words without the date that opens them right after the cue, which says when it was said
    whatever the parse hung it on ("said on Friday he hoped ...", "told the BBC last week the plan ...")."""
    if not words or not 0 < words[0].i - cue.i <= 6 or any(t.is_punct for t in cue.doc[cue.i + 1:words[0].i]):
        return words  # only right after the cue and its object ("told BBC radio on Friday ...")
    first = words[0]
    dated = first.dep_ == "prep" and _dated(first) or first.ent_type_ in {"DATE", "TIME"} and first.dep_ == "npadvmod"
    if not dated:
        return words
    end = first.right_edge.i
    rest = [t for t in words if t.i > end]
    return rest if rest and rest[0].ent_type_ not in {"DATE", "TIME"} else words


#: Cues of a question: as a participle opening a sentence ("Asked whether ..."), one put to the subject, no words of theirs.
QUESTION_CUES = frozenset({"ask", "question", "press", "quiz"})
#: Subjects that name no source: anyone at all ("Everyone can agree that ...").
GENERIC_SUBJECTS = frozenset({"everyone", "everybody", "anyone", "anybody", "nobody", "noone"})


def _no_one_s(cue: Token) -> bool:
    """A passive cue whose subject is the "it" that stands for the clause after it, with no "by" naming who says so:
    "It is believed that ...", "it was estimated that ..."."""
    return cue.tag_ == "VBN" and any(c.dep_ in {"nsubjpass", "expl"} and c.lower_ == "it" for c in cue.children) \
        and not any(c.dep_ == "agent" for c in cue.children)


def _denied_or_anyone_s(cue: Token) -> bool:
    """A cue negated ("Tom Hart did not say that the firm would close", "Not everyone agrees that ..."), or under a
    negated verb ("not wishing to claim that he is the first"), or whose
    subject is anyone at all ("Everyone can agree that ..."), or in a condition ("If the judge rules that the deal
    is unlawful, ..."): no one is said to hold what follows."""
    if cue.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in cue.children):
        return True
    subject = next((c for c in cue.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    wished = cue.head if cue.dep_ == "xcomp" and cue.head is not cue else None  # "not wishing to claim that ..."
    return any(c.dep_ == "neg" for c in cue.children) or wished is not None and any(
        c.dep_ == "neg" for c in wished.children) or subject is not None and (
        subject.lower_ in GENERIC_SUBJECTS or subject.lower_ == "one" and subject.pos_ == "PRON"
        or any(c.dep_ in {"neg", "det"} and c.lower_ in {"not", "no"} for c in subject.children))


def _without_consequence(words: list[Token], consequences: frozenset[str]) -> list[Token]:
    """The reported words without the writer's closing participle of what they led to (", prompting unions to
    threaten action"; quote_cues.json narrator_consequences)."""
    for k, token in enumerate(words):
        if k > 0 and words[k - 1].text == "," and token.tag_ == "VBG" and token.dep_ == "advcl" \
                and token.lemma_.lower() in consequences:
            return words[:k - 1]
    return words


def _without_opening_aside(words: list[Token], head: Token) -> list[Token]:
    """Reported words without the writer's opening aside, a phrase of the clause's head set off by a comma
    ("As it stands, the prison system holds ...", "Details aside, her plans ...")."""
    for child in head.children:
        if child.i < head.i and child.dep_ in OPENING_ASIDES and words and child.left_edge.i == words[0].i:
            after = child.right_edge.i + 1
            if after < len(head.doc) and head.doc[after].text == ",":
                return [t for t in words if t.i > after]
    return words


def _without_closing_aside(words: list[Token]) -> list[Token]:
    """Reported words without the writer's closing aside set off by a comma: a non-restrictive relative
    clause (", who is 70"), an apposition (", the presumed favourite"), a participle (", citing the
    report") or a concession (", although it may take days") that runs to their end, as PolNeAR leaves
    them out of the content."""
    while len(words) > 2:
        last = words[-1] if not words[-1].is_punct else words[-2]
        aside = next((t for t in last.ancestors if t.head.i != t.i and words[0].i < t.left_edge.i
                      and t.head.i >= words[0].i and _closing_aside(t)), None)
        if aside is None and _closing_aside(last) and last.i > words[0].i:
            aside = last
        if aside is None or aside.left_edge.i == 0 or aside.doc[aside.left_edge.i - 1].text != ",":
            return words
        cut = aside.left_edge.i - 1
        words = [t for t in words if t.i < cut]
    return words


def _a_plea(cue: Token) -> bool:
    """A cue whose verb takes an adjective of its own with no clause under it ("pleaded guilty", "pleaded not
    guilty to fraud", "were found guilty"): the adjective is what was entered, no words the clause before reports
    (not an object's: "called the candidate 'extremely fit'" says so of the candidate)."""
    has_object = any(c.dep_ == "dobj" for c in cue.children)
    return any((c.dep_ == "acomp" or c.dep_ == "oprd" and not has_object) and c.pos_ == "ADJ"
               and not any(g.dep_ in {"ccomp", "xcomp"} for g in c.children) for c in cue.children)


def _clause_before_a_misread_cue(cue: Token) -> list[Token] | None:
    """"BMW is preparing to enter the market for people carriers, the firm's chief has told BBC News": a cue the parse
    hangs as a relative clause on the last noun before a comma, with its own subject right after the comma and
    nothing but its object after it to the sentence's end, reports the clause before the comma (the words of that
    clause; None for any other cue)."""
    if cue.dep_ not in {"relcl", "acl"}:
        return None
    subject = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
    if subject is None or cue.left_edge.i != subject.left_edge.i or subject.left_edge.lower_ in WH_WORDS:
        return None  # a relative clause proper: "the CBI, which complains", "Tube Lines, which it maintains"
    sentence, doc = cue.sent, cue.doc
    comma = subject.left_edge.i - 1
    if comma <= sentence.start or doc[comma].text != "," or sentence.root.i >= comma \
            or any(not (t.is_punct or t.is_space) for t in doc[cue.right_edge.i + 1:sentence.end]):
        return None
    words = [t for t in doc[max(sentence.start, _paragraph_of(cue)[0]):comma] if not t.is_space]
    return words if len(words) >= 3 else None


def _closing_aside(token: Token) -> bool:
    first = token.doc[token.left_edge.i]
    if token.dep_ == "relcl":
        return first.lower_ in {"who", "which", "whom", "whose"}
    if token.dep_ == "appos":
        return True
    if token.dep_ in {"advcl", "acl"}:
        return first.tag_ == "VBG" or first.lower_ in CONCESSIONS
    return False


#: Words opening a closing concession the writer adds to reported words (", although it may take days").
CONCESSIONS = {"although", "though", "whereas"}

#: Dependents of reported words' head that, opening them and set off by a comma, are the writer's aside.
OPENING_ASIDES = {"advcl", "prep", "advmod", "npadvmod", "dep"}


def _paragraph_of(token: Token) -> tuple[int, int]:
    """The first and last token index of the token's line (a heading, a dateline, a paragraph)."""
    doc, low, high = token.doc, token.i, token.i
    while low > token.sent.start and "\n" not in doc[low - 1].text_with_ws:
        low -= 1
    while high + 1 < token.sent.end and "\n" not in doc[high].text_with_ws:
        high += 1
    return low, high


def source_span(cue: Token | None, speaker: Token | None) -> tuple[int, int] | None:
    """The source's words at this cue: a relative pronoun subject is its own source ("Trump, who said
    ..."), as PolNeAR marks it, though the speaker resolves to what it stands for."""
    if cue is not None:
        pronoun = next((c for c in cue.children if c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS), None)
        if pronoun is not None:
            return _token_span(pronoun)
    return speaker_phrase(speaker)


def cue_phrase(cue: Token | None, last: Token | None = None) -> tuple[int, int] | None:
    """The cue's words: the verb with the auxiliaries, negation and adverbs right before it ("has also
    said", "did not say"), its particle or preposition right after it ("pointed out", "called for") and
    a colon after those ("said:"), as PolNeAR marks a cue."""
    if cue is None:
        return None
    doc, first = cue.doc, cue
    while first.i > 0:
        left = doc[first.i - 1]
        if left.head.i != cue.i or left.dep_ not in CUE_MODIFIERS or left.i < cue.i - 4 \
                or left.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}:  # (a name read as an adverb: "Desailly says")
            break
        first = left
    last = last or cue
    if last is cue and cue.i + 1 < len(doc) and doc[cue.i + 1].head.i == cue.i and (
            doc[cue.i + 1].dep_ == "prt" or (doc[cue.i + 1].dep_ == "prep" and doc[cue.i + 1].lower_ in CUE_PREPOSITIONS)):
        last = doc[cue.i + 1]  # "pointed out", "called for", "described as"
    end = last.idx + len(last.text)
    if last.i + 1 < len(doc) and doc[last.i + 1].text == ":":
        end = doc[last.i + 1].idx + 1
    return first.idx, end


#: Dependents written into a cue's span when they stand right before the verb, and prepositions right after it
#: that introduce what is reported (PolNeAR train: "called for" is the cue 420 times, "called" before "for" 65).
CUE_MODIFIERS = {"aux", "auxpass", "neg", "advmod"}
CUE_PREPOSITIONS = {"for", "about", "as", "with"}


def _trailing_conjunct(cue: Token) -> bool:
    """A speech verb the parse reads as a conjunct of the clause before a comma, with its subject after it and nothing
    else of its own, the sentence ending there: an inverted attribution ("..., warns network company Sandvine.")."""
    doc = cue.doc
    if cue.dep_ != "conj" or cue.i < 1 or doc[cue.i - 1].text != "," or cue.head.i > cue.i \
            or cue.tag_ not in {"VBZ", "VBD"}:
        return False
    subject = next((c for c in cue.children if c.dep_ == "nsubj" and c.i > cue.i), None)
    rest = [t for t in doc[cue.right_edge.i + 1:cue.sent.end] if not t.is_space]
    return subject is not None and all(c.i == subject.i or c.is_punct for c in cue.children) \
        and all(t.is_punct for t in rest)


#: Participles that, after ", with" and a name, give another speaker's words ("..., with Mr Dixon quoted as
#: saying that ...", "..., with its chairman adding that ..."): the reported words end before them. The others than
#: "quoted" and "saying" only with "that" or a mark after them (not "with China adding 178m PCs", the same claim).
SECOND_SPEAKER_WORDS = frozenset({"quoted", "saying", "adding", "telling", "warning", "claiming", "insisting"})


def _content_span(words: list[Token], text: str, quoted: list[tuple[int, int]],
                  min_words: int = 3) -> tuple[int, int] | None:
    """Character span of reported words without a leading "that"/comma or trailing punctuation or conjunction; None if
    under ``min_words`` words. Reported words that end inside a quotation end with it, closing mark and the punctuation
    inside it included ('said the plan was “dead.”'), as the quotation was written."""
    cut = next((k for k in range(1, len(words) - 2) if words[k].text == "," and words[k + 1].lower_ == "with"
                and any(t.lower_ in SECOND_SPEAKER_WORDS and (t.lower_ in {"quoted", "saying"} or t.i + 1 < len(
                    t.doc) and t.doc[t.i + 1].lower_ in {"that", ":", ",", '"', "“"}) for t in words[k + 2:k + 8])),
               None)
    if cut is not None:
        words = words[:cut]  # "it may move 7,000 jobs, with Mr Dixon quoted as saying that ...": another's words
    while words and (words[0].lower_ in {"that", ","} or words[0].is_punct or (
            words[0].dep_ == "cc" and words[0].is_sent_start and words[0].lower_ in OPENING_CONJUNCTIONS)):
        words = words[1:]  # "But fierce competition is making it hard, he said": not the writer's "But"
    while words and (words[-1].is_punct and not _part_of_the_words(words) or words[-1].dep_ == "cc"
                     and words[-1].lower_ in {"and", "but", "or"}):
        words = words[:-1]  # (and the conjunction that joins the cue to another: "said that X and warned that Y")
    if len(words) < min_words:
        return None
    start, end = words[0].idx, words[-1].idx + len(words[-1])
    if any(s == start for s, _ in quoted):
        start -= opening_mark(text, start)
    last = next((e for s, e in quoted if start < s < end <= e), None)
    if last is not None:
        end = last + closing_mark(text, last)
    return start, end


def _part_of_the_words(words: list[Token]) -> bool:
    """The last token is punctuation the reported words end with, not after them: a per cent sign on its number
    ("up from 4.2%"), a bracket closing one they opened ("the statistics office (ONS)")."""
    last = words[-1]
    before = last.doc[last.i - 1] if last.i > 0 else None
    return last.text == "%" and before is not None and before.like_num and not before.whitespace_ \
        or last.text == ")" and any(t.text == "(" for t in words)


def _around_the_cue(cue: Token, complement: Token, words: list[Token], text: str,
                    quoted: list[tuple[int, int]]) -> list[tuple[int, int]] | None:
    """Reported words that open before the cue's own words (its subject and itself) are two parts around
    them, as PolNeAR marks them: a relative or question word ("which [he said] were at his side", "what
    [Trump says] his plan would do") or words set off by a comma ("To understand it, [Roberts said], one
    should visit"). None when the words lie all on one side of the cue; [] when the parse put some before it
    wrongly."""
    inside = {t.i for t in complement.subtree}
    # "what [Trump says] his plan would do": the parse hangs the question word on the cue; "To understand
    # it, [Roberts said,] one should visit": and the opening phrase of a cue set off by commas
    asked = [c for c in cue.children if c.i < cue.i and c.dep_ in {"dobj", "attr"} and c.lower_ in WH_WORDS]
    asked += _opening_phrase(cue)
    doc = cue.doc
    own = [t.i for t in cue.subtree if t.i not in inside and t not in asked and not t.is_punct]
    first_own = min(own, default=cue.i)
    fronted = asked + [t for t in words if t.i < first_own]
    rest = [t for t in words if t.i > cue.i]
    if not fronted or not rest:
        return None  # all before the cue ("The plan is dead, he said") or all after it
    if not ((len(fronted) == 1 and fronted[0].lower_ in WH_WORDS) or doc[first_own - 1].text == ","):
        return []
    parts = [_content_span(fronted, text, quoted, 1), _content_span(rest, text, quoted, 1)]
    if any(part is None or "\n" in text[part[0]:part[1]] or _crosses_quote(*part, quoted) for part in parts) \
            or not _unquoted_words(text, *parts[1], quoted):
        return []  # 'As a phone rang, the announcer said, “It's 3 a.m.”': the quotation is read as a quote
    return parts


def _opening_phrase(cue: Token) -> list[Token]:
    """The phrase opening a cue set off by commas that the parse hung on the cue, though it is what the
    cue reports ("To understand the case, [Roberts said,] one should visit")."""
    doc = cue.doc
    if cue.i + 1 >= len(doc) or doc[cue.i + 1].text != ",":
        return []
    return [t for c in cue.children if c.i < cue.i and c.dep_ in OPENING_ASIDES and c.right_edge.i + 1 < cue.i
            and doc[c.right_edge.i + 1].text == "," for t in c.subtree]


#: Relative and question words that open reported words before the cue ("which he said were ...").
WH_WORDS = {"which", "what", "who", "whom", "how", "why", "where", "when", "that"}


def _verb_phrase_words(cue: Token, preposition: Token | None = None) -> list[Token]:
    """What an act or stance is about: the cue's object and what completes it, up to a comma ("called her
    vote in favour of the war a mistake", "described the plan as a fantasy", "criticized Obama for not
    doing so", "urged North Korea to resume talks"), as PolNeAR marks the content of such cues; after the
    cue's ``preposition`` ("called on"), that preposition's object and what completes the verb after it."""
    chosen = [c for c in preposition.children if c.dep_ == "pobj"][:1] if preposition is not None else []
    after = preposition.i if preposition is not None else cue.i
    for child in sorted((c for c in cue.children if c.i > after), key=lambda c: c.i):
        if child.dep_ in VERB_PHRASE_ENDS or (chosen and cue.doc[child.left_edge.i - 1].text == ","):
            break
        if chosen or child.dep_ in VERB_PHRASE_STARTS:
            chosen.append(child)
    if not chosen:
        return []
    return [t for t in cue.doc[chosen[0].left_edge.i:chosen[-1].right_edge.i + 1] if not t.is_space]


#: The cue's dependents that open what it is about, and those that end it (a coordinated verb or clause).
VERB_PHRASE_STARTS = {"dobj", "dative", "xcomp", "oprd", "ccomp"}
VERB_PHRASE_ENDS = {"cc", "conj", "parataxis", "punct"}


def _subject_around_according_to(words: list[Token], first: int, last: int) -> bool:
    """Whether an "according to" set off inside a sentence splits its subject (no verb before it) from a finite verb
    right after it ("The problem, according to Mr Lane, is Mr Blair himself")."""
    before = [t for t in words if t.i < first and not t.is_punct]
    after = [t for t in words if t.i > last and not t.is_punct and not t.is_space]
    return bool(before) and bool(after) and not any(t.pos_ in {"VERB", "AUX"} for t in before) \
        and after[0].tag_ in FINITE_TAGS


def _adverbial_before_according_to(words: list[Token], first: int, last: int) -> bool:
    """Whether an "according to" set off inside a sentence follows no clause but an adverbial opening it, the
    statement's clause all after it ("By 2008, according to Gartner, 95% of all mobiles will have cameras"): the
    sentence is the statement, read whole."""
    before = [t for t in words if t.i < first and not t.is_punct]
    after = [t for t in words if t.i > last and not t.is_space]  # (a subject may be "%": "95% of all mobiles")
    return bool(before) and not any(t.pos_ in {"VERB", "AUX"} for t in before) \
        and any(t.dep_ in {"nsubj", "nsubjpass"} for t in after) and any(t.tag_ in FINITE_TAGS for t in after)


def _around_according_to(words: list[Token], first: int, last: int, text: str,
                         quoted: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"Taxes rose 4 percent, according to the agency, and wages fell": the statement before the
    attribution, and a clause joined after it by a conjunction (without it); not the writer's remark
    after it (", more than twice the rate before"). Nothing unless a comma sets the attribution off."""
    doc = words[0].doc
    if first == 0 or doc[first - 1].text != ",":
        return []
    before = _content_span([t for t in words if t.i < first], text, quoted)
    if before is None:
        return []
    after = [t for t in words if t.i > last and not t.is_space]
    while after and after[0].is_punct:
        after = after[1:]
    if after and after[0].dep_ == "cc" and any(t.dep_ == "conj" and t.pos_ in {"VERB", "AUX"} and any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in t.children) for t in after):
        joined = _content_span(after[1:], text, quoted)
        return [before, joined] if joined is not None else [before]
    return [before]


def _within_paragraph(text: str, cue: int, start: int, end: int) -> tuple[int, int]:
    """Reported words cut to the cue's paragraph: a parse that ran a headline into the first sentence
    ('Guantanamo four free in weeks⏎⏎All four Britons ... will be returned, Straw said') reports the sentence."""
    low = text.rfind("\n\n", 0, cue) + 2 if text.rfind("\n\n", 0, cue) >= 0 else 0
    high = text.find("\n\n", cue)
    start, end = max(start, low), min(end, high) if high >= 0 else end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in " \n,;:":
        end -= 1
    return start, end


#: Conjunctions that open a sentence of reported words and join it to the sentence before, not to what was said.
OPENING_CONJUNCTIONS = {"but", "and", "so", "yet"}


def _crosses_quote(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """True when [start, end) overlaps a quotation without holding it whole inside."""
    return any(s < end and start < e and not (start <= s - 1 and e + 1 <= end) for s, e in spans)


def _unquoted_words(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """True when [start, end) holds a word outside the quotations: reported speech, not a quote alone."""
    inside = [(max(s, start), min(e, end)) for s, e in spans if s < end and start < e]
    cut, outside = start, []
    for s, e in sorted(inside):
        outside.append(text[cut:s])
        cut = max(cut, e)
    outside.append(text[cut:end])
    return any(ch.isalnum() for part in outside for ch in part)


def _in_quote(char: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= char < e for s, e in spans)


def _unclaim_quotes_beside_reported_speech(quotes: list[Quote], text: str) -> None:
    """A cue whose reported speech is known reports that, not a quotation outside it that only stood
    nearest ("On “Morning Joe,” she said that ..."): such a quotation keeps no cue or speaker from it, unless a
    colon right after the reported speech opens it ('Ana Ruiz said the leader could rouse the party: "I think
    ..."': the speaker goes on). A quotation inside reported speech is read from the innermost reported speech that
    holds it."""
    reported = {q.cue_span: q for q in quotes if not q.direct and q.cue_span is not None}
    for quote in quotes:
        speech = reported.get(quote.cue_span) if quote.direct else None
        if speech is not None and not speech.start <= quote.start < quote.end <= speech.end \
                and not COLON_BETWEEN.fullmatch(text[speech.end:quote.start]):
            quote.cue = quote.cue_span = quote.speaker = quote.speaker_span = quote.speaker_text = None
            quote.confidence = 0.5
        around = min((q for q in reported.values() if q.start <= quote.start < quote.end <= q.end),
                     key=lambda q: q.end - q.start, default=None) if quote.direct else None
        if around is not None and around.cue_span != quote.cue_span:
            # 'Straw said the US had agreed to release them after “intensive talks”': Straw's words
            quote.cue, quote.cue_span, quote.speaker = around.cue, around.cue_span, around.speaker
            quote.speaker_span, quote.speaker_text = around.speaker_span, around.speaker_text


def _introduced_between(doc: Doc, person, start: int, end: int) -> bool:
    """True when the article first names ``person`` between ``start`` and ``end`` by a full name, as the
    subject of what they did ("The shadow foreign secretary, Michael Ancram, welcomed the return. But he
    said ..."): the new speaker, not the running one; not so a name only described ("His striker Tom Hale is
    fit again. “He is ready,” he said")."""
    first = min(person.mentions, default=None)
    if first is None or not start <= first[0] < end:
        return False
    words = doc.char_span(first[0], first[1], alignment_mode="expand")
    if words is None or len(words) < 2:
        return False
    subject = words.root.head if words.root.dep_ == "appos" else words.root  # "The shadow secretary, Michael Ancram,"
    return _subject_of_a_verb(subject) or _source_of_a_view(subject)


def _source_of_a_view(name: Token) -> bool:
    """Whether a name is where a view comes from, in the "from" phrase of a noun of opinion or of its verb ("One
    dissenting opinion came from Brian Gammage", "criticism from Ann Lee"; org_nouns.json opinion_nouns)."""
    if name.dep_ != "pobj" or name.head.lower_ != "from":
        return False
    holder = name.head.head
    view = holder if holder.pos_ == "NOUN" else first(c for c in holder.children if c.dep_ == "nsubj")
    return view is not None and name in voiced_by(view)


def _subject_of_a_verb(token: Token) -> bool:
    """The subject of a verb (of what someone did), not of a copula ("Rooney is fit"), unless the copula carries a
    verb ("Mr Kilroy-Silk was still able to appear on the show")."""
    head = token.head
    if token.dep_ != "nsubj":
        return False
    carried = [c for c in head.children if c.dep_ in {"xcomp", "advcl"}] + [
        g for c in head.children if c.dep_ == "acomp" for g in c.children if g.dep_ == "xcomp"]
    return head.pos_ == "VERB" or any(c.pos_ == "VERB" for c in carried)


def _subject_of_the_sentence_before(doc: Doc, text: str, quote: Quote) -> bool:
    """True when the quote's pronoun opens its sentence before the quotation ("He said: ...") or the quotation opens
    it ('Butragueno was angry. "It is a disgrace," he said.'), and the person the pronoun read is the main subject of
    the sentence before."""
    if quote.speaker_span is None:
        return False
    if quote.speaker_span[0] > quote.start:
        pronoun = text[quote.speaker_span[0]:quote.speaker_span[1]].lower()
        if not _opens_sentence(text, quote.start) or re.search(rf"\b{pronoun}\b", quote.quote, re.IGNORECASE):
            return False  # ('Rooney is fit. "He is ready," he said': who speaks of him as "he" is someone else)
        mark = quote.start - opening_mark(text, quote.start)
        last = _last_word_before(doc, mark)
        if last is None:
            return False
        before = last.sent  # the sentence that ends before the quotation's opening mark
    else:
        pronoun = doc.char_span(*quote.speaker_span, alignment_mode="expand")
        if pronoun is None or pronoun.start != pronoun.sent.start or pronoun.sent.start == 0:
            return False
        before = doc[pronoun.sent.start - 1].sent
    return any(t.dep_ in {"nsubj", "nsubjpass"} and t.head.dep_ == "ROOT" and _mentioned_at(quote.speaker, t)
               for t in before)


def _last_word_before(doc: Doc, char: int) -> Token | None:
    """The last token that is no whitespace starting before character ``char`` (a quotation's opening mark): the end of
    the sentence before the quotation."""
    return next((t for t in reversed(doc) if t.idx < char and not t.is_space), None)


def _mentioned_at(entity, token: Token) -> bool:
    """Whether ``token`` stands inside a mention of ``entity``."""
    return any(start <= token.idx < end for start, end in entity.mentions)


def _back_as_subject(doc: Doc, person, start: int, end: int, spoken: set[int]) -> bool:
    """True when ``person``, already a speaker (``spoken``: entity ids), is named between ``start`` and ``end`` as
    the subject of a verb: the article has come back to them."""
    if id(person) not in spoken:
        return False
    for mention_start, mention_end in person.mentions:
        if start <= mention_start < end:
            words = doc.char_span(mention_start, mention_end, alignment_mode="expand")
            if words is not None and _subject_of_a_verb(words.root):
                return True
    return False


def _may_carry_on(running: str | None, read: str | None, pronoun: str) -> bool:
    """Whether the running speaker (of gender ``running``) may replace the person a pronoun of gender
    ``pronoun`` read (of gender ``read``): yes when the running speaker is shown to be of its gender, or
    neither is."""
    return running == pronoun or (running is None and read != pronoun)


#: How far (in characters) a quote may follow the one it continues: the speaker's cue and description lie between.
CONTINUATION_CHARS = 300


#: The end of a sentence between two quotations: a lowercase word and its full stop ('she said.'), not an
#: abbreviation or initial in a name between them ('said Rep. G.K. Ruiz (D-N.C.), head of the caucus.').
SENTENCE_END = re.compile(r"(?<![\w.’'-])[a-z][\w’'-]*[.!?](?=[\s”\"’]|$)")


def _continue_speakers(doc: Doc, text: str, quotes: list[Quote]) -> None:
    """A direct quote with no cue of its own that follows its speaker's quote closely is theirs:
    "“We will win,” she said. “The people are with us.”", and so after reported speech: "He said
    it would take years. “We will get there.”", and into the next paragraph when the quote opens it (not
    'Investors were unhappy. “The numbers are poor.”': someone else's words; nor from a quotation a colon
    introduced to one within a sentence: 'Labour's slogan will be: “...”. Alan Milburn accused the Tories of
    “launching ...”'). A quotation opening a sentence that continues a quotation is read from its cue
    (``cue_span``), whether or not the speaker is known; a title in quotation marks mid-sentence ('on “The Morning
    Show,”') continues nothing, nor do a few words quoted inside a later sentence of the narration ('Wenger later
    accused the striker of “cheating”': no words of the speaker before), or after other words so quoted ('... of
    “cheating” and was “severely reprimanded” by the FA').
    """
    previous, last_end = None, 0
    for quote in quotes:
        continued = previous is not None and previous.direct and previous.cue_span is not None \
            and _opens_sentence(text, quote.start)
        if quote.direct and quote.speaker is None and quote.cue is None and previous is not None \
                and (previous.speaker is not None or continued) \
                and (previous.cue != ":" or _opens_sentence(text, quote.start)):
            between = text[max(previous.end, last_end):quote.start]  # (from the words quoted since, if any)
            fragment = not _opens_sentence(text, quote.start) and (
                _sentence_start(doc, quote.start) != _sentence_start(doc, previous.start)
                or not _opens_sentence(text, previous.start))
            if between.count("\n\n") <= 1 and len(between) <= CONTINUATION_CHARS and not fragment \
                    and len(SENTENCE_END.findall(between)) <= 2 and _opens_paragraph_if_crossing(between):
                quote.speaker, quote.cue, quote.confidence = previous.speaker, previous.cue, 0.6
                if continued:  # one quotation in two parts, read from the one cue
                    quote.cue_span = previous.cue_span
        if quote.direct and quote.speaker is None and not _opens_sentence(text, quote.start):
            last_end = quote.end  # words quoted in the narration, no one's: the speaker before goes on past them
            continue
        if quote.direct or quote.speaker is not None:
            previous, last_end = quote, quote.end


def _sentence_start(doc: Doc, char: int) -> int:
    """The token index that opens the sentence holding this character."""
    token = doc.char_span(char, char + 1, alignment_mode="expand")
    return token[0].sent.start if token is not None and len(token) else -1


def _opens_paragraph_if_crossing(between: str) -> bool:
    """The text between two quotes either stays in one paragraph or ends at a paragraph break (an opening mark
    after it at most): a quote continued into the next paragraph opens that paragraph."""
    if "\n\n" not in between:
        return True
    return not between.rsplit("\n\n", 1)[1].strip(" \t\n“\"‘'")


def _opens_sentence(text: str, start: int) -> bool:
    """True when the quotation starting at ``start`` opens a sentence or a line ('... he said. “We ...')."""
    before = text[:max(0, start - opening_mark(text, start))].rstrip()
    if before[-1:] in {"”", '"'} and before[-2:-1] in {".", "!", "?", ","}:
        before = before[:-1]  # '... employment." "Manufacturing is ...': a quotation ending a sentence before it
    return not before or before[-1] in ".!?:,\n" or text[start - 1:start] == "\n"


def _not_the_one_spoken_of(doc: Doc, quotes: list[Quote], resolve: Resolver) -> None:
    """'Mutu was sacked by Chelsea - a move Wenger has backed. But he said: "I think he will be suspended"': a
    speaker "he" whose words say "I" and speak of someone as "he" is not the one they speak of, the sentence before's
    subject, but the one other person of that sex the sentence before names, where it names one."""
    for quote in quotes:
        pronoun = (quote.speaker_text or "").lower()
        if pronoun not in {"he", "she"} or not quote.direct or not _speaks_of_another(quote.quote, pronoun) \
                or quote.speaker_span is None:
            continue
        said = doc.char_span(*quote.speaker_span, alignment_mode="expand")
        if said is None or said.sent.start == 0:
            continue
        before = doc[said.sent.start - 1].sent
        subject = next((t for t in before if t.dep_ in {"nsubj", "nsubjpass"} and t.head.dep_ == "ROOT"), None)
        spoken_of = resolve.entity_at(subject) if subject is not None else None
        if spoken_of is None or spoken_of.label != "PERSON" or quote.speaker not in (None, spoken_of):
            continue
        others = {id(e): e for t in before for e in [resolve.entity_at(t)] if e is not None and e.label == "PERSON"
                  and e is not spoken_of and resolve.gender.get(id(e)) != OTHER_GENDER[PRONOUN_GENDER[pronoun]]}
        if len(others) == 1:
            quote.speaker = next(iter(others.values()))


def _running_pronoun_speakers(doc: Doc, text: str, quotes: list[Quote], gender: dict[int, str]) -> None:
    """"he said" after a person's quote is that person, the paragraph's running speaker, rather than the
    last man named: '“We must win,” Ferguson said. Rooney is fit. “He is ready,” he said.', and so after
    "the Scot said ..." (a description); not after "she said" when this is "he said", nor when the article
    shows the running speaker is of the other gender (``gender``, by entity id: see ``Resolver.gender``) or
    only the person the pronoun read is shown to be of its gender, nor when that person is introduced by
    their full name after the running speaker's quote, nor when that person, who spoke earlier, is back as the
    subject of what they did in between ("Jackson said he was ... Blair said ... Mr Jackson served as minister.
    In a letter he wrote: ...": Jackson), nor when "he" opens a sentence before its quotation and that person is
    the subject of the sentence before ("... Campbell claims ... But Morrison is determined. He said: ...")."""
    previous, spoken = None, set()
    for quote in quotes:
        pronoun = (quote.speaker_text or "").lower()
        if quote.speaker is not None and previous is not None and previous.speaker is not None \
                and pronoun in {"he", "she"} and previous.speaker.label == "PERSON" \
                and quote.speaker is not previous.speaker and text[previous.end:quote.start].count("\n\n") <= 1 \
                and (previous.speaker_text or "").lower() not in {"he", "she"} - {pronoun} \
                and (_may_carry_on(gender.get(id(previous.speaker)), gender.get(id(quote.speaker)),
                                   PRONOUN_GENDER[pronoun]) or _speaks_of_another(quote.quote, pronoun)) \
                and not _introduced_between(doc, quote.speaker, previous.end, quote.start) \
                and not _back_as_subject(doc, quote.speaker, previous.end, quote.start, spoken) \
                and not _subject_of_the_sentence_before(doc, text, quote) \
                and not _named_subject_before_in_its_sentence(doc, quote):
            quote.speaker = previous.speaker
        if quote.speaker is not None:
            previous = quote
            spoken.add(id(quote.speaker))


def _named_subject_before_in_its_sentence(doc: Doc, quote: Quote) -> bool:
    """True when the person the quote's pronoun read is named as the main subject of the pronoun's own sentence,
    before it ("Mr Blair praised his chancellor ..., which he said was the 'cornerstone'": Blair, whoever spoke
    before)."""
    pronoun = doc.char_span(*quote.speaker_span, alignment_mode="expand") if quote.speaker_span else None
    if pronoun is None:
        return False
    return any(t.dep_ in {"nsubj", "nsubjpass"} and t.head.dep_ == "ROOT" and t.pos_ == "PROPN"
               and _mentioned_at(quote.speaker, t) for t in doc[pronoun.sent.start:pronoun.start])


def _speaks_of_another(quote: str, pronoun: str) -> bool:
    """'"He is, I know, very disappointed," he said': a speaker who says "I" and speaks of someone as "he" is not the
    man "he said" would read as the nearest one named (the one spoken of)."""
    return re.search(rf"\b{pronoun}\b", quote, re.IGNORECASE) is not None and re.search(r"\bI\b", quote) is not None


STATEMENT_NOUNS = {"statement", "interview", "letter", "post", "tweet", "briefing", "release", "speech", "message",
                   "lawsuit", "suit", "complaint", "submission"}


def _named_for(cue: Token, subject: Token | None) -> Token | None:
    """Who a cue's subject stands for, where the parse makes it a description or a statement: the name before a
    description between dashes, or a statement's issuer."""
    return _named_before_dashes(subject) or _issuer_of_a_statement(cue, subject)


def _issuer_of_a_statement(cue: Token, subject: Token | None) -> Token | None:
    """"Acme issued a statement saying ...", "Acme released a statement that said ...": a cue said of a statement
    the cue's clause hangs on is its issuer's words, the subject of the verb that has the statement as its object
    (or its owner: "Acme's statement said", "a statement from Acme said")."""
    statement = cue.head if cue.dep_ in {"acl", "relcl"} else subject
    if statement is None or statement.pos_ != "NOUN" or statement.lemma_.lower() not in STATEMENT_NOUNS \
            or subject is not None and subject.i != statement.i and subject.lower_ not in {"that", "which"}:
        return None
    owner = next((c for c in statement.children if c.dep_ == "poss"), None) or next(
        (o for p in statement.children if p.dep_ == "prep" and p.lower_ == "from" for o in p.children
         if o.dep_ == "pobj"), None)  # "A statement from the club said ..."
    if owner is not None:
        return owner
    return subject_of(statement.head) if statement.dep_ == "dobj" else None


def _to_complement(cue: Token) -> Token | None:
    """What a cue verb of intent reports: its to-infinitive ("pledged to impose sanctions")."""
    return next((c for c in cue.children if c.dep_ == "xcomp" and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


def _passive_agent(cue: Token) -> Token | None:
    """'Her comments have been described as "irresponsible" and "outrageous" by the Islamic Human Rights
    Commission': the name after the first "by" past a passive cue, where the parse hangs it on the quoted words
    rather than on the cue as its agent (or its description's: "by his friend Michael Pointon")."""
    by = next((t for t in cue.subtree if t.i > cue.i and t.lower_ == "by" and t.dep_ in {"prep", "agent"}), None)
    named = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    if named is not None and named.pos_ == "NOUN":  # "by his friend and fellow broadcaster Michael Pointon": the
        named = next((c for c in named.children if c.dep_ == "appos" and c.pos_ == "PROPN"), named)  # name after
    return named if named is not None and named.pos_ == "PROPN" else None


def _named_before_dashes(subject: Token | None) -> Token | None:
    """"EADS - Airbus' majority owner - admitted that ...": a description between dashes after a name is the name's
    (the parse makes the description the subject, and its owner the speaker); the name before the first dash."""
    dashes = {"-", "–", "—"}
    if subject is None or subject.pos_ != "NOUN" or subject.i + 1 >= len(subject.doc) \
            or subject.doc[subject.i + 1].text not in dashes:
        return None
    doc, left = subject.doc, subject.left_edge.i
    if left > 0 and doc[left - 1].text in dashes:  # the name before the description's own words
        name = doc[left - 2] if left > 1 else None
    else:  # or the parse hangs the name inside the description ("EADS" on "Airbus'")
        dash = next((t.i for t in doc[left:subject.i] if t.text in dashes), None)
        name = doc[dash - 1] if dash is not None and dash > left else None
    return name if name is not None and name.pos_ == "PROPN" and name.ent_type_ else None


def _named_in_a_misread_clause(cue: Token) -> Token | None:
    """'"...," said England sevens coach Mike Friday.': the speaker after a cue that follows its quotation, where the
    parse reads a title's plural noun as a verb ("sevens") and the name as its clause: the person named last in that
    clause when it ends the sentence."""
    clause = next((c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i), None)
    if clause is None or clause.right_edge.i + 2 < cue.sent.end:
        return None
    named = [t for t in clause.subtree if t.ent_type_ == "PERSON" and t.dep_ != "compound"]
    return named[-1] if named else None


def _inverted_after_a_quotation(cue: Token) -> bool:
    """A cue right after a quotation's closing mark and its comma, with a clause after it ('"...," said England
    sevens coach Mike Friday', parsed as a clause): the words after it name the speaker, never what was said."""
    doc = cue.doc
    return cue.i >= 2 and doc[cue.i - 1].is_quote and doc[cue.i - 2].text in {",", "!", "?"} \
        and cue.tag_ in {"VBD", "VBZ", "VBP"} and any(
            c.dep_ == "ccomp" and c.i > cue.i and not any(m.dep_ == "mark" for m in c.children) for c in cue.children)
    # (a report before it stays one: 'Damage could be a fraction of the "billions of dollars of destruction," said
    # Tom Reed'; so does one after a participle or with "that": '"...," adding that its value quadrupled')


def _described_after(cue: Token) -> Token | None:
    """'"...," added the Uruguayan-born researcher', "..., added the spokesman": a description with "the" the parse
    reads as the object of a cue written after what it reports."""
    return next((c for c in cue.children if c.dep_ == "dobj" and c.left_edge.i == cue.i + 1
                 and c.left_edge.lower_ == "the" and c.pos_ == "NOUN" and c.tag_ == "NN"), None)


def _named_between(cue: Token, end: int) -> Token | None:
    """'"...," Jonas Guest, vice president at Nokia, told the BBC': the cue's subject, where the parse hangs the name
    elsewhere (here as a conjunct of the quotation's last noun): a name opening the words between the quotation's end
    and the cue (after its lower-case title, if any), when those words are all its own (its apposition) or
    punctuation."""
    doc = cue.doc
    words = [t for t in doc[:cue.i] if t.idx >= end and not (t.is_punct or t.is_space)]
    name = next((t for t in words if t.pos_ == "PROPN" and not t.is_lower), None)
    if name is None or any(t.pos_ not in {"NOUN", "PROPN", "ADJ"} or not t.is_lower
                           for t in words[:words.index(name)]):
        return None  # (lower-case words of a title may go first: '"...," shop owner Hayriye Evren, told AP')
    while name.dep_ == "compound" and name.head.i < cue.i and name.head.pos_ == "PROPN":
        name = name.head
    own = {t.i for t in name.subtree}
    return name if all(t.i in own for t in words) else None


#: Cues that also tell a thing going on ("he continued" speaks; "the fight continued" does not).
GOING_ON_CUES = frozenset({"continue"})


def _a_thing_goes_on(cue: Token) -> bool:
    """"The fight continued outside, where ...": a cue of GOING_ON_CUES whose subject is a common noun for no person
    and no body (no title, no word for people or an organisation's, whatever their number) tells what went on, no
    speech ("the spokesman continued" speaks)."""
    if cue.lemma_.lower() not in GOING_ON_CUES:
        return False
    subject = first(c for c in cue.children if c.dep_ in {"nsubj", "nsubjpass"})
    speakers = word_list("org_nouns.json", "description_nouns") | word_list("org_nouns.json", "public_nouns") \
        | word_list("roles.json", "titles") | SPOKESPEOPLE
    return subject is not None and subject.tag_ == "NN" and not subject.ent_type_ and not is_person_noun(subject) \
        and subject.lemma_.lower() not in speakers  # (a singular noun: "the protesters continued" speak)


def _subject_hung_before(cue: Token) -> Token | None:
    """The cue's subject, when the parse hangs it on a clause it reads before the cue: "But Tindall, who signed for
    Bath's rivals Gloucester, told X he would be fit", "rivals" read as a verb with the subject and its relative
    clause; None when the cue has a subject of its own."""
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in cue.children):
        return None
    return next((s for c in cue.children if c.dep_ == "ccomp" and c.i < cue.i for s in c.children
                 if s.dep_ == "nsubj" and any(r.dep_ == "relcl" for r in s.children)), None)


def _complement(cue: Token) -> Token | None:
    """What a cue verb reports: its clausal complement, or the that-clause of "said in a statement that ..."."""
    # the clause nearest the cue: a headline the parse ran into the sentence is a farther one; never one between the
    # cue's subject and the cue ("But Tindall, who signed for Bath's rivals Gloucester, told X he would be fit", its
    # relative clause misread as a clause of "told"), where no reported clause stands
    subject = min((c for c in cue.children if c.dep_ in {"nsubj", "nsubjpass"}), key=lambda c: abs(c.i - cue.i),
                  default=None)  # the nearest ("Details aside, the plan is sound, Senator Ruiz said": Ruiz)
    misread = _subject_hung_before(cue)
    complement = min((c for c in cue.children if c.dep_ == "ccomp" and not (
        subject is not None and subject.i < c.left_edge.i and c.right_edge.i < cue.i) and not (
        misread is not None and misread.head == c)), key=lambda c: abs(c.i - cue.i), default=None)
    if complement is not None:
        return complement
    for prep in cue.children:
        if prep.dep_ != "prep":
            continue
        for noun in prep.children:
            clause = _that_clause(noun, NOUN_CLAUSES) if noun.dep_ == "pobj" \
                and noun.lemma_.lower() in STATEMENT_NOUNS else None
            if clause is not None:
                return clause
    for adverb in cue.children:  # "said in an interview recently that he ...": the that-clause the parse hung on the
        # adverb after the cue
        clause = _that_clause(adverb, {"ccomp"}, after=adverb.i) if adverb.dep_ == "advmod" and adverb.i > cue.i \
            else None
        if clause is not None:
            return clause
    return None


#: How the parse hangs a that-clause on a noun ("said in a statement that ...", "expressed concern that ...").
NOUN_CLAUSES = frozenset({"acl", "ccomp", "relcl"})


def _that_clause(head: Token, deps: frozenset[str] | set[str], after: int = -1) -> Token | None:
    """The first clause hung on ``head`` by one of ``deps``, after token ``after``, that "that" opens."""
    return next((c for c in head.children if c.dep_ in deps and c.i > after and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)


def _a_term_no_one_said(text: str, quote: Quote) -> bool:
    """'broken the rules on "cold calling" householders', 'was described as a "revelatory debut" which showed': a
    short quotation inside a sentence, no speaker nor source found for it and no "by" after it to name one ('described
    as "a disgrace" by his opponents'), is a term or a phrase no one said (not '"Stay calm," urged reporters', words
    that open their sentence)."""
    if not quote.direct or quote.speaker is not None or quote.speaker_text is not None \
            or len(quote.quote.split()) > SHORT_QUOTE_WORDS or _opens_sentence(text, quote.start):
        return False
    return not re.match(r"[\"”’']?\s+by\b", text[quote.end:quote.end + 6])


NARRATORS_ASIDE = re.compile(r"(?i)(?:that said\s*,|it (?:must|should|has to|had to|needs to|ought to|will have to)"
                             r" be said)$")


def _a_narrators_aside(doc: Doc, text: str, quote: Quote) -> bool:
    """"It has to be said that the graphics are stunning", "That said, the game is too short": the writer's own
    voice, a turn of phrase, not anyone's words reported (its cue opens the sentence so)."""
    if quote.cue != "say" or quote.cue_span is None or quote.speaker is not None:
        return False
    cue = doc.char_span(*quote.cue_span, alignment_mode="expand")
    if cue is None:
        return False
    sentence = cue[0].sent
    return bool(NARRATORS_ASIDE.match(text[sentence.start_char:cue.end_char + 1].rstrip()))


def _a_noun_after_a_preposition(cue: Token) -> bool:
    """"investigated over claims its campaign broke the rules", "fell amid reports the deal had failed", the noun
    read as a verb: a noun of speech whose speakers are unnamed, never the sentence's subject."""
    return cue.i > 0 and cue.doc[cue.i - 1].lower_ in NOUN_CUE_PREPOSITIONS and cue.tag_ != "VBG" \
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in cue.children)


def _person_before_its_organisation(subject: Token | None) -> Token | None:
    """The person the parse hangs on the organisation it names after "of", "from" or "at" as the cue's subject
    ("Brett Lock of gay group OutRage! said", with "OutRage" the subject and "Lock" its modifier): the person speaks,
    not the organisation."""
    if subject is None or subject.ent_type_ not in {"ORG", "GPE", "NORP"}:
        return None
    return next((c for c in subject.lefts if c.dep_ in {"nmod", "compound"} and c.ent_type_ == "PERSON"
                 and any(p.dep_ == "prep" and p.lower_ in {"of", "from", "at"} for p in c.children)), None)


def _standing_for(cue: Token, subject: Token | None) -> Token | None:
    """The words a cue's subject stands for: the name it describes or the person before its organisation, where the
    parse reads them so, else the subject itself."""
    return _named_for(cue, subject) or _person_before_its_organisation(subject) or _name_ending_descriptions(
        subject) or subject


def _name_ending_descriptions(subject: Token | None) -> Token | None:
    """"German football club and former European champion Borussia Dortmund has warned", read as "club" and
    "Dortmund": a bare lower-case noun (no determiner) whose conjunct is the name ending the phrase stands for that
    name; None otherwise ("The club and its owner said": two)."""
    if subject is None or any(c.dep_ == "det" for c in subject.children):
        return None
    named = _named_conjunct(subject)
    return named if named is not subject and named.i == subject.right_edge.i else None


def _named_conjunct(source: Token | None) -> Token | None:
    """The name "according to" gives where the parse joins it to a lower-case noun before it ("according to media
    and PR strategist Glen Yearwood", read as "media" and "Glen Yearwood"): that name; else the source itself."""
    if source is None or source.pos_ != "NOUN" or not source.is_lower:
        return source
    return next((c for c in source.children if c.dep_ == "conj" and c.pos_ == "PROPN"), source)


#: The entity labels a source's name may carry, misread as it may be ("search engine Ask Jeeves" read as an event).
SOURCE_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "EVENT", "PRODUCT", "WORK_OF_ART"})


def _source_after_according_to(doc: Doc, start: int) -> Token | None:
    """The source named after "according to" where the parse hung no object on "to" ("According to blog analysis
    firm Technorati," with "blog" read as a verb): the last noun of the words up to the first mark, if they are
    all of a noun phrase's kinds."""
    end = start
    while end < len(doc) and end - start < 8 and not doc[end].is_punct:
        end += 1
    words = doc[start:end]
    if end >= len(doc) or not words or not all(
            t.pos_ in {"DET", "ADJ", "NOUN", "PROPN", "VERB"} or t.is_title for t in words) \
            or words[-1].pos_ not in {"NOUN", "PROPN"}:
        return None
    return words[-1]

