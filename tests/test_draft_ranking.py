"""A fresh draft ranks first the fact that gives the kind of answer a question asks for:
"how long?" a span of time in whatever number words the text writes it, "how far?" a
distance, and neither word counted as something the answer must say."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

import tutor
from tutor.cli import main

TEXT = """The Ferry at Holm Crossing

The Old Bridge

In 1702 a flood swept away the stone bridge at Holm Crossing. For eleven years after the
flood, carts and their goods had to be carried over the river by ferry. Each cart paid the
ferrymen two pence, and their boats could carry three carts at once.

The New Bridge

The new bridge opened in 1713 and had seven arches. The first eight days after it opened
were a holiday in the town, and carts crossed the river free of charge. From the hill above
the bridge, on a clear day, a traveller could see the sea 12 miles away. Travellers praised
the view of the sea from the hill in letters and songs. In 1760 the town put a toll gate on
the bridge.
"""


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> tutor.Tutor:
    root = tmp_path_factory.mktemp("ferry")
    text = root / "ferry.txt"
    text.write_text(TEXT, encoding="utf-8")
    assert main(["new-pack", str(root / "pack"), "--from", str(text)]) == 0
    return tutor.Tutor.from_path(root / "pack")


def ask(t: tutor.Tutor, line: str) -> tutor.Reply:
    return t.session(seed=1).respond(line)


def test_a_span_of_time_in_any_number_word_answers_how_long(drafted: tutor.Tutor) -> None:
    # "eleven years" is a span of time as much as "eight days" is
    reply = ask(drafted, "How long did carts have to cross the river by ferry?")
    assert reply.kind == "answer"
    assert "eleven years" in reply.text


def test_a_distance_answers_how_far(drafted: tutor.Tutor) -> None:
    # the fact praising the view holds every word of the line; only the other says how far
    reply = ask(drafted, "How far off was the sea that travellers praised from the hill?")
    assert reply.kind == "answer"
    assert "12 miles" in reply.text


def test_the_word_that_asks_how_long_is_not_missed_in_the_answer(drafted: tutor.Tutor) -> None:
    index = drafted._engine.index
    query = drafted._engine.analyzer.analyze("How long was the ferry used?")
    best = index.search(query)[0]
    assert "eleven years" in best.fact.answer
    # "long" is how it asks: the fact holds all the rest the line says
    assert best.coverage == pytest.approx(1.0)


def test_what_a_thing_cost_is_not_answered_by_a_fact_that_gives_no_sum(
    drafted: tutor.Tutor,
) -> None:
    # "cost", "pay", "toll": a sum is asked for; the bridge's facts tell only when it
    # opened and that it got a toll gate
    for line in (
        "What did the new bridge cost?",
        "How much did the new bridge cost?",
        "What toll did the bridge charge?",
    ):
        reply = ask(drafted, line)
        assert reply.kind != "answer", line
        assert "what did" not in reply.text  # said plainly, not the learner's words cut short
    assert "two pence" in ask(drafted, "What did carts pay to get across?").text


EXPLORERS = """The Ship from the North

In 1905 the Norwegian explorer Roald Amundsen sailed a small herring boat through the
Northwest Passage. Before he left, he visited Fridtjof Nansen in Oslo to ask for advice, and
Nansen lent him books and instruments. The voyage took three years.
"""


def test_a_description_the_text_gives_beats_one_only_wordnet_gives(tmp_path: Path) -> None:
    # WordNet calls Nansen a Norwegian explorer too; the text calls Amundsen so
    text = tmp_path / "north.txt"
    text.write_text(EXPLORERS, encoding="utf-8")
    assert main(["new-pack", str(tmp_path / "pack"), "--from", str(text)]) == 0
    analyze = tutor.Tutor.from_path(tmp_path / "pack")._engine.analyzer.analyze
    assert analyze("Who lent books to the Norwegian explorer?").entities == ("roald_amundsen",)


def test_what_followed_an_event_is_the_fact_that_says_after_it(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """'What did they do after the fire?' of 'The mill burned ...' and 'After the fire
    the owners rebuilt it in stone': the second tells what followed, holding all the line
    says that the first holds, though it ranks a little lower."""
    t = draft_text(
        "The Mill\n\nThe old mill at Rensby caught fire in the summer of 1822, and the "
        "miller lost his whole stock of grain. After the fire the owners rebuilt the mill "
        "in stone and roofed it with slate.\n",
    )
    reply = ask(t, "what did they do after the fire?")
    assert reply.kind == "answer" and "rebuilt" in reply.text


def test_an_hour_of_the_day_is_no_count(draft_text: Callable[[str], tutor.Tutor]) -> None:
    """'How many workers are there now?' is not answered by 'by seven o'clock'."""
    t = draft_text(
        "The Yard\n\nThe workers at the Tolly boatyard started work at dawn, because the "
        "tide covered the slipway by seven o'clock. The yard now has about ninety workers "
        "and a fleet of six barges.\n",
    )
    reply = ask(t, "how many workers are there now?")
    assert "ninety" in reply.text


