"""Find titles and ranks ("Secretary of State", "Marine Gen.") in a Doc, from the roles data file."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.util import filter_spans


@dataclass(frozen=True)
class RoleMention:
    start: int  # token index
    end: int  # token index, exclusive
    role: str  # canonical role, e.g. "Marine general"
    scope: str | None  # "country", "organisation" or None: where an unnamed holder is looked for


class RoleLexicon:
    def __init__(self, vocab, rules: dict) -> None:
        self.rules = rules
        self.titles: dict[str, str] = rules["titles"]
        self.country_scope = set(rules.get("country_scope", []))
        self.organisation_scope = set(rules.get("organisation_scope", []))
        self.prefixes: dict[str, str] = rules.get("service_prefixes", {})
        self.matcher = PhraseMatcher(vocab, attr="LOWER")
        self.prefix_matcher = PhraseMatcher(vocab, attr="LOWER")
        tokenizer_vocab = vocab
        from spacy.lang.en import English

        make = English(vocab=tokenizer_vocab).make_doc
        # Tokenisation of abbreviations depends on case ("Gen." is one token, "gen." two),
        # so each entry is added in the cases it is written in.
        for title in self.titles:
            self.matcher.add(title, _case_forms(make, title))
        for prefix in self.prefixes:
            self.prefix_matcher.add(prefix, _case_forms(make, prefix))

    def find(self, doc: Doc) -> list[RoleMention]:
        spans = filter_spans([doc[s:e] for _, s, e in self.matcher(doc)])
        prefix_ends = {e: (s, doc.vocab.strings[m]) for m, s, e in self.prefix_matcher(doc)}
        found = []
        for span in spans:
            key = span.text.lower()
            role = self.titles.get(key)
            if role is None:
                continue
            start = span.start
            if start in prefix_ends and doc[prefix_ends[start][0]].text[0].isupper():
                prefix_start, prefix_key = prefix_ends[start]
                role = f"{self.prefixes[prefix_key]} {role}"
                start = prefix_start
            found.append(RoleMention(start, span.end, role, self.scope_of(self.titles[key])))
        return found

    def scope_of(self, role: str) -> str | None:
        if role in self.country_scope:
            return "country"
        if role in self.organisation_scope:
            return "organisation"
        return None

    def canonical(self, title: str) -> str | None:
        """The canonical role for a title written out ("finance minister"), or None if unknown."""
        return self.titles.get(title.lower())


def _case_forms(make, text: str) -> list:
    forms = {text, text.capitalize(), text.title(), text.upper()}
    return [make(form) for form in sorted(forms)]
