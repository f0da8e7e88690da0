"""The replies a learner's question ends in: an answer, a near miss, a clarifying
question or an honest "the text doesn't say", each remembered as what the talk is about.

Apart from the search that chooses between them (tutor/_question_turn.py), since the
dialogue's own turns (a fact it tells, small talk naming the document) end in the same
replies and the same seeded choices.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING, Any

from ._analyze import Query
from ._between import Spanned
from ._content import Fact
from ._everyday import worth_quoting_nearby
from ._index import Hit
from ._nearmiss import Gap
from ._reply import Reply
from ._state import MAX_TOLD
from ._topic_offer import topic_offered
from ._year_asked import wrong_year

if TYPE_CHECKING:
    from ._engine import Engine

__all__ = ["Replies"]


class Replies:
    """The replies of one turn, over the conversation's state (a plain dict it updates)."""

    __slots__ = ("_engine", "_state")

    def __init__(self, engine: Engine, state: dict[str, Any]) -> None:
        self._engine = engine
        self._state = state

    def answer(self, query: Query, top: Hit) -> Reply:
        """The hit's fact, told, and remembered as what the talk is about."""
        self.remember(query, top)
        return Reply(
            top.fact.answer, "answer", fact_ids=(top.fact.id,), confidence=round(top.score, 3)
        )

    def near(self, query: Query, top: Hit, gap: Gap) -> Reply:
        """A question the text answers only nearly: say so, and what it does say."""
        if gap.instead is not None:  # "what happened to him after that?": the next event
            return self.answer(query, Hit(gap.instead, top.score, top.coverage))
        self.remember(query, top)
        said = self.say("{Document} doesn't say " + gap.asked + ".")
        return Reply(
            f"{said} What it does say nearby: {top.fact.answer}",
            "fallback",
            fact_ids=(top.fact.id,),
            confidence=round(top.score, 3),
        )

    def told_before(self, query: Query, fact: Fact) -> Reply:
        """The answer a sentence just before the last one gives to a follow-up the last
        one leaves open ("by whom?" of "Trotsky was accused of Bonapartism": the Troika
        "worked to portray" him, a sentence before; "when was that?" of an undated
        sentence the one before dates): it answers, and says where it comes from, for
        the text tells it there, not in the sentence asked of."""
        self.remember(query, Hit(fact, 1.0, 1.0))
        lead = self.say("Going by what {document} says just before it:")
        return Reply(f"{lead} {fact.answer}", "answer", fact_ids=(fact.id,), confidence=1.0)

    def remember(self, query: Query, hit: Hit) -> None:
        """The fact told is what the talk is about next, and is kept among those told."""
        self._state["context"] = self._engine.context.remembered(query, hit.fact)
        told = self._state["told"]
        if hit.fact.id not in told:
            told.append(hit.fact.id)
            del told[:-MAX_TOLD]

    def fallback(self, query: Query, hits: list[Hit]) -> Reply:
        """The text does not say: a wrong year set right, else what it says nearby, else
        the topic closest to the line (or a few of them)."""
        pack = self._engine.pack
        replies = self._engine.dialogue.replies
        wrong = wrong_year(self._engine.analyzer, self._engine.index, replies.claims.slots, query)
        if wrong is not None:  # "was Trotsky killed in 1930?": no, in 1940
            self._state["context"] = self._engine.context.remembered(query, wrong.facts[0])
            return replies.reply(wrong, self.rng())
        near = next((h for h in hits if h.coverage > 0), None)
        told = self._told_nearby(query, hits)
        if told is not None:  # the person and the event are there; what is asked, unsure
            # what it tells is what the talk is about next ("who were they up against?"),
            # though not told as the answer ("was that the only one?" may want it)
            self._state["context"] = self._engine.context.remembered(query, told.fact)
            opener = self.say("I can't find that exactly in {document}.")
            return Reply(
                f"{opener} What it does say nearby: {told.fact.answer}",
                "fallback",
                fact_ids=(told.fact.id,),
                confidence=round(1.0 - told.score, 3),
            )
        index = self._engine.index
        offered = topic_offered(pack, index, query, hits) if near is not None else None
        if offered is not None:
            topic = pack.topic(offered.fact.topic).title
            hint = f" The closest thing it covers is '{topic}'; ask me about that."
        elif near is not None:  # it shares a word, not what the line is about: no offer
            hint = " Type /topics to see what it covers."
        else:
            some = ", ".join(t.title for t in pack.topics[:3])
            hint = f" It covers topics like: {some}. Type /topics for all of them."
        opener = self.choose(
            (
                "I don't know: {document} doesn't say.",
                "{Document} doesn't say, so I can't answer that honestly.",
                "I can't find that in {document}, so I don't know.",
            )
        )
        confidence = round(1.0 - (hits[0].score if hits else 0.0), 3)
        return Reply(
            self.say(opener) + hint,
            "fallback",
            confidence=max(0.0, confidence),
            near=near.fact.id if near is not None else None,
        )

    def _told_nearby(self, query: Query, hits: list[Hit]) -> Hit | None:
        """The best fact holding a name the question says and one more of its words
        ("what did Stalin do after Lenin's funeral?"), or, of a line naming no one, two
        of its words (see `worth_quoting_nearby`): what the text says nearby."""
        if query.leans or not hits:
            return None
        index = self._engine.index
        named = set(query.entities)
        if not named:
            top = hits[0]
            why = query.qtype == "reason" and self._engine.context.gives_reason(top.fact.id)
            quote = worth_quoting_nearby(self._engine.analyzer, index, query, top, why)
            return top if quote else None
        for hit in hits[:2]:
            held = index.held(hit.fact.id)
            said = [t for t in query.terms if t in held]
            if named.intersection(said) and len(set(said) - named) >= 1:
                return hit
        return None

    def between(self, query: Query, asked: Spanned) -> Reply | None:
        """The span between two events from the dates the text gives them ("About 3
        years, from 1924 to 1927: <both facts>"), or, when it dates only one, that it
        doesn't say, with what it says of each; None when it dates neither, or an age
        whose birth it doesn't date."""
        first, second = asked.ordered
        if first.fact is None or first.year is None:
            return None
        facts = {d.fact.id: d.fact for d in (first, second) if d.fact is not None}
        ids = tuple(facts)
        lead = asked.told()
        if lead is not None:
            told = " ".join(f.answer for f in facts.values())
            reply = Reply(f"{lead}: {told}", "answer", fact_ids=ids, confidence=1.0)
        elif asked.kind == "age":
            return None
        else:
            said = self.say(
                "{Document} doesn't say how long: it gives a date for only one of the two."
            )
            other = second.fact
            if other is None or other.id == first.fact.id:
                text = f"{said} {first.fact.answer}"
            else:
                text = (
                    f"{said} {first.fact.answer} Of the other it says, with no date: {other.answer}"
                )
            reply = Reply(text, "fallback", fact_ids=ids, confidence=0.5)
        if asked.second.asked is not None and asked.second.fact is not None:
            # the talk is about the event asked of next ("how many years later was he
            # killed?"), as a question about it alone would have left it; the last
            # answer's event stays what it is about
            self.remember(asked.second.asked, Hit(asked.second.fact, 1.0, 1.0))
        return reply

    def clarify(self, top: Hit, rival: Hit) -> Reply:
        """Which of two facts, close in score and on different topics, was meant."""

        def label(hit: Hit) -> str:
            return hit.fact.questions[0].rstrip("?.! ")

        return Reply(
            f"Do you mean '{label(top)}' or '{label(rival)}'?",
            "clarify",
            fact_ids=(top.fact.id, rival.fact.id),
            confidence=round(top.score, 3),
        )

    def say(self, template: str) -> str:
        """A reply template with the pack's name for its document filled in."""
        document = self._engine.pack.document
        return template.format(document=document, Document=document[:1].upper() + document[1:])

    def choose(self, options: tuple[str, ...] | list[str]) -> str:
        """A varied but reproducible pick: seeded by the session's seed and turn number."""
        return self.rng().choice(list(options))

    def rng(self) -> random.Random:
        """The turn's random choices: the same seed and turn give the same reply."""
        return random.Random(self._state["seed"] * 1_000_003 + self._state["turn"])
