"""Headings found again in a text pasted without its line breaks.

A text copied out of a PDF, or joined into one line (`tr '\\n' ' '`), keeps its headings
but not the lines they stood on: "... outsiders.  Years of Plenty  By 1700 the guild ..."
Read as prose, the heading is glued to the sentence after it, and every fact quotes it
("Years of Plenty By 1700 the guild had ..."). So before a draft reads such a line (a long
one: a paragraph is rarely this long), a heading is put back on a line of its own where
it stands between two sentences: a run of capitalised words (lowercase only for the
little words a title joins with: "How a Bell Was Cast", "Founding of the Guild") that
ends no sentence, after a sentence's end or the text's start, and before either a double
space (what a blank line became) or a word that opens a sentence ("The", "In", "By",
"Casting a ...") and the lowercase words going on with it. Once a heading is found, a
double space after a sentence's end is the paragraph break it was. A line with none is
left as it is.
"""

from __future__ import annotations

import re

from ._text import language

__all__ = ["unflatten"]

_LONG = 1200  # characters of a line that is a whole text, not one paragraph
_TITLE_WORDS = 10  # words of the longest heading
# little words a title writes in lowercase ("Founding of the Guild")
_JOINS = frozenset(
    ["a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with", "from"]
)
_SPACE = re.compile(r"\s+")


def unflatten(text: str) -> str:
    """The text with the headings of each of its long lines put on lines of their own."""
    return "\n".join(_line(line) if len(line) >= _LONG else line for line in text.split("\n"))


def _line(line: str) -> str:
    tokens = [(m.group(), m.start(), m.end()) for m in re.finditer(r"\S+", line)]
    cuts: list[tuple[int, int]] = []  # (start, end) of each heading, in characters
    k = 0
    while k < len(tokens):
        if k == 0 or tokens[k - 1][0].endswith((".", "!", "?", '."', ".\u201d")):
            found = _heading_at(tokens, k, line)
            if found is not None:
                cuts.append((tokens[k][1], tokens[found - 1][2]))
                k = found
                continue
        k += 1
    if not cuts:
        return line
    out: list[str] = []
    at = 0
    for start, end in cuts:
        out.append(_paragraphs(line[at:start]))
        out.append(_SPACE.sub(" ", line[start:end]))
        at = end
    out.append(_paragraphs(line[at:]))
    return "\n\n".join(part for part in out if part)


def _paragraphs(prose: str) -> str:
    """A stretch of prose with each double space after a sentence's end a paragraph break."""
    parts = re.split(r"(?<=[.!?\u201d\"])\s{2,}", prose.strip())
    return "\n\n".join(_SPACE.sub(" ", p) for p in parts if p.strip())


def _heading_at(tokens: list[tuple[str, int, int]], k: int, line: str) -> int | None:
    """The index of the token after a heading starting at token k, or None."""
    stop = frozenset(language()["stopwords"])
    end = k
    while end < len(tokens) and end - k < _TITLE_WORDS + 1:
        word = tokens[end][0]
        if not word[:1].isupper() and not (end > k and word in _JOINS):
            break
        if word[-1:] in ".!?:;,":
            return None  # a sentence, or a list
        if end > k and line[tokens[end - 1][2] : tokens[end][1]].count(" ") >= 2:
            # a double space: what a blank line became ("Founding of the Guild  Abel ...")
            return end if _titled(tokens, k, end) else None
        end += 1
    while end > k + 1 and tokens[end - 1][0] in _JOINS:
        end -= 1  # "Casting a bell": "a" goes on with the sentence, it ends no title
    # no double space: the last capitalised word opens the sentence ("... Plenty By 1700",
    # "... Was Cast Casting a bell"), and the words after it go on in lowercase
    opener = end - 1
    if opener <= k or end >= len(tokens):
        return None
    word, after = tokens[opener][0], tokens[end][0]
    opens = word.lower() in stop or (word.lower().endswith("ing") and after in _JOINS)
    going_on = after[:1].islower() or after[:1].isdigit()
    if opens and going_on and _titled(tokens, k, opener):
        return opener
    return None


def _titled(tokens: list[tuple[str, int, int]], k: int, end: int) -> bool:
    """Whether tokens k..end-1 read as a title: a few words, the last one capitalised."""
    words = [t[0] for t in tokens[k:end]]
    return 0 < len(words) <= _TITLE_WORDS and words[-1][:1].isupper()
