"""The steps of a process a text tells in order, each with its place, and the step a
learner asks for by its place.

Texts of a process tell their steps in order: "First, ... Second, ... Finally, ...",
"In the second stage, ...", "The last step is ...", one paragraph a step ("It begins
with the pager." / "Next comes the race ..." / "Then the boat is made ready."), or as a
bulleted list under "The four steps are:". The sentence before the first step often
names the process and its count ("The breeding programme works in four stages."). A
learner asks by order: "what's the third step of an inspection?", "and the last one?",
"how many stages are there?", "and after that stage?". The text is read once, when a
line first asks so (most packs never do): which facts tell each step, at which place,
the fact leading into them, and the words that name the process (its heading, its lead
and what its paragraph says before the steps), so that a line naming the process picks
it. Markers are English grammar (english.yaml), never any text's words; answers are the
text's own sentences.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ._analyze import Analyzer, Query
from ._content import Fact, Pack
from ._index import Index
from ._lists import quote_words
from ._once import Once
from ._source import Passage, sections
from ._text import is_past, language, split_words, stem

__all__ = ["Process", "Steps", "told_whole"]

_MARK_AT = 3  # a step word among a sentence's first three marks it ("The observer then works")
_KEY = 3  # words of a quote's opening the reading looks it up by
_SHORT = 2  # a quote shorter than this is no sentence of a paragraph
_ABOUT = 1.0  # a line's word named where the process is introduced
_TOLD = 0.5  # ... or only in its steps
_GOES_ON = frozenset(["and", "then"])  # "cut and heated", "is sealed then stored"
_EVERYDAY = 0.3  # the weight of the most everyday words ("happen", "lose"): a clause's
# sentence need not say them
_WHAT = frozenset([None, "thing"])  # "what about the third?", "and the last one?"
_NUMBER = re.compile(r"\d+")
_ORDINAL_DIGITS = re.compile(r"(\d+)(?:st|nd|rd|th)")
# a count before what it counts in a lead ("works in four stages", "tested in three ways")
_COUNTED = r"\b({count})\s+(?:[a-z-]+\s+)?([a-z]+s)\b"


@dataclass(frozen=True, slots=True)
class Process:
    """One run of steps a text tells in order.

    Attributes:
        steps: the facts telling each step, in order (the first of several citing one).
        places: every fact telling a step, with its place from 1.
        lead: the fact leading into the steps ("The method works in four stages."), if any.
        count: the number of steps the lead says, if it says one.
        about: the terms naming the process: its heading, its lead, and what the
            paragraph says before the first step.
        told: the terms its steps say.
        span: each sentence from the first step on, in the steps' paragraphs: its fact,
            and the place of the step it tells or goes on explaining.
        gaps: the places of steps told paragraphs before the next one ("The last step is
            grading." after paragraphs on other things, some perhaps an unmarked step):
            what comes right after them is the text's next sentence, not that step.
        listed: told as a bulleted list (whose lead-in, or a fact summing it up, tells
            it whole already).
    """

    steps: tuple[str, ...]
    places: Mapping[str, int]
    lead: str | None
    count: int | None
    about: frozenset[str]
    told: frozenset[str]
    span: tuple[tuple[str, int], ...] = ()
    gaps: frozenset[int] = frozenset()
    listed: bool = False


_Read = tuple[tuple[Process, ...], Mapping[str, tuple[int, int]]]  # and each step's place


@dataclass(slots=True)
class _Reading:
    """A process while the text is read: its steps so far and where it stands."""

    steps: list[list[str]]
    lead: str | None
    about: list[str]  # fact ids (and a heading) whose words name it
    title: str | None
    paragraph: int  # the paragraph its last step is in
    by_paragraph: bool = False  # continued at a paragraph's opening: one step a paragraph
    span: list[tuple[str, int]] = field(default_factory=list)  # sentences, with their step
    gaps: set[int] = field(default_factory=set)  # steps told paragraphs before the next


@dataclass(frozen=True, slots=True)
class _English:
    """The English words of steps (english.yaml): ordinals, where they point, markers."""

    places: Mapping[str, int]  # "second" 2, "last" -1, "firstly" 1
    adverbs: Mapping[str, int]  # "finally" -1: the last step among a sentence's first words
    counts: Mapping[str, int]  # "four" 4
    nouns: frozenset[str]  # "step", "stages"
    next: frozenset[str]  # "then", "next", "after": the step after the one before
    first: tuple[tuple[str, ...], ...]  # "to begin with"
    begin: frozenset[str]  # "begins" (with): the first step
    function: frozenset[str]  # the words after "First" that open a clause, not a noun
    counted: re.Pattern[str]  # a count before what it counts ("in four stages")
    may_start: re.Pattern[str]  # a word without which no paragraph opens a process
    names_steps: re.Pattern[str]  # a step's noun, in a list's lead-in or heading


@lru_cache(maxsize=1)
def _english() -> _English:
    lang = language()
    places = {str(w): int(p) for w, p in (lang.get("ordinal_positions") or {}).items()}
    adverbs = {str(w): int(p) for w, p in (lang.get("step_adverbs") or {}).items()}
    places = {w: p for w, p in {**places, **adverbs}.items() if p}  # "middle" places none
    counts = {str(w): int(n) for w, n in (lang.get("count_words") or {}).items()}
    counts = {w: n for w, n in counts.items() if n > 1 and w not in places}  # not "next"
    nouns = frozenset(lang.get("step_nouns", ()))
    begin = frozenset(lang.get("step_beginnings", ()))
    plural = nouns | {f"{n}s" for n in nouns}
    firsts = [w for w, p in places.items() if p == 1]
    return _English(
        places=places,
        adverbs=adverbs,
        counts=counts,
        nouns=plural,
        next=frozenset(lang.get("step_words", ())),
        first=tuple(tuple(p.split()) for p in lang.get("step_first_phrases", ())),
        begin=begin,
        function=frozenset(lang.get("stopwords", ())),
        counted=re.compile(_COUNTED.format(count="|".join([*counts, r"\d+"]))),
        may_start=re.compile(rf"\b(?:{'|'.join([*firsts, *begin, *plural])})\b", re.IGNORECASE),
        names_steps=re.compile(rf"\b(?:{'|'.join(plural)})\b", re.IGNORECASE),
    )


def mark(sentence: str) -> tuple[str, int] | None:
    """How a sentence marks itself as a step: ("at", place) for a place it says ("First,
    ...", "In the second stage, ...", "The last step is ...": -1 the last; "It begins with
    ..." is the first), ("next", 0) for one that goes on from the step before ("Then the
    curd is cut", "Next, ...", "The observer then works ..."); None for any other."""
    w = _english()
    words = split_words(sentence)
    if not words:
        return None
    if any(tuple(words[: len(p)]) == p for p in w.first):  # "To begin with, ..."
        return ("at", 1)
    head = words[0]
    place = w.places.get(head)
    if place is not None and len(words) > 1:
        comma = re.match(rf"\s*{re.escape(head)}\s*,", sentence, re.IGNORECASE) is not None
        # a comma or a function word after it ("First, the ...", "First he taps ...", "Last
        # of all"), not a noun it qualifies ("First prize went to ...")
        if comma or words[1] in w.function:
            return ("at", place)
    found = _ordinal_phrase(words, w)
    if found is not None:
        return ("at", found)
    if not w.begin.isdisjoint(words[:6]) and "with" in words[:7]:
        return ("at", 1)  # "It begins with the pager.", "The process starts with the milk."
    if _after_verb_first(sentence):
        return ("at", 1)  # "The dissolved oxygen was measured first, because ..."
    opening = words[:_MARK_AT]
    if any(w.adverbs.get(x) == -1 for x in opening):
        return ("at", -1)  # "He finally ...", "The jars are lastly ..."
    if opening[0] in w.next or any(x in ("then", "next") for x in opening[1:]):
        return ("next", 0)
    if _then_after_subject(words, w):
        return ("next", 0)  # "A horse-drawn ice plow then cut the grooves deeper"
    return None


_SUBJECT_THEN = 6  # words of a longer subject before its 'then' ("A horse-drawn ice plow then")


def _then_after_subject(words: Sequence[str], w: _English) -> bool:
    """Whether 'then' follows a sentence's subject longer than a few words: an article
    and describing words, no function word among them ("A horse-drawn ice plow then
    cut ..."), not a phrase before the subject ("A week later the men then ...")."""
    if "then" not in words[:_SUBJECT_THEN] or words[0] not in ("a", "an", "the"):
        return False
    return all(x not in w.function for x in words[1 : words.index("then")])


def _ordinal_phrase(words: Sequence[str], w: _English) -> int | None:
    """The place an opening phrase says: "In the second stage", "The last step is",
    "During the third phase", "Step two:", "This is the third stage" (of what the
    sentence before told); None without one."""
    at = 0
    if words[0] in ("in", "at", "during", "for", "by"):
        at = 1
    elif _names_the_one_before(words):
        at = 2
    if len(words) > at + 2 and words[at] == "the" and words[at + 2] in w.nouns:
        return w.places.get(words[at + 1])
    if words[0] in w.nouns and len(words) > 1:
        return _number(words[1], w)
    return None


_THIS = frozenset(["this", "that", "it"])  # "This is the third stage, ..."
_IS = frozenset(["is", "was"])


def _names_the_one_before(words: Sequence[str]) -> bool:
    """Whether a sentence opens by naming what the one before it told ("This is the
    third stage, ...", "That was the last step")."""
    return len(words) > 1 and words[0] in _THIS and words[1] in _IS


def _number(word: str, w: _English) -> int | None:
    """A count written as a word or digits ("two", "3"), or an ordinal ("2nd", "third")."""
    if word in w.places:
        return w.places[word]
    if _NUMBER.fullmatch(word):
        return int(word)
    digits = _ORDINAL_DIGITS.fullmatch(word)
    if digits:
        return int(digits.group(1))
    return w.counts.get(word)


_ADVERB_FIRST = re.compile(r"\b(?:is|are|was|were)\s+[a-z]+(?:ed|en)\s+first\b\s*(?:[,;.]|because)")


def _after_verb_first(sentence: str) -> bool:
    """Whether a sentence says a thing was done first, after its verb ("The oxygen was
    measured first, because ..."), as a step told without an opening word."""
    return _ADVERB_FIRST.search(sentence.lower()) is not None


class Steps:
    """The processes a pack's text tells, read on first need. Immutable; shared."""

    def __init__(self, pack: Pack, analyzer: Analyzer, index: Index) -> None:
        self._pack = pack
        self._analyzer = analyzer
        self._index = index
        self._read_once: Mapping[str, _Read] = Once(lambda _: self._read(), ["all"])
        self._terms: dict[str, frozenset[str]] = {}  # each step's sentence's, on first need
        w = _english()
        own = [*w.places, *w.nouns, *w.next, *w.begin, "how", "many", "much", "one", "ones"]
        self._own = frozenset(analyzer.analyze(" ".join(own), correct=False).terms)

    @property
    def processes(self) -> tuple[Process, ...]:
        """Every process the text tells, in the text's order."""
        return self._read_once["all"][0]

    def place(self, fact_id: str) -> tuple[int, int] | None:
        """(which process, its place from 1) of a fact telling a step; None for another."""
        return self._read_once["all"][1].get(fact_id)

    def step(self, process: int, place: int) -> str | None:
        """The fact telling a process's step at a place (from 1; -1 the last); None
        beyond its steps."""
        steps = self.processes[process].steps
        at = len(steps) + place if place < 0 else place - 1
        return steps[at] if 0 <= at < len(steps) else None

    def beside(self, fact_id: str, way: int) -> str | None:
        """The step told after (`way` 1) or before (-1) the one a fact tells; None when
        it tells none, or the first or last one."""
        found = self.place(fact_id)
        if found is None:
            return None
        process, at = found
        if (at if way > 0 else at - 1) in self.processes[process].gaps:
            return None  # paragraphs told between them may hold what came next
        return self.step(process, at + way) if at + way >= 1 else None

    def asked(self, query: Query, last: str | None) -> tuple[str, ...]:
        """The facts a line asks for by a step's place: "what's the third step of an
        inspection?" (of the process its words name), "what about the fourth?" and "and
        the last one?" (of the step just told), "and after that stage?", "what happens
        after the boat goes down the slipway?", "how many stages are there?" (the lead
        that says the count), "what are the stages of ...?" (its lead and every step, in
        order). None when it asks no step so."""
        processes = self.processes if self._mentions_steps(query) else ()
        if not processes:
            return ()
        w = _english()
        words = query.words
        place = _place_asked(words, w)
        if "after" in words and place is None:
            after = self._after(query, words.index("after"))
            if after is not None:
                return (after,)
        noun = not w.nouns.isdisjoint(words)
        here = self.place(last) if last is not None else None
        other = self._other(query)
        if self._names_untold(query):
            return ()  # "what are the stages of making a barrel?" of a text with none
        if noun and "how" in words and ("many" in words or "much" in words):
            at = words.index("many" if "many" in words else "much")
            counted = words[at + 1 : at + 2]
            if not counted or counted[0] not in w.nouns:
                return ()  # "how many trees per row in the second phase?" counts trees
            process = self._named(other, here, says=counted[0])
            found = None if process is None else self._count_lead(process)
            return () if found is None else (found,)
        shift = _shift(words)
        if place is None:
            if noun and not shift and query.qtype in _WHAT and _plural(words, w):
                process = self._named(other, here)  # "what are the stages of ...?"
                return () if process is None else self._whole(process)
            if not noun or here is None or other:  # "and after that stage?": the next one
                return ()
            if shift == 0 and "next" not in words:
                return ()
            found = self.beside(str(last), shift or 1)
            return () if found is None else (found,)
        if not noun and (here is None or other or query.qtype not in _WHAT):
            return ()  # "who was the first chair?", "where to first?": no step asked
        process = self._named(other, here)
        if process is None or (place < 0 and shift > 0) or place + shift == 0:
            return ()  # "what happened after the last step?": beyond the steps
        found = self.step(process, place + shift)  # "the step before the last one"
        return () if found is None else (found,)

    def _whole(self, process: int) -> tuple[str, ...]:
        """A process told whole: its lead, if any, and every step, in order; none for a
        list, which a fact tells whole already (its lead-in, or a summary of it)."""
        found = self.processes[process]
        if found.listed:
            return ()
        return (*([found.lead] if found.lead else []), *found.steps)

    def _after(self, query: Query, at: int) -> str | None:
        """The step after the one a line's clause tells: "what happens after the boat goes
        down the slipway?" is the step after it, "what do they do after the pager sounds?"
        the step after the one that sentence explains. None when the clause names no step
        or explanation of one; or when the step's own sentence tells more than the clause
        ("Then the curd is cut and heated": after the cutting comes the heating, which
        that sentence tells itself); or when the line asks who, when or where."""
        kinds = self._analyzer.entity_kinds
        words = query.words
        if query.qtype not in _WHAT or not words or words[0] in self._analyzer.yes_no:
            return None
        said = {t for t, k in query.spans if k > at}
        other = {t: weight for t, weight in self._other(query).items() if t in said}
        asked = [t for t, k in query.spans if k < at and t in self._other(query)]
        if len(asked) > 1 or any(t in kinds for t in asked):
            return None  # "which countries did he live in after ...?" asks of them
        # what the clause tells must be told there: its every word but the most everyday
        # ones, and one at least that names no one ("after Trotsky lost" is no step of a
        # list naming Trotsky); "after that" asks a follow-up of the last answer
        needed = [t for t, weight in other.items() if weight > _EVERYDAY or t in kinds]
        deed = [t for t in needed if t not in kinds]
        if not deed:
            return None
        found: list[tuple[float, int, int, str]] = []
        for k, process in enumerate(self.processes):
            for fact_id, place in process.span:
                terms = self._said(fact_id)
                if all(t in terms for t in needed):
                    held = sum(weight for t, weight in other.items() if t in terms)
                    found.append((held, k, place, fact_id))
        if not found:
            return None
        _, k, place, fact_id = max(found, key=lambda c: (c[0], -c[1], -c[2]))
        if not self._pack.fact(fact_id).draft:
            return None  # a hand-made pack tells what came after in facts of its own
        if fact_id == self.processes[k].steps[place - 1] and self._goes_past(fact_id, other):
            return None  # the step's own sentence tells what comes after the clause
        if place in self.processes[k].gaps:
            return None  # paragraphs told between may hold what came next
        return self.step(k, place + 1)

    def _said(self, fact_id: str) -> frozenset[str]:
        """The terms a fact's quote says, read once (a lost race reads one twice)."""
        found = self._terms.get(fact_id)
        if found is None:
            said = frozenset(self._analyzer.content_terms(self._pack.fact(fact_id).source)[0])
            found = self._terms.setdefault(fact_id, said)
        return found

    def _goes_past(self, fact_id: str, clause: Collection[str]) -> bool:
        """Whether a step's sentence tells a second deed after what a clause says of it:
        "Then the curd is cut and heated" past "the curd is cut" (where it was cut, or
        with what, is more of the same deed)."""
        words, spans = self._analyzer.words_and_spans(self._pack.fact(fact_id).source)
        end = max((k for t, k in spans if t in clause), default=len(words))
        return any(
            a in _GOES_ON and is_past(b)
            for a, b in zip(words[end:], words[end + 1 :], strict=False)
        )

    def _mentions_steps(self, query: Query) -> bool:
        """Whether a line says an ordinal, a step's noun or "after" at all (most lines
        do not)."""
        w = _english()
        return any(
            x in w.places or x in w.nouns or x == "after" or _ORDINAL_DIGITS.fullmatch(x)
            for x in query.words
        )

    def _other(self, query: Query) -> dict[str, float]:
        """The line's terms the pack says, besides its ordinals and step nouns, each
        weighed by how much it tells (an everyday word little: "make", "do"); one the
        pack never says ("what happens ...") names no process."""
        words = dict(query.surface)
        analyzer, postings = self._analyzer, self._index.postings
        return {
            t: analyzer.generality(words.get(t, t))
            for t in query.terms
            if t in postings and t not in self._own and not _ORDINAL_DIGITS.fullmatch(t)
        }

    def _names_untold(self, query: Query) -> bool:
        """Whether a line names a rare thing the pack never says ("barrel" of a text
        about a road): then it asks of no process the text tells."""
        postings, words = self._index.postings, dict(query.surface)
        return any(
            t not in postings
            and t not in self._own
            and not _ORDINAL_DIGITS.fullmatch(t)
            and self._analyzer.generality(words.get(t, t)) >= 1.0
            for t in query.terms
        )

    def _named(
        self, other: Mapping[str, float], here: tuple[int, int] | None, says: str = ""
    ) -> int | None:
        """The process a line asks of: the one naming most of its words (where the
        process is introduced, else in its steps), and all of its rarer ones; the one
        just talked of when the line names none; the only one, if one. With `says` (the
        step noun a line counts: "how many stages ...?"), only processes whose lead says
        it, when any does ("five stages", not "Testing takes three steps")."""
        processes = self.processes
        rare = [t for t, weight in other.items() if weight >= 1.0]
        best: tuple[float, bool, int] | None = None
        noun = stem(says) if says else ""
        saying = {
            k
            for k, p in enumerate(processes)
            if noun and p.lead and noun in {stem(x) for x in split_words(self._lead_text(p))}
        }
        for k, process in enumerate(processes):
            if saying and k not in saying:
                continue
            held = sum(
                weight * (_ABOUT if t in process.about else _TOLD if t in process.told else 0)
                for t, weight in other.items()
            )
            if held <= 0 or any(t not in process.about | process.told for t in rare):
                continue  # it says nothing of the line's words, or not its rarer ones
            key = (held, here is not None and here[0] == k, -k)
            if best is None or key > best:
                best = key
        if best is not None:
            return -best[2]
        if rare:
            return None  # it names something no process holds
        if here is not None and (not saying or here[0] in saying):
            return here[0]
        if len(saying) == 1:
            return next(iter(saying))
        return 0 if len(processes) == 1 else None

    def _lead_text(self, process: Process) -> str:
        """The words of a process's lead sentence, as the text says it."""
        return self._pack.fact(process.lead).source if process.lead else ""

    def _count_lead(self, process: int) -> str | None:
        """The fact that says how many steps a process has, if one does."""
        found = self.processes[process]
        return found.lead if found.count is not None else None

    # --- reading the text ----------------------------------------------------------------

    def _read(self) -> _Read:
        """Every process of the pack's texts, and each step's fact with its place."""
        pack = self._pack
        first_cited: dict[tuple[str, ...], list[tuple[str, tuple[str, ...]]]] = {}
        for fact in pack.facts:
            said = quote_words(fact.source)
            if len(said) >= _SHORT:
                first_cited.setdefault(said[:_KEY], []).append((fact.id, said))
        out: list[Process] = []
        for text in pack.sources:
            for section in sections(text, whole_lines=True):
                out.extend(self._section(section.title, section.passages, first_cited))
        places = {f: (k, at) for k, p in enumerate(out) for f, at in p.places.items()}
        return tuple(out), places

    def _section(
        self,
        title: str | None,
        passages: Sequence[Passage],
        first_cited: Mapping[tuple[str, ...], list[tuple[str, tuple[str, ...]]]],
    ) -> list[Process]:
        """The processes one section tells, in order."""
        found: list[Process] = []
        reading: _Reading | None = None
        may = _english().may_start
        k = 0
        while k < len(passages):
            passage = passages[k]
            if passage.kind == "bullet":
                end = k
                while end < len(passages) and passages[end].kind == "bullet":
                    end += 1
                said = passage.intro if passage.intro is not None else title
                if said is not None and _english().names_steps.search(said):
                    run = [_cited(p.text, first_cited) for p in passages[k:end]]
                    before = _cited(passage.intro or "", first_cited)  # its lead-in's paragraph
                    listed = self._listed(title, passage.intro is not None, before, run)
                    if listed is not None:
                        if reading is not None:
                            found.extend(self._done(reading))
                            reading = None
                        found.append(listed)
                k = end
                continue
            goes_on = reading is not None and k <= reading.paragraph + 1
            if not goes_on and not may.search(passage.text):
                k += 1  # no step opens here, nor goes on from the paragraph before
                continue
            sentences = _cited(passage.text, first_cited)
            for at, facts in enumerate(sentences):
                source = self._pack.fact(facts[0]).source  # the first citing it
                marked = mark(source)
                kind, place = marked or ("", 0)
                if kind == "at" and place == 1:
                    if reading is not None:
                        found.extend(self._done(reading))
                    lead = sentences[at - 1][0] if at else None
                    about = [f[0] for f in sentences[:at]]
                    reading = _Reading([facts], lead, about, title, k)
                    reading.span.append((facts[0], 1))
                elif marked and reading and _goes_on(reading, k, at, kind == "at", source):
                    if reading.paragraph != k:
                        reading.by_paragraph = True
                    if k > reading.paragraph + 1:
                        reading.gaps.add(len(reading.steps))
                    reading.steps.append(facts)
                    reading.paragraph = k
                    reading.span.append((facts[0], len(reading.steps)))
                    if place == -1:  # the last step: the process ends
                        found.extend(self._done(reading))
                        reading = None
                elif reading is not None and reading.paragraph == k:
                    reading.span.append((facts[0], len(reading.steps)))  # more of the step
            k += 1
        if reading is not None:
            found.extend(self._done(reading))
        return found

    def _listed(
        self,
        title: str | None,
        introduced: bool,
        before: list[list[str]],
        run: list[list[list[str]]],
    ) -> Process | None:
        """A bulleted list told as steps: its lead-in (or, with none, its heading) names
        them ("The four steps are:", "Steps in the making"), one step an item."""
        items = [sentences[0] for sentences in run if sentences]
        if len(items) < 2 or len(items) != len(run):
            return None
        lead = before[-1][0] if introduced and before else None
        said = self._pack.fact(lead).source if lead is not None else (title or "")
        if _english().nouns.isdisjoint(split_words(said)):
            return None
        about = [f[0] for f in before] if lead is not None else []  # its lead's paragraph
        found = self._process(items, lead, about, title)
        span = tuple((f[0], at) for at, f in enumerate(items, start=1))
        return replace(found, span=span, listed=True)

    def _done(self, reading: _Reading) -> list[Process]:
        """The process read, if it told two steps at least."""
        if len(reading.steps) < 2:
            return []
        process = self._process(reading.steps, reading.lead, reading.about, reading.title)
        return [replace(process, span=tuple(reading.span), gaps=frozenset(reading.gaps))]

    def _process(
        self, steps: list[list[str]], lead: str | None, about_facts: list[str], title: str | None
    ) -> Process:
        """A process read: its steps' places, the count its lead says, its words."""
        places = {f: at for at, facts in enumerate(steps, start=1) for f in facts}
        pack, analyzer = self._pack, self._analyzer
        about: set[str] = set()
        for text in [title or "", *(pack.fact(f).source for f in about_facts)]:
            about.update(analyzer.content_terms(text)[0])
        told: set[str] = set()
        for facts in steps:
            told.update(analyzer.content_terms(pack.fact(facts[0]).source)[0])
        count = _count(pack.fact(lead).source, len(steps)) if lead is not None else None
        return Process(
            tuple(f[0] for f in steps), places, lead, count, frozenset(about), frozenset(told)
        )


def _goes_on(reading: _Reading, paragraph: int, at: int, placed: bool, sentence: str) -> bool:
    """Whether a marked sentence, the `at`-th of its paragraph, tells the next step of the
    process being read: in the same paragraph (unless the process goes a paragraph a
    step, where only openings count), or opening the paragraph right after; one that
    says its place with a step's noun ("The last step is ...", "In the third stage, ...")
    may open one further on, past paragraphs telling of something else."""
    if paragraph == reading.paragraph:
        return not reading.by_paragraph
    if at != 0 and not (at == 1 and _names_the_one_before(split_words(sentence))):
        return False  # a step opens its paragraph, or names the sentence opening it
    if paragraph == reading.paragraph + 1:
        return True
    return placed and _ordinal_phrase(split_words(sentence), _english()) is not None


def _cited(
    text: str, first_cited: Mapping[tuple[str, ...], list[tuple[str, tuple[str, ...]]]]
) -> list[list[str]]:
    """The facts quoting a paragraph, sentence by sentence in its order: at each word a
    quote may open, the facts whose whole quote is written there."""
    words = quote_words(text)
    out: list[list[str]] = []
    k = 0
    while k < len(words):
        found = [
            fact_id
            for fact_id, said in first_cited.get(tuple(words[k : k + _KEY]), ())
            if tuple(words[k : k + len(said)]) == said
        ]
        if found:
            out.append(found)
            k += max(len(s) for f, s in first_cited[tuple(words[k : k + _KEY])] if f in found)
        else:
            k += 1
    return out


def _count(lead: str, told: int) -> int | None:
    """The number of steps a lead says: a count before a step noun ("in four stages"),
    or one before any plural that is the number of steps told ("in three ways")."""
    w = _english()
    for number, noun in w.counted.findall(lead.lower()):
        n = int(number) if number.isdigit() else w.counts[number]
        if noun in w.nouns or n == told:
            return n
    return None


def _place_asked(words: Sequence[str], w: _English) -> int | None:
    """The place a line asks for: "third", "3rd", "last", "step 3", "stage two"."""
    for k, word in enumerate(words):
        if word in w.places:
            return w.places[word]
        digits = _ORDINAL_DIGITS.fullmatch(word)
        if digits:
            return int(digits.group(1))
        if word in w.nouns and k + 1 < len(words):
            found = _number(words[k + 1], w)
            if found is not None:
                return found
    return None


def _plural(words: Sequence[str], w: _English) -> bool:
    """Whether a line names steps in the plural ("what are the stages ...?")."""
    return any(x in w.nouns and x.endswith("s") for x in words)


def told_whole(facts: Sequence[Fact]) -> str:
    """One reply telling a process's lead and steps in order, each answer once: a
    step whose quote an earlier answer says already is left out (a list's lead-in that
    tells its items), and one whose answer goes on from the answer before ("In the first
    stage, ... In the second stage, ...") adds only what it goes on with."""
    said: list[str] = []
    for fact in facts:
        so_far = " ".join(quote_words(" ".join(said)))
        if " ".join(quote_words(fact.source)) in so_far:
            continue
        answer = fact.answer
        if said and answer.startswith(said[-1]):
            answer = answer[len(said[-1]) :].strip()
        said.append(answer)
    return " ".join(s for s in said if s)


def _shift(words: Sequence[str]) -> int:
    """+1 for a line asking what comes after ("after that stage", "the step after the
    third"), -1 before, 0 otherwise."""
    if not {"after", "following", "follows"}.isdisjoint(words):
        return 1
    if not {"before", "preceding", "precedes", "previous"}.isdisjoint(words):
        return -1
    return 0
