"""Near misses of kin: "what was the name of Hennie Lusk's father?" of "Quade's father,
Joris Quade, ... and his mother, Hennie Lusk" names a father, but Quade's; "whom did Tobin
marry?" of "his son Tobin became a partner" tells of Tobin, not of a marriage. A drafted
sentence answers a question about someone's kin only when it names them and says a word
of that tie (or its converse: "the daughter of a glazier" tells her father), and not only
as another's ("Quade's father").

The ties and their words are a closed class (kin nouns, and the verbs of marrying), read
in any shape a question asks them: "X's father", "the father of X", "whom did X marry",
"who was X married to".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ._analyze import Query
from ._content import Fact
from ._gap import Checks, Gap
from ._text import looks_plural, stem

__all__ = ["KinAsked"]

# the word a question says -> the tie it asks of ("dad": a father)
_ASKED = {
    **dict.fromkeys(["father", "dad", "daddy", "papa"], "father"),
    **dict.fromkeys(["mother", "mum", "mom", "mummy", "mama"], "mother"),
    **dict.fromkeys(["parent", "parents"], "parent"),
    **dict.fromkeys(["wife", "husband", "spouse"], "spouse"),
    **dict.fromkeys(["son", "daughter", "child", "children", "sons", "daughters"], "child"),
    **dict.fromkeys(["brother", "sister", "sibling", "brothers", "sisters"], "sibling"),
}
_MARRY = frozenset(["marry", "married", "marries", "wed", "wedded", "weds"])
_PARENTS = ("father", "mother", "parent", "dad", "mum")
_CHILDREN = ("son", "daughter", "child", "children")
# the words that say a tie in a sentence: its own nouns, then those saying it the other
# way round ("Peter Kell's son" tells Peter's child and the son's father)
_OWN: dict[str, tuple[str, ...]] = {
    "father": ("father", "dad", "parent"),
    "mother": ("mother", "mum", "parent"),
    "parent": _PARENTS,
    "spouse": ("wife", "husband", "spouse", "widow", "widower"),
    "child": _CHILDREN,
    "sibling": ("brother", "sister", "sibling"),
}
_CONVERSE: dict[str, tuple[str, ...]] = {
    "father": _CHILDREN,
    "mother": _CHILDREN,
    "parent": _CHILDREN,
    "spouse": ("marri", "marriag", "wed", "bride", "groom", "bridegroom"),
    "child": _PARENTS,
    "sibling": (),
}
_WHO = frozenset(["person", "name"])  # what asks who a kin is: "who was ...", "the name of ..."
_PRONOUNS = frozenset(["he", "she", "they", "his", "her", "their", "it", "its"])
_COUPLE = ("father", "mother")  # a sentence naming both parents tells them a couple
_WORD = re.compile(r"[\w'\u2019-]+")
_OWNER = re.compile(r"^(\w+)['\u2019]s$")  # "Quade's"
_NAME_REACH = 3  # words from a name's first word to the kin word it owns ("Hennie Lusk's")


def _own_stems(tie: str) -> frozenset[str]:
    return frozenset(stem(w) for w in _OWN[tie])


def _other_stems(tie: str) -> frozenset[str]:
    return frozenset(stem(w) for w in _CONVERSE[tie]) | frozenset(_CONVERSE[tie])


class KinAsked(Checks):
    """Whether the best fact tells the tie of kin a question asks of someone it names."""

    def kin(self, query: Query, fact: Fact) -> Gap | None:
        """ "Who was Hennie Lusk's father?", "whom did Tobin marry?" of a drafted sentence
        that never says that tie of them: it says another's, or none."""
        if not fact.draft or query.context or query.leans:
            return None
        asked = self._asked(query)
        if asked is None:
            return None
        tie, whom = asked
        words = _WORD.findall(fact.answer)
        stems = [stem(w.lower().removesuffix("'s").removesuffix("\u2019s")) for w in words]
        own = _own_stems(tie)
        places = [k for k, s in enumerate(stems) if s in own]
        told = places or not _other_stems(tie).isdisjoint(stems)
        named = {t for t, _ in self._analyzer.spans_of(fact.answer)}
        if told and not set(whom) <= named:
            # "In 1814 Ansel married Liesbet" tells no marriage of Tobin; "They had three
            # children" or "The couple had two children, a son named Edmund" may tell
            # Ansel's, whom the sentence before names: no one else is named before the tie
            if words[0].lower() in _PRONOUNS or not self._named_before(words, stems, tie):
                return None
            return self._gap(query, tie, whom)
        if not _other_stems(tie).isdisjoint(stems):
            return None  # "the daughter of a glazier": her father, told the other way round
        spelt = {w.lower() for name in whom for w in self._spelt(name)}
        if tie == "spouse" and self._a_parent(words, stems, spelt):
            return None  # "her father, Josiah, ... her mother, Harriet": Harriet's husband
        if places and not all(self._anothers(words, k, spelt) for k in places):
            return None
        return self._gap(query, tie, whom)

    def _named_before(self, words: Sequence[str], stems: Sequence[str], tie: str) -> bool:
        """Whether a sentence names a person before its first word of the tie: whose tie
        it tells ("Ansel married"), not the kin it names after it ("a son named Edmund")."""
        ties = _own_stems(tie) | _other_stems(tie)
        first = next((k for k, s in enumerate(stems) if s in ties), len(words))
        kinds = self._analyzer.entity_kinds
        spans = self._analyzer.spans_of(" ".join(words[:first]))
        return any(kinds.get(t) == "person" for t, _ in spans)

    def _asked(self, query: Query) -> tuple[str, list[str]] | None:
        """The tie a line asks and whom it asks it of (people it names); None when it
        asks no tie of someone named."""
        words = query.words
        kinds = self._analyzer.entity_kinds
        people = [(t, at) for t, at in query.spans if kinds.get(t) == "person"]
        if not people:
            return None
        for k, word in enumerate(words):
            if word in _MARRY:  # "whom did Tobin Quade marry?": of everyone it names
                # (not "whom did Kell's son marry?": the son's name may be another's)
                kin = any(w in _ASKED for w in words)
                return None if kin else ("spouse", [t for t, _ in people])
            tie = _ASKED.get(word)
            if tie is None:
                continue
            before = [(t, at) for t, at in people if k - _NAME_REACH <= at < k]
            after = words[k + 1 : k + 2] == ("of",)
            owned = self._owned(query.text, word) or self._next_to(words, before, k)
            owners = before if before and owned else []
            if not owners and after:  # "the father of Hennie Lusk"
                owners = [(t, at) for t, at in people if k + 1 < at <= k + 1 + _NAME_REACH]
            if owners:
                return tie, [t for t, _ in owners]
        return None

    def _next_to(self, words: Sequence[str], before: Sequence[tuple[str, int]], k: int) -> bool:
        """Whether a kin word follows a name with nothing between, as a terse line says
        whose it is: "hennie lusk father?"."""
        first = min((at for _, at in before), default=k)
        spelt = {w.lower() for name, _ in before for w in self._spelt(name)}
        return first < k and set(words[first:k]) <= spelt

    @staticmethod
    def _owned(text: str, word: str) -> bool:
        """Whether the line says the kin word as someone's: "Hennie Lusk's father"."""
        return re.search(rf"['\u2019]s\s+(?:\w+\s+)?{word}\b", text, re.IGNORECASE) is not None

    @staticmethod
    def _anothers(words: Sequence[str], k: int, spelt: set[str]) -> bool:
        """Whether the kin word at `k` is said as someone else's ("Quade's father"), or of
        whom the question asks as that kin ("his mother, Hennie Lusk" is her, not hers)."""
        for back in (1, 2):  # "Quade's father", "Kell's younger brother"
            if k - back < 0:
                break
            owner = _OWNER.match(words[k - back])
            if owner:
                return owner.group(1).lower() not in spelt
            if not words[k - back].islower():
                break
        after = words[k + 1] if k + 1 < len(words) else ""
        return after.lower() in spelt and after[:1].isupper()

    @staticmethod
    def _a_parent(words: Sequence[str], stems: Sequence[str], spelt: set[str]) -> bool:
        """Whether a sentence names both parents, the one asked of as one of them ("his
        father, Josiah Ollivant, ... his mother, Harriet"): it tells them a couple."""
        couple = [stem(p) for p in _COUPLE]
        if not all(p in stems for p in couple):
            return False
        return any(
            s in couple and k + 1 < len(words) and words[k + 1].lower() in spelt
            for k, s in enumerate(stems)
        )

    def _gap(self, query: Query, tie: str, whom: list[str]) -> Gap:
        """ "whom Tobin married", "that about Hennie Lusk's father": what the text does
        not say; another sentence may."""
        name = self._names.get(whom[0], whom[0])
        if tie == "spouse" and any(w in _MARRY for w in query.words):
            yes_no = query.words[:1] and query.words[0] in self._analyzer.yes_no
            return Gap(f"{'whether' if yes_no else 'whom'} {name} married", elsewhere=True)
        word = next((w for w in query.words if _ASKED.get(w) == tie), tie)
        if query.qtype in _WHO:  # "who Hennie Lusk's father was"
            return Gap(
                f"who {name}'s {word} {'were' if looks_plural(word) else 'was'}", elsewhere=True
            )
        return Gap(f"that about {name}'s {word}", elsewhere=True)
