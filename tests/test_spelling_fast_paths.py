"""The speller's per-line work, made cheaper, must correct as before: the text's words a
real word may have been typed for beside a neighbour are looked up once per word (a
learner's next line saying it again asks nothing of the word list), and a line whose
typed words are all meant is never compared with the text's names word window by word
window. Each reading is the one the full search made."""

from __future__ import annotations

import pytest

import tutor
from tutor._slips import consonants, kindred
from tutor._spelling import Speller
from tutor._text import stem
from tutor.cli import main

TEXT = """The Tally Mill

The Mill

The mill at Tally Ford was built in 1790 by Samuel Ridd, a wool merchant. The principal
miller, Agnes Marrow, kept the great wheel turning for forty years. In the great flood of
1852 the weir broke and the wheel stood still for a month.

The End

The mill closed in 1931. Its last miller, Thomas Ridd, sold the stones to a museum.
"""


@pytest.fixture(scope="module")
def mill(tmp_path_factory: pytest.TempPathFactory) -> tutor.Tutor:
    root = tmp_path_factory.mktemp("mill")
    text = root / "mill.txt"
    text.write_text(TEXT, encoding="utf-8")
    assert main(["new-pack", str(root / "pack"), "--from", str(text)]) == 0
    return tutor.Tutor.from_path(root / "pack", cache=None)


def speller(t: tutor.Tutor) -> Speller:
    return t._engine.analyzer.speller


def words(t: tutor.Tutor, line: str) -> tuple[str, ...]:
    return t._engine.analyzer.analyze(line).words


def test_a_word_read_beside_its_neighbour_is_looked_up_once(mill: tutor.Tutor) -> None:
    """ "principle miller" is the text's "principal miller" on every line that says it;
    the word list is searched for "principle" the first time only."""
    looked = speller(mill).in_context_of
    looked.cache_clear()
    assert "principal" in words(mill, "who was the principle miller")
    assert "principal" in words(mill, "when did the principle miller die")
    assert looked.cache_info().misses == 1 and looked.cache_info().hits == 1
    reply = mill.session(seed=0).respond("who was the principle miller?")
    assert reply.kind == "answer" and "Agnes Marrow" in reply.text


def test_the_words_looked_up_are_those_the_full_search_finds(mill: tutor.Tutor) -> None:
    """What a word may stand for beside a neighbour is what `near` and the filters of
    `InContext.fix` give, in their order, for real words and short non-words alike."""
    s = speller(mill)
    corrector = s._words
    for word in ("principle", "grate", "flood", "wheat", "mile", "stole", "ri", "wa"):
        lexical = stem(word) in s.stems
        full = [
            str(c[0])
            for c in corrector.near(word, 1 if len(word) == 2 else 2)
            if c[0][0] == word[0]
            and (c[0] not in corrector.skip or consonants(word) == consonants(str(c[0])))
            and (
                consonants(word) == consonants(str(c[0]))
                or (not lexical and (c[1] <= 1 or kindred(word, str(c[0]))))
            )
        ]
        assert list(s.in_context_of(word)) == full, word


def test_a_line_of_meant_words_is_not_compared_with_names(
    mill: tutor.Tutor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No typed word of "what did samuel ridd build" is a slip, so no window of it is
    compared with the names as typed; a slip of a name's word still is ("samuel rid")."""
    names = speller(mill)._names
    asked: list[tuple[str, ...]] = []
    typed_name = names._typed_name

    def counting(window: tuple[str, ...]) -> list[str] | None:
        asked.append(tuple(window))
        return typed_name(window)

    monkeypatch.setattr(names, "_typed_name", counting)
    assert words(mill, "what did samuel ridd build") == ("what", "did", "samuel", "ridd", "build")
    assert asked == []
    assert words(mill, "what did samuel ridx build")[2:4] == ("samuel", "ridd")
    assert asked and all("ridx" in window for window in asked)


def test_a_window_said_again_is_compared_with_the_names_once(mill: tutor.Tutor) -> None:
    """ "samul ridd" is Samuel Ridd on every line that says it; the names are searched for
    that window the first time only, and a window of known words near no name stays."""
    looked = speller(mill).name_near
    looked.cache_clear()
    assert words(mill, "what did samul ridd build")[2:4] == ("samuel", "ridd")
    misses = looked.cache_info().misses
    assert words(mill, "when did samul ridd build it")[2:4] == ("samuel", "ridd")
    assert looked.cache_info().misses < 2 * misses and looked.cache_info().hits > 0
    assert words(mill, "who was thomas ridd") == ("who", "was", "thomas", "ridd")
