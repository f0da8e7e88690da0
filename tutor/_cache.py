"""A built pack on disk: parsed, checked and indexed once, read back while nothing changed.

Building a drafted pack of 10,000 facts takes about 1.7 s (YAML, checks, the analysis of some
40,000 distinct texts); reading the build back takes a seventh of that (`bench/run.py`
shows both). The key is a hash of the pack's files (*.yaml, *.txt), of the engine's own code and
language data, and of the Python version, so editing any of them rebuilds. One file per
pack folder: a pack an educator edits all day replaces its entry instead of piling up.

pickle runs code while it loads, so a cache file is read only when nobody but the current
user could have written it: the file and its folder belong to the user and are not
writable by group or others (as ssh treats its keys). A cache that cannot be read or
written is skipped: the pack is built as if there were none, and nothing is reported.
"""

from __future__ import annotations

import gc
import hashlib
import io
import os
import pickle
import stat
import sys
import tempfile
import threading
import types
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from ._analyze import Analyzer
from ._content import Pack
from ._index import Index
from ._yaml_doc import MAX_FILE_BYTES

__all__ = ["Built", "build", "cached_build"]

Built = tuple[Pack, Analyzer, Index]
_MAGIC = b"tutor-pack-cache 1\n"
_KEY_BYTES = 64  # a hex sha256


def build(load: Callable[[], Pack]) -> Built:
    """Load a pack and build its matcher (no cache)."""
    with _collector_paused():
        pack = load()
        split: dict[str, list[str]] = {}  # each pack text's words, while it is indexed
        analyzer = Analyzer(pack, split)
        return pack, analyzer, Index(pack, analyzer, split)


class _Pause:
    """Who is building now, and whether the cyclic collector was on before the first."""

    lock = threading.Lock()
    builders = 0
    was_enabled = False


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a pack is built or read back.

    A build allocates some 10^6 containers (YAML nodes, texts, terms) that stay alive
    until it ends, so every full collection on the way walks them all and frees nothing:
    a quarter of a 10,000-fact load. Builds in several threads share one pause, and the
    collector is turned back on only if it was on when the first began (an app that
    switches it off while another thread is loading a pack finds it on again after);
    reference counting still frees everything that is not a cycle as usual.

    Before it is turned back on, what the build made is moved to the oldest generation
    (`gc.freeze` then `gc.unfreeze`: two list splices). Left in the youngest, the first
    allocation after would walk all of it (0.1 s at 10,000 facts) to find nothing, the
    walk the pause was for. The oldest generation is still collected as it always is;
    an app that keeps objects frozen itself is left alone.
    """
    joined = False
    try:
        with _Pause.lock:
            if _Pause.builders == 0:
                _Pause.was_enabled = gc.isenabled()
                gc.disable()
            _Pause.builders += 1
            joined = True
        yield
    finally:
        if joined:
            with _Pause.lock:
                _Pause.builders -= 1
                if _Pause.builders == 0 and _Pause.was_enabled:
                    if gc.get_freeze_count() == 0:
                        gc.freeze()
                        gc.unfreeze()
                    gc.enable()


def cached_build(folders: Iterable[Path], load: Callable[[], Pack], cache: Path | None) -> Built:
    """The built pack whose files are in `folders`, from `cache` if it holds this content.

    Args:
        folders: the pack's folders (knowledge/, dialogs/); their files are hashed.
        load: loads the pack (raises ContentError on a broken one: nothing is cached then).
        cache: the cache folder, or None to build without one.
    """
    if cache is None:
        return build(load)
    folders = [Path(f) for f in folders]
    try:
        key = _content_key(folders)
        entry = Path(cache) / (_location_key(folders) + ".pack")
    except (OSError, _Uncacheable):
        return build(load)  # the loader says what is wrong, if anything
    with _collector_paused():
        found = _read(entry, key)
    if found is not None:
        return found
    built = build(load)
    _write(entry, key, built)
    return built


# --- keys ------------------------------------------------------------------------------


def _location_key(folders: list[Path]) -> str:
    where = "\0".join(str(f.resolve()) for f in folders)
    return hashlib.sha256(where.encode("utf-8", "surrogatepass")).hexdigest()[:24]


class _Uncacheable(Exception):
    """A file the loader will refuse (too big, outside the pack): do not even hash it."""


def _content_key(folders: list[Path]) -> str:
    """A hash of the files the loader reads (*.yaml, *.txt) and of the engine."""
    digest = hashlib.sha256(_engine_key().encode())
    for folder in folders:
        digest.update(b"\0folder\0" + folder.name.encode("utf-8", "surrogatepass"))
        if not folder.is_dir():
            continue
        inside = folder.resolve()
        for path in sorted(folder.iterdir()):
            if path.suffix in (".yaml", ".txt") and path.is_file():
                if not path.resolve().is_relative_to(inside):
                    raise _Uncacheable(path)
                if path.stat().st_size > MAX_FILE_BYTES:
                    raise _Uncacheable(path)
                data = path.read_bytes()
                name = path.name.encode("utf-8", "surrogatepass")
                digest.update(b"\0file\0%s\0%d\0" % (name, len(data)))
                digest.update(data)
    return digest.hexdigest()


@lru_cache(maxsize=1)
def _engine_key() -> str:
    """A hash of what a build depends on besides the pack: our code, data and Python."""
    digest = hashlib.sha256(sys.version.encode())
    for package in ("tutor", "tutor.data"):
        folder = resources.files(package)
        for item in sorted(folder.iterdir(), key=lambda p: p.name):
            if item.is_file() and item.name.endswith((".py", ".yaml", ".txt", ".tsv", ".gz")):
                digest.update(item.name.encode() + b"\0" + item.read_bytes())
    return digest.hexdigest()


# --- reading and writing ---------------------------------------------------------------


def _proxy(data: dict[str, Any]) -> types.MappingProxyType[str, Any]:
    return types.MappingProxyType(data)


class _Pickler(pickle.Pickler):
    """pickle that also stores read-only mappings (Pack.by_id), as plain dicts."""

    def reducer_override(self, obj: Any) -> Any:
        if type(obj) is types.MappingProxyType:
            return _proxy, (dict(obj),)
        return NotImplemented


def _trusted(st: os.stat_result) -> bool:
    """Whether only the current user could have written a file or folder with this status."""
    if not hasattr(os, "getuid"):
        return True  # Windows: the user's cache folder is private by default
    return st.st_uid == os.getuid() and not st.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _read(entry: Path, key: str) -> Built | None:
    try:
        if not _trusted(entry.parent.stat()):
            return None
        with entry.open("rb") as fh:
            if not _trusted(os.fstat(fh.fileno())):
                return None
            head = fh.read(len(_MAGIC) + _KEY_BYTES + 1)
            if head != _MAGIC + key.encode() + b"\n":
                return None
            built = pickle.load(fh)
    except Exception:  # missing, unreadable, truncated, from another version: rebuild
        return None
    if (
        isinstance(built, tuple)
        and len(built) == 3
        and isinstance(built[0], Pack)
        and isinstance(built[1], Analyzer)
        and isinstance(built[2], Index)
    ):
        return built
    return None


def _write(entry: Path, key: str, built: Built) -> None:
    try:
        entry.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        buffer = io.BytesIO()
        buffer.write(_MAGIC + key.encode() + b"\n")
        _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(built)
        fd, temp = tempfile.mkstemp(dir=entry.parent, prefix=entry.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(buffer.getvalue())
            os.replace(temp, entry)  # readers see the old entry or the new, never half
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    except Exception:  # read-only or full disk, unpicklable content: go on uncached
        return
