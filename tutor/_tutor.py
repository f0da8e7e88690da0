"""The Tutor: a loaded pack with its matcher, shared by any number of sessions."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from importlib import resources
from pathlib import Path
from typing import Any

from ._cache import Built, build, cached_build
from ._content import ContentError, Pack, load_folders, load_pack
from ._engine import Engine
from ._reply import Reply
from ._session import Session

__all__ = ["Tutor"]


class Tutor:
    """A content pack, loaded and indexed once. Immutable and safe to share across threads.

    Example:
        >>> t = Tutor()
        >>> t.session().respond("Who killed Trotsky?").kind
        'answer'
    """

    def __init__(self, pack: Pack | None = None, *, cache: str | Path | None = None) -> None:
        """Load the default pack, or use an already loaded one.

        Args:
            pack: a loaded pack; None for the default one.
            cache: a folder where the built pack is kept between runs (see `from_path`).
        """
        if pack is None:
            knowledge = Path(str(resources.files("tutor.knowledge")))
            dialogs = Path(str(resources.files("tutor.dialogs")))
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
        """
        path = Path(path)
        if not path.is_dir():
            raise ContentError(f"{path}: no such pack folder")
        built = cached_build(
            (path / "knowledge", path / "dialogs"),
            lambda: load_pack(path),
            None if cache is None else Path(cache),
        )
        return cls._of(built)

    def session(self, state: Mapping[str, Any] | None = None, seed: int | None = None) -> Session:
        """A new learner session, or one resumed from a saved `Session.state`."""
        return Session(self._engine, state=state, seed=seed)

    def ask(self, text: str) -> Reply:
        """Answer one question in a fresh session (what `tutor ask` does).

        One-shot: the reply carries no follow-up question, since nobody will answer it.
        """
        return replace(self.session(seed=0).respond(text), follow_up=None)
