"""On a fresh draft, "who is X?" and "what is X?" answer with the sentence that says what
X is (its rank, an apposition, "a ... named X", "X, the firm that ..."), not with a later
sentence that merely names X, and never claim the text does not say what X is."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

TEXT = """The Orchard at Pell Cross

The orchard at Pell Cross was planted in 1921 by the parish. By 1980 its trees were old
and few apples were picked. In 1983 the parish sold the lower field to a timber firm,
Ashcombe Forestry. The sale was arranged by a retired surveyor named Walter Quill, who
kept the parish maps. The felling began in the first winter, when forty trees were cut.
The parish's lawyer, Simon Tarrant, argued that the firm had cut trees it had not bought.
The dispute went to the county office, where Inspector Nell Garrow was asked to count the
stumps. The local paper, the Pell Gazette, printed her count in 1984.

Later years

Quill planted twenty new trees in 1986. Garrow, who retired in 1995, praised the new trees
in a letter. Tarrant, who lived beside the orchard, helped with the picking every autumn.
The Pell Gazette still prints the size of each harvest. Ashcombe Forestry paid for a new
fence in 1990.
"""


@pytest.fixture(scope="module")
def drafted(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TEXT)


@pytest.mark.parametrize(
    ("line", "says"),
    [
        ("who is walter quill?", "retired surveyor"),
        ("who was Nell Garrow", "Inspector"),
        ("who is garrow", "Inspector"),
        ("who is simon tarrant?", "lawyer"),
        ("what is the pell gazette?", "local paper"),
        ("what is ashcombe forestry", "timber firm"),
    ],
)
def test_who_is_answers_with_the_sentence_saying_what_they_are(
    drafted: tutor.Tutor, line: str, says: str
) -> None:
    reply = drafted.session().respond(line)
    assert reply.kind == "answer", reply.text
    assert says in reply.text


HERBARIUM = """The Herbarium

In 1931 Edith Marr came to the city to study plants at the college. There she met
Professor Leon Strand, who taught botany. The professor read her notes and asked her to
draw the specimens of his collection. Her drawings were printed in a book in 1936.
Strand praised the book in a letter to the college.
"""


def test_he_and_her_in_one_line_are_two_people(draft_text: Callable[[str], tutor.Tutor]) -> None:
    """ "what did he ask her to do?" after "who was Leon Strand?": he is Strand and she
    the other person the answer named, so the sentence telling of both answers."""
    session = draft_text(HERBARIUM).session()
    session.respond("who was Leon Strand?")
    reply = session.respond("what did he let her do?")
    assert "draw" in reply.text, reply.text


def test_a_rank_before_a_name_is_part_of_the_name(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """ "professor Strand" is Strand, as the text calls him once: the rank is no word a
    later sentence naming him alone must hold."""
    drafted = draft_text(HERBARIUM)
    engine = drafted._engine
    terms = engine.analyzer.analyze("what did professor strand praise?").terms
    assert terms == engine.analyzer.analyze("what did strand praise?").terms
    assert "the book" in drafted.session().respond("what did professor strand praise?").text


CLINIC = """The Fenwick Clinic

The Fenwick Clinic opened in 1921. It was founded by Dr. Alma Pryce. She had trained in
Edinburgh, and her teacher there was Professor Edwin Hale. Dr. Pryce ran the clinic for
twenty years. Hale visited the clinic in 1925. The clinic treated miners from the
pits, because the company doctor refused to see them.
"""


@pytest.mark.parametrize(
    "line", ["who was doctor pryce?", "who was Dr Pryce?", "who was mrs pryce"]
)
def test_a_form_of_address_spelt_out_is_part_of_the_name(
    draft_text: Callable[[str], tutor.Tutor], line: str
) -> None:
    """ "doctor Pryce" is Dr. Pryce, as the text writes her, not a question of "the company
    doctor" the text names in her paragraph: asked with it or without, the same reply."""
    drafted = draft_text(CLINIC)
    reply = drafted.session().respond(line)
    assert "company doctor" not in reply.text
    assert reply.text == drafted.session().respond("who was pryce?").text


