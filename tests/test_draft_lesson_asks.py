"""The questions a drafted lesson asks read as a teacher would write them: a phrase put
first kept whole, a sentence's first word lowered, 'who' only of a person, no question
of a fragment, and 'why' only of the clause a reason explains."""

from __future__ import annotations

import re

from tutor._scaffold import scaffold


def _asks(text: str) -> list[str]:
    """The `ask:` lines a fresh draft of a text puts in its dialogs."""
    files = scaffold(text)
    dialogs = "\n".join(v for k, v in sorted(files.items()) if k.startswith("dialogs/0"))
    return re.findall(r'^    ask: "(.*)"$', dialogs, re.MULTILINE)


def test_a_time_phrase_put_first_moves_to_the_end_whole() -> None:
    asks = _asks(
        "The Reef Debate\n\nFor half a century the two ideas competed, because nobody "
        "could see what lay beneath a reef.\n"
    )
    assert asks == ["Why did the two ideas compete for half a century?"]


def test_a_word_of_place_or_sequence_put_first_is_no_part_of_the_question() -> None:
    asks = _asks(
        "The Ice House\n\nInside, the men stacked the cakes in tiers and packed sawdust "
        "around each tier so that the cakes would not freeze together.\n\nThe Light\n\n"
        "Next the keeper trimmed the wicks with scissors so that the flame would burn "
        "evenly.\n"
    )
    assert asks == [
        "Why did the men stack the cakes in tiers and pack sawdust around each tier?",
        "Why did the keeper trim the wicks with scissors?",
    ]


def test_a_verb_joined_by_and_takes_the_form_of_the_first() -> None:
    asks = _asks(
        "The Hives\n\nFirst, the beekeeper lights a smoker and puffs cool smoke into the "
        "entrance so that the guard bees are calmed.\n"
    )
    assert asks == ["Why does the beekeeper light a smoker and puff cool smoke into the entrance?"]


def test_who_said_it_is_asked_as_according_to_and_a_trailing_adverb_goes() -> None:
    asks = _asks(
        "The Springs\n\nThe cold springs, Marta Vell argued, made the losses worse, because "
        "weak colonies had too few young bees.\n\nThe Talks\n\nTalks with the mayor lasted "
        "two years, chiefly because some members wanted to be paid.\n"
    )
    assert asks[0].endswith("made the losses worse, according to Marta Vell?")
    assert asks[1] == "Why did talks with the mayor last two years?"  # lowered, no 'chiefly'


def test_who_asks_for_a_person_and_what_for_a_thing() -> None:
    asks = _asks(
        "The Founder\n\nAnselm Korr was born on 3 March 1818 in the village of Thornby "
        "Cross.\n\nHis Fame\n\nKorr's reputation rested on the tuning of his bells.\n"
    )
    assert "Who was born on 3 March 1818 in the village of Thornby Cross?" in asks
    assert "What rested on the tuning of his bells?" in asks
    assert not any(a.startswith("Who rested") for a in asks)


def test_a_fragment_is_never_made_a_question() -> None:
    asks = _asks("Anselm Korr\n\nAnselm Korr (1812\u20131879).\n")
    assert not any("Is it true that" in a for a in asks)
    asks = _asks(
        "The Bridge\n\nThe breeding shed, run from the farm at Amsel since 2006, holds "
        "forty hives.\n"
    )
    assert not any(a.startswith("Why") for a in asks)  # 'since 2006' is no reason


def test_since_gives_a_reason_only_when_a_clause_follows() -> None:
    asks = _asks(
        "The Mill\n\nHarlan argued that the mill employed 900 people and that the river had "
        "carried its waste since his grandfather's time.\n\nThe Lamp\n\nFog was the "
        "keepers' greatest worry, since no lamp could pierce it.\n"
    )
    assert not any(a.startswith("Why did Harlan") for a in asks)
    assert "Why was fog the keepers' greatest worry?" in asks


