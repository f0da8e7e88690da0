"""Where the shipped pack's folders are, installed or in a source checkout.

An installed package, from a wheel or editable, has them as the subpackages
`tutor.knowledge` and `tutor.dialogs` (pyproject.toml maps the top-level `knowledge/` and
`dialogs/` folders there). Python started inside a checkout (`cd clone && python -c
"import tutor"`) imports the checkout's `tutor/` folder instead, which shadows the installed
copy and has no such subpackages: the pack is then the checkout's own top-level folders,
the very files a wheel ships.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from ._content import ContentError

__all__ = ["default_folders"]


def default_folders() -> tuple[Path, Path]:
    """The knowledge and dialogs folders of the pack shipped with the package.

    Raises:
        ContentError: neither the installed subpackages nor a checkout's folders are there
            (a broken install); the message says how to mend it.
    """
    try:
        return (
            Path(str(resources.files("tutor.knowledge"))),
            Path(str(resources.files("tutor.dialogs"))),
        )
    except ModuleNotFoundError:
        pass
    root = Path(__file__).resolve().parent.parent  # the checkout, if this is one
    knowledge, dialogs = root / "knowledge", root / "dialogs"
    if knowledge.is_dir() and dialogs.is_dir():
        return knowledge, dialogs
    raise ContentError(
        "the default pack is missing: the package 'tutor' at "
        f"{Path(__file__).resolve().parent} has no knowledge/ and dialogs/ (neither as "
        "tutor.knowledge nor beside it). Reinstall it (pip install socratic-tutor), or "
        "load a pack folder with Tutor.from_path(DIR)"
    )
