"""One conversation of one learner: its state, and the router that sends each line on.

A line goes to a command, the dialogue (tutor/_dialogue.py), small talk or the question
turn (tutor/_question_turn.py), which answers it from the facts.

A Session holds plain data only, in two parts that are saved apart: the learner (what
they know, across conversations) and the conversation (what is being talked about now).
It never prints and never touches a terminal or a database.
"""

from __future__ import annotations

import random
import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ._content import Fact, Pack
from ._dialogue import Host, nearest_command
from ._index import Hit
from ._learner import checked_learner
from ._meta import meta_reply
from ._phrases import META
from ._question_replies import Replies
from ._question_turn import QuestionTurn
from ._reply import Reply
from ._state import (
    MAX_TOLD,
    ConversationState,
    LearnerState,
    new_conversation,
    new_learner,
    state_data,
)
from ._utterance import Utterance

if TYPE_CHECKING:
    from ._engine import Engine

__all__ = ["MAX_INPUT", "Session"]

MAX_INPUT = 500  # characters of one learner turn that are read; the rest is cut off


class Session:
    """A learner's conversation with a Tutor. Not shared between threads; Tutors are."""

    def __init__(
        self,
        engine: Engine,
        learner: LearnerState | None = None,
        conversation: ConversationState | None = None,
        seed: int | None = None,
    ) -> None:
        """Made by `Tutor.session()`, which hands over what its sessions share."""
        self._engine = engine
        if conversation is None:
            seed = random.SystemRandom().randrange(2**31) if seed is None else seed
            raw = new_conversation(seed)
        else:
            raw = dict(state_data(conversation))
        # Checking against the pack builds new containers: this is the copy the session
        # owns, so the states handed in stay as they were.
        self._state = _checked_state(raw, engine.pack)
        self._state["dialogue"] = engine.dialogue.checked(self._state.get("dialogue"))
        old = new_learner() if learner is None else state_data(learner)
        self._learner = {**old, **checked_learner(old)}
        self._lent = False  # whether a state value shares this session's data

    @property
    def learner(self) -> LearnerState:
        """The learner as of now: save it to carry their progress into other conversations."""
        self._lent = True
        return LearnerState(self._learner)

    @property
    def conversation(self) -> ConversationState:
        """This conversation as of now: save it to resume it later, anywhere."""
        self._lent = True
        return ConversationState(self._state)

    def respond(self, text: str) -> Reply:
        """The tutor's reply to one learner turn. Never raises on any input string.

        Raises:
            TypeError: `text` is not a str (a None or a number is a bug in the caller,
                not a learner's line to answer).
        """
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, got {type(text).__name__}")
        self._begin()
        text = _clean(text)
        # the one analysis of the line: every part of the turn takes it, never the text
        said = self._engine.reader.read(text[:MAX_INPUT])
        reply = self._follow(self._turn(said))
        if len(text) > MAX_INPUT:
            note = f"(I read only the first {MAX_INPUT} characters.) "
            return replace(reply, text=note + reply.text)
        return reply

    def pose(self, question_id: str) -> Reply:
        """Ask one of the pack's dialog questions now, as a teacher or another app chooses.

        The reply's `follow_up` is the question; the learner's next line is judged
        against it. Raises KeyError for an unknown question id.
        """
        if not isinstance(question_id, str):
            raise TypeError(f"question_id must be a str, got {type(question_id).__name__}")
        known = self._engine.dialogue.dialogs.questions
        if question_id not in known:  # before any change to the session
            shown = ", ".join(repr(q) for q in list(known)[:3])
            raise KeyError(
                f"no dialog question {question_id!r} in this pack"
                + (f" (its ids are like {shown})" if shown else " (it has no dialogs)")
            )
        self._begin()
        reply = self._engine.dialogue.pose(self._host(), question_id)
        return replace(reply, question_id=question_id)

    def _begin(self) -> None:
        """Start a turn: copy the data first if a state value shares it (copy on write)."""
        if self._lent:
            self._state, self._learner = _copied([self._state, self._learner])
            self._lent = False
        self._state["turn"] += 1
        self._learner["revision"] += 1

    # --- the Socratic dialogue (tutor/_dialogue.py) -------------------------------------------

    def _host(self) -> Host:
        return Host(self._state, self._learner, self._note, self._held)

    def _held(self, text: str) -> Reply:
        """The answer to a question line the dialogue held back (asked during a quiz)."""
        return self._asked().question(self._engine.reader.recall(text))

    def _follow(self, reply: Reply) -> Reply:
        """The reply with the question the tutor now waits for (follow_up) and its id (a
        lesson's question left waiting is not asked again, but still waited for)."""
        host = self._host()
        reply = self._engine.dialogue.after(host, reply)
        if reply.kind == "clarify":
            return reply
        pending = self._state["dialogue"]["pending"]
        if reply.follow_up is None and pending is None:
            return reply
        return replace(reply, question_id=None if pending is None else pending["q"])

    def _note(self, fact: Fact) -> None:
        """Remember a fact the dialogue told, as if it had answered a question about it."""
        self._replies().remember(
            self._engine.analyzer.analyze(fact.answer, correct=False), Hit(fact, 1.0, 1.0)
        )

    def _asked(self) -> QuestionTurn:
        """The question turn (tutor/_question_turn.py), over this session's state now."""
        return QuestionTurn(self._engine, self._state)

    def _replies(self) -> Replies:
        """The turn's replies (tutor/_question_replies.py), over this session's state now."""
        return Replies(self._engine, self._state)

    # --- turn kinds -------------------------------------------------------------------------

    def _turn(self, said: Utterance) -> Reply:
        """The router: one move per line, read from its analysis."""
        if not said.text or not (said.words or said.cue or said.command is not None):
            # nothing to read ("", "...", "!!!"): no question to look up and refuse
            hello = self._replies().say("Ask me anything about {document}, or type /help.")
            return Reply(hello, "smalltalk")
        if said.command is not None:
            return self._command(said.command, said.argument)
        if said.cue in META:  # "what was the question?": about the question, never judged
            # "what does that mean?" of an answer saying what a term means, not the question
            defined = "question" not in said.words and self._engine.context.defines(
                self._state["context"]
            )
            return meta_reply(self._engine.dialogue, self._host(), said.cue, defined)
        dialogue = self._engine.dialogue.before(self._host(), said)
        if dialogue is not None:
            return dialogue
        intent = said.intent
        if intent is not None:
            if intent.name == "help":
                return self._command("help")  # one help, however it is asked for
            replies = self._replies()
            if intent.name == "gist":
                return self._asked().gist(replies.choose(intent.replies))
            return Reply(replies.say(replies.choose(intent.replies)), "smalltalk")
        if said.task:
            return Reply(
                self._replies().say(
                    "That's not something I can do: I only answer questions about {document} "
                    "and help you study it. Ask me something about it!"
                ),
                "fallback",
            )
        asked = self._asked()
        reply = asked.question(said)
        if reply.kind == "fallback" and not reply.fact_ids:
            # "tell me about the duchy" refused: the topic a refusal offers, told
            return asked.topic_asked(said) or reply
        return reply

    def _command(self, name: str, argument: str = "") -> Reply:
        """A /command: the dialogue knows them all (help, topics, lesson, quiz, ...)."""
        dialogue = self._engine.dialogue.command(self._host(), name, argument)
        if dialogue is not None:
            return dialogue
        meant = nearest_command(name)
        hint = f" Did you mean /{meant}?" if meant else ""
        return Reply(
            f"I don't know the command /{name}.{hint} Type /help to see the commands.",
            "command",
        )


