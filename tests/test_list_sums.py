"""A follow-up asking what a list, or one item of it, was for or came to is answered by
the sentence after the list that sums it up, never by the list or the item again.

The text is our own, drafted fresh with no editing, so the mechanism is the text's
layout (a run of bullets, then "These ..." or "By ...ing"), not any pack's wording.
"""

from __future__ import annotations

import pytest

import tutor
from tutor._lists import sums_up
from tutor.cli import main

from conversation import talk

TEXT = """The Orchard Guild of Varden

How the Guild Kept Its Prices

In 1871 the growers of Varden founded the Orchard Guild to sell their apples together.
Mabel Orrin, a grower from the hamlet of Tesk, chaired the Guild for twenty years.

Measures Taken by the Guild
- Fixing one price for every crate sold at the Varden market
- Refusing membership to growers who sold below that price
- Buying up the harvest of failing orchards in wet years

These measures kept the price of apples in Varden steady for two decades.

The Expulsion of Jonas Pell
In 1884 the Guild expelled the grower Jonas Pell for selling below the fixed price. Two
years later Pell was readmitted after paying a fine.

The Pickers
In 1886 the Guild set two rules for the pickers it paid:
- No picking before the dew had dried
- No apple to be shaken from the branch
Such rules kept bruised apples out of the Varden crates.

The Carters
In 1875 the Guild hired the carter Tom Reese to haul its crates to the market. The crates
went by road until the railway came. In 1882 the Guild hired the carter Will Dunn as well.

The Charter
In 1890 the Guild's members signed a charter promising fair prices to the pickers. In
1895 Orrin locked the charter away in the Guild hall.

The Cider Mill
In 1879 Mabel Orrin moved to the river town of Brask. Orrin built a cider mill beside the
river in 1880. The mill pressed the apples no market would buy.
"""


@pytest.fixture(scope="module")
def orchard(tmp_path_factory: pytest.TempPathFactory) -> tutor.Tutor:
    root = tmp_path_factory.mktemp("orchard")
    text = root / "orchard.txt"
    text.write_text(TEXT, encoding="utf-8")
    assert main(["new-pack", str(root / "pack"), "--from", str(text)]) == 0
    return tutor.Tutor.from_path(root / "pack")


def test_a_sentence_pointing_back_sums_up_the_list_before_it() -> None:
    assert sums_up("These measures kept the price steady.", "Measures Taken")
    assert sums_up("By tying himself to the legacy, he won loyalty.", None)
    assert sums_up("The assassination was the culmination.", "Assassination in Mexico")
    assert not sums_up("Trotsky underestimated the machinery.", "Key Advantages")
    assert not sums_up("By 1926, Stalin formed an alliance.", None)  # a date, not a means


def test_why_of_one_item_is_what_the_list_came_to(orchard: tutor.Tutor) -> None:
    item = talk(orchard, "Who was refused membership of the Guild?")
    assert "below that price" in item.text
    reply = talk(orchard, "Who was refused membership of the Guild?", "why?")
    assert reply.kind == "answer" and "steady" in reply.text


def test_did_it_work_of_an_item_is_the_sum_not_the_next_item(orchard: tutor.Tutor) -> None:
    reply = talk(orchard, "Did the Guild buy up failing orchards?", "did that work?")
    assert reply.kind == "answer" and "steady" in reply.text


def test_why_bother_after_the_revisionism_list_is_its_purpose(
    default_tutor: tutor.Tutor,
) -> None:
    # the list names a purpose of one item only ("to downplay his role"); the list's
    # own purpose is the sentence after it
    told = talk(default_tutor, "What did historical revisionism under Stalin involve?")
    assert "photographs" in told.text
    reply = talk(
        default_tutor,
        "What did historical revisionism under Stalin involve?",
        "why would he bother doing this?",
    )
    assert reply.kind == "answer" and "successor" in reply.text, reply.text


