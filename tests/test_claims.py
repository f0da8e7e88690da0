"""Checking a learner's claims: wrong ones corrected with the right fact, right ones confirmed.

Mostly on the test pack (a town's charter), to show that nothing in the checker knows the
essay; a few on the default pack.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import tutor

PACK = Path(__file__).parent / "pack"


@pytest.fixture(scope="module")
def town() -> tutor.Tutor:
    return tutor.Tutor.from_path(PACK)


def reply(t: tutor.Tutor, text: str) -> tutor.Reply:
    return t.session(seed=0).respond(text)


@pytest.mark.parametrize(
    ("claim", "right_fact"),
    [
        ("Vell died in Greymouth", "Lantern Isle"),  # a wrong place
        ("The king granted the charter in 1820", "1822"),  # a wrong year
        ("Vell became mayor in 1815, didn't he?", "Brand became the first mayor"),  # person
        ("The guild sided with Vell, right?", "feared"),  # a relation turned round
        ("Vell lowered his fees", "refused"),  # a plain statement the text denies
        ("The pamphlets called Vell loyal to the town", "disloyal"),  # an affix denies it
        ("Tallow got its charter by luck", "not luck"),  # "not" in the text
        ("so Brand became mayor after the king granted the charter?", "1815"),  # order
    ],
)
def test_a_wrong_claim_is_corrected_with_the_right_fact(
    town: tutor.Tutor, claim: str, right_fact: str
) -> None:
    got = reply(town, claim)
    assert got.kind == "correction"
    assert right_fact in got.text


@pytest.mark.parametrize(
    ("claim", "fact"),
    [
        ("The king granted the charter in 1822, right?", "1822"),
        ("Vell left for Lantern Isle", "Lantern Isle"),
        ("so the guild feared Vell's fleet?", "fleet"),
        ("Brand became mayor before the king granted the charter", "1815"),
        ("Vell refused to lower his fees", "refused"),
    ],
)
def test_a_right_claim_is_confirmed(town: tutor.Tutor, claim: str, fact: str) -> None:
    got = reply(town, claim)
    assert got.kind == "answer"
    assert fact in got.text


def test_a_wrong_idea_the_scripts_name_gets_their_correction(town: tutor.Tutor) -> None:
    got = reply(town, "I think Vell wanted to be mayor")
    assert got.kind == "correction"
    assert "stay under Greymouth's rule" in got.text


def test_a_question_is_answered_not_checked(town: tutor.Tutor) -> None:
    assert reply(town, "Did Vell lower his fees?").kind != "correction"


def test_a_claim_the_text_does_not_cover_is_not_corrected(town: tutor.Tutor) -> None:
    assert reply(town, "Vell owned a red horse called Thunder").kind not in ("correction", "answer")


def test_claims_about_the_essay() -> None:
    t = tutor.Tutor()
    assert "1929" in reply(t, "Trotsky was exiled from the Soviet Union in 1928").text
    assert "Mercader" in reply(t, "Trotsky was killed by Stalin himself, right?").text
    confirmed = reply(t, "Stalin became General Secretary in 1922")
    assert confirmed.kind == "answer" and "1922" in confirmed.text


def test_a_claim_while_a_question_waits_is_checked_and_the_question_resumes(
    town: tutor.Tutor,
) -> None:
    session = town.session(seed=0)
    asked = session.respond("/lesson").follow_up
    got = session.respond("The king granted the charter in 1820, right?")
    assert got.kind == "correction" and got.verdict is None
    assert got.follow_up is not None and got.follow_up.endswith(str(asked))


def test_a_claim_against_a_decade_is_checked_in_the_essay() -> None:
    """Facts dated by a decade ('late 1920s') take part in before/after checks."""
    got = tutor.Tutor().ask("the show trials were held after the assassination in Mexico")
    assert got.kind == "correction"
    assert "late 1920s" in got.text


@pytest.mark.parametrize(
    "claim", ["Trotsky was exiled to Siberia and died there.", "Trotsky fled to Spain."]
)
def test_a_place_no_fact_holds_is_corrected_with_where_he_went(claim: str) -> None:
    """'Siberia' is known to a dialog script as a wrong answer, but no fact holds it;
    'exiled to X' is read against 'in exile in Y', the same role."""
    got = tutor.Tutor().ask(claim)
    assert got.kind == "correction"
    assert "Turkey" in got.text


def test_going_to_a_place_the_text_says_he_lived_in_is_confirmed() -> None:
    got = tutor.Tutor().ask("Trotsky was exiled to Mexico")
    assert got.kind == "answer" and "Mexico" in got.text


def test_a_claim_naming_the_wrong_person_for_an_event_is_corrected() -> None:
    """The exile of 1929 was Trotsky's: the year is right, the person is not."""
    t = tutor.Tutor()
    wrong = t.ask("Stalin was exiled in 1929")
    assert wrong.kind == "correction" and "exile of Trotsky" in wrong.text
    right = t.ask("Stalin exiled Trotsky in 1929")
    assert right.kind == "answer" and "1929" in right.text