def test_the_head_word_of_a_drafted_things_name_names_it(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """'the shield' of a text naming only the Harrow Shield, a drafted thing of unsure kind:
    the word names a kind of thing, so it names that one (a name cut short, 'Harvest
    Sunday', would not)."""
    t = draft_text(
        "The Team\n\nThe Felby bowls team was formed in 1901. Its players met every "
        "Tuesday on the green behind the Swan. Under Ada Crane as captain, the team won "
        "the Harrow Shield six times.\n",
    )
    reply = ask(t, "how many times did they win the shield?")
    assert reply.kind == "answer" and "six times" in reply.text


def test_how_many_asks_for_a_number_that_counts_the_thing_asked(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """'How many kilns are there?' of 'a row of four kilns' and 'Each kiln is 9 feet
    high': the second's number counts feet, the first's counts kilns."""
    t = draft_text(
        "The Pottery\n\nIn 1820 the potter Enid Vale built a row of four kilns behind her "
        "shop. Each kiln is a brick dome 9 feet high with an iron door at the front.\n",
    )
    reply = ask(t, "how many kilns are there?")
    assert reply.kind == "answer" and "four kilns" in reply.text


def test_how_long_is_a_thing_asks_its_length(draft_text: Callable[[str], tutor.Tutor]) -> None:
    """'How long is each kiln?' asks a length ('30 feet long'), not how long something
    took ('between 1820 and 1826')."""
    t = draft_text(
        "The Pottery\n\nThe potter Enid Vale built her kilns between 1820 and 1826. Each "
        "kiln is a brick tunnel 30 feet long with an iron door at the front.\n",
    )
    assert "30 feet" in ask(t, "how long is each kiln?").text


def test_how_long_did_it_take_or_last_asks_a_span_not_a_later_time(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """'took'/'lasted' are how the question asks, not words the answer must say; and
    'two years later' counts from another time, it is no span."""
    t = draft_text(
        "The Show\n\nThe potter Enid Vale built her kilns between 1820 and 1826. The county "
        "show was held each August and lasted nine days. The last show was held in 1901, "
        "and its ground was sold two years later.\n",
    )
    assert "1826" in ask(t, "how long did the building take?").text
    assert "nine days" in ask(t, "how long did the show last?").text
    # "how long after ...?" is what a time counted from another answers
    assert "two years later" in ask(t, "how long after the last show was its ground sold?").text


def test_what_a_thing_is_made_of_is_a_fact_naming_its_material(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """'What is the drum made of?' ranks first the fact saying its material ('a hoop of
    ash covered with goatskin'), and 'what were the doors made of?' the one putting a
    material before them ('two oak doors'), over facts that only name the thing."""
    t = draft_text(
        "The Drum\n\nEvery drum starts as a sketch on the workshop wall. A Tallow drum is a "
        "hoop of ash covered with tanned goatskin. The workshop has two oak doors facing "
        "the yard. The doors are shut at dusk.\n",
    )
    assert "ash" in ask(t, "what is the drum made of?").text
    assert "oak doors" in ask(t, "what were the doors made of?").text
