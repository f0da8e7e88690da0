"""The speller's lookups, made fast, must answer as the slow ones did: English words one
slip from a typed word are found by looking its edits up, and the pack's words a few
edits from it by scanning only the words of a length that can be; both must be
rapidfuzz's scan over the whole list, word for word and in order, or a correction would
change with the speed-up."""

from __future__ import annotations

import random

from rapidfuzz import process
from rapidfuzz.distance import OSA

from tutor._one_edit import Ends, OneEdit, Within

SAID = "kettle lantern harbour ferry ferret merry berry bury very vary wary lighthouse keeper "
SAID += "keep kept peek pier peer pear bear beard board broad road rod rode ode odd add "
SAID += "café cafe naïve naive abba ab ba aa a"
WORDS = SAID.split()


def scanned(word: str, limit: int | None) -> list[tuple[str, int, int]]:
    found = process.extract(word, WORDS, scorer=OSA.distance, score_cutoff=1, limit=limit)
    return [(str(w), int(d), int(k)) for w, d, k in found]


def test_words_one_edit_away_are_the_scans_in_the_scans_order() -> None:
    near = OneEdit(WORDS)
    rng = random.Random(7)
    typed = ["ferey", "baer", "kettel", "lantren", "pere", "cafë", "naive", "ab", "", "x", "bb"]
    for word in WORDS:  # each word with a letter dropped, added, struck and swapped
        k = rng.randrange(len(word))
        typed += [
            word[:k] + word[k + 1 :],
            word[:k] + "e" + word[k:],
            word[:k] + "r" + word[k + 1 :],
        ]
        typed.append(word[:k] + word[k + 1 : k + 2] + word[k] + word[k + 2 :])
    for word in typed:
        for limit in (1, 4, None):
            assert near.near(word, limit) == scanned(word, limit), (word, limit)


def test_words_a_few_edits_away_are_the_scans_in_the_scans_order() -> None:
    """Ties at each distance come in the list's order, whatever the words' lengths, and
    a limit cuts that order: "berry", "ferry", "merry" of "derry" in that order, never a
    shorter word first because its length was scanned first."""
    more = ["berries", "ferries", "mercy", "derby", "bee", "be", "bed", "beret", "pierre"]
    words = sorted({*WORDS, *more})
    within = Within(words)
    rng = random.Random(3)
    typed = ["derry", "perr", "lighthose", "keepr", "rad", "", "x", "cafës", "bearded"]
    typed += [
        "".join(rng.choice("aebryrdopk") for _ in range(rng.randrange(1, 10))) for _ in range(400)
    ]
    for word in typed:
        for cutoff in (1, 2, 3):
            for limit in (1, 4, 8, None):
                found = process.extract(
                    word, words, scorer=OSA.distance, score_cutoff=cutoff, limit=limit
                )
                scanned = [(str(w), int(d), int(k)) for w, d, k in found]
                assert within.near(word, cutoff, limit) == scanned, (word, cutoff, limit)


def test_no_word_one_edit_away_is_said_only_when_a_scan_finds_none() -> None:
    """`Ends` looks only at the words sharing a long word's first or last letters: it may
    say a word could be near when none is, never the reverse, or a slip split in two
    would stay unread ("lightho use" of "lighthouse")."""
    words = [
        *WORDS,
        "lighthouses",
        "housekeeper",
        "lightkeeper",
        "harbourmaster",
        "harbourmasters",
        "ferrymen",
        "ferryman",
        "lanterns",
    ]
    ends = Ends(words)
    rng = random.Random(5)
    typed = ["lighthosue", "housekeepr", "ferrymenn", "errymen", "harbourmaster", "lightho"]
    for word in words:  # each long word with a letter dropped, added, struck and swapped
        for k in range(len(word)):
            typed += [word[:k] + word[k + 1 :], word[:k] + "e" + word[k:]]
            typed += [word[:k] + "x" + word[k + 1 :]]
            typed.append(word[:k] + word[k + 1 : k + 2] + word[k] + word[k + 2 :])
    typed += [
        "".join(rng.choice("lighterousk") for _ in range(rng.randrange(6, 14))) for _ in range(3000)
    ]
    ruled_out = 0
    for word in typed:
        near = any(w != word and OSA.distance(word, w) <= 1 for w in words)
        if not ends.may_be_near(word):
            ruled_out += 1
            assert not near, word
        elif len(word) >= 9:
            assert near, word  # a long word said near has a near word
    assert ruled_out > 1000


def test_a_word_as_said_skips_only_spellings_it_cannot_hold() -> None:
    """`as_said` searches a word only for the spellings whose letters it holds: the
    result must be every rewrite applied in order, as before."""
    from tutor._slips import SPOKEN, as_said

    def every_rewrite(word: str) -> str:
        for pattern, said, _ in SPOKEN:
            word = pattern.sub(said, word)
        return word

    rng = random.Random(11)
    typed = [*WORDS, "knight", "wright", "phlegm", "quick", "station", "fusion", "wheel"]
    typed += ["".join(rng.choice("cghiknopqstuwyz") for _ in range(9)) for _ in range(2000)]
    for word in typed:
        assert as_said(word) == every_rewrite(word), word
