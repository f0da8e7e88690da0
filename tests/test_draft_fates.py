"""On a fresh draft, follow-ups that ask what came of the thing or the one just told:
"did that happen?" after a suggestion is answered by what the text says came of it, never
by the suggestion again (after a deed the text tells as done, it is not read so); "how did
it end for him?" by his death told later, not by a death that only sets a time; "what
happened to the steam engine afterwards?" by the next sentence naming it, not the first;
"why go to all that trouble?" by the sentence summing up the whole just told.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

from conversation import talk

TEXT = """The Harbour Light at Quenby

In 1861 the harbour board built a stone pier at Quenby. The board's engineer, Alfred
Dunn, suggested that a lamp be placed at the end of the pier. The board refused the lamp,
because oil cost too much. Ships went on entering the harbour by the light of the church
tower. In 1880 the church tower burned down, and two fishing boats struck the pier that
winter. A lighthouse was finally built on the pier in 1883. Dunn retired to Bristol in
1885 and died there in 1890.
"""


@pytest.fixture(scope="module")
def drafted(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


def test_did_that_happen_after_a_suggestion_is_what_came_of_it(drafted: tutor.Tutor) -> None:
    reply = talk(drafted, "what did Alfred Dunn suggest?", "did that happen?")
    assert "refused" in reply.text
    assert "suggested" not in reply.text


def test_did_that_happen_after_a_deed_told_as_done_is_not_what_came_of_it(
    drafted: tutor.Tutor,
) -> None:
    reply = talk(drafted, "who built the pier?", "did that happen?")
    assert "refused" not in reply.text


def test_how_did_it_end_for_him_is_his_death_told_later(drafted: tutor.Tutor) -> None:
    reply = talk(drafted, "what did Alfred Dunn suggest?", "how did it end for him?")
    assert "died there in 1890" in reply.text


def test_how_did_it_end_for_him_is_not_a_death_told_as_a_time(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    drafted = draft_text(
        "The Mill at Orrin\n\nIn 1850 Jonas Pell built a mill at Orrin. Pell rented the mill"
        " to the Crane brothers. After Pell's death, the brothers bought the mill.\n"
    )
    reply = talk(drafted, "who built the mill at Orrin?", "how did it end for him?")
    assert "After Pell's death" not in reply.text


def test_what_happened_to_a_thing_afterwards_is_the_next_sentence_naming_it(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    drafted = draft_text(
        "The Mill at Orrin\n\nIn 1850 Jonas Pell built a mill at Orrin. Pell bought a steam"
        " engine for the mill in 1862. The mill burned down in 1871, and Pell moved to York."
        " The steam engine was sold to a brewery in Leeds.\n"
    )
    lines = ("when did the mill burn down?", "what happened to the steam engine afterwards?")
    assert "brewery" in talk(drafted, *lines).text


def test_what_happened_to_someone_described_afterwards_is_no_thing(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    drafted = draft_text(
        "The Mill at Orrin\n\nIn 1850 Jonas Pell built a mill at Orrin. A thief robbed the"
        " mill in 1862. In 1871 the mill burned down, and the thief's brother rebuilt it.\n"
    )
    lines = ("who robbed the mill?", "what happened to the thief afterwards?")
    assert "brother" not in talk(drafted, *lines).text


GUILD = """The Guild at Harrow

In 1820 Thomas Reed founded the weavers' guild at Harrow with Samuel Pike. In 1825 Reed
dropped Pike and took John Marsh as his partner. In 1830 the guild expelled John Marsh for
theft. In 1833 Pike moved to York. Reed led the guild until 1840.
"""


@pytest.fixture(scope="module")
def guild(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(GUILD)


def test_him_after_when_was_that_is_still_the_one_the_answer_gave(guild: tutor.Tutor) -> None:
    lines = (
        "after dropping Pike, who did Reed take as his partner?",
        "when was that?",
        "what happened to him later?",
    )
    assert "expelled John Marsh" in talk(guild, *lines).text


def test_what_happened_to_it_later_is_never_the_last_answer_again(guild: tutor.Tutor) -> None:
    lines = ("who founded the weavers' guild at Harrow?", "what happened to it later?")
    reply = talk(guild, *lines)
    assert reply.kind == "fallback"
    assert "doesn't say what happened to it after that" in reply.text
    assert "founded" not in reply.text


MAYOR = """The Mayor of Dunholm

In 1890 Mayor Eliza Grant set out to remove every trace of her rival, Silas Cole.

Steps Taken by the Mayor
- Taking his portrait down from the town hall
- Renaming Cole Street as Grant Street
- Cutting his name from the foundation stone of the library

This campaign ensured that later citizens would remember Grant as the founder of modern
Dunholm.

The Harbour
In 1895 the town built a new harbour wall.
"""


def test_why_go_to_all_that_trouble_is_what_sums_up_the_whole(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    lines = ("what happened to Cole Street?", "why go to all that trouble?")
    assert "ensured" in talk(draft_text(MAYOR), *lines).text


MILL = """The Mill at Darrow

In 1850 a peat cutter named Tobias Rusk chose a site on the Darrow stream for a mill. The
mill was finished in 1852. In 1880 Harriet Rusk, his daughter, had no wish to run the mill,
so she sold it to the Darrow council. The council pulled the mill down in 1901.
"""


def test_did_that_happen_after_a_choice_told_as_done_is_not_what_came_of_it(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    reply = talk(draft_text(MILL), "who chose the site for the mill?", "did that happen?")
    assert "no wish" not in reply.text  # not the next sentence holding a wish word
    assert "whether it happened" not in reply.text


def test_did_that_happen_after_a_wish_denied_is_not_asked_whether_it_did(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    reply = talk(draft_text(MILL), "what did Harriet Rusk do with the mill?", "did that happen?")
    assert "whether it happened" not in reply.text
