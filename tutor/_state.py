"""The two states an app saves: a learner (across conversations) and one conversation.

Both are immutable values that hold plain JSON data and turn into and out of JSON text.
They check only shape here (version, types, size); a session checks the ids against its
pack when it takes them (a pack may have changed since the save). docs/embedding.md is
the schema's description; the checks below are its enforcement.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar

from ._learner import checked_learner

__all__ = [
    "CONVERSATION_VERSION",
    "LEARNER_VERSION",
    "MAX_HISTORY",
    "MAX_STATE_BYTES",
    "MAX_TOLD",
    "ConversationState",
    "LearnerState",
    "StateError",
    "check_seed",
    "new_conversation",
    "new_learner",
    "split_legacy",
    "state_data",
]

LEARNER_VERSION = 1
CONVERSATION_VERSION = 1
MAX_STATE_BYTES = 1_000_000  # JSON text of one state read at most; more is refused
MAX_HISTORY = 200  # questions asked, most recent kept (learner)
MAX_TOLD = 200  # facts told, most recent kept (conversation)
_LEGACY_VERSION = 1  # the single-dict state from before the split (no "kind" field)
# the fields of that single-dict state: a version-less object with none of them is not one
_LEGACY_FIELDS = frozenset(["turn", "learner", "seed", "context", "told", "dialogue"])

_S = TypeVar("_S", bound="_State")


class StateError(ValueError):
    """A saved state that cannot be trusted: not JSON, too large, from a newer version of
    the tutor, of the other kind, or with a field of the wrong type. The message says which.
    """


def check_seed(seed: Any) -> None:
    """Refuse a seed that the saved conversation could not be read back with (`from_json`
    takes only a whole number from 0 up): TypeError for a non-int, ValueError if negative."""
    if not isinstance(seed, int) or isinstance(seed, bool):
        shown = repr(seed)
        shown = shown[:40] + "..." if len(shown) > 40 else shown
        raise TypeError(f"seed must be a whole number (int), got {type(seed).__name__} {shown}")
    if seed < 0:
        raise ValueError(f"seed must be 0 or more, got {seed}")


def new_learner() -> dict[str, Any]:
    """A learner who has done nothing yet, as plain data."""
    return {
        "kind": "learner",
        "version": LEARNER_VERSION,
        "revision": 0,
        "facts": {},
        "questions": {},
        "history": [],
        "misconceptions": {},
    }


def new_conversation(seed: int) -> dict[str, Any]:
    """A conversation that has not begun, as plain data."""
    return {
        "kind": "conversation",
        "version": CONVERSATION_VERSION,
        "seed": seed,
        "turn": 0,
        "context": {},
        "told": [],
        "dialogue": None,
    }


class _State:
    """An immutable wrapper of one state's JSON data (shared, never changed)."""

    __slots__ = ("_data",)
    MAX_BYTES: ClassVar[int] = MAX_STATE_BYTES  # JSON text read at most; more is refused
    _kind: ClassVar[str]
    _version: ClassVar[int]

    def __init__(self, data: dict[str, Any]) -> None:
        """Made by a Session, `new` or `from_json` (use those: this one checks nothing);
        `data` is owned by this value from now on."""
        self._data = data

    @classmethod
    def from_json(cls: type[_S], saved: str | bytes | Mapping[str, Any]) -> _S:
        """The state saved by `to_json` (text or bytes), or its parsed JSON (a mapping).

        Raises:
            StateError: it is not such a state, or is too large, or comes from a newer
                version of the tutor.
        """
        if isinstance(saved, (str, bytes, bytearray)):
            if len(saved) > MAX_STATE_BYTES:
                raise StateError(
                    f"a saved {cls._kind} state is larger than {MAX_STATE_BYTES:,} bytes"
                )
            try:
                data = json.loads(saved)
            except (ValueError, RecursionError) as exc:
                raise StateError(f"a saved {cls._kind} state is not JSON: {exc}") from None
        elif isinstance(saved, Mapping):
            try:  # the caller keeps its mapping: this value owns a copy
                text = json.dumps(saved)
            except (TypeError, ValueError, RecursionError) as exc:
                raise StateError(f"a saved {cls._kind} state is not JSON data: {exc}") from None
            if len(text) > MAX_STATE_BYTES:
                raise StateError(
                    f"a saved {cls._kind} state is larger than {MAX_STATE_BYTES:,} bytes"
                )
            data = json.loads(text)
        else:
            raise StateError(f"a saved {cls._kind} state must be JSON text or a mapping")
        if not isinstance(data, dict):
            raise StateError(f"a saved {cls._kind} state must be a JSON object")
        if "kind" not in data and data.get("version", _LEGACY_VERSION) == _LEGACY_VERSION:
            if not _LEGACY_FIELDS & data.keys():  # "{}" or another app's JSON: no state at all
                raise StateError(
                    f"a saved {cls._kind} state must have a 'kind' field (and a version); "
                    f"this object has none of a saved state's fields"
                )
            data = split_legacy(data)[0 if cls._kind == "learner" else 1]
        _check_header(data, cls._kind, cls._version)
        cls._check(data)
        return cls(data)

    @staticmethod
    def _check(data: dict[str, Any]) -> None:
        """Raise StateError unless the fields have the documented types (per kind)."""

    def to_json(self) -> str:
        """The state as JSON text, to keep wherever the app keeps things."""
        return json.dumps(self._data, ensure_ascii=False, separators=(",", ":"))

    def to_dict(self) -> dict[str, Any]:
        """The state as a fresh dict of plain JSON data (the caller may change it)."""
        loaded: dict[str, Any] = json.loads(self.to_json())
        return loaded

    @property
    def version(self) -> int:
        """The schema version this state is written in."""
        return int(self._data["version"])

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and other._data == self._data

    def __hash__(self) -> int:
        return hash(self.to_json())

    def __repr__(self) -> str:
        return f"{type(self).__name__}.from_json({self.to_json()!r})"


