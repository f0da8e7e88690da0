"""Wish checks of a claim: "A wanted B to be X" against what the text says A wished for B.

A claim of a wish shares its names with many facts ("Stalin's campaign ... view Stalin as
Lenin's true successor"), so matching words confirms it with the wrong fact or leaves it
unjudged. Read as a frame it is a wish (`wish_verbs`: want, pick, suggest, ...), its
wisher A, whom it is about (B) and what was wished for B (X). The fact that fills the same
frame, A wishing something of B ("Lenin ... wrote a testament suggesting Stalin be
removed"), decides: X among what it tells confirms the claim; X not there at all, while
the text uses X's words elsewhere, is the wrong wish, and that fact says the right one. A
wish for B's rise ("to take over") against that fact's wish for B's fall ("be removed"),
or the other way round, is wrong too, in whatever words the claim puts it (the language
data's `rise_words` and `fall_words`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ._claim_reading import BREAK, DETERMINERS, PARTIES, ClaimCheck, ClaimReader, Reading
from ._content import Fact
from ._text import stem

__all__ = ["Wishes"]

_OBJECTS = frozenset(["him", "her", "them"])
_LINKS = frozenset(["to", "be", "become", "as", "the", "his", "her", "their", "its", "a", "an"])
_BINDING = frozenset(["of"])  # "head of the army" is one thing wished
_REACH = 3  # words from the wish word to whom it is about, in a fact
_WISHED = 6  # words after whom a fact's wish is about that tell what was wished
_FACTS = 400  # facts naming the wisher that are read, at most


class Wishes:
    """Checks what a claim says someone wished for another. Immutable; shared by all."""

    def __init__(self, reader: ClaimReader) -> None:
        self.reader = reader
        self.index = reader.index
        self.kinds = reader.kinds
        self._verbs = reader.cues.wish_verbs
        self._cuts = reader.cues.prepositions - _LINKS - _BINDING
        analyzer = reader.analyzer
        offices = {(w,) for w in analyzer.office_words | analyzer.office_verbs}
        self._rise = frozenset(analyzer.rise_words | offices)
        self._fall = frozenset(analyzer.fall_words)

    def check(self, words: Sequence[str]) -> ClaimCheck | None:
        """The wish the claim tells against the facts telling the same wisher's wish for
        the same person; None when it tells none, or no fact tells one."""
        reader = self.reader
        plain = [w for w in words if w != BREAK]
        at = next((i for i, w in enumerate(plain) if w in self._verbs), None)
        if at is None or reader.denies(plain):
            return None
        stems = tuple(stem(w) for w in plain)
        parties = [m for m in reader.mentions(stems) if self.kinds.get(m[0]) in PARTIES]
        before = [m for m in parties if m[2] <= at]
        after = [m for m in parties if m[1] > at]
        if not before:
            return None
        wisher = before[0][0]
        if after and after[0][1] <= at + 2:
            about, end = after[0][0], after[0][2]
        elif at + 1 < len(plain) and plain[at + 1] in _OBJECTS:
            others = [m[0] for m in before if m[0] != wisher]  # "... and wanted him as ..."
            if not others:
                return None
            about, end = others[-1], at + 2
        else:
            return None
        wished = self._wished(plain[end:])
        terms = frozenset(t for t in reader.query(wished).terms if t not in self.kinds)
        if not terms:
            return None
        if not self._said_of(about, wished):
            # words the text never says of B: only a rise against a fall can be wrong
            return self._turned(wisher, about, plain[end:])
        wrong: Fact | None = None
        for fact in self._wishing(wisher, about):
            held = reader.held(fact)[0]
            if terms <= held:
                return ClaimCheck(True, (fact,), "wish")
            if not terms & held and wrong is None:
                wrong = fact
        return ClaimCheck(False, (wrong,), "wish") if wrong is not None else None

    def _turned(self, wisher: str, about: str, wished: Sequence[str]) -> ClaimCheck | None:
        """A wish for B's rise against the fact telling A wished B's fall, or the other
        way round: wrong, with that fact; None when the claim tells neither or no fact
        tells the other."""
        rise, fall = _holds(wished, self._rise), _holds(wished, self._fall)
        if rise == fall:
            return None
        opposite = self._fall if rise else self._rise
        reader = self.reader
        for fact in self._wishing(wisher, about):
            words = reader.facts[fact.id].words
            for m in reader.facts[fact.id].mentions:
                if m[0] == about and _holds(words[m[2] : m[2] + _WISHED], opposite):
                    return ClaimCheck(False, (fact,), "wish")
        return None

    def _wished(self, words: Sequence[str]) -> list[str]:
        """What a claim says was wished, from the words after whom it is about: without
        links, and without a wish word, which restates the wish ("as his preferred
        successor"); up to a preposition after it, which starts a setting of the claim's
        own ("as his successor in his testament")."""
        out: list[str] = []
        for word in words:
            if out and word in self._cuts:
                break
            if word not in _LINKS and word not in DETERMINERS and word not in self._verbs:
                out.append(word)
        return out

    def settles(self, words: Sequence[str]) -> Fact | None:
        """The fact telling what A wished for B, for a question whether A wished it ("did
        Lenin want Stalin running things?", "is it true Lenin didn't want Stalin in
        charge?"): the words of the question rarely meet the text's ("suggesting Stalin be
        removed"), and answering with a fact that only names both leaves it unsettled.
        None unless the line names A, then a wish word, then B at once, and a fact tells a
        wish of A for B."""
        plain = [w for w in words if w != BREAK]
        at = next((i for i, w in enumerate(plain) if w in self._verbs), None)
        if at is None:
            return None
        stems = tuple(stem(w) for w in plain)
        parties = [m for m in self.reader.mentions(stems) if self.kinds.get(m[0]) in PARTIES]
        before = [m for m in parties if m[2] <= at]
        after = [m for m in parties if m[1] > at]
        if not before or not after or after[0][1] > at + 2 or after[0][0] == before[-1][0]:
            return None
        wishing = self._wishing(before[-1][0], after[0][0])
        return wishing[0] if wishing else None

    def _said_of(self, about: str, wished: Sequence[str]) -> bool:
        """Whether the text itself writes the wished words in a fact naming B ("Stalin as
        Lenin's true successor"): a word it never uses of him ("gone") may mean what the
        wish fact says in other words."""
        reader = self.reader
        content = {
            stem(w) for w in wished if w not in reader.analyzer.stopwords and w not in self.kinds
        }
        if not content:
            return False
        for at in self.index.postings.get(about, ())[:_FACTS]:
            fid = self.index.docs[at].fact.id
            for reading in (reader.facts[fid], reader.sources[fid]):
                if any(m[0] == about for m in reading.mentions) and content <= set(reading.stems):
                    return True
        return False

    def _wishing(self, wisher: str, about: str) -> list[Fact]:
        """The facts telling a wish of `wisher` for `about`, in the text's order."""
        reader, index = self.reader, self.index
        out = []
        for at in index.postings.get(wisher, ())[:_FACTS]:
            fact = index.docs[at].fact
            if self._tells(reader.facts[fact.id], wisher, about):
                out.append(fact)
        return out

    def _tells(self, reading: Reading, wisher: str, about: str) -> bool:
        """Whether a text names the wisher, then a wish word, then whom it is about."""
        for k, word in enumerate(reading.words):
            if word not in self._verbs:
                continue
            named = any(m[0] == wisher and m[2] <= k for m in reading.mentions)
            if named and any(m[0] == about and k < m[1] <= k + _REACH for m in reading.mentions):
                return True
        return False


def _holds(words: Sequence[str], phrases: frozenset[tuple[str, ...]]) -> bool:
    """Whether words hold any of the phrases, word for word."""
    return any(
        tuple(words[i : i + len(p)]) == p
        for p in phrases
        for i in range(len(words))
        if words[i] == p[0]
    )
