"""What a drafted lesson asks and how it helps: questions a teacher would write from the
text's sentences, clues that send the learner back to the text without telling, and a
guess taken as a guess."""

from __future__ import annotations

import tutor
from tutor._draft_questions import cause_split, why_question
from tutor._scaffold import scaffold


def _drafted(files: dict[str, str], folder: str) -> str:
    """A draft's numbered files of one folder as one text (dialogs: not lesson.yaml)."""
    return "\n".join(v for k, v in sorted(files.items()) if k.startswith(f"{folder}/0"))


def _why(sentence: str) -> tuple[str, str]:
    split = cause_split(sentence)
    assert split is not None
    return why_question(split[0]), split[1]


def test_a_process_told_in_the_present_is_asked_in_the_present() -> None:
    ask, _ = _why("The dough sinks to the bottom of the bowl because it is heavier than oil.")
    assert ask == "Why does the dough sink to the bottom of the bowl?"
    ask, _ = _why("The loaves rest on racks overnight so that the crumb can set.")
    assert ask.startswith("Why") and "was it" not in ask and "did" not in ask


def test_a_reason_put_first_or_after_and_explains_the_clause_it_goes_with() -> None:
    ask, reason = _why("Because the bridge was shut, the mail came round by boat.")
    assert (ask, reason) == ("Why did the mail come round by boat?", "the bridge was shut")
    ask, reason = _why(
        "The jars cool on the sill for an hour, and because they cool slowly, "
        "their lids seal tight."
    )
    assert reason == "they cool slowly" and "lids seal tight" in ask and "and?" not in ask


def test_a_purpose_expects_its_own_clause_not_the_next_one() -> None:
    _, purpose = _why(
        "The kiln is sealed with clay so that no air gets in, and in the morning the potter "
        "breaks the seal."
    )
    assert purpose == "no air gets in"


def test_an_opening_time_goes_to_the_end_of_a_why_question() -> None:
    ask, _ = _why("In 1901 the council closed the quarry because the face had collapsed.")
    assert ask == "Why did the council close the quarry in 1901?"


def test_an_opening_clause_moved_to_the_end_loses_its_capital_but_names_keep_theirs() -> None:
    ask, _ = _why(
        "When Orla Finch retired in 1950, the guild closed the school because it had no teacher."
    )
    assert ask == "Why did the guild close the school when Orla Finch retired in 1950?"


def test_clues_quote_the_text_without_the_answer_and_keep_names_as_written() -> None:
    files = scaffold(
        "Glassworks\n\nAt dawn Mara Quenby lights the furnace, and by noon she has blown "
        "forty bottles. The glass is cooled slowly because fast cooling makes it crack.\n"
    )
    text = _drafted(files, "dialogs")
    assert "what does it have to do with this" not in text
    # "Why is the glass cooled slowly?": a quote '…The glass is cooled slowly because…'
    # would only say the question again, so the ladder goes on to the next rung
    quotes = [line for line in text.splitlines() if "Look again" in line]
    assert not [line for line in quotes if "cooled slowly because" in line], quotes
    assert "One word of the answer begins with" in text
    # with no quote to give, the plain nudge back to the text comes first and the sharper
    # first letter after it: each rung tells more than the last
    reread = text.find("Read that part of the text again")
    assert 0 <= reread < text.find("One word of the answer begins with")
    for line in text.splitlines():
        if "Look again" in line:
            assert "crack" not in line and "Quenby" not in line  # the answers stay unsaid


def test_a_who_question_asks_about_one_clause() -> None:
    files = scaffold(
        "The Ferry\n\nCaptain Ilse Marrow steers the ferry across the sound twice a day, and "
        "in winter she also carries the post to the islands.\n"
    )
    text = _drafted(files, "dialogs")
    assert 'ask: "Who steers the ferry across the sound twice a day?"' in text