def test_a_fact_that_says_after_b_must_also_say_a_to_confirm_an_order() -> None:
    """'After Lenin died, a power struggle emerged' says nothing of the post Stalin held
    since 1922, so the claim is checked against the years and corrected."""
    got = tutor.Tutor().ask("Stalin got the General Secretary job only after Lenin's death")
    assert got.kind == "correction" and "1922" in got.text


def test_a_claim_denied_as_a_whole_is_judged_turned_round(default_tutor: tutor.Tutor) -> None:
    """ "It is false that X" says the opposite of X: it is corrected when X is true and
    confirmed when X is false, never confirmed for X's sake."""
    reply = default_tutor.session(seed=0).respond("It is false that Lenin died in 1924")
    assert reply.kind == "correction" and "1924" in reply.text
    reply = default_tutor.session(seed=0).respond(
        "it's not true that Trotsky was General Secretary"
    )
    assert reply.kind == "answer" and reply.text.startswith("Correct")


def test_a_relation_is_judged_by_the_best_fact_that_tells_it(default_tutor: tutor.Tutor) -> None:
    """Stalin first sided with Zinoviev and Kamenev and later pushed them aside: the claim
    that he allied with them is confirmed by the fact that tells the alliance, not
    corrected by the later one."""
    reply = default_tutor.session(seed=0).respond("Stalin teamed up with Zinoviev and Kamenev")
    assert reply.kind == "answer" and reply.text.startswith("Correct")


def test_a_wish_is_confirmed_only_by_a_fact_that_tells_one(default_tutor: tutor.Tutor) -> None:
    """Lenin's testament suggested Stalin be removed; a fact that later generations saw
    Stalin as Lenin's successor tells no wish of Lenin's, so "Lenin hoped Stalin would be
    his successor" is never told "Correct.", while "Lenin wanted Stalin removed" is."""
    for claim in ("Lenin hoped Stalin would be his successor", "Lenin chose Stalin to succeed him"):
        reply = default_tutor.session(seed=0).respond(claim)
        assert not reply.text.startswith("Correct"), claim
    reply = default_tutor.session(seed=0).respond("Lenin wanted Stalin removed from his post")
    assert reply.text.startswith("Correct") and "testament" in reply.text


@pytest.mark.parametrize(
    ("claim", "reason"),
    [
        ("The guild feared Vell because he was poor", "growing fleet"),
        ("Vell lost the farmers' support because he was rude to them", "refused"),
    ],
)
def test_a_reason_the_text_does_not_give_is_corrected_with_its_own(
    town: tutor.Tutor, claim: str, reason: str
) -> None:
    """ "A because B" shares A's words with a fact; B must be told too, or it is no fact."""
    got = reply(town, claim)
    assert got.kind == "correction"
    assert reason in got.text


@pytest.mark.parametrize(
    ("claim", "reason"),
    [
        (
            "Stalin got the better of Trotsky because his arguments were cleverer",
            "political strategy",
        ),
        ("Trotsky missed the funeral because he was in prison", "illness"),
    ],
)
def test_a_reason_the_essay_does_not_give_is_corrected_with_its_own(
    default_tutor: tutor.Tutor, claim: str, reason: str
) -> None:
    """Stalin won by strategy and the party machine, not by better ideas; the essay says
    so, and it is what the learner hears instead of "Correct."."""
    got = reply(default_tutor, claim)
    assert got.kind == "correction"
    assert reason in got.text