def test_a_reason_that_may_explain_a_clause_inside_is_not_asked_why() -> None:
    asks = _asks(
        "The Bell\n\nIn 1837 Kell helped Brenner cast the tenor bell, which cracked during "
        "its first winter because the metal had been poured too cold.\n"
    )
    assert not any(a.startswith("Why did Kell help") for a in asks)


def test_a_reason_put_first_with_a_list_in_it_is_kept_whole() -> None:
    asks = _asks(
        "The Bog\n\nBecause the dead moss is waterlogged, acidic and short of oxygen, the "
        "moss decays very slowly.\n"
    )
    assert asks == ["Why does the moss decay very slowly?"]


def test_what_came_of_a_process_told_in_the_present_is_asked_in_the_present() -> None:
    asks = _asks("The Curd\n\nSmall grains release more whey, so the finished cheese is drier.\n")
    assert asks == ["Small grains release more whey. What does that lead to?"]


def test_a_clause_put_first_lends_no_verb_to_the_question() -> None:
    # "when Ferrand lifts his foot" leans on the main clause after its comma: its verb is
    # not the one to ask about ("Why does when Ferrand lift his foot, ...?")
    asks = _asks(
        "The Pole Lathe\n\nWhen Ferrand lifts his foot, the bent pole springs back up, "
        "because the wood is green and supple.\n"
    )
    assert not any("does when" in a.lower() or "do when" in a.lower() for a in asks), asks


def test_a_who_question_is_labelled_who() -> None:
    files = scaffold("The Well\n\nMartha Wrenfield produced the deed of the green.\n")
    dialog = next(v for k, v in sorted(files.items()) if k.startswith("dialogs/0"))
    assert re.findall(r"^    (ask|kind): (.*)$", dialog, re.MULTILINE) == [
        ("ask", '"Who produced the deed of the green?"'),
        ("kind", "who"),
    ]


def test_a_time_that_says_which_deed_asks_what_the_person_did() -> None:
    files = scaffold("The Well\n\nIn 1803 Martha Wrenfield produced the deed of the green.\n")
    dialog = next(v for k, v in sorted(files.items()) if k.startswith("dialogs/0"))
    assert re.findall(r"^    (ask|kind): (.*)$", dialog, re.MULTILINE) == [
        ("ask", '"What did Martha Wrenfield do in 1803?"'),  # the event, not the name
        ("kind", "what"),
    ]


def test_a_plural_noun_is_never_asked_as_the_verb() -> None:
    asks = _asks(
        "Sphagnum\n\nSphagnum leaves contain large empty cells that soak up water. The moss "
        "covered the wet hollows of the bog by 1900.\n"
    )
    assert asks == ["What covered the wet hollows of the bog by 1900?"]  # not "What cells"


def test_a_single_word_before_a_comma_is_no_question() -> None:
    asks = _asks(
        "Sphagnum\n\nThis keeps the whole bog waterlogged, like a giant sponge. The moss "
        "covered the wet hollows of the bog by 1900.\n"
    )
    assert asks == ["What covered the wet hollows of the bog by 1900?"]  # not "What waterlogged"


def test_a_second_clause_with_its_own_subject_is_left_out_of_the_why() -> None:
    """Found in a review: 'Why did the soldiers stand aside and the crowd went home?'"""
    asks = _asks(
        "The Riot\n\nThe governor refused to order the soldiers to fire. As a result, "
        "the soldiers stood aside and the crowd went home without bloodshed.\n"
    )
    assert "Why did the soldiers stand aside?" in asks, asks
    assert not any("went home" in a for a in asks), asks


def test_a_hint_points_at_a_name_not_at_the_word_before_it() -> None:
    """Found in a review: 'Think about what the text says about instead Lenz.'"""
    from tutor._draft_ladder import _clue

    hint = _clue("Instead Lenz wrote to the king for help.", "wrote to the king", False)
    assert hint == "Think about what the text says about Lenz."
