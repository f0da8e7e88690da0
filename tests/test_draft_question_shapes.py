"""Drafted questions read as a learner or a teacher would ask them: an educator reviewing
a fresh draft, and a learner shown one as a suggestion, see a question, not a sentence
cut in the wrong place ("What did within two do?", "What did Ashby at do?")."""

from __future__ import annotations

import re

import pytest
import yaml

from tutor._draft_questions import cloze, draft_questions
from tutor._scaffold import scaffold

TEXT = """The Kelby Bakery

Within two years the bakery supplied every shop in Kelby. Tilda Marsh at first refused to
sell rye bread. Then the dough is shaped and left to rise. Third, in the cooling room, the
bread rests for an hour so that the crust sets. After the flood she rebuilt the ovens, and
from then on no sack of flour was stored on the floor. Her recipes are kept in the town
museum. Marsh was trained at the Guild School in Harwick, where an old baker named Oskar
Lind taught her to judge an oven by hand. The mill delivered flour every Monday, and the
carter left the sacks at the back door.
"""

# Words no subject a question names ends in, and words of sequence no subject opens with
_ENDS = {"at", "in", "of", "on", "who", "which", "that", "the", "a", "and", "or", "to"}
_OPENS = {"within", "then", "third", "first", "next", "today", "and", "after"}


def _subject(question: str) -> list[str] | None:
    m = re.match(r"What did (.+) do\b", question)
    return m.group(1).split() if m else None


@pytest.mark.parametrize(
    ("sentence", "person", "wanted", "unwanted"),
    [
        (  # a plural noun after a number word is no verb: "two years" opens a phrase
            "Within two years the bakery supplied every shop in Kelby.",
            False,
            "What did the bakery do within two years?",
            "What did within two do?",
        ),
        (  # "at first" goes with the verb, not the subject
            "Tilda Marsh at first refused to sell rye bread.",
            True,
            "Who at first refused to sell rye bread?",
            "What did Tilda Marsh at do?",
        ),
        (  # a word of sequence names nothing: the dough is what is shaped
            "Then the dough is shaped and left to rise.",
            False,
            "What is shaped and left to rise?",
            "What is then the dough?",
        ),
        (  # the aim asked of the step, in plain order, with no "Third,"
            "Third, in the cooling room, the bread rests for an hour so that the crust sets.",
            False,
            "What was the aim when the bread rests for an hour in the cooling room?",
            "What was the aim when Third, in the cooling room, the bread rests for an hour?",
        ),
        (  # a passive is no definition
            "Her recipes are kept in the town museum.",
            False,
            None,
            "What are her recipes?",
        ),
        (  # the question stops where the clause about the old baker begins
            "Marsh was trained at the Guild School in Harwick, where an old baker named "
            "Oskar Lind taught her to judge an oven by hand.",
            True,
            "Who was trained at the Guild School in Harwick?",
            None,
        ),
        (  # and where a second clause with its own subject begins
            "The mill delivered flour every Monday, and the carter left the sacks at the "
            "back door.",
            False,
            "What delivered flour every Monday?",
            "What delivered flour every Monday, and the carter left the sacks at the back door?",
        ),
        (  # a person described after an opening date: the description is the subject's
            "In 1912 the chemist Ada Roe measured the water of the bog at two hundred points.",
            True,
            "What did the chemist Ada Roe do in 1912?",
            "Who measured the water of the bog at two hundred points in 1912 the chemist?",
        ),
        (
            "In 1887 a peat cutter named Tom Rusk struck a row of oak planks in the bog.",
            True,
            "Who struck a row of oak planks in the bog in 1887?",
            "What did Tom Rusk do in 1887 a peat cutter named?",
        ),
        (  # a place named after the opening word, then the subject with its article
            "At Kell Moss the fen stage lasted roughly 3,000 years.",
            False,
            "What lasted roughly 3,000 years at Kell Moss?",
            "What lasted roughly 3,000 years at Kell?",
        ),
        (  # 'family' ends in -ly and is no adverb before the verb
            "In 1887 the Rusk family bought a farm.",
            False,
            "What bought a farm in 1887?",
            "What family bought a farm in 1887?",
        ),
        (  # 'shed' before 'had' is the noun, not the past of 'shed'
            "By then the main drying shed had collapsed.",
            False,
            "What did the main drying shed do by then?",
            "What shed had collapsed by then?",
        ),
        (  # what passed is the control of the brigade, not the brigade
            "In 1938 control of the brigade passed from the town council to the county.",
            False,
            "What passed from the town council to the county in 1938?",
            "What passed from the town council to the county in 1938 control of?",
        ),
        (  # a name with 'of' after the date is whole, and 'finally' goes with the verb
            "In 1919 the Guild of Civil Engineers finally admitted her as a member.",
            True,
            "What did the Guild of Civil Engineers do in 1919?",
            "What did Civil Engineers finally do in 1919 the Guild of?",
        ),
    ],
)
def test_a_sentence_is_asked_about_in_a_question_that_reads(
    sentence: str, person: bool, wanted: str | None, unwanted: str | None
) -> None:
    questions = draft_questions(sentence, person, None)
    if wanted is not None:
        assert wanted in questions
    if unwanted is not None:
        assert unwanted not in questions