def _clean(text: Any, limit: int = MAX_INPUT) -> str:
    """The learner's text with control characters and odd surrogates removed, spaces
    collapsed, and at most `limit` + 1 characters long (enough to tell it was cut).

    Only as much of the text is cleaned as it takes to find those characters, so a
    megabyte pasted into the tutor costs about what a line does.
    """
    if not isinstance(text, str):
        text = str(text)
    window = 4 * (limit + 1)
    while True:
        cleaned = _clean_all(text[:window])
        if len(cleaned) > limit or window >= len(text):
            return cleaned[: limit + 1]
        window *= 4


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]+")


def _clean_all(text: str) -> str:
    text = text.encode("utf-8", "replace").decode("utf-8")
    if not text.isprintable():
        text = _CONTROL.sub(" ", text)  # the common non-printables, at C speed
    if not text.isprintable():
        text = "".join(ch if ch.isprintable() else " " for ch in text)
    return " ".join(text.split())


def _copied(value: Any) -> Any:
    """A deep copy of plain JSON data (about 4x faster than copy.deepcopy on it)."""
    if isinstance(value, dict):
        return {k: _copied(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copied(v) for v in value]
    return value


def _checked_state(data: dict[str, Any], pack: Pack) -> dict[str, Any]:
    """A conversation's data, rebuilt, with what the pack no longer knows dropped.

    Its shape was checked when it was read (`ConversationState.from_json`); a save from
    before the pack changed still resumes.
    """
    told = [f for f in data.get("told", []) if f in pack.by_id]
    raw = data.get("context")
    context: dict[str, Any] = {}
    fact = raw.get("fact") if isinstance(raw, dict) else None
    if isinstance(raw, dict) and isinstance(fact, str) and fact in pack.by_id:
        context = {
            "fact": fact,
            "topic": pack.fact(fact).topic,
            "terms": _texts(raw.get("terms")),
            "setting": _texts(raw.get("setting")),
            "persons": _texts(raw.get("persons")),
            "places": _texts(raw.get("places")),
            "groups": _texts(raw.get("groups")),
            "things": _texts(raw.get("things")),
            "given": _texts(raw.get("given")),
            "picked": _texts(raw.get("picked")),
            "asked": raw["asked"] if isinstance(raw.get("asked"), str) else "",
            "shift": raw["shift"] if isinstance(raw.get("shift"), int) else 0,
        }
    return {**data, "context": context, "told": told[-MAX_TOLD:]}


def _texts(value: Any) -> list[str]:
    return [x for x in value if isinstance(x, str)] if isinstance(value, list) else []