def test_a_bare_guess_during_a_lesson_is_judged_not_searched() -> None:
    s = tutor.Tutor().session(seed=0)
    asked = s.respond("/lesson").follow_up
    reply = s.respond("the secret police")  # names another fact of the essay plainly
    assert reply.verdict == "incorrect" and reply.kind == "hint"
    assert reply.follow_up and reply.follow_up != asked  # the ladder moved on a rung


def test_a_thing_named_after_someone_is_asked_with_what() -> None:
    files = scaffold(
        "The Museum\n\nThe Ida Brack memorial museum stands at the end of the pier. Ida Brack "
        "founded it in 1901 and she ran it until 1930.\n"
    )
    knowledge = _drafted(files, "knowledge")
    assert "Who stands at the end of the pier?" not in knowledge
    assert "What stands at the end of the pier?" in knowledge


def test_never_and_other_adverbs_stay_with_the_verb_so_the_question_keeps_its_meaning() -> None:
    from tutor._draft_questions import draft_questions

    asked = draft_questions("Mayor Olsen never paid the fishermen for the lost nets.", True, None)
    assert asked[0] == "Who never paid the fishermen for the lost nets?"  # not "Who paid"
    assert "What did Mayor Olsen do?" in asked  # the title keeps its capital
    assert why_question("Mayor Olsen never paid the fishermen") == (
        "Why did Mayor Olsen never pay the fishermen?"
    )


def test_a_list_item_is_not_asked_who_or_what_of() -> None:
    from tutor._draft_dialogs import dialog_file
    from tutor._scaffold import DraftFact

    item = DraftFact(
        "grievances-looms",
        "The weavers' complaints: looms bought on credit from the mill shop.",
        "looms bought on credit from the mill shop",
        ["What were the weavers' complaints?", "What did the weavers complain of?"],
        ["looms", "credit"],
        None,
        sentence="looms bought on credit from the mill shop",
    )
    drafted = dialog_file("s.json", "grievances", [item]) or ""
    assert 'ask: "What were the weavers\' complaints?"' in drafted  # its own question
    assert "bought on credit from the mill shop?" not in drafted


def test_a_reason_after_but_explains_the_clause_after_but() -> None:
    ask, reason = _why(
        "In 1990 the board planned a dam on the river, but the farmers fought it because "
        "the water would cover their fields."
    )
    assert ask == "Why did the farmers fight it?"
    assert reason == "the water would cover their fields"


def test_a_past_verb_spelled_like_its_present_is_asked_in_the_past() -> None:
    assert why_question("In 1902 the owners cut the wages") == (
        "Why did the owners cut the wages in 1902?"
    )


def test_a_lesson_asks_what_a_thing_is_only_of_a_definition() -> None:
    files = scaffold(
        "Harbour\n\nThe old quay is slowly sinking into the mud.\n\nThe pilot Ansel Grier "
        "guided the barges past the bar for forty years.\n"
    )
    text = _drafted(files, "dialogs")
    assert "What is the old quay?" not in text  # 'is slowly sinking' says no what
    assert 'ask: "Who guided the barges past the bar for forty years?"' in text


def test_a_first_hint_points_at_the_answer_and_never_says_it() -> None:
    """ "it has to do with safe" gave the answer away: the first hint points at the
    answer through what it is about, the blank holds the word the hint never says."""
    from tutor._draft_dialogs import dialog_file
    from tutor._scaffold import DraftFact

    sentence = "Today the pump gives no drinking water, because the water is no longer safe."
    fact = DraftFact(
        "decline-pump",
        sentence,
        sentence,
        ["Why does the pump give no drinking water?"],
        ["pump", "water"],
        None,
        sentence=sentence,
    )
    drafted = dialog_file("s.json", "decline", [fact]) or ""
    assert '- "Think about what the text says about the water."' in drafted
    assert "because the water is no longer ____." in drafted
    hints = [line for line in drafted.splitlines() if line.startswith("          - ")]
    assert len(hints) == 2 and not any("safe" in h for h in hints)
