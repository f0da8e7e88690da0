"""The Tutor: a loaded pack with its matcher, shared by any number of sessions."""

from __future__ import annotations

from dataclasses import replace
from os import PathLike
from pathlib import Path
from typing import Any

from ._cache import Built, build, cached_build
from ._content import ContentError, Pack, load_folders, load_pack, not_a_pack_folder
from ._default_pack import default_folders
from ._engine import Engine
from ._progress import Progress, progress_of
from ._reply import Reply
from ._session import Session
from ._state import ConversationState, LearnerState, check_seed, state_data

__all__ = ["Tutor", "describe"]


class Tutor:
    """A content pack, loaded and indexed once. Immutable and safe to share across threads
    (the matcher's lookup caches, filled as questions come, keep one value when threads race).

    Example:
        >>> t = Tutor()
        >>> t.session().respond("Who killed Trotsky?").kind
        'answer'
    """

    def __init__(self, pack: Pack | None = None, *, cache: str | Path | None = None) -> None:
        """Load the default pack, or use an already loaded one.

        Args:
            pack: a loaded pack; None for the default one. A pack folder is loaded by
                `Tutor.from_path(folder)`; a path given here raises TypeError saying so.
            cache: a folder where the built pack is kept between runs (see `from_path`).

        Raises:
            TypeError: `pack` is neither a Pack nor None.
        """
        if pack is not None and not isinstance(pack, Pack):
            if isinstance(pack, (str, PathLike)):
                raise TypeError(
                    f"Tutor(pack) takes a loaded Pack, not the path {str(pack)!r}: "
                    f"to load a pack folder use Tutor.from_path({str(pack)!r})"
                )
            raise TypeError(f"Tutor(pack) takes a loaded Pack or None, got {describe(pack)}")
        _expect_path("cache", cache)
        if pack is None:
            knowledge, dialogs = default_folders()
            built = cached_build(
                (knowledge, dialogs),
                lambda: load_folders(knowledge, dialogs, "(default pack)"),
                None if cache is None else Path(cache),
            )
        else:
            built = build(lambda: pack)
        self._engine = Engine.of(*built)

    @classmethod
    def _of(cls, built: Built) -> Tutor:
        """A Tutor of a pack already built (from a cache, or by `validate`)."""
        tutor = cls.__new__(cls)
        tutor._engine = Engine.of(*built)
        return tutor

    @property
    def pack(self) -> Pack:
        """The loaded content: facts, topics, entities and dialog scripts."""
        return self._engine.pack

    @classmethod
    def from_path(cls, path: str | Path, *, cache: str | Path | None = None) -> Tutor:
        """Load the pack in a folder (`knowledge/*.yaml`, `dialogs/*.yaml`).

        Args:
            path: the pack's folder.
            cache: a folder to keep the built pack in (keyed by a hash of its files), so
                the next load of an unchanged pack skips parsing and indexing; None to
                build every time. A cache that cannot be used is skipped silently.

        Raises:
            ContentError: a file is broken; the message names file, line and field.
            TypeError: `path` is not a str or a path.
        """
        _expect_path("Tutor.from_path(path)", path, optional=False)
        _expect_path("cache", cache)
        path = Path(path)
        if not path.is_dir():
            raise ContentError(not_a_pack_folder(path))
        built = cached_build(
            (path / "knowledge", path / "dialogs"),
            lambda: load_pack(path),
            None if cache is None else Path(cache),
        )
        return cls._of(built)

    def session(
        self,
        learner: LearnerState | None = None,
        conversation: ConversationState | None = None,
        *,
        seed: int | None = None,
    ) -> Session:
        """A conversation with a learner: new, or resumed from saved states.

        Args:
            learner: the learner as `Session.learner` left them (None: a new learner).
                Hand the same learner to their next conversation and their mastery
                carries over.
            conversation: a conversation to resume, as `Session.conversation` left it
                (None: a new one).
            seed: varies the tutor's wording in a new conversation, reproducibly (None:
                at random): a whole number from 0 up. A resumed conversation keeps its own.

        Raises:
            TypeError: a state is not a LearnerState / ConversationState (saved JSON
                text or data is read back by their `from_json`), or `seed` is not an int.
            ValueError: `seed` is negative.
        """
        _expect("learner", learner, LearnerState)
        _expect("conversation", conversation, ConversationState)
        if seed is not None:
            check_seed(seed)
        return Session(self._engine, learner=learner, conversation=conversation, seed=seed)

    def progress(self, learner: LearnerState) -> Progress:
        """A learner's progress with this pack: mastery per topic, facts seen,
        misconceptions met and what to study next. Needs no session.

        Raises:
            TypeError: `learner` is not a LearnerState (see `LearnerState.from_json`).
        """
        if learner is None:
            raise TypeError("learner must be a LearnerState (LearnerState.new() for a new one)")
        _expect("learner", learner, LearnerState)
        return progress_of(self._engine.pack, state_data(learner))

    def ask(self, text: str) -> Reply:
        """Answer one question in a fresh session (what `tutor ask` does).

        One-shot: the reply carries no follow-up question, since nobody will answer it.
        """
        return replace(self.session(seed=0).respond(text), follow_up=None, question_id=None)


def describe(value: Any) -> str:
    """A value for an error message: its type, and a short repr."""
    shown = repr(value)
    return f"{type(value).__name__} {shown[:40] + '...' if len(shown) > 40 else shown}"


def _expect_path(name: str, value: Any, *, optional: bool = True) -> None:
    """Raise TypeError unless `value` is a str or a path (or None, if optional)."""
    if (value is not None or not optional) and not isinstance(value, (str, PathLike)):
        raise TypeError(f"{name} takes a folder's path (str or Path), got {describe(value)}")


def _expect(name: str, value: Any, kind: type[Any]) -> None:
    """Raise TypeError unless `value` is None or a `kind`; saved JSON gets pointed to from_json."""
    if value is None or isinstance(value, kind):
        return
    hint = ""
    if isinstance(value, (str, bytes, dict)):
        hint = f"; read saved JSON back with {kind.__name__}.from_json(...)"
    raise TypeError(f"{name} must be a {kind.__name__} or None, got {describe(value)}{hint}")
