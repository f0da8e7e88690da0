"""The Tutor: a loaded pack with its matcher, shared by any number of sessions."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from importlib import resources
from pathlib import Path
from typing import Any

from ._analyze import Analyzer
from ._content import ContentError, Pack, load_folders, load_pack
from ._dialogue import Dialogue
from ._index import Index
from ._reply import Reply
from ._session import Session
from ._smalltalk import SmallTalk
from ._text import language

__all__ = ["Tutor"]


class Tutor:
    """A content pack, loaded and indexed once. Immutable and safe to share across threads.

    Example:
        >>> t = Tutor()
        >>> t.session().respond("Who killed Trotsky?").kind
        'answer'
    """

    def __init__(self, pack: Pack | None = None) -> None:
        """Load the default pack, or use an already loaded one."""
        if pack is None:
            knowledge = Path(str(resources.files("tutor.knowledge")))
            dialogs = Path(str(resources.files("tutor.dialogs")))
            pack = load_folders(knowledge, dialogs, "(default pack)")
        self.pack = pack
        self._analyzer = Analyzer(pack)
        self._index = Index(pack, self._analyzer)
        self._smalltalk = SmallTalk(language()["smalltalk"])
        self._task_verbs = frozenset(language()["task_verbs"])
        self._dialogue = Dialogue(pack, self._analyzer, self._index, self._smalltalk)

    @classmethod
    def from_path(cls, path: str | Path) -> Tutor:
        """Load the pack in a folder (`knowledge/*.yaml`, `dialogs/*.yaml`).

        Raises:
            ContentError: a file is broken; the message names file, line and field.
        """
        path = Path(path)
        if not path.is_dir():
            raise ContentError(f"{path}: no such pack folder")
        return cls(load_pack(path))

    def session(self, state: Mapping[str, Any] | None = None, seed: int | None = None) -> Session:
        """A new learner session, or one resumed from a saved `Session.state`."""
        return Session(self, state=state, seed=seed)

    def ask(self, text: str) -> Reply:
        """Answer one question in a fresh session (what `tutor ask` does).

        One-shot: the reply carries no follow-up question, since nobody will answer it.
        """
        return replace(self.session(seed=0).respond(text), follow_up=None)
