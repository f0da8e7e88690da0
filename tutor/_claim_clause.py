"""The verdict on one clause of a claim ("Trotsky was exiled in 1929"): each check asked
in turn (who did what, relations and polarity, identity, measures, slots), the first
that corrects it wins, else the strongest that confirms it. `Claims` splits a line
into clauses ("A after B", "A because B", "X was A and Y was B") and asks this of each.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ._analyze import Query
from ._claim_details import Details
from ._claim_doers import Doers
from ._claim_frames import FrameChecks
from ._claim_measures import Measures
from ._claim_polarity import Polarity
from ._claim_reading import MIN_COVERAGE, SUPPORT_COVERAGE, ClaimCheck, ClaimReader
from ._claim_slots import Slots
from ._content import Fact
from ._lexicon import verb_share

__all__ = ["Clauses"]

_SUPPORT_ORDER = (
    "slot",
    "measure",
    "span",
    "identity",
    "relation",
    "frame",
    "time",
    "polarity",
    "match",
)
_THING_REST = 3  # terms besides the thing that must say which fact a claim is about
_THING_COVERAGE = 0.95  # of those terms' evidence the fact that tells the rest holds
_VERB_THING = 0.5  # share of a word's use as a verb above which it names a deed, not a thing


class Clauses:
    """Judges one clause of a claim against the facts, for one pack. Immutable; shared by
    all sessions."""

    def __init__(
        self,
        reader: ClaimReader,
        frame_checks: FrameChecks,
        doers: Doers,
        polarity: Polarity,
        details: Details,
        measures: Measures,
        slots: Slots,
    ) -> None:
        self.reader = reader
        self.analyzer = reader.analyzer
        self.index = reader.index
        self.kinds = reader.kinds
        self.frame_checks = frame_checks
        self.doers = doers
        self.polarity = polarity
        self.details = details
        self.measures = measures
        self.slots = slots

    def check(
        self,
        words: Sequence[str],
        names: frozenset[str],
        owned: frozenset[tuple[str, str]] = frozenset(),
    ) -> ClaimCheck | None:
        """A clause's verdict; `owned`: where the line wrote owners (`Utterance.owners`)."""
        query = self.reader.query(words, names)
        if not query.terms:
            return None
        hits = [h for h in self.index.search(query, limit=6) if h.coverage >= MIN_COVERAGE * 0.8]
        claim = self.reader.read_words(words)
        supports: list[ClaimCheck] = []
        for test in (
            self.frame_checks.frames(words, hits, owned),
            self.doers.check(words, hits, owned),
            self.frame_checks.stranger(words, query, owned),
            self.frame_checks.died_of(words, query),
            self.polarity.relation(claim, hits),
            self.polarity.polarity(claim, query, hits),
            self.frame_checks.roles(words, query, hits),
            self.details.identity(words, names),
        ):
            if test is not None and not test.right:
                if test.reason == "role" and any(
                    c.reason == "frame" and c.facts == test.facts for c in supports
                ):
                    # the fact's frames agree on who did what ("named her daughter Elin
                    # as her heir"): its words binding the deed to another name nearby
                    # are the coarser reading
                    continue
                return test
            if test is not None:
                supports.append(test)
        measured = self.measures.check(words, names)  # "took a year", "four members"
        if measured is not None and not measured.right:
            return measured
        # the right figure bears out only a claim the fact holds the rest of ("the
        # testament was read out at the 13th congress" is no suppressed one)
        if measured is not None and self._content_held(
            self.measures.rest(words, names, measured.facts[0]), measured.facts[0]
        ):
            swapped = self._thing_swapped(query, nouns_only=True)
            if swapped is not None:
                return swapped  # "the first kiln burned coal": the ordinal agrees, the fuel not
            supports.append(measured)
        slots = sorted(self.slots.claimed(query, words), key=lambda s: s[1] == "person")
        weak: list[ClaimCheck] = []
        for term, kind, prep in slots:
            result = self.slots.slot(query, term, kind, prep, words)
            if result is None:
                continue
            if not result.right:
                return result
            (weak if kind == "person" else supports).append(result)
        # "sailed to the Baltic" is not confirmed by "sailed her home": a place the claim
        # names is one the confirming fact names
        places = [term for term, kind, _ in slots if kind == "place"]
        supports = [
            c for c in supports if all(self.slots.has(c.facts[0], "place", t) for t in places)
        ]
        top = hits[0] if hits else None
        strange = self._unknown_names(query)
        if supports:
            return min(supports, key=lambda c: _SUPPORT_ORDER.index(c.reason))
        if strange and top is not None and top.coverage >= MIN_COVERAGE * 0.8:
            return ClaimCheck(False, (top.fact,), "unsupported")  # "a Gestapo agent"
        if top is None or not self._content_held(query, top.fact):
            return None
        if weak:
            return weak[0]
        swapped = self._thing_swapped(query)
        if swapped is not None:
            return swapped
        if top.coverage >= SUPPORT_COVERAGE:
            return ClaimCheck(True, (top.fact,), "match")
        return None

    def _thing_swapped(self, query: Query, nouns_only: bool = False) -> ClaimCheck | None:
        """ "The first kiln burned coal" where the fact telling all the rest of it says
        "peat": the claim's last thing (a word the text uses elsewhere) put for the one
        the text tells, corrected with that fact. None unless a fact holds every other
        term of the claim and not that one."""
        things = [t for t in query.terms if t not in self.kinds and not self.analyzer.is_year(t)]
        if len(things) < _THING_REST + 1:
            return None
        thing = things[-1]
        if nouns_only and verb_share(thing) >= _VERB_THING:
            return None  # "took eleven weeks to build" of "to raise": a deed, not a thing
        if thing not in self.index.idf:
            return None  # a word the text never uses: nothing tells it is the wrong one
        rest = tuple(t for t in query.terms if t != thing)
        asked = replace(query, terms=rest, unknown=())
        hits = self.index.search(asked, limit=3)
        if not hits or hits[0].coverage < _THING_COVERAGE:
            return None
        fact = hits[0].fact
        held, denied = self.reader.held(fact)
        if thing in held or thing in denied or not set(rest) <= held:
            return None
        return ClaimCheck(False, (fact,), "thing")

    def _unknown_names(self, query: Query) -> list[str]:
        """Rare words the pack never uses ("Gestapo", "Germany"): details it cannot support."""
        out = []
        for term, word in query.unknown:
            rank = self.analyzer.ranks.get(word)
            if word.isalpha() and len(word) >= 4 and (rank is None or rank > 10000):
                out.append(term)
        return out

    def _content_held(self, query: Query, fact: Fact) -> bool:
        """Whether the fact holds every rare word of the claim (so nothing else is claimed)."""
        reading = self.reader.facts[fact.id]
        source = self.reader.sources[fact.id]
        held = reading.positive | reading.negative | source.positive | source.negative
        held = held | set(self.analyzer.analyze(" ".join(fact.keywords), correct=False).terms)
        missing = [t for t in query.terms if t not in held and self.index.term_weight(t) > 2.5]
        return not missing