def test_why_did_that_matter_is_what_the_last_event_led_to(default_tutor: tutor.Tutor) -> None:
    reply = talk(
        default_tutor, "Which office did Stalin take in 1922?", "why was that such a big deal?"
    )
    assert reply.kind == "answer" and "influence" in reply.text, reply.text


def test_what_she_did_there_is_her_deed_after_the_place_was_told(orchard: tutor.Tutor) -> None:
    told = talk(orchard, "Where did Mabel Orrin move in 1879?")
    assert "Brask" in told.text
    reply = talk(orchard, "Where did Mabel Orrin move in 1879?", "what did she do there?")
    assert reply.kind == "answer" and "cider mill" in reply.text


def test_what_she_did_with_it_is_honest_when_the_text_tells_nothing(orchard: tutor.Tutor) -> None:
    reply = talk(orchard, "Who chaired the Guild?", "and what did she do with it?")
    assert reply.kind == "fallback" and "doesn't say what she did with it" in reply.text


def test_what_he_did_with_what_he_controlled_is_the_next_deed(default_tutor: tutor.Tutor) -> None:
    lines = ("Which areas beyond party politics did Stalin control?", "what did he do with them?")
    assert "state media" in talk(default_tutor, *lines[:1]).text
    reply = talk(default_tutor, *lines)
    assert reply.kind == "answer" and "rewrote history" in reply.text, reply.text


def test_what_happened_to_someone_just_told_is_what_befell_them_next(
    orchard: tutor.Tutor,
) -> None:
    told = talk(orchard, "Who did the Guild expel in 1884?")
    assert "expelled" in told.text
    for follow in ("what happened to him in the end?", "what happened to Pell eventually?"):
        reply = talk(orchard, "Who did the Guild expel in 1884?", follow)
        assert reply.kind == "answer" and "readmitted" in reply.text, (follow, reply.text)


def test_what_happened_to_the_left_is_not_the_sidelining_just_told(
    default_tutor: tutor.Tutor,
) -> None:
    lines = (
        "Whom did Stalin and Bukharin push aside together?",
        "what happened to the Left later?",
    )
    assert "marginalized" in talk(default_tutor, *lines[:1]).text
    reply = talk(default_tutor, *lines)
    assert reply.kind == "answer" and "expelled" in reply.text, reply.text


def test_what_was_in_that_paper_is_what_the_thing_acted_on_says(orchard: tutor.Tutor) -> None:
    # the last answer locks the charter away; what the charter says is told earlier
    for follow in ("what was in that paper?", "what did that say?"):
        reply = talk(orchard, "What did Orrin lock away in 1895?", follow)
        assert reply.kind == "answer" and "fair prices" in reply.text, (follow, reply.text)


def test_the_next_one_is_the_next_of_the_kind_asked_with_someone_new(
    orchard: tutor.Tutor,
) -> None:
    # a sentence about the crates stands between the two hirings
    for follow in ("and the next one?", "what about the next one?"):
        reply = talk(orchard, "Who did the Guild hire in 1875?", follow)
        assert reply.kind == "answer" and "Will Dunn" in reply.text, (follow, reply.text)


def test_a_list_after_a_lead_in_sentence_is_summed_up_too(orchard: tutor.Tutor) -> None:
    lines = ("What rules did the Guild set for the pickers in 1886?", "did they work?")
    assert "dew" in talk(orchard, *lines[:1]).text
    reply = talk(orchard, *lines)
    assert reply.kind == "answer" and "bruised apples" in reply.text, reply.text


def test_what_happened_to_someone_is_not_a_thing_of_theirs(default_tutor: tutor.Tutor) -> None:
    """'When did Lenin die?' 'what happened to him?': a later sentence naming only his
    things ('Lenin's close associate') tells nothing that befell him."""
    session = default_tutor.session(seed=0)
    session.respond("when did Lenin pass away?")
    assert "close associate" not in session.respond("and what happened to him?").text
