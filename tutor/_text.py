"""Text normalisation shared by content and learner input.

Content and queries go through the same functions so that they meet in the same form:
folded case and accents, straight quotes, expanded contractions, no possessives.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import lru_cache
from importlib import resources
from typing import Any

import Stemmer
import yaml

__all__ = [
    "CLAUSE",
    "YEAR",
    "fold",
    "is_year",
    "language",
    "looks_plural",
    "split_words",
    "stem",
    "stem_all",
]

_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201b": "'",
        "\u2032": "'",
        "`": "'",
        "\u00b4": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
    }
)
# Where a claim's clauses break: punctuation, a spaced dash, and "but", "though", "while";
# not the comma or the point inside a figure ("4,200", "2.5").
CLAUSE = re.compile(
    r"(?:[;:!?()\"]|,(?!\d{3}(?!\d))|(?<!\d)\.|\.(?!\d))+|\s-\s|\bbut\b|\bthough\b|\bwhile\b"
    r"|\bwhereas\b"
)
YEAR = re.compile(r"\b(1[0-9]{3}|20[0-9]{2})s?\b")  # a year or a decade: 1924, 1920s
_CURLY = re.compile("[" + "".join(chr(c) for c in _QUOTES) + "]")  # translate is slow
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")  # only these can be combining marks
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_POSSESSIVE = re.compile(r"(?<=[a-z0-9])'s?\b")


def fold(text: str) -> str:
    """Lower-case, strip accents and straighten curly quotes: 'Ramón' -> 'ramon'."""
    if text.isascii():  # most text: nothing to decompose (a fast path for big packs)
        return text.replace("`", "'").lower()
    if _CURLY.search(text):
        text = text.translate(_QUOTES)
    text = unicodedata.normalize("NFKD", text)
    return _NON_ASCII.sub(_uncombined, text).lower()


def _uncombined(match: re.Match[str]) -> str:
    return "".join(ch for ch in match.group() if not unicodedata.combining(ch))


@lru_cache(maxsize=1)
def language() -> dict[str, Any]:
    """The engine's English data (stop words, contractions, synonyms, small talk)."""
    data = resources.files("tutor.data").joinpath("english.yaml").read_text(encoding="utf-8")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml is ~10x faster
    loaded: dict[str, Any] = yaml.load(data, Loader=loader)
    ranks: dict[str, int] = {}
    words = resources.files("tutor.data").joinpath("english_words.txt").read_text("utf-8")
    for line in words.splitlines():
        if line and not line.startswith("#"):
            ranks.setdefault(line, len(ranks) + 1)
    loaded["ranks"] = ranks
    return loaded


@lru_cache(maxsize=1)
def _contraction_pattern() -> tuple[re.Pattern[str], dict[str, str], bool]:
    """The contractions as one pattern, and whether every one has an apostrophe."""
    table: dict[str, str] = language()["contractions"]
    # Whole words first ("won't"), then suffixes ("n't", "'re").
    keys = sorted(table, key=len, reverse=True)
    suffix = re.compile(r"^n?'")  # "n't", "'re": endings, not words
    alternatives = "|".join(
        re.escape(k) + r"\b" if suffix.match(k) else r"\b" + re.escape(k) + r"\b" for k in keys
    )
    return re.compile(alternatives), table, all("'" in k for k in keys)


def split_words(text: str) -> list[str]:
    """Fold a text and split it into words, with contractions expanded and possessives gone."""
    text = fold(text)
    pattern, table, quoted = _contraction_pattern()
    if quoted and "'" not in text:  # no contraction or possessive to undo: the fast path
        return _WORD.findall(text)
    text = pattern.sub(lambda m: table[m.group(0)], text)
    text = _POSSESSIVE.sub("", text)
    return [w.replace("'", "") for w in _WORD.findall(text)]


_stemmer_lock = threading.Lock()
_stemmer = Stemmer.Stemmer("english")  # libstemmer in C: the Snowball stems, 18x faster


def only_as_owner(text: str, name: str) -> bool:
    """Whether a text names someone (by a folded word of the name) only as the owner of
    other things: "Lenin's testament", "Lenin's ideology", never "Lenin" alone."""
    low = fold(text).lower()
    said = len(re.findall(rf"\b{re.escape(name)}\b", low))
    owned = len(re.findall(rf"\b{re.escape(name)}['\u2019]s\b", low))
    return 0 < said == owned


_SHORT_ED = 4  # "bed", "shed", "need" end so too


@lru_cache(maxsize=1)
def _irregular() -> dict[str, str]:
    """Irregular forms and their lemmas ("found" -> "find"; tutor/data/irregular.tsv)."""
    text = resources.files("tutor.data").joinpath("irregular.tsv").read_text(encoding="utf-8")
    pairs = (line.split("\t") for line in text.splitlines() if line and line[0] != "#")
    return {form: lemma for form, lemma in pairs}


def lemma(word: str) -> str:
    """An irregular form's lemma ("children" -> "child", "found" -> "find"), else the word."""
    return _irregular().get(word, word)


def irregular_past(word: str) -> bool:
    """Whether a folded word is an irregular verb form ("sold", "bought", "taught"), not
    an irregular plural ("men", "children")."""
    return word in _irregular() and not looks_plural(word)


def is_past(word: str) -> bool:
    """Whether a folded word may be a verb's past form ("executed", "won", "built")."""
    return ends_past(word) or word in _irregular()


def ends_past(word: str) -> bool:
    """Whether a folded word ends as a regular past form does ("killed", "agreed"), not
    as "breed", "speed" or "creed" do: an "-eed" no stemmer shortens is its own word."""
    if not word.endswith("ed") or len(word) <= _SHORT_ED:
        return False
    return not word.endswith("eed") or stem(word) != word


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball stem of a folded word ("assassinated" -> "assassin"), an irregular
    form's being its lemma's ("found" -> "find", "children" -> "child"): the text says
    "found the tent" where a learner asks what they "find"."""
    if not word.isalpha():
        return word
    word = _irregular().get(word, word)
    with _stemmer_lock:  # a Snowball stemmer keeps state between calls
        return str(_stemmer.stemWord(word))


def snowball(word: str) -> str:
    """The plain Snowball stem, irregular forms left as they are (for building tables)."""
    with _stemmer_lock:
        return str(_stemmer.stemWord(word))


def stem_all(words: list[str]) -> dict[str, str]:
    """Each distinct folded word with its stem, in one call to the stemmer (for tables)."""
    unique = sorted({w for w in words if w.isalpha()})
    irregular = _irregular()
    with _stemmer_lock:
        found = _stemmer.stemWords([irregular.get(w, w) for w in unique])
    return dict(zip(unique, (str(s) for s in found), strict=True))


def is_year(token: str) -> bool:
    """Whether a whole token is a year or a decade ('1924', '1920s')."""
    return YEAR.fullmatch(token) is not None


@lru_cache(maxsize=1)
def _plurals() -> frozenset[str]:
    """The everyday nouns whose plural ends in no "s" ("men", "children", "mice", "geese";
    tutor/data/plurals.tsv, from WordNet's exception list)."""
    text = resources.files("tutor.data").joinpath("plurals.tsv").read_text(encoding="utf-8")
    return frozenset(line.split("\t", 1)[0] for line in text.splitlines() if line[:1] != "#")


def looks_plural(word: str) -> bool:
    """Whether an English noun reads as a plural by its ending ("gates", not "glass") or
    is an irregular plural ("men", "children", "geese"): enough to choose "were" over
    "was", or a "they" among a sentence's nouns."""
    return (word.endswith("s") and not word.endswith("ss")) or word in _plurals()