@pytest.mark.parametrize(
    ("claim", "fact"),
    [
        ("Stalin defeated Trotsky because he controlled the party apparatus", "party apparatus"),
        ("Stalin beat Trotsky thanks to his alliances", "calculated alliances"),
        ("Because of his disdain for the bureaucracy, Trotsky lost support", "disdain"),
    ],
)
def test_a_reason_the_essay_gives_is_confirmed(
    default_tutor: tutor.Tutor, claim: str, fact: str
) -> None:
    """A right reason is confirmed, and its event is not judged without it (the first
    claim was corrected for naming Trotsky, whom the fact about the apparatus does not)."""
    got = reply(default_tutor, claim)
    assert got.kind == "answer" and got.text.startswith("Correct")
    assert fact in got.text


def test_calling_someone_what_the_text_does_not_is_corrected_with_what_it_does(
    town: tutor.Tutor, default_tutor: tutor.Tutor
) -> None:
    """ "X was a Y" is checked against what the text calls X, in apposition ("Oskar
    Vell, a wealthy shipowner from Greymouth"); a Y with another head word is wrong."""
    got = reply(town, "Vell was a poor fisherman")
    assert got.kind == "correction" and "wealthy shipowner" in got.text
    got = reply(default_tutor, "Ramón Mercader was a Mexican soldier")
    assert got.kind == "correction" and "NKVD agent" in got.text


def test_a_phrase_after_what_someone_is_called_is_not_part_of_it(
    default_tutor: tutor.Tutor,
) -> None:
    """ "a Menshevik his whole life": what the learner calls Trotsky is "a Menshevik";
    read with "whole life" in it, no fact called him that, and the essay's opening line
    ("How Stalin outmaneuvered Trotsky is a fascinating study") was given as the correction."""
    for claim in (
        "Trotsky was a Menshevik his whole life",
        "Ramón Mercader was an agent all along",
    ):
        got = reply(default_tutor, claim)
        assert "fascinating study" not in got.text, claim
    got = reply(default_tutor, "Trotsky was a Menshevik his whole life")
    assert "Menshevik past" in got.text
    got = reply(default_tutor, "Ramón Mercader was a Mexican soldier all his life")
    assert got.kind == "correction" and "NKVD agent" in got.text


def test_a_source_fragment_does_not_confirm_a_claim_that_turns_the_event_round(
    default_tutor: tutor.Tutor,
) -> None:
    """The source "Trotsky erased from official photographs" (a passive without "was")
    was read as Trotsky erasing, and confirmed "trotsky erased stalin from photos"."""
    got = reply(default_tutor, "trotsky erased stalin from photos")
    assert got.kind == "correction" and "Trotsky was erased" in got.text
    assert reply(default_tutor, "trotsky was erased from photos").text.startswith("Correct")


def test_calling_someone_what_the_text_does_is_confirmed(
    town: tutor.Tutor, default_tutor: tutor.Tutor
) -> None:
    for t, claim in (
        (town, "Edda Brand was a miller's daughter"),
        (default_tutor, "Trotsky was a charismatic revolutionary"),
    ):
        got = reply(t, claim)
        assert got.kind == "answer" and got.text.startswith("Correct"), claim


@pytest.mark.parametrize(
    "claim",
    [
        "Mercader killed Trotsky with a rifle",  # was told "Correct."
        "Mercader murdered Trotsky with a hammer",  # was told "Correct."
        "Trotsky was poisoned in Mexico",  # a verb that names its means
    ],
)
def test_a_means_the_essay_does_not_give_is_corrected_with_its_own(
    default_tutor: tutor.Tutor, claim: str
) -> None:
    """The right killer and victim do not make the weapon right: the essay says how."""
    got = reply(default_tutor, claim)
    assert got.kind == "correction"
    assert "ice axe" in got.text


@pytest.mark.parametrize(
    "claim",
    ["Mercader killed Trotsky with an ice axe", "Stalin aligned with Zinoviev and Kamenev"],
)
def test_a_means_the_essay_gives_or_a_partner_is_confirmed(
    default_tutor: tutor.Tutor, claim: str
) -> None:
    """ "with" a thing is a means; "with" people names partners, as before."""
    got = reply(default_tutor, claim)
    assert got.kind == "answer" and got.text.startswith("Correct")


