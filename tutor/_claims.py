"""Checking a learner's claim against the facts: confirm it, or say what is right instead.

Generic over packs: a claim is split into clauses ("A after B"), each clause is matched to
the facts it is about, and its parts are compared with theirs. `Claims` splits a claim
into clauses and routes it; `_claim_recognise` tells a claim from a question, and
`_claim_clause` asks the checks of one clause in turn. Each kind of check has its own
module:
- `_claim_reading`: what every check compares (a text's words, names, relation classes,
  what it asserts and denies), facts read once;
- `_claim_scripts`: a wrong idea the dialog scripts name, with their correction;
- `_claim_compare`: "X was more popular than Y" as an ordering, never its turning round;
- `_claim_details`: "A because B", "A with B" (reason, means), "X was a Y" (identity);
- `_claim_frames`: who did what ("Trotsky exiled Stalin" against "the exile of
  Trotsky"; see `_frames`), so that a claim is never confirmed for sharing a fact's words;
- `_claim_doers`: the same, where the fact tells the event in other words ("expelled"
  against "the removal of Trotsky"), before a year or place that agrees can confirm it;
- `_claim_polarity`: relations ("sided with" / "feared") and polarity ("loyal" /
  "disloyal", "never" / a plain statement, "read out" / "suppressed");
- `_claim_slots`: a person, place or year against the fact that answers the claim asked
  as a question ("killed in Norway" -> where was he killed?);
- `_claim_span`: "in exile for 20 years" against the years the text dates the state's two
  ends (its start, "until", a range, the person's death), where no fact states a span;
- `_claim_measures`: how long, how many, how much, which one and when ("took a year",
  "four members", "in June") against the fact telling the rest, as `_claim_slots` a year;
- `_claim_time`: "A after B" against what the facts say of A and B;
- `_claim_phase`: "first", "later", "all his life" against the order the text tells a
  relation in, or what it says someone once was;
- `_claim_wish`: "A wanted B to be X" against the fact telling what A wished for B;
- `_claim_members`: "X was A, B and C", "A was in X" against the fact listing X's members;
- `_claim_align`: a detail a confirmed claim adds in a slot the fact fills otherwise
  ("poisoned by a French agent", "paid in silver" of "rather than silver", a year);
- `_claim_hedge`: a doing told as done that the confirming fact only reports as alleged
  ("set the fire" of "accused of setting the fire") or as wished, proposed or tried
  ("removed" of "suggesting Stalin be removed"): never confirmed.
- `_claim_bearing`: a correction of "A was a member of X" whose facts do not name both A
  and X turned into "the text doesn't say that";
- `_claim_pairs`: "A was X and B Y" against whom the text gives each description to
  (swapped round: corrected for both).
"X was A and Y was B" is otherwise checked one statement at a time. All the words involved (negations, relations, tags like "right?") are data.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from ._analyze import Analyzer
from ._claim_align import Alignment
from ._claim_bearing import Bearing
from ._claim_clause import Clauses
from ._claim_compare import Comparisons
from ._claim_details import Details
from ._claim_doers import Doers
from ._claim_frames import FrameChecks
from ._claim_hedge import Hedges
from ._claim_measures import Measures
from ._claim_members import Members
from ._claim_pairs import Pairs
from ._claim_phase import Phases
from ._claim_polarity import Polarity
from ._claim_reading import (
    BREAK,
    PARTIES,
    ClaimCheck,
    ClaimReader,
)
from ._claim_recognise import Recogniser
from ._claim_scripts import Scripted
from ._claim_slots import Slots
from ._claim_time import Times
from ._claim_wish import Wishes
from ._content import Fact, Pack
from ._dialogs import Dialogs
from ._frames import Frame, Framer
from ._index import Index
from ._phrases import Cues
from ._phrases import words as folded_words
from ._text import stem
from ._utterance import Utterance

__all__ = ["ClaimCheck", "Claims"]

# openings that deny the whole claim after them ("it is not true that ...")
_DENIED = (
    ("it", "is", "not", "true", "that"),
    ("it", "was", "not", "true", "that"),
    ("its", "not", "true", "that"),
    ("it", "is", "false", "that"),
    ("not", "true", "that"),
)
# what a claim put in the right phase overrules: the same people related otherwise, or
# named by the fact that ranks first, at another point of the story ("later moved against")
_PHASED = frozenset(["relation", "slot"])
# words joining two statements: "X was A and Y was B", "X was A, Y was B"
_JOINS = frozenset(["and", BREAK, "while", "whereas", "but"])


class Claims:
    """Checks claims for one pack: recognises a claim and asks each check in order.
    Immutable; shared by all sessions."""

    def __init__(
        self,
        pack: Pack,
        analyzer: Analyzer,
        index: Index,
        dialogs: Dialogs,
        cues: Cues,
        framer: Framer,
    ) -> None:
        self.analyzer = analyzer
        self.index = index
        self.cues = cues
        self.framer = framer
        self.kinds = analyzer.entity_kinds
        self.reader = ClaimReader(pack, analyzer, index, cues, framer)
        self.compare = Comparisons(self.reader)
        self.scripted = Scripted(self.reader, dialogs, self.compare)
        self.details = Details(self.reader)
        self.frame_checks = FrameChecks(self.reader)
        self.polarity = Polarity(self.reader)
        self.slots = Slots(self.reader)
        self.times = Times(self.reader, self.slots)
        self.phases = Phases(self.reader)
        self.wishes = Wishes(self.reader)
        self.hedges = Hedges(self.reader)
        self.measures = Measures(self.reader)
        self.members = Members(self.reader)
        self.doers = Doers(self.reader)
        self.align = Alignment(self.reader, self.slots)
        self.pairs = Pairs(self.reader)
        self.bearing = Bearing(self.reader, self.members)
        self.recognise = Recogniser(cues, self.details, self.members)
        self.clauses = Clauses(
            self.reader,
            self.frame_checks,
            self.doers,
            self.polarity,
            self.details,
            self.measures,
            self.slots,
        )

    def frames_of(self, fact_id: str) -> tuple[Frame, ...]:
        """Who did what in a fact (its written frame, else read from its texts); read once."""
        return self.reader.frames[fact_id]

    def turns_round(self, said: Utterance, fact: Fact) -> bool:
        """Whether the line turns round who did what to whom in an event of the fact."""
        words, _ = self.core(said)
        return self.frame_checks.turns_round(words, fact, said.owners)

    # --- recognising a claim -----------------------------------------------------------------

    def core(self, said: Utterance) -> tuple[tuple[str, ...], bool]:
        """The claim's words without "so ..." openers or "..., right?" tags; was it marked?
        (see `Recogniser.core`)."""
        return self.recognise.core(said)

    def looks_like_claim(self, said: Utterance) -> bool:
        """Whether a line states something about the text rather than asking or searching."""
        return self.recognise.looks_like_claim(said)

    def states(self, said: Utterance) -> bool:
        """Whether a line states something at all (see `Recogniser.states`)."""
        return self.recognise.states(said)

    # --- the check -------------------------------------------------------------------------------

    def check(self, said: Utterance) -> ClaimCheck | None:
        """Confirm or correct a claim; None when the facts neither support nor deny it."""
        words, _ = self.core(said)
        if not words:
            return None
        words = _with_breaks(said.parts, words)
        for opening in _DENIED:  # "it is not true that X": X checked, the verdict turned round
            if words[: len(opening)] == opening and len(words) > len(opening):
                denied = words[len(opening) :]
                found = self._words_check(denied, said)
                if found is not None and self.hedges.check(denied, found) is not None:
                    return None  # denying what the text only reports: neither verdict
                if found is not None:
                    return ClaimCheck(not found.right, found.facts, found.reason, found.correction)
        found = self._words_check(words, said)
        if found is not None and not found.right:
            found = self.bearing.check(words, found)  # a fact that says nothing of X
        wish = self.cues.wish_verbs
        # "Lenin wanted Stalin as successor": confirmed only by a fact telling a wish
        if (
            found is not None
            and found.right
            and not wish.isdisjoint(words)
            and wish.isdisjoint(folded_words(found.facts[0].answer))
        ):
            return None
        if found is None and self.looks_like_claim(said):
            # "the council lowered the toll" of a text saying "raised": no check judged it
            return self.align.opposite(words, said.claim_names - self.analyzer.vocabulary)
        if found is not None and found.right:
            # "it took a year" is never confirmed by a fact saying "eleven weeks"
            measured = self.measures.conflict(words, found.facts[0])
            hedged = measured or self.hedges.check(words, found)  # "accused of setting"
            if hedged is not None:
                return hedged
            # a detail the fact fills otherwise: "by a French agent", "in 1860"
            names = said.claim_names - self.analyzer.vocabulary
            return self.align.conflict(words, names, found) or found
        return found

    def _words_check(self, words: tuple[str, ...], said: Utterance) -> ClaimCheck | None:
        scripted = self.scripted.check(words)
        if scripted is not None:
            return scripted
        compared = self.compare.check(words)
        if compared is not None:
            return compared  # "Reid was more experienced than Gow": who is above whom
        members = self.members.check(words)
        if members is not None:
            return members  # who was in a group: the fact listing its members
        wished = self.wishes.check(words)
        if wished is not None:
            return wished  # what the text says the same person wished for the same one
        phased = self.phases.check(words)
        if phased is not None and not phased.right:
            return phased  # the right people at the wrong point of the story
        paired = self.pairs.check(words, said.claim_names - self.analyzer.vocabulary)
        if paired is not None:
            return paired  # "A was X and B Y": whom the text gives each description to
        found = self._conjoined(words, said)
        if found is None:
            found = self._event(words, said)
        if found is None or found.right or (phased is not None and found.reason in _PHASED):
            return phased or found  # the phase's own fact, not one sharing more words
        return found

    def _conjoined(self, words: tuple[str, ...], said: Utterance) -> ClaimCheck | None:
        """ "X was A and Y was B": each statement checked on its own, and a wrong one
        corrected with the facts filling its role ("Stalin was the orator and Trotsky
        the bureaucrat": what the text calls each); None when the line is one statement,
        or when no part of it is wrong (the whole line is checked then)."""
        stems = tuple(stem(w) for w in words)
        starts = [
            s
            for name, s, _ in self.reader.mentions(stems)
            if s >= 2
            and words[s - 1] in _JOINS
            and self.kinds.get(name) in PARTIES
            and s + 1 < len(words)
            and words[s + 1] in self.cues.statement_verbs  # not "..., Bukharin included"
        ]
        if not starts or not any(self.recognise.says_verb(w) for w in words[: starts[0] - 1]):
            return None
        cuts = [0, *starts, len(words) + 1]
        parts = [
            tuple(w for w in words[a : b - 1] if w != BREAK) for a, b in itertools.pairwise(cuts)
        ]
        wrong = [c for p in parts if (c := self._event(p, said)) is not None and not c.right]
        if not wrong:
            return None
        facts = tuple(dict.fromkeys(c.facts[0] for c in wrong))
        correction = wrong[0].correction if len(wrong) == 1 else ""
        return ClaimCheck(False, facts, wrong[0].reason, correction)

    def _event(self, words: tuple[str, ...], said: Utterance) -> ClaimCheck | None:
        names = said.claim_names - self.analyzer.vocabulary  # "Spain": a name, not a typo
        owned = said.owners
        words = self.details.means_said(words)
        because = self.details.split_cause(words)
        if because is not None:
            return self.details.check(*because, names, owned, "reason", self.clauses.check)
        using = self.details.split_means(words)
        if using is not None:
            return self.details.check(*using, names, owned, "means", self.clauses.check)
        split = self.times.split(words)
        if split is None:
            return self.clauses.check(words, names, owned)
        (a, b), later = split
        first = self.clauses.check(a, names, owned)
        second = self.clauses.check(b, names, owned)
        if second is not None and not second.right:
            return second
        if first is not None and not first.right:
            return self._when_too(first, a, b, names, owned)
        if first is not None:
            # "removed from his post after the testament": A itself told only as proposed
            # is not timed against B
            told_only = self.hedges.check(a, first)
            if told_only is not None:
                return told_only
        timed = self.times.check(a, b, later, names)
        if timed is not None:
            return timed
        return first if first is not None and first.right else None

    def _when_too(
        self,
        wrong: ClaimCheck,
        a: Sequence[str],
        b: Sequence[str],
        names: frozenset[str],
        owned: frozenset[tuple[str, str]],
    ) -> ClaimCheck:
        """ "A after B" with A wrong: the fact that tells A's event at the time B (fills
        the same time role: "declining to mobilize ... after Lenin's death") joins the
        correction, first, when it is another than the one found against A alone."""
        whole = self.clauses.check([*a, *b], names, owned)
        if whole is None or whole.right or whole.facts[0] in wrong.facts:
            return wrong
        when = frozenset(self.reader.query(b, names).terms)
        held, denied = self.reader.held(whole.facts[0])
        if self.reader.share(when, held | denied) < 0.5:
            return wrong
        return ClaimCheck(False, (whole.facts[0], wrong.facts[0]), whole.reason)


def _with_breaks(clauses: Sequence[tuple[str, ...]], words: tuple[str, ...]) -> tuple[str, ...]:
    """The claim's words with "," where the line breaks a clause ("not inevitable; it was
    constructed"), so that a negation or a name stays in its own clause when read."""
    full = [w for c in clauses for w in c]
    breaks: set[int] = set()
    at = 0
    for c in clauses:
        at += len(c)
        breaks.add(at)
    start = next(
        (i for i in range(len(full) - len(words) + 1) if tuple(full[i : i + len(words)]) == words),
        None,
    )
    if start is None:
        return words
    out: list[str] = []
    for k, word in enumerate(words):
        if k and start + k in breaks:
            out.append(BREAK)
        out.append(word)
    return tuple(out)
