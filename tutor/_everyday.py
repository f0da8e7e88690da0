"""When the best fact lacks only everyday words of a question, it may still be the answer.

A learner's own wording brings words the text never uses: "What held up the building
work?" of "the work was hit by strikes", "why was she kept out of the Society?" of "she
could not join the Society". A hand-made fact lists such wordings among its questions; a
drafted one (`draft: true`, not yet reviewed) has only the text's own sentence, so it holds less of the question than the
coverage thresholds ask and the tutor says it does not know. This check lets such a fact
answer when every word it lacks is one of the commonest words of English (they carry
little of what the question is about) and it holds the rest: the question's names and
rarer words. Then neither its coverage nor its score (which the lacking words pull down
alike) refuses it. A question off the text lacks a word of its own subject ("Nobel Prize",
"tonne"), which is not everyday, so it is still refused; and a question asking for a
kind of answer (how many, how much, when, who) needs a fact that gives one. Nor is a deed
asked of someone ("what did Agnes study?") filler when the text never uses its word and
the fact holds nothing of the line but the name: it tells another deed of hers.

A hand-made fact, whose questions were written, is forgiven less: only when it holds
every word of the question, those it holds through a word of like meaning only by an
idiom's ("who knocked off Trotsky?" of "assassinated"), and the question names one of the
text's people or things.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from ._analyze import Analyzer, Query
from ._index import Hit, Index
from ._lexicon import death_stems, deed_stems
from ._noun_kinds import noun_kind
from ._phrases import cues
from ._text import stem

__all__ = ["gives_asked", "lacks_only_everyday", "worth_quoting_nearby"]

# Rank in English of the rarest word a paraphrase may bring unmatched: the core
# vocabulary, the three thousand words a learner of English is taught first ("weather",
# "creature", "dig"); a question off the text brings a rarer word of its own subject
# ("tin", "tonne", "Nobel"). Measured on the eleven development drafts, with the score
# forgiven as the coverage is: 1000 -> 3000 answers 2 more lines (a paraphrase, a
# misspelt one) and still refuses every off-topic one; 5000 answered "the melting point of
# pure tin" with a bell's remelting.
_EVERYDAY = 3000
# A line with no question word ("chimney colour") is all topic: a word of it the fact
# lacks is what is asked, so only the commonest thousand words are forgiven there.
_EVERYDAY_TERSE = 1000
_AMOUNTS = ("number", "money")  # what answers "how much"
# "how long did it go on for?": the words asking for a span of time ("long", "go on")
# ask only that, and a fact giving a span gives it; "which university" names a thing
_SPAN = "duration"
_WHO = frozenset(["person", "name"])  # questions asking for someone or a name
_DO = frozenset(["did", "does", "do"])  # "what did Agnes study?": the verb after its subject
_LEAST = 0.3  # share of the question's evidence the fact must hold all the same
# Share of a nameless line's evidence a sentence must hold to be quoted as what the text
# says nearby. Measured on the essay's dev files and twelve drafts: 0.3 loses a paraphrase
# ("coached her in maths", 0.27); below 0.25 quotes sentences for lines off the text
# that share two commoner words ("a recipe for salt-baked fish", 0.24; "the tallest
# working windmill", 0.12).
_NEARBY = 0.25
# A line asking for a measure ("how far was her new town from the city?", "when did the
# digging start?"), or why, of a drafted sentence giving one (a span, a count, a date; a
# cause: "because ...", "so ..."): what the sentence gives is evidence of its own, so one
# word of the learner's own (not one reached through WordNet) is enough, at a lower
# share. Measured on the 39 development drafts: quotes the answer of 20 more
# paraphrases and 10 sentences giving another measure or reason, no line off the text
# (hand-made facts, which list their wordings, are left as they were); person and place
# quote 4 answers and 11 other sentences, so they are not measures here; below 0.15 a
# line off the text sharing one word is quoted ("calories in a tablespoon of vinegar").
_MEASURES = frozenset(["date", "number", "amount", "money", "duration", "distance"])
_NEARBY_MEASURE = 0.15
_PHRASE = 3  # the most words a phrase read as one term is taken to span


def lacks_only_everyday(
    analyzer: Analyzer, index: Index, query: Query, hit: Hit, near: bool = False
) -> bool:
    """Whether `hit` holds the question's names and rarer words, and lacks only everyday
    words (see the module's docstring). `near`: the fact is told just after the last
    answer, in its part, so what the line carried from the conversation is its setting
    ("the vicar planted poplars ..." "when did it go to court?": "... took the matter to
    the county court in 1906" need not say the poplars again); it is judged on the line's
    own words."""
    if near and query.context:
        own = tuple(t for t in query.terms if t not in query.context)
        if not own:
            return False
        query = replace(query, terms=own, context=frozenset(), leans=False)
    # (near, the fact's coverage counts the carried words it need not hold)
    if query.context or query.leans or (hit.coverage < _LEAST and not near):
        return False
    held = index.held(hit.fact.id)
    words = _said_as(analyzer, query)
    lacking = [t for t in query.terms if t not in held]
    if not lacking:
        # every word held, some only through a word of like meaning ("tower height" of
        # "the tower stood 98 feet tall"): short of the threshold only by that credit; a
        # hand-made fact so when that word is an idiom ("who knocked off Trotsky?") and
        # the line names one of its people or things too: a line off the text holds no
        # name of it (and "Trotsky's bodyguard" is no body)
        # (or, the word naming the kind asked, as its synonym or kind: "what stone was the
        # floor?" of "the floor was laid with marble")
        which = query.words[:1] in (("what",), ("which",))
        asked = query.kind_terms | {t for t, at in query.spans if at == 1 and which}
        alike = index.held_alike(hit.fact.id) & asked
        reached = (query.soft.keys() | alike) & held.keys()
        if not hit.fact.draft and (not query.entities or not reached <= query.idioms):
            return False
        return bool(reached) and index.offers(hit.fact.id, query.qtype, besides=query.terms)
    if len(lacking) == len(query.terms) or not hit.fact.draft:
        return False
    # "did the keeper ever marry?": what a yes-or-no question asks is the word the text
    # never uses, and a sentence naming the keeper does not answer it
    yes_no = query.qtype is None and query.words[:1] and query.words[0] in analyzer.yes_no
    if yes_no and any(t in lacking for t, _ in query.unknown):
        return False
    # "what did Agnes Penhallow study?": a sentence holding only the line's names, when
    # the deed asked of one of them is a word the text never uses, tells another deed of
    # hers ("replaced the barge"); holding a thing of the line too ("when did the
    # Authority build the reservoir?"), the deed may be its event in other words
    # (a death the text never tells is left to the check that says so and what it
    # does say; a light verb the index leaves out counts: "produce" of "making")
    if all(t in lacking for t in query.terms if t not in query.entities) and any(
        t not in analyzer.own_stems
        and t not in death_stems()
        and _deed_of_named(query, t)
        and deed_stems(t).isdisjoint(held)  # not "when did he die?" of "was drowned"
        and deed_stems(t).isdisjoint(_light_said(analyzer, hit.fact.answer))
        for t in lacking
    ):
        return False
    # "who was the printer's wife?": the person asked for is named by the word the text
    # never uses, and a sentence naming the printer and someone else does not name her
    if query.qtype in _WHO and any(
        t in lacking and noun_kind(w) == "person" for t, w in query.unknown
    ):
        return False
    for term in lacking:
        if term in query.kind_terms and query.qtype == _SPAN:
            continue  # "how long did it go on for?": words of a span, which gives_asked asks
        word = words.get(term)
        rank = analyzer.ranks.get(word) if word else None
        if rank is None or rank > (_EVERYDAY if query.qtype else _EVERYDAY_TERSE):
            return False
    return gives_asked(index, query, hit)


@lru_cache(maxsize=1)
def _light_stems() -> frozenset[str]:
    """The stems of the light verbs ("made", "got"): the index leaves them out, yet one
    may be the very deed asked in a fuller word ("what did he produce?" of "making")."""
    return frozenset(stem(w) for w in cues().light_verbs)


def _light_said(analyzer: Analyzer, answer: str) -> frozenset[str]:
    """The stems of the light verbs a sentence says ("making": make), read only when a
    deed the text never uses is asked of someone it names."""
    light = _light_stems()
    return frozenset(s for s in map(stem, analyzer.words_and_spans(answer)[0]) if s in light)


def _deed_of_named(query: Query, term: str) -> bool:
    """Whether `term` is the deed a question asks of someone it names: the verb after
    "did" and the name ("what did Agnes Penhallow study?"), not a noun beside the name
    ("Margaret Ellis crew number")."""
    first: dict[str, int] = {}
    for t, k in query.spans:
        first.setdefault(t, k)
    at = first.get(term, -1)
    return any(
        t == term and 1 <= first.get(name, 0) < at and query.words[first[name] - 1] in _DO
        for t, name in query.bound
    )


def _said_as(analyzer: Analyzer, query: Query) -> dict[str, str]:
    """Each term of a line with the word it was said as; a term read from a phrase of
    several words ("go on": continue) with the pack's most everyday word of it, as the
    index weighs it: the phrase is as everyday as that word, not a word of its own. Unless
    a word of the phrase is rarer: "melting point" is read as "temperature", yet it asks
    for something more particular than a temperature, as rare as "melting"."""
    words = dict(query.surface)
    for term in query.idioms:
        if term not in words:
            word = analyzer.everyday_word(term)
            if word is not None:
                words[term] = max(
                    [word, *_phrase_words(analyzer, query, term)],
                    key=lambda w: analyzer.ranks.get(w, 0),
                )
    return words


def _phrase_words(analyzer: Analyzer, query: Query, term: str) -> list[str]:
    """The ranked words of the phrase a term was read from: from where it starts to where
    the next term does, a few words at most (the words between terms are stop words)."""
    starts = sorted({k for _, k in query.spans})
    first = next((k for t, k in query.spans if t == term), None)
    if first is None:
        return []
    end = next((k for k in starts if k > first), len(query.words))
    said = query.words[first : min(end, first + _PHRASE)]
    return [w for w in said if w in analyzer.ranks]


def gives_asked(index: Index, query: Query, hit: Hit) -> bool:
    """Whether a fact's answer names something of the kind a question asks for (a date
    for "when", a sum or a count for "how much"), other than what the question names."""
    if query.qtype == "amount":  # "how much did it cost?": a sum, not the thing asked of
        return any(index.offers(hit.fact.id, kind, query.terms) for kind in _AMOUNTS)
    return index.offers(hit.fact.id, query.qtype, besides=query.terms)


def worth_quoting_nearby(
    analyzer: Analyzer, index: Index, query: Query, hit: Hit, says_why: bool = False
) -> bool:
    """Whether `hit` is worth quoting as what the text says nearby a question naming no
    one that it does not answer ("how did the paperwork guy beat the war hero?"): it holds
    two of the line's words and a quarter of its evidence (or, a drafted sentence giving
    the measure asked, or the reason when `says_why`, one word the learner said and less:
    see `_MEASURES`), and every word it lacks is a word of English (in the frequency
    list), not a name or number the text never mentions: a line off the text brings one
    of its own subject ("Stalingrad", "the 2018 World Cup"), and a sentence sharing its
    commoner words ("won", "battle") is no nearer.
    And it gives the kind of answer asked ("how many boats went through?" is not near a
    sentence with no count in it, "who blew the whistle?" one naming no one)."""
    held = index.held(hit.fact.id)
    said = [t for t in query.terms if t in held and t not in query.kind_terms]
    measure = (
        hit.fact.draft
        and (query.qtype in _MEASURES or (query.qtype == "reason" and says_why))
        # asked with a question word: a line of keywords ("flour amount") is all topic
        and not analyzer.qwords.keys().isdisjoint(query.words)
        and any(t not in query.soft for t in said)
    )
    if len(said) < (1 if measure else 2) or hit.coverage < (
        _NEARBY_MEASURE if measure else _NEARBY
    ):
        return False
    words = dict(query.surface)
    # (a term reached through WordNet, "mapped" -> plan, or naming the kind asked, "how
    # long", stands for a word of English the learner said: no name of another subject)
    return all(
        analyzer.ranks.get(words.get(term, "")) is not None
        for term in query.terms
        if term not in held and term not in query.soft and term not in query.kind_terms
    ) and gives_asked(index, query, hit)
