"""Phase checks of a claim: "X's first allies were Y", "later", "all his life" against the
order in which the text tells the same relation, or what it says someone once was.

A claim that puts the right people at the wrong point of the story ("Stalin's first allies
were Bukharin and the Right", when the text allies him first with two others and only later
with Bukharin) shares its names with some fact, so word overlap confirms it or corrects it
with whichever fact ranks first. Here the claim is read as a frame: an anchor (the party
before the relation word), the relation's class and side (`relations` in the cues), and the
fillers of its other role, each put in a phase by the word before it ("first", "later").
The facts relating the anchor the same way are the text's phases, in the text's order (one
saying "initially" first). A filler put in the wrong phase gets the facts that fill the
same role at that point and at the point the text gives it: the correction names who it
was, chosen by the frame and not by shared words.

"All his life" said of what someone was is checked against what a fact says he once was
("Trotsky's Menshevik past", "a former Y"): a proper description (one the text always
capitalises: a party, a faith, a nation) other than the claimed one contradicts "was always
a Bolshevik". A common noun ("always a brilliant orator") is left alone: one can be both.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ._claim_reading import BREAK, DETERMINERS, PARTIES, ClaimCheck, ClaimReader, Reading
from ._content import Fact
from ._once import Once
from ._text import stem

__all__ = ["Phases"]

_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+")
_SENTENCE_END = re.compile(r"[.!?:;\"'\u2018\u2019\u201c\u201d(]\s*$")
_DESCRIPTION = 3  # words a description before "past" may have ("his Menshevik past")
_WINDOW = 14  # words between two names for a text to relate them
_OWNERS = frozenset(["his", "her", "their", "its"])
_FACTS = 400  # facts naming the anchor that are read for its phases, at most


@dataclass(frozen=True, slots=True)
class _Told:
    """One fact relating the anchor to others: with the claim's relation, or against it."""

    fact: Fact
    same: frozenset[str]
    opposite: frozenset[str]


@dataclass(frozen=True, slots=True)
class _Put:
    """The fillers a claim puts in one phase ("early", "late", "always")."""

    phase: str
    fillers: frozenset[str]


