"""One learner's conversation: classify the turn, resolve context, answer or fall back.

A Session holds only plain data (its `state`), so it can be saved as JSON and resumed.
It never prints and never touches a terminal or a database.
"""

from __future__ import annotations

import copy
import random
from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ._analyze import Query
from ._content import Fact
from ._dialogue import Host
from ._index import Hit
from ._reply import Reply

if TYPE_CHECKING:
    from ._tutor import Tutor

__all__ = ["MAX_INPUT", "Session"]

MAX_INPUT = 500  # characters of one learner turn that are read; the rest is cut off
STATE_VERSION = 1

# Policy thresholds (tuned on the project's own regression cases, not the devset).
_MIN_COVERAGE = 0.5  # share of the question's evidence the best fact must hold
_MIN_SCORE = 0.42
_CLARIFY_GAP = 0.03  # top two this close, on different topics: ask which was meant
_PERSON_PRONOUNS = frozenset(["he", "him", "his", "she", "her", "hers", "they", "them", "their"])
_THING_PRONOUNS = frozenset(["it", "its", "that", "this", "those", "these"])


class Session:
    """A learner's conversation with a Tutor. Not shared between threads; Tutors are."""

    def __init__(
        self, tutor: Tutor, state: Mapping[str, Any] | None = None, seed: int | None = None
    ) -> None:
        self._tutor = tutor
        if state is None:
            seed = random.SystemRandom().randrange(2**31) if seed is None else seed
            self._state: dict[str, Any] = {
                "version": STATE_VERSION,
                "seed": seed,
                "turn": 0,
                "context": {},
                "told": [],
            }
        else:
            self._state = _checked_state(state)

    @property
    def state(self) -> dict[str, Any]:
        """A JSON-serialisable copy of everything the session remembers."""
        return copy.deepcopy(self._state)

    def respond(self, text: str) -> Reply:
        """The tutor's reply to one learner turn. Never raises on any input string."""
        self._state["turn"] += 1
        text = _clean(text)
        if len(text) > MAX_INPUT:
            reply = self._follow(self._turn(text[:MAX_INPUT]))
            note = f"(I read only the first {MAX_INPUT} characters.) "
            return replace(reply, text=note + reply.text)
        return self._follow(self._turn(text))

    # --- the Socratic dialogue (tutor/_dialogue.py) -------------------------------------------

    def _host(self) -> Host:
        return Host(self._state, self._note)

    def _follow(self, reply: Reply) -> Reply:
        """The reply with the question the tutor now waits for (follow_up)."""
        return self._tutor._dialogue.after(self._host(), reply)

    def _note(self, fact: Fact) -> None:
        """Remember a fact the dialogue told, as if it had answered a question about it."""
        self._remember(
            self._tutor._analyzer.analyze(fact.answer, correct=False), Hit(fact, 1.0, 1.0)
        )

    # --- turn kinds -------------------------------------------------------------------------

    def _turn(self, text: str) -> Reply:
        if not text:
            return Reply("Ask me anything about the essay, or type /help.", "smalltalk")
        if text.startswith("/"):
            return self._command(text)
        dialogue = self._tutor._dialogue.before(self._host(), text)
        if dialogue is not None:
            return dialogue
        intent = self._tutor._smalltalk.classify(text)
        if intent is not None:
            kind = "command" if intent.name == "help" else "smalltalk"
            return Reply(self._choose(intent.replies), kind)  # type: ignore[arg-type]
        return self._question(text)

    def _command(self, text: str) -> Reply:
        dialogue = self._tutor._dialogue.command(self._host(), text)
        if dialogue is not None:
            return dialogue
        name = text[1:].split(maxsplit=1)[0].lower() if len(text) > 1 else ""
        if name in ("help", "h", "?"):
            return Reply(
                "Ask a question about the essay in your own words, e.g. 'who killed Trotsky?'. "
                "Commands: /topics lists what the essay covers, /help shows this.",
                "command",
            )
        if name == "topics":
            titles = "; ".join(t.title for t in self._tutor.pack.topics)
            return Reply(f"The essay covers: {titles}.", "command")
        return Reply(
            f"I don't know the command /{name}. Type /help to see the commands.", "command"
        )

    def _question(self, text: str) -> Reply:
        tutor = self._tutor
        query = tutor._analyzer.analyze(text)
        query, boost = self._resolve(query)
        if not query.terms:
            return self._fallback(query, [])
        hits = tutor._index.search(query, boost)
        if not hits or hits[0].coverage < _MIN_COVERAGE or hits[0].score < _MIN_SCORE:
            return self._fallback(query, hits)
        top = hits[0]
        rival = next((h for h in hits[1:] if h.fact.answer != top.fact.answer), None)
        if (
            rival is not None
            and top.score - rival.score < _CLARIFY_GAP
            and rival.fact.topic != top.fact.topic
            and rival.coverage >= _MIN_COVERAGE
        ):
            return self._clarify(top, rival)
        self._remember(query, top)
        return Reply(
            top.fact.answer, "answer", fact_ids=(top.fact.id,), confidence=round(top.score, 3)
        )

    # --- context ------------------------------------------------------------------------------

    def _resolve(self, query: Query) -> tuple[Query, dict[str, float]]:
        """Fill in what "he", "it" or a bare "when?" refers to from the last turns."""
        context = self._state["context"]
        if not context:
            return query, {}
        terms = list(query.terms)
        pronouns = set(query.pronouns)
        persons = [p for p in context.get("persons", []) if p not in query.entities]
        if pronouns & _PERSON_PRONOUNS and persons:
            terms.append(persons[0])
        if "there" in pronouns and context.get("places"):
            terms.append(context["places"][0])
        elliptical = len(query.terms) <= 1 and not query.entities
        if elliptical or pronouns & _THING_PRONOUNS:
            terms.extend(context.get("terms", []))
        boost: dict[str, float] = {}
        last = context.get("fact")
        if last in self._tutor.pack.by_id:
            for related in self._tutor.pack.fact(last).related:
                boost[related] = 0.04
            if elliptical:
                boost[last] = 0.06
        if terms == list(query.terms):
            return query, boost
        return replace(query, terms=tuple(dict.fromkeys(terms))), boost

    def _remember(self, query: Query, hit: Hit) -> None:
        analyzer = self._tutor._analyzer
        told = analyzer.analyze(hit.fact.answer, correct=False).entities
        new = [e for e in told if e not in query.entities]
        said = [e for e in query.terms if e in analyzer.entity_kinds]
        ranked = list(dict.fromkeys(new + said + list(told)))
        kinds = analyzer.entity_kinds
        self._state["context"] = {
            "fact": hit.fact.id,
            "topic": hit.fact.topic,
            "terms": [t for t in query.terms if t not in kinds or kinds[t] != "person"],
            "persons": [e for e in ranked if kinds[e] == "person"],
            "places": [e for e in ranked if kinds[e] == "place"],
        }
        if hit.fact.id not in self._state["told"]:
            self._state["told"].append(hit.fact.id)

    # --- replies ------------------------------------------------------------------------------

    def _fallback(self, query: Query, hits: list[Hit]) -> Reply:
        pack = self._tutor.pack
        near = next((h for h in hits if h.coverage > 0), None)
        if near is not None:
            topic = pack.topic(near.fact.topic).title
            hint = f" The closest thing it covers is '{topic}'; ask me about that."
        else:
            some = ", ".join(t.title for t in pack.topics[:3])
            hint = f" It covers topics like: {some}. Type /topics for all of them."
        opener = self._choose(
            (
                "I don't know: the essay doesn't say.",
                "The essay doesn't say, so I can't answer that honestly.",
                "I can't find that in the essay, so I don't know.",
            )
        )
        confidence = round(1.0 - (hits[0].score if hits else 0.0), 3)
        return Reply(opener + hint, "fallback", confidence=max(0.0, confidence))

    def _clarify(self, top: Hit, rival: Hit) -> Reply:
        def label(hit: Hit) -> str:
            return hit.fact.questions[0].rstrip("?.! ")

        return Reply(
            f"Do you mean '{label(top)}' or '{label(rival)}'?",
            "clarify",
            fact_ids=(top.fact.id, rival.fact.id),
            confidence=round(top.score, 3),
        )

    def _choose(self, options: tuple[str, ...] | list[str]) -> str:
        """A varied but reproducible pick: seeded by the session's seed and turn number."""
        rng = random.Random(self._state["seed"] * 1_000_003 + self._state["turn"])
        return rng.choice(list(options))


def _clean(text: Any) -> str:
    """The learner's text with control characters and odd surrogates removed."""
    if not isinstance(text, str):
        text = str(text)
    text = text.encode("utf-8", "replace").decode("utf-8")
    text = "".join(ch if ch.isprintable() else " " for ch in text)
    return " ".join(text.split())


def _checked_state(state: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of a saved state, with anything missing filled in (older saves resume)."""
    data = copy.deepcopy(dict(state))
    if not isinstance(data.get("seed"), int):
        data["seed"] = 0
    if not isinstance(data.get("turn"), int):
        data["turn"] = 0
    if not isinstance(data.get("context"), dict):
        data["context"] = {}
    if not isinstance(data.get("told"), list):
        data["told"] = []
    data["version"] = STATE_VERSION
    return data