def test_an_opening_clause_joined_by_and_is_no_opening_phrase() -> None:
    """'After the flood she rebuilt the ovens, and from then on ...': the first clause is
    the sentence's own, so no question asks what 'and from then on no sack' did."""
    questions = draft_questions(
        "After the flood she rebuilt the ovens, and from then on no sack of flour was "
        "stored on the floor.",
        True,
        None,
    )
    assert not any(q.lower().startswith(("what did and", "who and")) for q in questions)


def test_no_drafted_question_names_a_subject_cut_inside_a_phrase() -> None:
    files = scaffold(TEXT)
    asked = [
        q
        for path, content in files.items()
        if path.startswith("knowledge/") and path.endswith(".yaml")
        for fact in (yaml.safe_load(content) or {}).get("facts", []) or []
        for q in fact.get("questions", [])
    ]
    assert asked
    for question in asked:
        subject = _subject(question)
        if subject is not None:
            assert subject[-1].lower() not in _ENDS, question
            assert subject[0].lower() not in _OPENS, question


@pytest.mark.parametrize(
    ("sentence", "wanted"),
    [
        (
            "Four hundred and six men had gone down the pit at dawn.",
            "How many men had gone down the pit at dawn?",
        ),
        ("Eleven children developed a rash.", "How many children developed a rash?"),
        ("Two years later the mill closed for good.", "What did the mill do two years later?"),
    ],
)
def test_a_counted_subject_is_asked_how_many_and_a_span_is_no_subject(
    sentence: str, wanted: str
) -> None:
    """'hundred' ends like a past verb but counts: the subject is 'four hundred and six
    men', asked 'How many men ...?'; 'Two years later' opens the sentence, it is not the
    mill."""
    assert wanted in draft_questions(sentence, False, None)


def test_a_fill_in_blanks_a_whole_number_never_a_word_of_it() -> None:
    """A lesson's fill-in prompt asks for "Three hundred and twelve", never "Three ____
    and twelve" (a learner cannot tell what one word of a number is wanted)."""
    sentence = "Three hundred and twelve quarrymen stopped work in May 1911."
    assert cloze(sentence, ["hundred", "quarrymen"]) == (
        "____ quarrymen stopped work in May 1911.",
        "Three hundred and twelve",
    )
    assert cloze("The crew of seven and the mate sailed.", ["seven"]) == (
        "The crew of ____ and the mate sailed.",
        "seven",
    )
    # "and" joins a number's words only after a hundred: two numbers stay two
    assert cloze("Between two and three hundred men came.", ["hundred"]) == (
        "Between two and ____ men came.",
        "three hundred",
    )
    assert cloze("She counted one hundred and one casks.", ["hundred"]) == (
        "She counted ____ casks.",
        "one hundred and one",
    )


def test_a_filler_question_lowercases_an_opening_article() -> None:
    # "Is it true that A raised bog is ...?" read as a slip; a name keeps its capital
    files = scaffold("The Moss\n\nA few causes work together.\n")
    text = "".join(v for k, v in files.items() if k.startswith("knowledge/0"))
    assert "Is it true that A few" not in text
    assert "Is it true that a few causes work together?" in text


def test_a_verb_the_parse_misses_before_a_told_clause_drafts_no_subject_question() -> None:
    # "This guide describes how the ironworks began, ...": read as the subject "This guide
    # describes how the ironworks", it drafted "What began, how iron was made?", which a
    # learner's "how was iron made?" was then asked to choose
    from tutor._draft_questions import draft_questions

    for sentence in (
        "This guide explains how the bridge was built, how its cables were spun, and why it "
        "closed in 1931.",
        "This guide describes how the ironworks began, how iron was made, and why the trade "
        "declined.",
    ):
        asked = draft_questions(sentence, False, None)
        own = [q for q in asked if not q.startswith(("Is it true", "What does it mean"))]
        assert not own, own


def test_a_participle_describing_the_subject_before_was_and_a_comparative() -> None:
    # "Peat cut on the high moor was cheaper ...": the verb is "was" (what the peat was
    # like), not "cut"; read as the verb, it drafted "What cut on the high moor was
    # cheaper ...?", and "What was the peat?" of a comparative asked what it never says
    from tutor._draft_questions import draft_questions

    asked = draft_questions(
        "Peat dug on the high moor was cheaper to burn than coal from the valley.", False, None
    )
    assert asked[0] == "What was cheaper to burn than coal from the valley?", asked
    asked = draft_questions("The new lamp was brighter than any candle.", False, None)
    assert "What was the new lamp?" not in asked, asked


def test_a_clause_set_inside_the_subject_drafts_no_question_of_its_own() -> None:
    # "Harlow cloth, which was dyed with woad and madder, sold well": the clause after
    # "which" runs on into the main verb; asked alone it drafted "What was dyed with
    # woad and madder, sold well in the south?"
    from tutor._draft_questions import clause_questions

    asked = clause_questions(
        "Harlow cloth, which was dyed with woad, madder and weld, sold well in the south.", False
    )
    assert not any("sold well" in q for q in asked), asked


def test_a_linking_word_set_off_by_commas_is_not_asked_back() -> None:
    # "however" says how the text goes on, as "then" does: the question asks the clause
    asked = draft_questions(
        "In the spring of 1902, however, fog kept the Marten at its pier for nine days.",
        False,
        None,
    )
    assert "What did fog do in the spring of 1902?" in asked
    assert not [q for q in asked if "however" in q.lower()]
