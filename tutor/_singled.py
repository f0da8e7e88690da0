"""When a line singles out one drafted fact, it may answer though it holds little of it.

A learner's own words cover few of a drafted sentence's: "what did the gulls get to
inherit once the steamer was gone?" of "the Heron was sold for scrap, and the slipway was
left to the gulls", "what mementoes survive in the hut?" of "a small museum in the old
ticket hut shows the ferry's bell". Such a fact holds less of the line than the coverage
thresholds ask, and the tutor says it does not know, though no other fact comes near. A
flat lower threshold answers lines off the text as well ("Who designed the Forth
Bridge?" of a sentence saying who designed another bridge), so this check asks what kind
of evidence the line has, not only how much:

- the fact holds a word of the line that the best fact answering otherwise does not: not
  a name (a line off the text shares the text's names: "What was Penhallow's salary?"),
  not a word that only says what kind of answer is wanted ("name", "called"), not one
  reached through a loose dictionary link from a word the pack never uses ("weather" ->
  "lose"); one such word is the learner's own, less common in English than everyday
  words ("last", "step", "led" single a sentence out by chance, "hut" or "gulls" do not);
  and it scores clear of that fact (`_MARGIN`): two facts each holding a word of the
  line, or the same words, are a guess;
- the line names nothing the text never names: a capitalised word the pack never uses
  ("the Battle of Hastings") or a number the fact lacks ("in 1950") is its real subject,
  and so is any word the pack never uses in a line of three terms or fewer ("when did the
  mist lift?" of "the boat lift opened in 1875"): it has no filler;
- a year of the line singles no fact out that lacks a name the line says ("what was the
  population of Kessingford in 1850?" of a sentence of 1850 about no Kessingford);
- the names it gives a role have that role in the fact, not only another ("what did
  Penhallow study?" of "the storm that wrecked Penhallow's barge is a study in ...");
- a question asking for a kind of answer (when, where, who, how many) gets a fact that
  gives one, as `_everyday` asks too.

The kind asked also sets a sentence apart (`_TYPED`): "when did the workmen first break
ground?" shares one everyday word with "Digging began in June 1793", but that sentence
gives a date right beside it (tutor/_filler_near.py) and no other near the line gives one.
Then the facts giving no date are no rivals for the margin, and, when none is left, an
everyday word of the learner's own is enough and a lower score (`_LEAST_ALONE`). The
sentence must hold every name the line says ("who chaired the talks at Sennick?" is not
answered by another chair).
"""

from __future__ import annotations

from collections.abc import Sequence

from ._analyze import Analyzer, Query
from ._everyday import gives_asked
from ._filler_near import filler_near
from ._index import Hit, Index
from ._pick import Picker
from ._text import is_year
from ._utterance import Utterance

__all__ = ["singled_out"]

# How far above the best fact answering otherwise the fact must score. Measured on the
# four development drafts and a draft of the essay: 1.2 answers 7 more paraphrases of
# 68 and no off-topic line; 1.0 or 1.1 answer no more paraphrases and 2 or 3 off-topic
# lines of the essay's draft; 1.3 answers 3 fewer paraphrases.
_MARGIN = 1.2
# terms of a line too short to hold filler: a word of it the pack never uses is what
# it asks of (the session's coverage thresholds read a short line so too)
_SHORT = 3
_LEAST = 0.25  # the score the fact needs all the same: a word or two of the line
# The score enough for the one sentence giving the kind asked beside the line's word (see
# `_TYPED`): measured on the 45 bench drafts, 0.1 answers 4 more paraphrases and no line
# off the text (their scores run from 0.15 to 0.2, a word or two of a long line).
_LEAST_ALONE = 0.1
# the credit a word reached through WordNet needs to set a fact apart: a synonym or a
# word one step broader ("guns" -> "weapon"), not a looser link ("weather" -> "lose")
_LINKED = 0.5
# Kinds of answer a sentence names as a filler of its own (a date, a count, a sum, a
# person, a place): a sentence naming none cannot answer, so it is no rival (see the
# module's docstring).
_TYPED = frozenset(["date", "number", "distance", "duration", "money", "person", "place"])


def singled_out(
    analyzer: Analyzer,
    index: Index,
    picker: Picker,
    said: Utterance,
    query: Query,
    hits: Sequence[Hit],
) -> tuple[str, ...]:
    """The terms by which the line `said` (ranked as `query`, best first in `hits`)
    singles out its best fact, a drafted one (see the module's docstring); none when it
    does not."""
    top = hits[0]
    if not top.fact.draft or query.context or query.leans:
        return ()
    others = [h for h in hits[1:] if h.fact.answer != top.fact.answer]
    held = index.held(top.fact.id)
    typed = (
        query.qtype in _TYPED
        and gives_asked(index, query, top)
        and all(e in held for e in query.entities)
        and filler_near(analyzer, index, query, top.fact)
    )
    if typed:
        others = [h for h in others if gives_asked(index, query, h)]
    rival = others[0] if others else None
    alone = typed and rival is None  # the one sentence giving what kind is asked
    if top.score < (_LEAST_ALONE if alone else _LEAST):
        return ()
    if rival is not None and top.score < _MARGIN * rival.score:
        return ()
    if len(query.terms) <= _SHORT and query.unknown:
        return ()  # "when did the mist lift?": a short line has no filler, "mist" is asked
    if any(word in said.names for _, word in query.unknown):
        return ()  # "Who won the Battle of Hastings?": a name the text never says
    if any(t.isdigit() and t not in held for t in query.terms):
        return ()  # "How many crossed in 1950?" of a sentence of another year
    theirs = index.held(rival.fact.id) if rival is not None else {}
    kinds, naming, soft = analyzer.entity_kinds, picker.naming, query.soft
    apart = tuple(
        t
        for t in query.terms
        if t in held
        and t not in theirs
        and t not in kinds
        and t not in query.kind_terms
        and t not in naming
        and soft.get(t, 1.0) >= _LINKED
    )
    said_as = dict(query.surface)
    # a word the learner capitalised is a name the pack does not know ("was Nils a
    # fiddler?" of "Nils died in 1947"), and a word reached through WordNet is the
    # dictionary's, not the learner's ("death toll" -> price): neither alone sets apart
    own = [t for t in apart if t not in soft and said_as.get(t, "") not in said.names]
    if any(e not in held for e in query.entities):
        # a year is shared as a name is: "what was the population of Kessingford in
        # 1850?" of a sentence of 1850 that never says Kessingford is of another thing
        own = [t for t in own if not is_year(t)]
    if not any(analyzer.rare(said_as.get(t, "")) for t in own) and not (alone and own):
        return ()  # "what is the last stage?": an everyday word is on any sentence
    if picker.fits_roles(said.frames, top) < 0:
        return ()
    return apart if gives_asked(index, query, top) else ()
