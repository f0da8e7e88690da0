"""What every session of a Tutor shares: the pack, its matcher and its dialogue scripts."""

from __future__ import annotations

from dataclasses import dataclass

from ._analyze import Analyzer
from ._argument import ArgumentFacts
from ._between import Between
from ._content import Pack
from ._context import Context
from ._dialogue import Dialogue
from ._goes_on import GoesOn
from ._index import Index
from ._nearmiss import NearMiss
from ._next_doer import NextDoer
from ._phrases import cues
from ._pick import Picker
from ._reflexive import reflexive_facts
from ._smalltalk import SmallTalk
from ._task_terms import TaskTerms
from ._text import language
from ._utterance import Reader

__all__ = ["Engine"]


@dataclass(frozen=True, slots=True)
class Engine:
    """The read-only parts a Session works with, so it needs nothing private of a Tutor."""

    pack: Pack
    analyzer: Analyzer
    index: Index
    dialogue: Dialogue
    context: Context
    nearmiss: NearMiss
    picker: Picker
    reader: Reader
    # the facts stating the text's own argument: its thesis and conclusion (found on first
    # need)
    argument: ArgumentFacts
    # the facts telling of a deed done to or for its own doer ("positioned himself")
    reflexive: frozenset[str]
    # the sentence going on about the person a follow-up asks of ("what did he write?")
    goes_on: GoesOn
    # "what did the committee do about the crowding?": the next sentence, opening with it
    next_doer: NextDoer
    # "how long after A was B?": the two events a line asks the span between, dated
    between: Between

    @classmethod
    def of(cls, pack: Pack, analyzer: Analyzer, index: Index) -> Engine:
        """The engine of a built pack (see `_cache.build`)."""
        smalltalk = SmallTalk(language()["smalltalk"])
        task_verbs = frozenset(language()["task_verbs"])
        task_terms = TaskTerms(pack, task_verbs, analyzer.stopwords)
        reader = Reader(analyzer, cues(), smalltalk, task_verbs, task_terms)
        dialogue = Dialogue(pack, analyzer, index, reader)
        frames_of = dialogue.replies.claims.frames_of
        nearmiss = NearMiss(pack, analyzer, index)
        claims = dialogue.replies.claims
        return cls(
            pack=pack,
            analyzer=analyzer,
            index=index,
            dialogue=dialogue,
            context=Context(
                pack, analyzer, index, frames_of, dialogue.roles, dialogue.around, dialogue.genders
            ),
            nearmiss=nearmiss,
            picker=Picker(analyzer, index, nearmiss, frames_of),
            reader=reader,
            argument=ArgumentFacts(pack),
            reflexive=reflexive_facts(pack.facts),
            goes_on=GoesOn(pack, analyzer, index, frames_of),
            next_doer=NextDoer(pack, analyzer, index, frames_of),
            between=Between(pack, analyzer, index, claims.measures.spans, claims.slots, cues()),
        )
