"""What befell someone after a fact: what was done to them next, their death, their
killing, how things ended for them. "What happened to him?" or "how did it end for
her?" is answered from these (see `Around`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ._analyze import Analyzer
from ._content import Fact, Pack
from ._frames import Frame
from ._index import Index
from ._reading import NEXT_SPAN, PackReading
from ._text import only_as_owner

__all__ = ["Fates"]

_FATE_SPAN = 3  # what befell someone next is told a few sentences on, if in that part
_TIMES = frozenset(["after", "before", "since", "until", "once", "following"])  # "after his death"
_TIME_REACH = 3  # words before a death within which a time word makes it another's time
_OWN = ("agent", "patient", "recipient")  # the roles in which an event is their own


class Fates(PackReading):
    """Finds the facts that tell what became of someone. Immutable; shared."""

    def __init__(
        self,
        pack: Pack,
        analyzer: Analyzer,
        index: Index,
        frames_of: Callable[[str], tuple[Frame, ...]],
    ) -> None:
        super().__init__(pack, analyzer, index, frames_of)
        # a death, in the synonyms' two senses: dying ("passed away", "death") and being
        # killed ("assassinated", "executed")
        self._deaths = frozenset(analyzer.analyze("died killed", correct=False).terms)
        self._dying = frozenset(analyzer.analyze("died", correct=False).terms)

    def fate_after(self, last: str, who: str | Sequence[str], later: bool = False) -> str | None:
        """What befell someone the last fact names, told after it: "Stalin and Bukharin
        marginalized the Left" "what happened to the Left?" is "Once Trotsky and the Left
        were expelled ...", the next sentence or two of its part with them undergoing
        something; the learner has just been told the last one. Asked of later ("what
        happened to them later on?"), the first such fact anywhere on in the text, of
        any of them ("Together, Stalin, Zinoviev and Kamenev formed the Troika" "what
        happened to those two later?": "... Stalin turned on his former allies ...")."""
        people = [who] if isinstance(who, str) else list(who)
        topic = self._pack.fact(last).topic
        for fact in self._index.following(last, NEXT_SPAN if later else _FATE_SPAN):
            if not later and self._pack.fact(fact).topic != topic:
                break
            for one in people:
                name = self._analyzer.entity_names.get(one, one).split()[-1].lower()
                if only_as_owner(self._pack.fact(fact).answer, name):
                    continue  # "Lenin's ideology", "Lenin's close associate": not his fate
                if any(one in f.roles.get("patient", ()) for f in self._frames_of(fact)):
                    return fact
        return None

    def death_after(self, last: str, who: str) -> str | None:
        """The first fact after the last one that tells someone's death: they died ("he
        died in 1879", "Lenin's death"), or were killed (the patient of a killing: "In
        1940 Trotsky was assassinated by ..."). None when the text tells it before, or
        not at all."""
        following = self._index.following(last, NEXT_SPAN)
        return next((fact for fact in following if self._tells_death(fact, who)), None)

    def killing_after(self, last: str, who: str) -> str | None:
        """The first fact after the last one in which someone is killed (the patient of a
        killing: "In 1940 Trotsky was assassinated by ..."), not one where they die of
        themselves: what others did to them in the end. None when the text tells none."""
        killings = self._deaths - self._dying
        for fact in self._index.following(last, NEXT_SPAN):
            for frame in self._frames_of(fact):
                if frame.predicate in killings and who in frame.role("patient"):
                    return fact
        return None

    def end_of(self, who: str) -> str | None:
        """How things ended for someone, all told ("how did things turn out for him in
        the end?"): the first fact telling their death, when the text tells it; else the
        last fact in the text's order that has them do or undergo something ("Kessling
        went on to organise miners in other towns"; not one naming them only as the owner
        of a thing, "Lenin's ideology", nor only as who did it to another, "assassinated
        by Mercader"; on a draft, not one naming them only where its source said "he").
        None when no fact does."""
        facts = [f.id for f in self._pack.facts]
        death = next((fact for fact in facts if self._tells_death(fact, who)), None)
        if death is not None:
            return death
        name = self._analyzer.entity_names.get(who, who).split()[-1].lower()
        for k in range(len(facts) - 1, -1, -1):
            fact, found = facts[k], self._pack.fact(facts[k])
            answer = found.answer
            if only_as_owner(answer, name) or self._only_by(answer, who):
                continue
            if found.draft and not self._names(found.source, who):
                # a drafted "he" put back as a name may be the wrong one, unless the
                # sentence before is of them alone ("Tobias never married. He managed")
                before = self._pack.fact(facts[k - 1]) if k else None
                if before is None or not self._alone_before(before, found, who):
                    continue
            if any(who in f.role(role) for f in self._frames_of(fact) for role in _OWN):
                return fact
        return None

    def _alone_before(self, before: Fact, fact: Fact, who: str) -> bool:
        """Whether a drafted sentence's opening "He" or "She" goes on from the sentence
        before it in the same part, which names only them ("Tobias Marrick never
        married. He managed the kiln until 1872"): then it is theirs."""
        if before.topic != fact.topic or fact.source.split()[:1] not in (["He"], ["She"]):
            return False
        named = {t for t, _ in self._analyzer.words_and_spans(before.source)[1]}
        kinds = self._analyzer.entity_kinds
        return who in named and all(t == who for t in named if kinds.get(t) == "person")

    def _names(self, sentence: str, who: str) -> bool:
        """Whether a sentence names someone itself, not through a pronoun the draft put
        back as a name: "Then he pulled the long bar" was the puller's deed, whoever the
        draft wrote in for "he"."""
        return any(term == who for term, _ in self._analyzer.words_and_spans(sentence)[1])

    def _only_by(self, answer: str, who: str) -> bool:
        """Whether a sentence names someone only as the doer of what befell another:
        "Trotsky was assassinated by Ramón Mercader" tells nothing of what became of him."""
        words, spans = self._analyzer.words_and_spans(answer)
        places = [at for term, at in spans if term == who]
        return bool(places) and all(at > 0 and words[at - 1] == "by" for at in places)

    def _tells_death(self, fact: str, who: str) -> bool:
        """Whether a fact tells someone's death as its own event: they died, or were the
        patient of a killing (not "after Lenin's death, ...": the time of another)."""
        for frame in self._frames_of(fact):
            died = frame.predicate in self._dying and who in frame.role("agent")
            if died or (frame.predicate in self._deaths and who in frame.role("patient")):
                return True  # "Dunn ... died there", "Trotsky was assassinated"
            if frame.predicate in self._deaths and who in frame.role("agent"):
                return False  # "assassinated by Mercader": his deed, not his death
        answer = self._pack.fact(fact).answer
        if not any(
            t in self._deaths and name == who for t, name in self._analyzer.bindings(answer)
        ):
            return False
        words, spans = self._analyzer.words_and_spans(answer)
        return any(
            t in self._deaths and _TIMES.isdisjoint(words[max(0, at - _TIME_REACH) : at])
            for t, at in spans
        )