@pytest.mark.parametrize(
    ("claim", "right"),
    [
        ("Stalin buried Lenin's testament", True),
        ("Stalin's allies concealed the testament Lenin wrote", True),
        ("Stalin did not hide Lenin's testament", False),
    ],
)
def test_a_denial_elsewhere_in_a_fact_does_not_turn_its_relation_round(
    default_tutor: tutor.Tutor, claim: str, right: bool
) -> None:
    """ "Stalin ... suppressed Lenin's testament ..., preventing it from damaging his
    reputation": "preventing" denies the damage, not the suppressing, so hiding the
    testament is what the fact says; a claim's own "not" before its verb still denies."""
    got = reply(default_tutor, claim)
    assert got.kind == ("answer" if right else "correction")
    assert got.text.startswith("Correct") == right


def test_who_did_what_turned_round_in_the_same_words_is_corrected(town: tutor.Tutor) -> None:
    """The fact's guild fears Vell; a claim that Vell feared the guild has the same verb
    with the doer and the one feared changed over (it was told "Correct.")."""
    got = reply(town, "Vell feared the Millers' Guild")
    assert got.kind == "correction" and "feared Vell's growing fleet" in got.text
    got = reply(town, "The Millers' Guild feared Vell")
    assert got.kind == "answer" and got.text.startswith("Correct")


@pytest.mark.parametrize(
    ("claim", "right"),
    [
        ("Stalin used Lenin's memory to legitimize his rise", True),  # was corrected
        ("Lenin used Stalin's memory to legitimize his rise", False),  # was "Correct."
    ],
)
def test_an_owner_is_not_the_doer_of_the_verb_after_it(
    default_tutor: tutor.Tutor, claim: str, right: bool
) -> None:
    """ "Lenin's memory to legitimize": Lenin owns the memory; the doer is the subject."""
    got = reply(default_tutor, claim)
    assert got.kind == ("answer" if right else "correction")
    assert got.text.startswith("Correct") == right


@pytest.mark.parametrize(
    ("claim", "kind", "says"),
    [
        ("Mercader was a bodyguard who protected Trotsky", "correction", "NKVD agent"),
        ("Kamenev was the man who killed Trotsky", "correction", "Mercader"),
        ("Zinoviev and Kamenev were senior Bolsheviks who feared Trotsky", "answer", "Correct."),
        ("Ramón Mercader was merely some local thief", "correction", "NKVD agent"),
    ],
)
def test_a_claim_with_a_relative_clause_is_checked_not_asked(
    default_tutor: tutor.Tutor, claim: str, kind: str, says: str
) -> None:
    """ "who" after the verb starts a relative clause, not a question; each of these fell
    back to "I don't know" or was answered without a verdict."""
    got = reply(default_tutor, claim)
    assert got.kind == kind and says in got.text


def test_how_an_event_was_done_is_asked_of_the_event_not_of_its_doer_or_its_people(
    default_tutor: tutor.Tutor,
) -> None:
    """ "stabbed by a GPU officer" asks how Trotsky was killed (the essay says: with an ice
    axe; it fell back), while "he packed the party with loyal supporters" is no killing
    and no fact tells any packing: it is not corrected with how the Troika smeared
    Trotsky, a fact that shares only "party"."""
    got = reply(default_tutor, "Trotsky was stabbed by a GPU officer")
    assert got.kind == "correction" and "ice axe" in got.text
    assert reply(default_tutor, "he packed the party with loyal supporters").kind != "correction"


def test_a_true_claim_is_confirmed_when_the_facts_words_bind_its_event_to_another(
    default_tutor: tutor.Tutor,
) -> None:
    # "Stalin and his allies suppressed Lenin's testament": Lenin stands beside the verb,
    # Stalin does it; the fact's own frame says so
    for line in ("stalin suppressed the testament, right?", "stalin rewrote history, right?"):
        reply = default_tutor.session(seed=1).respond(line)
        assert reply.kind == "answer" and not reply.text.startswith("Actually"), reply.text
    reply = default_tutor.session(seed=1).respond("lenin suppressed the testament")
    assert reply.kind == "correction"  # Lenin's is only the testament


def test_a_description_the_text_gives_another_is_corrected_with_what_it_calls_him() -> None:
    # two statements, each swapping what the essay calls the two rivals: both are
    # corrected as swapped, with the facts giving the orator to Trotsky and the
    # bureaucratic side to Stalin (`_claim_pairs`)
    got = tutor.Tutor().ask("Stalin was the gifted orator, Trotsky was the plodding bureaucrat")
    assert got.kind == "correction"
    assert "orator" in got.text and "Stalin's mastery of bureaucratic power" in got.text
    assert "other way round" in got.text or "swapped" in got.text
