"""The bulleted lists of a pack's source text and the sentence that sums each one up.

A text often lists things under a heading and then says what they came to: "- erased
from photographs / - textbooks revised / ... This campaign ensured that ...". A learner
told the list, or one item of it, who asks what it was for or what came of it ("why
bother?", "did it work?") asks of the list as a whole, and that sentence tells it; the
list itself, or the item, does not. This reads which facts tell a list (its heading or
lead-in), which tell its items, and which the sentence after it, when that sentence
points back at the list: "This campaign", "These tactics", "By tying himself ...", or
"The assassination" under the heading "Assassination in Mexico".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from ._content import Pack
from ._once import Once
from ._source import Passage, sections

__all__ = ["Lists", "quote_words"]

# Words that open a sentence pointing back at what went before ("These tactics were
# effective", "Such measures ..."): English grammar, not any one text's words.
_BACK = frozenset(["this", "these", "such", "those"])
_WORD = re.compile(r"[a-z0-9]+")
_MIN_WORDS = 3  # a source shorter than this is no sentence a paragraph opens or closes with
_QUOTES = str.maketrans("\u2018\u2019\u201c\u201d", "''\"\"")


def quote_words(text: str) -> tuple[str, ...]:
    """A text's words as a quote of it is matched: folded, quotes and possessives plain."""
    return tuple(_WORD.findall(text.lower().translate(_QUOTES).replace("'s", "")))


def sums_up(sentence: str, title: str | None) -> bool:
    """Whether a sentence right after a list points back at it: it opens with "this" or
    "these", with "By <doing>" (the list as the means), or with "The" and a word of the
    list's heading."""
    words = quote_words(sentence)
    if not words:
        return False
    if words[0] in _BACK:
        return True
    if _by_means(sentence):
        return True
    heading = set(quote_words(title or ""))
    return words[0] == "the" and len(words) > 1 and words[1] in heading


def _by_means(sentence: str) -> bool:
    """Whether a sentence opens with "By <doing>": what was got by means of the list."""
    words = quote_words(sentence)
    return words[:1] == ("by",) and len(words) > 1 and words[1].endswith("ing")


class Lists:
    """Which fact sums up the list another fact tells or belongs to. Immutable; shared.

    The source text is read on first need (most turns never ask), once per pack."""

    def __init__(self, pack: Pack) -> None:
        self._pack = pack
        self._read_once: Mapping[str, tuple[dict[str, str], frozenset[str]]] = Once(
            lambda _: self._read(), ["all"]
        )

    def sum_of(self, fact_id: str, purpose: bool = False) -> str | None:
        """The fact telling the sentence that sums up the list `fact_id` tells or is an
        item of; None if it is in no list, or nothing after the list points back at it.

        With `purpose`, only a sentence that names the list as one deed and says what it
        did ("This campaign ensured that ...") answers why its items were done; one that
        tells what someone got by doing them ("By manipulating ..., he solidified his
        hold") says how it turned out, not why each step was taken."""
        found = self._read_once["all"][0].get(fact_id)
        if found is None or (purpose and _by_means(self._pack.fact(found).source)):
            return None
        return found

    def tells_whole(self, fact_id: str) -> bool:
        """Whether a fact tells a summed-up list as a whole (its heading or lead-in), not
        one item: a reason it gives is one item's ("revised textbooks to downplay ...")."""
        return fact_id in self._read_once["all"][1]

    def _read(self) -> tuple[dict[str, str], frozenset[str]]:
        citing: dict[tuple[str, ...], list[str]] = {}
        for fact in self._pack.facts:
            citing.setdefault(quote_words(fact.source), []).append(fact.id)
        out: dict[str, str] = {}
        whole: set[str] = set()
        for text in self._pack.sources:
            # paragraphs whole (no sentence splitter to load): the sentence after a list
            # opens the paragraph after it, a lead-in sentence closes the one before
            for section in sections(text, whole_lines=True):
                for run, after in _runs(section.passages):
                    if after is None or not sums_up(after.text, section.title):
                        continue
                    summing = _opening(citing, quote_words(after.text))
                    if not summing:
                        continue
                    leads = _cited(citing, [section.title or ""])
                    leads += _closing(citing, quote_words(run[0].intro or ""))
                    whole.update(leads)
                    for fact_id in [*leads, *_cited(citing, [p.text for p in run])]:
                        out.setdefault(fact_id, summing[0])
        return out, frozenset(whole)


def _runs(passages: list[Passage]) -> Iterable[tuple[list[Passage], Passage | None]]:
    """Each run of bullets in a section, with the passage right after it (None at its end)."""
    k = 0
    while k < len(passages):
        if passages[k].kind != "bullet":
            k += 1
            continue
        end = k
        while end < len(passages) and passages[end].kind == "bullet":
            end += 1
        yield passages[k:end], passages[end] if end < len(passages) else None
        k = end


def _cited(citing: Mapping[tuple[str, ...], list[str]], texts: list[str]) -> list[str]:
    """The facts whose source is one of these texts."""
    return [f for t in texts if t for f in citing.get(quote_words(t), [])]


def _opening(citing: Mapping[tuple[str, ...], list[str]], words: tuple[str, ...]) -> list[str]:
    """The facts whose source opens a paragraph: its first sentence, the shortest first."""
    for end in range(_MIN_WORDS, len(words) + 1):
        found = citing.get(words[:end])
        if found:
            return found
    return []


def _closing(citing: Mapping[tuple[str, ...], list[str]], words: tuple[str, ...]) -> list[str]:
    """The facts whose source closes a paragraph: a list's lead-in sentence."""
    for start in range(len(words) - _MIN_WORDS, -1, -1):
        found = citing.get(words[start:])
        if found:
            return found
    return []
