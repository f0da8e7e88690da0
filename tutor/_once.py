"""A read-only mapping whose values are each made the first time they are asked for.

A big pack has thousands of facts and a hundred dialog questions; a turn needs a few.
Making each value on first need keeps loading short, and a Tutor shared by many threads
stays safe: two threads asking at once may both make a value, and both get the one kept.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Generic, TypeVar

__all__ = ["Once"]

_T = TypeVar("_T")


class Once(Mapping[str, _T], Generic[_T]):
    """Values made by `make(key)` for the keys given, each on first need and then kept."""

    def __init__(self, make: Callable[[str], _T], keys: Iterable[str]) -> None:
        self._make = make
        self._keys = frozenset(keys)
        self._done: dict[str, _T] = {}
        self._lock = threading.Lock()

    def __getitem__(self, key: str) -> _T:
        found = self._done.get(key)
        if found is None:
            if key not in self._keys:
                raise KeyError(key)
            made = self._make(key)
            with self._lock:  # two threads may both make it; one value is kept
                found = self._done.setdefault(key, made)
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)