class Phases:
    """Checks the phase a claim puts a relation or a state in. Immutable; shared by all."""

    def __init__(self, reader: ClaimReader) -> None:
        self.reader = reader
        self.index = reader.index
        self.kinds = reader.kinds
        cues = reader.cues
        self._marks = sorted(
            ((p, name) for name, found in cues.phases.items() for p in found),
            key=lambda m: -len(m[0]),
        )
        self._starts = frozenset(p[0] for p, _ in self._marks)
        self._early = cues.phases.get("early", frozenset())
        # the stems a fact's texts write capitalised inside a sentence, and in lower case
        pack = reader.pack
        self._cases: Once[tuple[frozenset[str], frozenset[str]]] = Once(
            lambda fid: _cases(pack.fact(fid).answer, pack.fact(fid).source), pack.by_id
        )

    def check(self, words: Sequence[str]) -> ClaimCheck | None:
        """The claim's phases against the text's; None when it names none or cannot tell."""
        plain = tuple(w for w in words if w != BREAK)
        marks = self._find(plain)
        if not marks:
            return None
        marked = {i for lo, hi, _ in marks for i in range(lo, hi)}
        if self.reader.denies([w for i, w in enumerate(plain) if i not in marked]):
            return None  # "Stalin did not first ally with ..." is not a phase put
        stems = tuple(stem(w) for w in plain)
        found = self._relation(plain, stems, marks, marked)
        if found is None and any(name == "always" for _, _, name in marks):
            found = self._state(plain, stems, marks)
        return found

    def _find(self, words: Sequence[str]) -> list[tuple[int, int, str]]:
        """(start, end, phase) of each phase phrase in the claim's words, in order."""
        out: list[tuple[int, int, str]] = []
        i = 0
        while i < len(words):
            hit = None
            if words[i] in self._starts:
                hit = next(
                    (m for m in self._marks if tuple(words[i : i + len(m[0])]) == m[0]), None
                )
            if hit is None:
                i += 1
                continue
            out.append((i, i + len(hit[0]), hit[1]))
            i += len(hit[0])
        return out

    # --- a relation put in a phase ---------------------------------------------------------

    def _relation(
        self,
        words: Sequence[str],
        stems: tuple[str, ...],
        marks: Sequence[tuple[int, int, str]],
        marked: set[int],
    ) -> ClaimCheck | None:
        reader = self.reader
        targets = reader.cues.target_words
        spans = [s for s in reader.class_spans(stems) if s[0] not in marked]
        spans = [s for s in spans if words[s[0]] not in targets]
        if not spans:
            return None
        at, r, side = spans[0]
        parties = [m for m in reader.mentions(stems) if self.kinds.get(m[0]) in PARTIES]
        anchors = [m[0] for m in parties if m[2] <= at]
        if not anchors:
            return None
        anchor = anchors[0]
        # "Y was X's first ally": the owner just before the relation word is the anchor,
        # and whoever else the line names is the filler, wherever it stands
        owner = next((m for m in parties if m[2] <= at and not set(range(m[2], at)) - marked), None)
        owned = owner is not None and owner[0] != anchor
        if owned and owner is not None:
            anchor, anchors = owner[0], [owner[0]]
        put: list[_Put] = []
        # a mark governs the words after it ("first with Y, later with Z"), or those before
        # it when one ends the claim ("with Y first and with Z later")
        behind = marks[-1][1] == len(words)
        for k, (start, end, phase) in enumerate(marks):
            if behind:
                lo, hi = (marks[k - 1][1] if k else 0), end
            else:
                lo = start if k else 0
                hi = marks[k + 1][0] if k + 1 < len(marks) else len(words)
            fillers = frozenset(
                name
                for name, start, _ in parties
                if lo <= start < hi
                and (start > at or owned)
                and name not in anchors
                and _before(words, start) not in targets
            )
            if fillers:
                put.append(_Put(phase, fillers))
        if not put:
            return None
        terms = reader.terms([words[at]])
        if not terms:
            return None
        told = self._told(anchor, r, side, terms[0], {f for p in put for f in p.fillers})
        return self._judge(put, told, len({p.phase for p in put}) > 1)

    def _judge(
        self, put: Sequence[_Put], told: Sequence[_Told], contrasted: bool
    ) -> ClaimCheck | None:
        """The fillers each phase of the claim holds against the text's phases.

        "First Y" is wrong when Y is not among the first fillers and the text relates Y
        later; "later Y" only when the claim also says who came first (a lone "later" may
        count from another event: "after Lenin died, he later allied with ...").
        """
        phases = [t for t in told if t.same]
        right: list[Fact] = []
        for p in put:
            if p.phase == "always":
                against = next((t for t in told if t.opposite & p.fillers), None)
                if against is not None:
                    with_ = next((t.fact for t in phases if t.same & p.fillers), None)
                    facts = (against.fact,) + ((with_,) if with_ and with_ != against.fact else ())
                    return ClaimCheck(False, facts, "phase")
                continue
            if not phases:
                return None
            first, later = phases[0], phases[1:]
            after = frozenset(f for t in later for f in t.same)
            if p.phase == "early":
                if p.fillers <= first.same:
                    right.append(first.fact)
                    continue
                moved = (p.fillers - first.same) & after
                if moved:
                    when = next(t.fact for t in later if t.same & moved)
                    return ClaimCheck(False, (first.fact, when), "phase")
                return None
            if p.fillers <= after:
                right.append(next(t.fact for t in later if t.same & p.fillers))
                continue
            stayed = (p.fillers & first.same) - after
            if stayed and contrasted and later:
                return ClaimCheck(False, (later[0].fact, first.fact), "phase")
            return None
        return ClaimCheck(True, (right[0],), "phase") if right else None

    def _told(self, anchor: str, r: int, side: int, term: str, fillers: set[str]) -> list[_Told]:
        """The facts relating the anchor to anyone by the claim's relation word (its
        class's other side counts as against it), in the text's order (a fact that says
        "initially" first)."""
        reader, index = self.reader, self.index
        mutual = r in reader.cues.mutual
        out: list[tuple[tuple[int, int], _Told]] = []
        for at in index.postings.get(anchor, ())[:_FACTS]:
            fact = index.docs[at].fact
            reading = reader.facts[fact.id]
            named = {m[0] for m in reading.mentions}
            if anchor not in named:
                continue
            same: set[str] = set()
            opposite: set[str] = set()
            for other in named - {anchor}:
                if self.kinds.get(other) not in PARTIES:
                    continue
                links = self._links(reading, anchor, other, r)
                if mutual or other in fillers:  # "B turned on A" is against "A always with B"
                    links |= self._links(reading, other, anchor, r)
                if (side, term) in links:
                    same.add(other)
                elif any(s != side for s, _ in links):
                    opposite.add(other)
            if same or opposite:
                early = any(
                    tuple(reading.words[i : i + len(p)]) == p
                    for p in self._early
                    for i in range(len(reading.words))
                )
                told = _Told(fact, frozenset(same), frozenset(opposite))
                out.append(((0 if early else 1, at), told))
        return [t for _, t in sorted(out, key=lambda x: x[0])]

    def _links(self, reading: Reading, a: str, b: str, r: int) -> set[tuple[int, str]]:
        """(side, term) of the relation word of class `r` that a text puts last between a
        mention of `a` and a later one of `b` ("A aligned with B", not "A aligned with C,
        who feared B"); turned round by a denial before it, and none where a past mark
        says it no longer held ("his former allies B")."""
        reader = self.reader
        marks = reader.cues.past_marks
        out: set[tuple[int, str]] = set()
        for name_a, _, end_a in reading.mentions:
            if name_a != a:
                continue
            for name_b, start_b, _ in reading.mentions:
                if name_b != b or not 0 <= start_b - end_a <= _WINDOW:
                    continue
                spans = [
                    (at, side)
                    for at, kind, side in reader.class_spans(reading.stems, end_a, start_b)
                    if kind == r
                    and reading.words[at - 1] not in marks  # "former allies": no longer
                    # "A and his allies suppressed B's ...": B is no partner
                    and not (reading.words[at - 1] in _OWNERS and start_b > at + 2)
                ]
                if not spans:
                    continue
                at, side = spans[-1]
                if reader.denies(reading.words[end_a:at]):
                    side = 1 - side
                for term in reader.terms([reading.words[at]]):
                    out.add((side, term))
        return out

    # --- a state said to hold always -------------------------------------------------------

    def _state(
        self, words: Sequence[str], stems: tuple[str, ...], marks: Sequence[tuple[int, int, str]]
    ) -> ClaimCheck | None:
        """ "X was always a Y" against a fact saying what X once was ("X's Z past")."""
        reader = self.reader
        mentions = reader.mentions(stems)
        if not mentions or mentions[0][1] != 0 or self.kinds.get(mentions[0][0]) not in PARTIES:
            return None
        anchor, _, k = mentions[0]
        verbs = reader.cues.state_verbs
        while k < len(words) and words[k] not in verbs and k < 4:
            k += 1  # "X had been", "X always was"
        if k >= len(words) or words[k] not in verbs:
            return None
        k += 1
        while k < len(words) and any(lo == k for lo, _, _ in marks):
            k = next(hi for lo, hi, _ in marks if lo == k)  # "X was always a Y"
        end = min([lo for lo, _, _ in marks if lo >= k] + [len(words)])
        said = [w for w in words[k:end] if w not in DETERMINERS]
        cut = next((i for i, w in enumerate(said) if w in ("and", "or", "who", "which")), None)
        said = said[:cut]
        if not said or not self._proper(said[-1]):
            return None
        head = stem(said[-1])
        for at in self.index.postings.get(anchor, ())[:_FACTS]:
            fact = self.index.docs[at].fact
            for reading in (reader.facts[fact.id], reader.sources[fact.id]):
                for once in self._once(reading.words, reading.mentions, anchor):
                    if stem(once) != head and self._proper(once):
                        return ClaimCheck(False, (fact,), "phase")
        return None

    def _once(
        self,
        words: Sequence[str],
        mentions: Sequence[tuple[str, int, int]],
        anchor: str,
    ) -> list[str]:
        """The head words of what a text says the anchor once was: "X's Z past", "X, a
        former Z", "former Z X"."""
        marks = self.reader.cues.past_marks
        out = []
        for name, start, end in mentions:
            if name != anchor:
                continue
            after = [w for w in words[end : end + _DESCRIPTION + 2] if w not in DETERMINERS]
            if after and after[0] in marks and len(after) > 1:
                out.append(after[1])  # "X, a former Z"; "X formerly a Z"
            for n in range(1, _DESCRIPTION + 1):
                if n < len(after) and after[n] in marks and after[n] == "past":
                    out.append(after[n - 1])  # "X's Z past"
                    break
            if start >= 2 and words[start - 2] in marks:
                out.append(words[start - 1])  # "former Z X"
        return out

    def _proper(self, word: str) -> bool:
        """Whether the pack always capitalises a word inside a sentence (a party, a faith,
        a nation): such descriptions exclude one another, common nouns do not."""
        want = stem(word)
        seen = False
        for term in self.reader.terms([word]):
            for at in self.index.postings.get(term, ())[:_FACTS]:
                upper, lower = self._cases[self.index.docs[at].fact.id]
                if want in lower:
                    return False
                seen = seen or want in upper
        return seen


def _before(words: Sequence[str], at: int) -> str | None:
    """The word before position `at`, skipping determiners ("against the Left")."""
    i = at - 1
    while i >= 0 and words[i] in DETERMINERS:
        i -= 1
    return words[i] if i >= 0 else None


def _cases(*texts: str) -> tuple[frozenset[str], frozenset[str]]:
    """The stems written capitalised inside a sentence, and those written in lower case."""
    upper: set[str] = set()
    lower: set[str] = set()
    for text in texts:
        for m in _WORD.finditer(text):
            word = m.group()
            if word[0].islower():
                lower.add(stem(word))
            elif m.start() and not _SENTENCE_END.search(text[: m.start()]) and word[1:].islower():
                upper.add(stem(word.lower()))
    return frozenset(upper), frozenset(lower)
