"""A fresh draft answers a learner who adds a common word of their own to the text's, and
still refuses what the text does not tell."""

from __future__ import annotations

from pathlib import Path

import pytest

import tutor
from tutor.cli import main

CANAL = """The Harlow Canal

Building the Canal

In 1794 the engineer Martha Quill began a canal from the coal pits at Denby to the river
Harlow. The work was slowed by floods, and the navvies dug the last mile by hand in 1801.
Boats on the canal were pulled by horses walking along a towpath beside the water.

Trade and Decline

For fifty years the barges carried coal, lime and timber to the mills of Harlow. After the
railway opened in 1852, traffic on the canal fell, and the last barge passed the locks in
1911. Today the towpath is a walking trail looked after by volunteers.
"""


def _draft(root: Path, text: str) -> Path:
    source = root / "text.txt"
    source.write_text(text, encoding="utf-8")
    assert main(["new-pack", str(root / "pack"), "--from", str(source)]) == 0
    return root / "pack"


@pytest.fixture(scope="module")
def canal(tmp_path_factory: pytest.TempPathFactory) -> tutor.Tutor:
    return tutor.Tutor.from_path(_draft(tmp_path_factory.mktemp("canal"), CANAL))


def test_a_common_word_of_the_learners_does_not_hide_the_fact_holding_the_rest(
    canal: tutor.Tutor,
) -> None:
    # "animals" is no word of the text, but one of the commonest of English: the fact
    # holding "pulled" and "boats" answers, though its score is low for want of it
    reply = canal.session(seed=1).respond("What animals pulled the boats?")
    assert reply.kind == "answer"
    assert "horses" in reply.text


def test_a_question_off_the_text_is_still_refused(canal: tutor.Tutor) -> None:
    for line in (
        "How much did the canal cost?",
        "Who was Martha Quill's husband?",
        "What colour were the barges painted?",
        "How many locks does the canal have?",
    ):
        assert canal.session(seed=1).respond(line).kind != "answer", line


WEAVER = """The Weaver of Arnside

The Shed

In 1850 the weaver Clara Denholm built a loom shed beside the river at Arnside. The shed
had six looms, and the river turned a small wheel that drove them. Wool came down from the
farms on the fell in carts. The cloth was dyed blue with woad from the valley.

The Trade

The cloth was sold at the Kendal market every Saturday. By 1860 the shed employed twelve
women and two boys. A carter took the bales to Kendal on a cart pulled by a grey pony.

The End

In 1872 a flood ruined the shed and swept two looms into the river. The last looms were
sold to a mill in Lancaster in 1880. Today a loom made by Clara Denholm stands in the town
museum.
"""


def test_a_deed_the_text_never_names_is_what_is_asked_of_her(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # "study", "teach", "marry" are common words, but what each line asks of Clara Denholm
    # is that deed, which the text never tells: the sentence naming her tells another
    weaver = tutor.Tutor.from_path(_draft(tmp_path_factory.mktemp("weaver"), WEAVER))
    for line in (
        "What did Clara Denholm study?",
        "What did Clara Denholm teach?",
        "Where did Clara Denholm marry?",
    ):
        assert weaver.session(seed=1).respond(line).kind != "answer", line
    # her deed as the text says it, or with a thing of the sentence beside it
    for line in ("What did Clara Denholm build?", "What did Clara Denholm put up by the river?"):
        reply = weaver.session(seed=1).respond(line)
        assert reply.kind == "answer" and "loom shed" in reply.text, line


PRESS = """The Treadwell Press Works

In 1830 Jonah Treadwell opened an iron works at Milbury. His presses used a set of
levers instead of a screw. In 1861 his son Matthew Treadwell turned the works over to
making steam presses. The works closed in 1902.
"""


def test_a_deed_told_in_a_light_verb_or_a_death_untold_keeps_its_own_reply(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # "produce" is never in the text, but "making" (WordNet: produce, make) is, so the
    # sentence telling what he made answers it; and a death the text never tells gets
    # the reply that says so and what the text does say of her, not a bare "I don't know"
    press = tutor.Tutor.from_path(_draft(tmp_path_factory.mktemp("press"), PRESS))
    made = press.session(seed=1).respond("What did Matthew Treadwell produce?")
    assert made.kind == "answer" and "steam presses" in made.text
    weaver = tutor.Tutor.from_path(_draft(tmp_path_factory.mktemp("weaver2"), WEAVER))
    died = weaver.session(seed=1).respond("When did Clara Denholm die?")
    assert died.kind != "answer" and "doesn't say when Clara Denholm died" in died.text


KILN = """The Lime Kiln

Burning

Limestone was burned in a stone kiln on the hill above Ferrow. The fire was kept going for
three days at a great temperature, and the burners slept beside it in a hut. What came out
of the kiln was quicklime. Quicklime is dangerous to handle,
because it seizes water from anything it touches, including skin and eyes.

Slaking

Water was poured on the quicklime in a wooden trough, and it hissed and crumbled into a
white powder called slaked lime, which builders mixed with sand to make mortar.
"""


@pytest.fixture(scope="module")
def kiln(tmp_path_factory: pytest.TempPathFactory) -> tutor.Tutor:
    return tutor.Tutor.from_path(_draft(tmp_path_factory.mktemp("kiln"), KILN))


def test_a_phrase_read_as_an_everyday_word_is_as_rare_as_its_own_words(
    kiln: tutor.Tutor,
) -> None:
    # "melting point" is read as "temperature", an everyday word, yet it asks for a
    # particular thing no sentence about quicklime gives: the text does not say it
    reply = kiln.session(seed=1).respond("What is the melting point of quicklime?")
    assert reply.kind != "answer"
    # the quicklime the text does tell of is still answered
    reply = kiln.session(seed=1).respond("Why is quicklime dangerous to handle?")
    assert reply.kind == "answer"
    assert "seizes water" in reply.text
