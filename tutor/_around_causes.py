"""Why and to what end around a fact: the fact giving its reason or means, what came of
its event, what a list of such events was for, what the text goes on with. A bare
"why?", "how?" or "did it work?" is answered from these (see `Around`)."""

from __future__ import annotations

from collections.abc import Callable

from ._analyze import Analyzer
from ._content import Pack
from ._frames import Frame
from ._index import Index
from ._lists import Lists
from ._reading import PARTIES, PackReading
from ._text import split_words

__all__ = ["Causes"]

_OUTCOME_SPAN = 6  # "did it work?" is answered a few facts on in its topic, or not at all
_RETELLS = 0.6  # share of a fact's terms another holds to be retelling it (a summary)


class Causes(PackReading):
    """Finds the facts that tell why a fact's event happened, or what came of it.
    Immutable; shared."""

    def __init__(
        self,
        pack: Pack,
        analyzer: Analyzer,
        index: Index,
        frames_of: Callable[[str], tuple[Frame, ...]],
    ) -> None:
        super().__init__(pack, analyzer, index, frames_of)
        self._causes = frozenset(
            t for w in analyzer.cause_verbs for t in analyzer.analyze(w, correct=False).terms
        )
        self._lists = Lists(pack)

    def giving(self, last: str, gives: Callable[[str], bool], near: bool = False) -> str | None:
        """The fact that gives what a bare "why?" or "how?" asks of the last one: itself
        if it gives it ("due to illness", "with an ice axe"), else the first fact it
        points to that gives it and names someone it names."""
        summed = self._lists.sum_of(last, purpose=True) if gives == self.gives_reason else None
        whole = summed is not None and self._lists.tells_whole(last)
        if gives(last) and not whole:
            return last  # a list's reason is one item's: the list's is in what sums it up
        if gives == self.gives_reason and self._pack.fact(last).draft and summed is None:
            # a drafted neighbour's reason clause says why its own deed was done ("...
            # so that bees could return" is no reason she started an apple day): which
            # sentence says why this one was is `Reasons`' to read
            found = self._index.reasons.beside(last)
            return found or (self._same_event(last, gives) if near else None)
        reason = near and gives == self.gives_reason
        # a bare "why?" of what befell someone: what its part says cost him so, before a
        # linked fact's reason for its own event ("missed the funeral due to illness")
        found = self._cause_in_part(last) if reason else None
        names = self._index.names(last)
        linked = [f for f in self._pack.fact(last).related if f in self._pack.by_id]
        if summed is not None:  # nor, of a list or an item of it, another item's reason
            linked = [f for f in linked if self._lists.sum_of(f) != summed]
        # a linked fact's reason is its doers': it answers "why?" only of what the same
        # people did ("Stalin suppressed the testament, preventing it from damaging him"
        # is no reason Lenin wrote it)
        doers = self._doers(last)
        found = found or next(
            (
                f
                for f in linked
                if not names.isdisjoint(self._index.names(f))
                and gives(f)
                and (not reason or not doers or not doers.isdisjoint(self._doers(f)))
            ),
            None,
        )
        if found is None and summed is not None:  # "erased from photographs" "why?": what
            found = summed  # the list came to ("This campaign ensured that ...")
        if found is None and near:  # a bare "why?": or what the text says of it next
            found = self._same_event(last, gives)
        return found

    def summed(self, last: str) -> str | None:
        """The sentence saying what the list the last fact tells or is an item of was
        for ("This campaign ensured that ..."), if any (see `Lists.sum_of`)."""
        return self._lists.sum_of(last, purpose=True)

    def next_in_part(self, last: str) -> str | None:
        """The sentence the text goes on with after the last one in its part, not one
        retelling it (a list of them all); None at the end of a part."""
        told = self.answer_terms(last)
        for f in self._after(last):
            if len(told & self.answer_terms(f)) < _RETELLS * max(len(told), 1):
                return f
        return None

    def _doers(self, fact_id: str) -> set[str]:
        """The people and groups a fact tells as doing something."""
        kinds = self._analyzer.entity_kinds
        return {
            n
            for f in self._frames_of(fact_id)
            for n in f.roles.get("agent", ())
            if kinds.get(n) in PARTIES
        }

    def _cause_in_part(self, last: str) -> str | None:
        """A fact of the same part whose doer is a cause of what befell the one the last
        fact tells of: "Trotsky refused to build a faction" "why?" is answered by "his
        belief in his intellectual superiority ... cost him crucial support"."""
        kinds = self._analyzer.entity_kinds
        people = {n for n in self._doers(last) if kinds.get(n) == "person"}
        if not people:  # "One of Trotsky's errors was declining to ...": whom it names
            people = {n for n in self._index.names(last) if kinds.get(n) == "person"}
        topic = self._pack.fact(last).topic
        for fact in self._pack.facts:
            if fact.topic != topic or fact.id == last:
                continue
            # its main verb, not a clause on the side ("..., preventing it from damaging
            # Stalin's reputation" tells no cause of what befell Lenin)
            main = next((f for f in self._frames_of(fact.id) if f.predicate), None)
            if main is None or main.predicate not in self._causes or not main.roles.get("agent"):
                continue
            befell = {*main.roles.get("recipient", ()), *main.roles.get("patient", ())}
            if not people.isdisjoint(befell):
                return fact.id
        return None

    def _same_event(self, last: str, gives: Callable[[str], bool]) -> str | None:
        """A fact a few sentences on (never before: a list that went before retells the
        event) in the same part that tells the same event of the same people and gives
        what is asked: "Trotsky's assassination was the culmination
        of Stalin's campaign to eliminate his rival" says why he was assassinated."""
        # its verb: the first with a doer ("Before his death, Lenin had grown suspicious":
        # the growing, not the death that only says when)
        frames = self._frames_of(last)
        doing = [f.predicate for f in frames if f.predicate and f.roles.get("agent")]
        main = (doing or [f.predicate for f in frames if f.predicate])[:1]
        events = set(main)
        names = self._index.names(last)
        told = set(self._index.held(last))
        for f in self._after(last):
            held = self._index.held(f)
            same = not events.isdisjoint(held)  # "the assassination"
            retells = len(told & held.keys()) >= _RETELLS * len(told)  # a list of them all
            if same and not retells and not names.isdisjoint(self._index.names(f)) and gives(f):
                return f
        return None

    def outcome_of(self, last: str) -> str | None:
        """What came of the last fact's event: the last fact itself if it says whether it
        worked ("Despite his efforts, he remained powerless"), else the first fact after
        it in its topic, a few facts on at most, that tells a consequence ("These tactics
        were effective") of someone it names; failing that, the consequence the last fact
        tells ("..., preventing it from damaging him"). One it tells without a verdict
        ("... granted him influence") does not come first: the learner asks beyond it."""
        if not self._analyzer.verdict_words.isdisjoint(
            split_words(self._pack.fact(last).answer.lower())
        ):
            return last  # "... remained powerless": it says already how it went
        summed = self._lists.sum_of(last)
        if summed is not None:  # a list, or one of its items: what the text says it came to
            return summed
        names = self._index.names(last)
        kinds = self._analyzer.entity_kinds
        # or the thing it made or acted on ("printed the programmes": "The programmes won
        # over the pilots" names no one it names)
        things = {p for f in self._frames_of(last) for p in f.role("patient") if p not in kinds}
        verdicts = self._analyzer.verdict_words
        later = next(
            (
                f
                for f in self._after(last)
                # a consequence, or a verdict on it ("Parrow's campaign succeeded.")
                if (
                    self._index.offers(f, "result")
                    or not verdicts.isdisjoint(
                        words := split_words(self._pack.fact(f).answer.lower())
                    )
                    or self._analyzer.says_won(words)  # "The programmes won over ..."
                )
                and (
                    not names.isdisjoint(self._index.names(f))
                    or not things.isdisjoint(self._index.held(f))
                )
            ),
            None,
        )
        if later is None and self._index.offers(last, "result"):
            return last  # nothing later: what it tells came of it ("preventing it from ...")
        return later

    def _after(self, last: str) -> list[str]:
        """The facts told a few after one in its part, in the text's order."""
        topic = self._pack.fact(last).topic
        following = self._index.following(last, _OUTCOME_SPAN)
        return [f for f in following if self._pack.fact(f).topic == topic]

    def gives_reason(self, fact_id: str) -> bool:
        """Whether a fact says why: a cause in its frames, or a reason or purpose in its
        words (`Reasons.own`)."""
        if any(f.role("cause") for f in self._frames_of(fact_id)):
            return True
        return self._index.reasons.own(fact_id)