@pytest.mark.parametrize("line", ["who was her teacher?", "who was Pryce's teacher?"])
def test_an_owners_role_word_names_whom_the_text_says_it_of(
    draft_text: Callable[[str], tutor.Tutor], line: str
) -> None:
    """ "and her teacher there was Professor Edwin Hale": "who was her teacher?" asks for
    Hale, as "who was her son?" asks for the son, though learners drop "teacher" as
    filler; so does "Pryce's teacher"."""
    session = draft_text(CLINIC).session()
    session.respond("who founded the clinic?")
    reply = session.respond(line)
    assert "Edwin Hale" in reply.text, reply.text


def test_a_role_said_as_someones_is_no_word_of_every_sentence_naming_them(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """ "her teacher there was Professor Edwin Hale" says whose teacher he was: a later
    sentence naming Hale is not drafted as holding "teacher" (it would answer "who was
    her teacher?" as well as the sentence that says so)."""
    facts = draft_text(CLINIC).pack.facts
    visit = next(f for f in facts if "visited" in f.answer)
    assert "teacher" not in visit.keywords, visit.keywords


def test_a_plural_kin_word_names_no_one_person(draft_text: Callable[[str], tutor.Tutor]) -> None:
    """ "who were Samuel's sons?" asks for the sons the text lists, not the one person the
    text calls someone's son ("Arthur's son, Walter Penrose")."""
    drafted = draft_text(
        "The Firm\n\nThe firm of Samuel Penrose made ropes in Hull. Penrose's sons, Arthur"
        " and George, joined him in 1870. Arthur wanted new machines, and he argued with his"
        " brother for a year. In 1901 Arthur's son, Walter Penrose, took over the workshop"
        " and cut the wages.\n"
    )
    reply = drafted.session().respond("who were samuel's sons?")
    assert "Arthur and George" in reply.text, reply.text


PETITION = """The Petition

In 1921 the islanders of Skarra sent a petition asking for a telephone line. Their member
of parliament, Sir Colin Grant, read the petition in the House of Commons. The decision
fell to three men: Governor Dahl, the mayor of Port Skarra, Jonas Fredheim, and the
harbour master. The line was laid in 1923.
"""


def test_a_description_of_something_sets_off_the_name_after_it(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """ "Their member of parliament, Sir Colin Grant,": what he was, though "of" stands
    inside; "Governor Dahl, the mayor of Port Skarra, Jonas Fredheim": the mayor is
    Fredheim, whose name the description sets off, not Dahl before it."""
    drafted = draft_text(PETITION)
    reply = drafted.session().respond("who was colin grant?")
    assert reply.kind == "answer", reply.text
    assert "member of parliament" in reply.text
    analyzer = drafted._engine.analyzer
    assert analyzer.analyze("what did the mayor decide?").entities == ("jonas_fredheim",)


MEADOW = """The Meadow at Coldbrook

In 1990 the Coldbrook Wildlife Trust, a charity that buys land for birds, bought the
meadow beside the river. The trust planted three hundred willows along the bank. Farmers
upstream stopped spraying the fields near the water in 1994.
"""


def test_a_thing_named_by_its_head_noun_is_also_what_the_text_calls_it(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """ "the charity" is the Coldbrook Wildlife Trust, so a sentence calling it "the
    trust" answers what the charity did."""
    reply = draft_text(MEADOW).session().respond("what did the charity plant?")
    assert "willows" in reply.text, reply.text


def test_named_after_someone_is_no_naming() -> None:
    """ "a new hall, the Ada Rowe, named after his aunt" names the hall, not the aunt:
    "who was his aunt?" is not what this sentence defines."""
    from tutor._defines import defined_spans

    spans = defined_spans("They built a new hall, the Ada Rowe, named after his aunt.")
    assert not any("aunt" in span for span in spans)
    assert "lade" in defined_spans("They dug its own channel, called a lade.")


HARBOUR = """The Harbour Trust

Saving the Crossing

In 1990 the trust bought the old ferry, the Saint Columba, for one pound and kept the
crossing running.

Later

The Saint Columba was replaced in 2005 by a larger boat.
"""


def test_a_rank_says_what_a_name_is_where_it_first_names_it(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """ "the old ferry, the Saint Columba" says what it is; "The Saint Columba was
    replaced" only names it again (its "Saint" no rank worth telling twice), so "what is
    the Saint Columba?" is no question of which is meant."""
    reply = draft_text(HARBOUR).session().respond("what is the saint columba?")
    assert reply.kind == "answer" and "old ferry" in reply.text, reply.text
