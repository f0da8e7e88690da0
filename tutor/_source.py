"""Reading a plain-text source document: sections from headings, passages within them.

A passage is one sentence of a paragraph, or one bullet. The same reading serves the
scaffold (a draft fact per passage), coverage (passages no fact cites) and the loader
(the sentence closest to a misquoted source).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

__all__ = ["Passage", "Section", "is_heading", "passages", "sections", "split_sentences"]

_BULLET = re.compile(r"^\s*(?:[-*\u2022\u2013]|\d{1,2}[.)])\s+")
_MARKDOWN_HEADING = re.compile(r"^\s*#{1,6}\s+")
_UNDERLINE = re.compile(r"^\s*(=+|-{3,})\s*$")
_END = re.compile(r"[.!?:;,\"'\u201d\u2019)\]]$")
_BOUNDARY = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)]*\s+(?=[\"'\u2018\u201c(]?[A-Z0-9])")
# Words after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "prof",
        "sr",
        "jr",
        "vs",
        "etc",
        "no",
        "fig",
        "vol",
        "eg",
        "ie",
        "approx",
        "gen",
        "col",
        "lt",
        "capt",
        "sgt",
        "rev",
    ]
)
MAX_HEADING_WORDS = 12


@dataclass(frozen=True, slots=True)
class Passage:
    """A sentence or a bullet, verbatim, with the line of the document it is on (from 1)."""

    text: str
    line: int
    kind: Literal["sentence", "bullet"] = "sentence"


@dataclass(slots=True)
class Section:
    """A heading (None before the first one) and the passages under it."""

    title: str | None
    line: int
    passages: list[Passage] = field(default_factory=list)


def split_sentences(text: str) -> list[str]:
    """A paragraph's sentences, split after . ! or ? but not after 'Dr.' or an initial."""
    out: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        before = text[start : match.start()].rstrip("\"'\u201d\u2019)")
        last = re.findall(r"([A-Za-z.]+)\.$", before)
        word = last[0].replace(".", "").lower() if last else ""
        if word in _ABBREVIATIONS or (len(word) == 1 and before[-2:-1].isupper()):
            continue
        out.append(text[start : match.start()].strip())
        start = match.end()
    out.append(text[start:].strip())
    return [s for s in out if s]


def is_heading(line: str) -> bool:
    """Whether a line is a heading: Markdown '#', or a short line with no closing stop."""
    stripped = line.strip()
    if not stripped or _BULLET.match(line):
        return False
    if _MARKDOWN_HEADING.match(line):
        return True
    words = stripped.split()
    return (
        len(words) <= MAX_HEADING_WORDS
        and not _END.search(stripped)
        and (stripped[0].isupper() or stripped[0].isdigit())
    )


def sections(text: str) -> list[Section]:
    """The document as sections of passages, in order."""
    lines = text.splitlines()
    out: list[Section] = [Section(None, 1)]
    for n, line in enumerate(lines, start=1):
        stripped = line.strip()
        if not stripped or _UNDERLINE.match(line):
            continue
        underlined = n < len(lines) and bool(_UNDERLINE.match(lines[n])) and not _BULLET.match(line)
        if underlined or is_heading(line):
            title = _MARKDOWN_HEADING.sub("", stripped).strip()
            out.append(Section(title, n))
            continue
        bullet = _BULLET.match(line)
        if bullet:
            out[-1].passages.append(Passage(line[bullet.end() :].strip(), n, "bullet"))
            continue
        out[-1].passages.extend(Passage(s, n) for s in split_sentences(stripped))
    return [s for s in out if s.passages or s.title]


def passages(text: str) -> list[Passage]:
    """Every sentence and bullet of a document, headings left out."""
    return [p for s in sections(text) for p in s.passages]