class LearnerState(_State):
    """What the tutor knows of one learner, across all their conversations with a pack.

    Mastery, facts seen, questions asked and scored, misconceptions met. Plain JSON
    (`to_json`, `from_json`); its schema is described in docs/embedding.md.

    Example:
        >>> learner = LearnerState.new()
        >>> LearnerState.from_json(learner.to_json()) == learner
        True
    """

    __slots__ = ()
    _kind = "learner"
    _version = LEARNER_VERSION

    @classmethod
    def new(cls) -> LearnerState:
        """A learner who has done nothing yet."""
        return cls(new_learner())

    @property
    def revision(self) -> int:
        """Turns this learner has taken, in every conversation: the concurrency token.

        Two turns that start from the same revision raced; an app saves a new state only
        if the stored one still has the revision it loaded (compare-and-set).
        """
        return int(self._data["revision"])

    @staticmethod
    def _check(data: dict[str, Any]) -> None:
        _field(data, "revision", _count)
        _records(data, "facts", ("seen", "asked", "correct"), _count)
        _records(data, "questions", ("asked",), _count)
        for qid, rec in data["questions"].items():
            if not _score(rec.get("score")):
                raise StateError(f"learner state: questions.{qid}.score must be a number 0..1")
        _field(data, "history", _texts)
        _field(data, "misconceptions", lambda v: isinstance(v, dict))
        if not all(_count(n) for n in data["misconceptions"].values()):
            raise StateError("learner state: misconceptions must count with whole numbers")


