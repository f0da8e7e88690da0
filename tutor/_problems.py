"""A mistake in a content file and where it is: what every check of a pack reports.

The YAML reader, the pack's checks and `tutor validate` all report the same records, so
they live apart from each of them: a position (`Where`), a problem at it (`Problem`, an
error or a warning) and the two kinds sorted apart (`Graded`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

__all__ = ["Graded", "Problem", "Severity", "Where", "field_name"]

Severity = Literal["error", "warning"]


@dataclass(frozen=True, slots=True)
class Where:
    """A position in a content file (line and column from 1; 0 when unknown)."""

    file: str
    line: int
    col: int = 0

    def __str__(self) -> str:
        if not self.line:
            return self.file
        return f"{self.file}:{self.line}:{self.col}" if self.col else f"{self.file}:{self.line}"


@dataclass(frozen=True, slots=True)
class Problem:
    """One mistake in a pack: where, which field, what is wrong and what was expected."""

    where: Where
    field: str
    message: str
    severity: Severity = "error"

    def __str__(self) -> str:
        tag = "warning: " if self.severity == "warning" else ""
        return f"{self.where}: {self.field}: {tag}{self.message}"


def field_name(path: Sequence[Any]) -> str:
    """A data path as an educator reads it: ('facts', 2, 'answer') -> 'facts[2].answer'."""
    out = ""
    for part in path:
        if isinstance(part, int) and not isinstance(part, bool):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out or "(file)"


class Graded:
    """Splits `problems` into errors and warnings (a scan's, a validation report's)."""

    __slots__ = ()
    problems: Sequence[Problem]

    @property
    def errors(self) -> list[Problem]:
        """The problems that stop the pack from loading (and failing examples)."""
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        """The problems worth fixing that do not stop the pack from loading."""
        return [p for p in self.problems if p.severity == "warning"]
