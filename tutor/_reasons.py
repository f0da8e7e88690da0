"""One reading of why a fact's deed was done, for every reader of "why".

A sentence gives its own reason in a cause or purpose clause ("because", "since",
"due to", "as a result of", "for fear of", "so that", "in order to", "to <verb> the ...",
"after the talks failed", ", so ...", "which meant ...", "if ..."), or the sentence beside it
gives it: the next one opening on the deed just told ("This was because ...", "The
reason was ..."), telling in the past perfect what lay behind it ("The oven had cracked"
after "sold the old wood oven"; never a later tally: "By the end of July they had ringed
640 birds"), or what the doer knew, had lived through or wanted ("She knew that the ice
was thinning"; someone else's belief or wish is none, nor is any for a deed no one
chooses: "was born"); or the deed follows from the sentence before it ("So the council
...", "For this reason ..."). A fact's own clause always comes before a neighbour's.
`Reasons` reads each fact so once, on first need, and keeps it: the direct why, the
follow-up "why?", the purpose follow-up ("what was the point of that?") and the honest
"the text doesn't say why" all ask it; the last only of a fact that surely gives none
(`may_give`: no "when", "after", "by", "for ... to", "over <noun>", ", and <someone>
<did>" that may give one).

"to <verb>" after a verb that takes it as its object ("refused to build", "allowed Stalin
to tighten") is no purpose, nor is a purpose later in that clause: "he refused to build a
faction to counter him" says why one would build it, not why he refused.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from typing import Protocol

from ._content import Pack
from ._noun_kinds import noun_kind
from ._text import is_past, split_words

__all__ = ["Reasons", "gives_purpose", "may_say_why", "says_why"]

# "to <verb> the ...", and a phrasal verb's particle between ("to bring in the ...")
_PURPOSE = re.compile(
    r"\b(\w+),? to [a-z]+ (?:(?:in|up|out|down|over|back|off|on|away) )?"
    r"(?:the|a|an|his|her|their|its|it|them|him|[a-z]+'s|where|whether|how|why|what|which)\b"
)
# "The records were so popular that the library bought another": why it bought one
_SO_THAT = re.compile(r"\b(?:so|such)(?: an?)? (?!that\b)\w+ that\b")
_CLAUSE_END = re.compile(r"[,;:.]")
# "since 1791", "since then": since when, no reason
_SINCE_WHEN = re.compile(r"\bsince (?:then|\w+ \d{4}|\d{4})\b")
# "Sales grew, so he hired six pickers": what the clause after it was done for ("so
# that" is a purpose, read as one; "so many", "so far" say how much)
_SO = re.compile(r", (?:and )?so (?!(?:that|much|many|far|long|too|few|little)\b)")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")  # where a fact's next sentence begins
# a passive's doer: "repairs were delayed by a shortage of timber", "replaced by a burner"
_BY = re.compile(r"\b([a-z]+) by (?:a|an|the|its|their|his|her|this|that) ((?:[A-Za-z'-]+ ?){1,3})")
_PHRASE_END = frozenset(
    ["of", "in", "at", "on", "from", "and", "or", "that", "which", "to", "with"]
)
# a sentence opening on whoever the one before told of: "They feared that ..."
_HE = re.compile(r"(?:he|she|they|we) ", re.IGNORECASE)
# a sentence going on with the deed the one before told, as its subject: "It destroyed
# the store"
_GOES_ON = re.compile(r"(?:it|this) [a-z]+")
# "If the kiln is opened while hot, the glaze crazes": what makes the deed happen
_CONDITION = re.compile(r"(?:^|, )(?:if|unless|whenever) ")
# words after which "had" is a clause's of its own: "a brewery that had closed"
_RELATIVE = frozenset(["that", "which", "who", "whom", "whose", "where", "when"])
_PEOPLE = ("person", "group")
# Words and clauses that MAY give a sentence's own reason, as well as a time, a manner or
# what came of it: "collapsed when cheaper indigo arrived", "declined after 1950",
# "was stopped by pack ice", "waiting for the ice to open", "quarrelled over money" (not
# "scattered over the beach": over a place), "as
# the ice thinned", "a storm delayed the ship, and the party ran short of food". The
# honest "doesn't say why" is for a sentence with none of them: it surely gives none.
_MAY_GIVE = re.compile(
    r"\b(?:when|whenever|after|once|since|by|causing|leads?|led|means|meant|forced|"
    r"prompted|blamed|thanks to|without)\b|(?:^|, )as\b|\bas (?:he|she|they|it|we|the)\b|"
    r"\bfor (?:(?:the|a|an|his|her|their|its) )?[a-z]+(?: [a-z]+)? to [a-z]+\b|"
    r"\bover (?!(?:it|them|him|her|the|a|an|his|its|their|this|that|these|those)\b)[a-z]+"
)
# a year's "when": "came in 1881, when the river flooded the town" says when
_YEAR_WHEN = re.compile(r"\b\d{4}, when\b")
# ", and the party ran short", ", and Zeller went back": a second deed that may follow
# from the first
_AND_THEN = re.compile(r", and (?:then |so )?(?:the [a-z]+|[A-Z][a-z]+) ([a-z]+)\b")
_UNDERGONE = frozenset(["was", "were", "had"])
# deeds no one chooses: no one's wish or belief is why they happened
_NO_CHOICE = re.compile(
    r"\b(?:was|were) (?:born|sunk|wrecked|killed|drowned)\b|\b(?:died|sank|drowned)\b"
)
# a later sentence's opening before its subject: "By the end of July they had ringed"
# tells what came after, not what lay behind
_SUBJECT = re.compile(r"(?:the|its|his|her|their) ([a-z]+(?: [a-z]+)?) had ")


def may_say_why(text: str) -> bool:
    """Whether a sentence has a word or clause that may give its own reason ("when",
    "after", "by", "as", "for ... to", "over <noun>", ", and <someone> <did>"): with none,
    it surely gives none."""
    low = _SINCE_WHEN.sub("", text.lower())
    if _MAY_GIVE.search(_YEAR_WHEN.sub("", low)):
        return True
    # (a deed done, not one undergone: "and the heap was turned" tells what was done next)
    return any(
        is_past(m.group(1)) and m.group(1) not in _UNDERGONE for m in _AND_THEN.finditer(text)
    )


# what a deed was for ("so that ...", "to keep it watertight"): why it mattered, where a
# cause ("because ...") says only why it happened
_FOR = re.compile(
    r"\b(?:so that|in order to|so as to|to [a-z]+ (?:it|them|the|its|their|his|her)\b)"
)


def gives_purpose(text: str) -> bool:
    """Whether `text` says what its deed was for, not only why it happened."""
    return bool(_FOR.search(text))


def says_why(
    text: str,
    reasons: re.Pattern[str] | None,
    takes: frozenset[str],
    times: frozenset[str] = frozenset(),
) -> bool:
    """Whether `text` gives a reason (`reasons`: the language's reason words), a cause
    or a purpose; `takes`: the verbs whose "to <verb>" is their object, not a purpose;
    `times`: nouns of a time ("by the end of May" is no cause)."""
    low = _SINCE_WHEN.sub("", text.lower())
    if reasons is not None and reasons.search(low):
        return True
    if _SO.search(low) or _SO_THAT.search(low) or _CONDITION.search(low):
        return True
    if _caused_by(text, times):
        return True
    wanted = -1  # where the last "refused to <verb> ..." ends
    for m in _PURPOSE.finditer(low):
        # "refused to", "allowed Stalin to", "asked the council to"
        before = low[: m.start()].split()[-2:]
        if m.group(1) in takes or not takes.isdisjoint(before):
            wanted = m.end()
        elif wanted < 0 or _CLAUSE_END.search(low, wanted, m.start()):
            return True
    return False


def _caused_by(text: str, times: frozenset[str]) -> bool:
    """Whether a passive names what did it as a happening or a want, not someone or a
    thing: "delayed by a shortage of timber", "closed by the war" say why; "built by the
    council", "replaced by a paraffin burner", "led by Mary Pell" say who or with what."""
    for m in _BY.finditer(text):
        if not is_past(m.group(1).lower()):
            continue
        words = m.group(2).split()
        cut = next((k for k, w in enumerate(words) if w.lower() in _PHRASE_END), len(words))
        words = words[:cut]
        if words and not any(w[:1].isupper() for w in words):
            head = words[-1].lower()
            if head.isalpha() and head not in times and noun_kind(head) is None:
                return True
    return False


def _background(text: str) -> bool:
    """Whether a sentence's first clause is told in the past perfect ("The old barn had
    leaked so badly ...", "He had been drinking on duty"): what lay behind the deed told
    next to it, not a deed of its own in the story's order. "had to" is a need."""
    words = split_words(_CLAUSE_END.split(text.lower(), maxsplit=1)[0])
    for w, after in itertools.pairwise(words):
        if w in _RELATIVE:
            return False  # "bought a machine from a brewery that had closed"
        if w == "had" and (after == "been" or (after != "to" and is_past(after))):
            return True
    return False


class _Words(Protocol):
    """What `Reasons` reads of the language's word lists (`WordLists` has them all)."""

    reasons: re.Pattern[str] | None
    motives: re.Pattern[str] | None
    explains_before: re.Pattern[str] | None
    follows_before: re.Pattern[str] | None
    complement_verbs: frozenset[str]
    time_nouns: frozenset[str]

    @property
    def entity_kinds(self) -> Mapping[str, str]: ...

    def content_terms(self, text: str) -> tuple[list[str], str | None]: ...


class _Facts(Protocol):
    """What `Reasons` reads of the index."""

    def names(self, fact_id: str) -> frozenset[str]: ...

    def position(self, fact_id: str) -> int: ...


class Reasons:
    """Which fact gives the reason for each fact's deed, in one pack. Read on first need
    per fact and kept (a lost race between threads reads one twice)."""

    def __init__(self, pack: Pack, words: _Words, index: _Facts) -> None:
        """`words`: the language's reason words and the pack's names' kinds (the
        analyzer); `index`: the names each fact says and its place in the text."""
        self._facts = pack.facts
        self._fact = pack.fact
        self._words = words
        self._index = index
        self._own: dict[str, bool] = {}
        self._beside: dict[str, str] = {}

    def own(self, fact_id: str) -> bool:
        """Whether a fact's own sentence says why its deed was done: a reason or purpose
        clause."""
        found = self._own.get(fact_id)
        if found is None:
            w = self._words
            answer = self._fact(fact_id).answer
            found = says_why(answer, w.reasons, w.complement_verbs, w.time_nouns) or any(
                self._joined(later.lower()) for later in _SENTENCE.split(answer)[1:]
            )
            found = self._own.setdefault(fact_id, found)
        return found

    def may_give(self, fact_id: str) -> bool:
        """Whether a fact's own sentence may say why its deed was done (`own`, or a word
        or clause that may give a reason as well as a time: `may_say_why`). The honest
        "doesn't say why" is only for a fact that may not."""
        return self.own(fact_id) or may_say_why(self._fact(fact_id).answer)

    def _joined(self, sentence: str) -> bool:
        """Whether a sentence a fact tells after its first says why one of them was done:
        "In 1970 the square was closed to cars. So Paul bought a bicycle." """
        w = self._words
        return any(
            p is not None and p.match(sentence) for p in (w.follows_before, w.explains_before)
        )

    def of(self, fact_id: str) -> str | None:
        """The fact that says why a fact's deed was done: itself, when it does, else the
        one beside it that does (`beside`); None when neither does."""
        return fact_id if self.own(fact_id) else self.beside(fact_id)

    def beside(self, fact_id: str) -> str | None:
        """The sentence next to a fact, in its part, that says why its deed was done: the
        next one, opening on it ("This was because ...", "The reason was ...") or telling
        what lay behind it ("The barn had leaked ..."); the one before, when the fact
        follows from it ("So the council ..."); or either, telling what its doer knew,
        had lived through or wanted ("Oates, whose feet were frostbitten, knew that he
        was slowing his friends" before "Oates left the tent"). None if none does."""
        found = self._beside.get(fact_id)
        if found is None:
            found = self._beside.setdefault(fact_id, self._read_beside(fact_id) or "")
        return found or None

    def motive(self, fact_id: str) -> bool:
        """Whether a fact tells what someone knew, had lived through or wanted: why they
        did a deed told beside it ("who had lost the commission to her")."""
        motives = self._words.motives
        return motives is not None and bool(motives.search(self._fact(fact_id).answer.lower()))

    def _read_beside(self, fact_id: str) -> str | None:
        fact = self._fact(fact_id)
        at = self._index.position(fact_id)
        facts = self._facts

        def near(k: int) -> str | None:
            if not 0 <= k < len(facts) or facts[k].topic != fact.topic:
                return None
            return facts[k].id

        after, before = near(at + 1), near(at - 1)
        w = self._words
        if after is not None:
            told = self._fact(after).answer.lower()
            opens = w.explains_before is not None and w.explains_before.match(told)
            if opens or self._behind(fact_id, told):
                return after
            # "A fire broke out in the shed. It destroyed the store. The cause was ...":
            # a sentence going on with the deed ("It ...") stands between it and its cause
            later = near(at + 2) if _GOES_ON.match(told) else None
            if later is not None and self._opens_on_why(later):
                return later
        follows = w.follows_before
        if before is not None and follows is not None and follows.match(fact.answer.lower()):
            return before
        if self.motive(fact_id):
            return fact_id  # "Dray, an engineer who had lost the commission to her firm"
        if _NO_CHOICE.search(fact.answer.lower()):
            return None  # no one's wish is why she was born
        for other in (after, before):
            if other is not None and self.motive(other) and self._same_deed(fact_id, other):
                return other
        if after is not None and self.motive(after) and _HE.match(self._fact(after).answer):
            return after  # "The villagers opposed it. They feared that ..."
        doers = self._doers(fact_id)
        if (
            before is not None
            and _background(self._fact(before).answer)
            and not doers.isdisjoint(self._index.names(before))
        ):
            return before  # "He had returned with a plan to ..." "He bought ..."
        return None

    def _opens_on_why(self, fact_id: str) -> bool:
        """Whether a fact opens on why the deed before it was done ("The cause was ...")."""
        explains = self._words.explains_before
        return explains is not None and bool(explains.match(self._fact(fact_id).answer.lower()))

    def _same_deed(self, fact_id: str, other: str) -> bool:
        """Whether a sentence telling a motive tells the motive of a fact's doer: whoever
        knew or wanted it ("many fishermen believed ...", "Lowther's father wanted ...")
        is named in the fact as one of its doers, or, naming no one, is something it
        names ("the town council ordered a clock" "the councillors wanted ...")."""
        motives = self._words.motives
        told = self._fact(other).answer
        found = motives.search(told.lower()) if motives is not None else None
        if found is None:
            return False
        # whoever knew or wanted: the words before the motive in its clause
        who = re.sub(r"^(?:and|but) ", "", re.split(r"[,;:]", told[: found.start()])[-1].strip())
        if not who or "'s " in who:
            return False  # "Lowther's father wanted": someone else's wish
        said = self._words.content_terms
        doers = self._doers(fact_id)
        named = set(said(who)[0])
        if doers:
            return not doers.isdisjoint(named)
        return bool(named) and not named.isdisjoint(said(self._fact(fact_id).answer)[0])

    def _behind(self, fact_id: str, told: str) -> bool:
        """Whether the sentence after a fact tells in the past perfect what lay behind its
        deed: it opens on a thing the fact names ("sold the old wood oven" "The oven had
        cracked"), or on someone in "had been" ("He had been drinking on duty"). A
        later tally of the doers' ("By the end of July they had ringed 640 birds",
        "Within a week they had found ...") tells what came after."""
        if not _background(told):
            return False
        if _HE.match(told) and re.match(r"\w+ had been\b", told):
            return True
        thing = _SUBJECT.match(told)
        if thing is None:
            return False
        said = self._words.content_terms
        return not set(said(thing.group(1))[0]).isdisjoint(said(self._fact(fact_id).answer)[0])

    def _doers(self, fact_id: str) -> set[str]:
        """The people or groups a fact names: whose deed it may tell."""
        kinds = self._words.entity_kinds
        return {n for n in self._index.names(fact_id) if kinds.get(n) in _PEOPLE}