class ConversationState(_State):
    """One conversation: the pending question, what was just talked about, the lesson or
    quiz under way. Plain JSON (`to_json`, `from_json`); see docs/embedding.md.
    """

    __slots__ = ()
    _kind = "conversation"
    _version = CONVERSATION_VERSION

    @classmethod
    def new(cls, seed: int = 0) -> ConversationState:
        """A conversation that has not begun (`seed` varies the tutor's wording).

        Raises:
            TypeError: `seed` is not an int.
            ValueError: `seed` is negative.
        """
        check_seed(seed)
        return cls(new_conversation(seed))

    @property
    def revision(self) -> int:
        """Turns taken in this conversation: the concurrency token (see LearnerState)."""
        return int(self._data["turn"])

    @property
    def pending_question(self) -> str | None:
        """The id of the dialog question the tutor waits for an answer to, if any."""
        dialogue = self._data.get("dialogue")
        pending = dialogue.get("pending") if isinstance(dialogue, dict) else None
        qid = pending.get("q") if isinstance(pending, dict) else None
        return qid if isinstance(qid, str) else None

    @property
    def pending_text(self) -> str | None:
        """The question the tutor waits for, as it last said it (a hint or a fill-in prompt
        may have taken the place of `pending_question`'s wording): what a face shows a
        learner who comes back to the conversation."""
        dialogue = self._data.get("dialogue")
        pending = dialogue.get("pending") if isinstance(dialogue, dict) else None
        text = pending.get("text") if isinstance(pending, dict) else None
        return text if isinstance(text, str) and text else None

    @staticmethod
    def _check(data: dict[str, Any]) -> None:
        _field(data, "seed", _count)
        _field(data, "turn", _count)
        _field(data, "context", lambda v: isinstance(v, dict))
        _field(data, "told", _texts)
        _field(data, "dialogue", lambda v: v is None or isinstance(v, dict))


def state_data(state: _State) -> Mapping[str, Any]:
    """The data inside a state value, for the package's own reading (never to change)."""
    return state._data


def split_legacy(state: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The learner and conversation parts of a single-dict state saved before the split.

    Old saves were repaired rather than refused, so this is lenient too: a malformed field
    is reset, everything else is carried over (a session then checks it against its pack).
    """
    turn = state.get("turn")
    learner = {**new_learner(), **checked_learner(state.get("learner"))}
    learner["revision"] = turn if _count(turn) else 0
    conversation = new_conversation(0)
    seed, context, told, dialogue = (state.get(k) for k in ("seed", "context", "told", "dialogue"))
    conversation["seed"] = seed if _count(seed) else 0
    conversation["turn"] = learner["revision"]
    conversation["context"] = context if isinstance(context, dict) else {}
    conversation["told"] = [t for t in told if isinstance(t, str)] if isinstance(told, list) else []
    conversation["dialogue"] = dialogue if isinstance(dialogue, dict) else None
    return learner, conversation


def _check_header(data: dict[str, Any], kind: str, version: int) -> None:
    found = data.get("kind")
    if found != kind:
        raise StateError(f"expected a saved {kind} state, got {found!r} as its kind")
    got = data.get("version")
    if not isinstance(got, int) or isinstance(got, bool) or got < 1:
        raise StateError(f"{kind} state: version must be a whole number, got {got!r}")
    if got > version:
        raise StateError(
            f"{kind} state: version {got} comes from a newer tutor (this one reads {version})"
        )


def _field(data: dict[str, Any], key: str, ok: Callable[[Any], bool]) -> None:
    if key not in data or not ok(data[key]):
        raise StateError(f"{data.get('kind')} state: field {key!r} is missing or malformed")


def _records(
    data: dict[str, Any], key: str, counts: tuple[str, ...], ok: Callable[[Any], bool]
) -> None:
    _field(data, key, lambda v: isinstance(v, dict))
    for rid, rec in data[key].items():
        if not isinstance(rec, dict) or not all(ok(rec.get(c)) for c in counts):
            raise StateError(f"learner state: {key}.{rid} must hold whole numbers {counts}")


def _count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _score(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and 0 <= value <= 1


def _texts(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(x, str) for x in value)
