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
_SENTENCE_END = re.compile(r"[.!?:\"'\u201d\u2019)\]]$")
MAX_HEADING_WORDS = 12
_WRAP_MAX = 100  # a text with no longer line is wrapped at a fixed width
_WRAPPED_LINES = 8  # ... if it has this many lines at least
_FULL = 0.75  # share of that width a heading never reaches; a wrapped line does


@dataclass(frozen=True, slots=True)
class Passage:
    """A sentence or a bullet, verbatim, with the line of the document it is on (from 1)."""

    text: str
    line: int
    kind: Literal["sentence", "bullet"] = "sentence"
    intro: str | None = None  # a bullet's lead-in sentence ("Three things matter:")


@dataclass(slots=True)
class Section:
    """A heading (None before the first one) and the passages under it."""

    title: str | None
    line: int
    passages: list[Passage] = field(default_factory=list)


def split_sentences(text: str) -> list[str]:
    """A paragraph's sentences, split by syntok's segmenter.

    Compared on abbreviations, initials, quotes, decimals and "Mt."/"Sept.": syntok split
    all twenty test lines right, pysbd too but ten times slower (16 s for 10,000
    sentences), NLTK's Punkt missed quotes ('"Is it safe?" she asked.') and "...", and
    the old regex missed "Mt." and "Sept.". syntok is pure Python and needs no data.
    """
    from syntok import segmenter  # imported here: loading a pack rarely needs it

    out: list[str] = []
    out_starts: list[int] = []
    for paragraph in segmenter.analyze(text):
        for sentence in paragraph:
            start, end = sentence[0].offset, sentence[-1].offset + len(sentence[-1].value)
            start -= len(sentence[0].spacing)  # keep the spacing out, the opening quote in
            piece = text[start:end].strip()
            if piece and out and _open_quote(out[-1]):
                out[-1] = text[out_starts[-1] : end].strip()  # a quotation is one sentence
            elif piece:
                out.append(piece)
                out_starts.append(start)
    return out


def _open_quote(sentence: str) -> bool:
    """Whether a quotation opened in a sentence is still open at its end."""
    return sentence.count('"') % 2 == 1 or sentence.count("\u201c") > sentence.count("\u201d")


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


def sections(text: str, whole_lines: bool = False) -> list[Section]:
    """The document as sections of passages, in order.

    `whole_lines` keeps each paragraph one passage, unsplit: for a reader that needs only
    the headings and bullets, which is then spared loading the sentence splitter."""
    split = _one if whole_lines else split_sentences
    lines = text.splitlines()
    width = _wrap_width(lines)
    out: list[Section] = [Section(None, 1)]
    for n, line in enumerate(lines, start=1):
        stripped = line.strip()
        if not stripped or _UNDERLINE.match(line):
            continue
        last = out[-1].passages[-1] if out[-1].passages else None
        if last and _wraps(lines, n, last) and not _MARKDOWN_HEADING.match(line):
            # a paragraph wrapped at a fixed width: the line goes on the sentence before
            del out[-1].passages[-1]
            joined = last.text + ("" if last.text.endswith("-") else " ") + stripped
            if last.kind == "bullet":
                out[-1].passages.append(Passage(joined, last.line, "bullet", last.intro))
            else:
                pieces = split(joined)
                out[-1].passages.extend(Passage(s, last.line) for s in pieces)
            continue
        underlined = n < len(lines) and bool(_UNDERLINE.match(lines[n])) and not _BULLET.match(line)
        # a wrapped sentence goes on: on a line starting in lower case, or from a line as
        # long as the text's lines are (a heading is shorter)
        goes_on = n < len(lines) and (
            lines[n][:1].islower()
            or (
                len(stripped) >= width * _FULL
                and bool(lines[n].strip())
                and not _BULLET.match(lines[n])
            )
        )
        if underlined or (is_heading(line) and not goes_on):
            title = _MARKDOWN_HEADING.sub("", stripped).strip()
            out.append(Section(title, n))
            continue
        bullet = _BULLET.match(line)
        if bullet:
            before = out[-1].passages[-1] if out[-1].passages else None
            intro = before.intro if before and before.kind == "bullet" else None
            if before and before.kind == "sentence" and before.line == _last_text_line(lines, n):
                intro = before.text
            out[-1].passages.append(Passage(line[bullet.end() :].strip(), n, "bullet", intro))
            continue
        out[-1].passages.extend(Passage(s, n) for s in split(stripped))
    return [s for s in out if s.passages or s.title]


def _one(paragraph: str) -> list[str]:
    return [paragraph]


def _wrap_width(lines: list[str]) -> float:
    """The width a text is wrapped at, or infinity for one written a paragraph a line."""
    sizes = [len(line.rstrip()) for line in lines if line.strip()]
    if len(sizes) < _WRAPPED_LINES or max(sizes) > _WRAP_MAX:
        return float("inf")
    return float(max(sizes))


def _wraps(lines: list[str], n: int, last: Passage) -> bool:
    """Whether line n (from 1) goes on the passage before it: that passage ends the line
    just above without closing its sentence ("... below the village of" / "Brenford.")."""
    if n < 2 or not lines[n - 2].strip() or _BULLET.match(lines[n - 1]):
        return False
    if last.kind == "bullet" and not lines[n - 1][:1].isspace():
        return False  # a bullet's own next line is indented; this one is the text after
    above = lines[n - 2].strip()
    return above.endswith(last.text[-20:]) and not _SENTENCE_END.search(above)


def _last_text_line(lines: list[str], n: int) -> int:
    """The number of the last non-blank line before line n (both from 1)."""
    for m in range(n - 1, 0, -1):
        if lines[m - 1].strip():
            return m
    return 0


def passages(text: str) -> list[Passage]:
    """Every sentence and bullet of a document, headings left out."""
    return [p for s in sections(text) for p in s.passages]
