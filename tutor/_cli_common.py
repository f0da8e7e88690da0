"""What the command-line modules share: exit codes, loading a pack, usage errors."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ._tutor import Tutor

__all__ = [
    "EXIT_BELOW",
    "EXIT_OK",
    "EXIT_USAGE",
    "EXIT_WARNINGS",
    "Usage",
    "load",
    "pack_option",
    "warn",
]

EXIT_OK, EXIT_BELOW, EXIT_USAGE = 0, 1, 2
EXIT_WARNINGS = 1  # `validate --strict` with warnings only


class Usage(Exception):
    """Bad input found after parsing: main prints it and exits 2."""


def load(pack: str | None) -> Tutor:
    """The default pack's tutor, or the one of the pack folder given (built index cached)."""
    cache = _cache_dir()
    return Tutor.from_path(pack, cache=cache) if pack else Tutor(cache=cache)


def _cache_dir() -> Path | None:
    """Where built packs are kept: $TUTOR_CACHE (empty: nowhere), else the user's cache."""
    if "TUTOR_CACHE" in os.environ:
        return Path(os.environ["TUTOR_CACHE"]) if os.environ["TUTOR_CACHE"] else None
    try:
        import platformdirs
    except ImportError:  # the engine alone (no cli extra): build the pack every time
        return None

    return platformdirs.user_cache_path("tutor", appauthor=False)


def pack_option(parser: argparse.ArgumentParser) -> None:
    """`--pack DIR` on a subcommand too (it is also accepted before the subcommand)."""
    parser.add_argument(
        "--pack", metavar="DIR", default=argparse.SUPPRESS, help="use the pack in DIR"
    )


def warn(message: str) -> None:
    """A message for the user on stderr."""
    print(f"tutor: {message}", file=sys.stderr, flush=True)
