"""Questions the essay answers only nearly, or not at all: the tutor says so honestly,
and, where it tells of the person or the event, what it does say instead.

Our own wordings, written from what the essay leaves out, not from any case file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

import tutor

PACK = Path(__file__).parent / "pack"

# The essay names the person or the event, not what is asked: the reply says what it
# does tell nearby.
NEAR = [
    "What illness did Lenin die of?",
    "What was Lenin's illness?",
    "How long was Trotsky in exile in Turkey?",
    "How long did Trotsky live in France?",
    "How many years was Stalin General Secretary?",
    "What happened to Mercader after the assassination?",
    "What happened to Ramón Mercader?",
    "How many people died in the purges?",
    "How long did the 13th Party Congress last?",
    "How long did Stalin rule?",
    "How long did the alliance with Bukharin last?",
    "How long did Zinoviev and Kamenev stay allied with Stalin?",
    "How long was Stalin General Secretary for?",
    "How many people were at Lenin's funeral?",
    "How long did Trotsky live in Mexico?",
    "How many books did Trotsky write?",
    "Which museum has Trotsky's ice axe?",
]
# Further from anything the essay tells: an honest "I don't know".
UNTOLD = [
    "How long did the troika last?",
    "Which doctors treated Lenin?",
    "How long was Mercader in prison?",
    "Where was Stalin born?",
    "When was Trotsky born?",
    "What was Trotsky's wife called?",
    "How many children did Trotsky have?",
    "Who succeeded Stalin after he died?",
    "What did Stalin die of?",
    "How old was Trotsky when he was killed?",
    "How many votes did Stalin get at the Party Congress?",
    "What prize did Trotsky win?",
    "Which hospital did Lenin die in?",
    "What did Trotsky's testament say?",
    "What religion was Stalin raised in?",
    "What was Stalin's favourite food?",
    "Who was Trotsky's bodyguard?",
    "How tall was Stalin?",
    "What prison was Mercader sent to?",
    "What did Kamenev die of?",
    "What year was Bukharin born?",
    "How many delegates were at the 13th Party Congress?",
]


@pytest.mark.parametrize("question", NEAR)
def test_near_miss_says_what_the_text_does_say(default_tutor: tutor.Tutor, question: str) -> None:
    reply = default_tutor.session(seed=1).respond(question)
    assert reply.kind == "fallback", reply.text
    assert "nearby:" in reply.text
    fact = default_tutor.pack.fact(reply.fact_ids[0])
    assert reply.text.endswith(fact.answer)  # what it says is a fact, word for word


@pytest.mark.parametrize("question", UNTOLD)
def test_untold_is_not_answered(default_tutor: tutor.Tutor, question: str) -> None:
    reply = default_tutor.session(seed=1).respond(question)
    assert reply.kind == "fallback", reply.text


def test_the_gap_is_named_in_the_learners_words(default_tutor: tutor.Tutor) -> None:
    ask = default_tutor.session(seed=1).respond
    assert ask("What illness did Lenin die of?").text.startswith(
        "The essay doesn't say which illness."
    )
    assert ask("How long was Trotsky in exile in Turkey?").text.startswith(
        "The essay doesn't say how long."
    )
    assert "what happened to Mercader" in ask("What happened to Mercader?").text


def test_no_fact_is_turned_away_by_its_own_questions(default_tutor: tutor.Tutor) -> None:
    """Every question variant the pack writes for a fact gets an answer, not a near miss:
    the checks must not refuse what the text plainly says."""
    refused = [
        question
        for fact in default_tutor.pack.facts
        for question in fact.questions
        if "doesn't say" in default_tutor.session(seed=1).respond(question).text
    ]
    assert refused == []


def test_what_the_text_does_tell_is_still_answered(default_tutor: tutor.Tutor) -> None:
    """The checks do not turn away questions the essay answers."""
    ask = default_tutor.session(seed=1).respond
    for question, word in [
        ("What kept Trotsky from Lenin's funeral?", "illness"),
        ("How many advantages did the General Secretary role give Stalin?", "four"),
        ("What happened to Trotsky after he was expelled?", "exile"),
        ("What position did Stalin hold from 1922?", "General Secretary"),
        ("Who killed Trotsky?", "Mercader"),
    ]:
        reply = ask(question)
        assert reply.kind == "answer", (question, reply.text)
        assert word.lower() in reply.text.lower()


def test_what_came_after_is_the_next_event_told() -> None:
    """ "What happened to X after ...?" gets the next event told of X, not the event itself."""
    ask = tutor.Tutor.from_path(PACK).session(seed=1).respond
    reply = ask("What happened to Vell after he left Tallow?")
    assert reply.kind == "answer"
    assert "Lantern Isle" in reply.text
    reply = ask("How long did Vell live on Lantern Isle?")
    assert reply.kind == "fallback"
    assert "doesn't say how long" in reply.text


def test_a_thing_of_a_kind_the_text_never_names() -> None:
    ask = tutor.Tutor.from_path(PACK).session(seed=1).respond
    reply = ask("What illness did Vell die of?")
    assert reply.kind == "fallback"
    assert "Lantern Isle" in reply.text  # what the text does say of his death


# --- the conversation: what a follow-up leans on -------------------------------------


def _last(default_tutor: tutor.Tutor, *lines: str) -> tutor.Reply:
    session = default_tutor.session(seed=1)
    replies = [session.respond(line) for line in lines]
    return replies[-1]


def test_what_about_asks_the_last_question_of_someone_else(default_tutor: tutor.Tutor) -> None:
    reply = _last(default_tutor, "When did Lenin die?", "what about Trotsky?")
    assert "1940" in reply.text
    reply = _last(default_tutor, "Who killed Trotsky?", "what about Lenin?")
    assert "1924" in reply.text


def test_him_after_who_was_is_that_person(default_tutor: tutor.Tutor) -> None:
    reply = _last(default_tutor, "Who was Bukharin?", "what happened to him?")
    assert "moved against Bukharin" in reply.text
    reply = _last(default_tutor, "Who killed Trotsky?", "was he an agent of the NKVD?")
    assert "Mercader" in reply.text  # "he" is the one the answer named


def test_later_with_a_question_mark_is_not_goodbye(default_tutor: tutor.Tutor) -> None:
    assert _last(default_tutor, "Who did Stalin ally with first?", "and later?").kind == "answer"
    assert _last(default_tutor, "later").kind == "smalltalk"


def test_a_count_is_given_by_a_list_not_by_names_scattered_in_a_sentence(
    default_tutor: tutor.Tutor,
) -> None:
    listed = default_tutor.session(seed=1).respond("How many countries did Trotsky live in?")
    assert listed.kind == "answer" and "Norway" in listed.text
    # the list of Trotsky's errors names three people, which is not a count of anyone
    scattered = default_tutor.session(seed=1).respond("How many people went to Lenin's funeral?")
    assert scattered.kind == "fallback"


def test_someone_the_text_never_names_is_said_to_be_missing(default_tutor: tutor.Tutor) -> None:
    reply = default_tutor.session(seed=1).respond(
        "What did Lenin's wife Krupskaya think of Stalin?"
    )
    assert reply.kind == "fallback"
    assert "doesn't say anything about Krupskaya" in reply.text
    # a misspelt word the pack knows is not a stranger
    typo = default_tutor.session(seed=1).respond("when was trotksy exiled from the sovet union")
    assert typo.kind == "answer" and "1929" in typo.text


def test_where_and_when_the_text_never_gives_are_near_misses(default_tutor: tutor.Tutor) -> None:
    for question, gap in (
        ("Where did Stalin and Bukharin form their alliance?", "where"),
        ("When was the Fourth International set up?", "when"),
    ):
        reply = default_tutor.session(seed=1).respond(question)
        assert reply.kind == "fallback" and f"doesn't say {gap}" in reply.text, question
    # a place inside one the question names: the others of a list are no answer, and a
    # fact whose only place the question names itself cannot say where in it
    for question, gap in (
        ("In which town in Norway did Trotsky stay?", "which town"),
        ("on which island in Turkey did Trotsky stay", "which island"),
        ("where in France did trotsky live", "where"),
        ("In what city was the 13th Party Congress held?", "which city"),
    ):
        reply = default_tutor.session(seed=1).respond(question)
        assert reply.kind == "fallback" and f"doesn't say {gap}" in reply.text, question
    reply = default_tutor.session(seed=1).respond("Which countries was Trotsky exiled to?")
    assert reply.kind == "answer" and "Norway" in reply.text
    # what the pack asks of a fact it answers, in whatever words ("within the leadership")
    reply = default_tutor.session(seed=1).respond("Where did Stalin find loyal supporters?")
    assert reply.kind == "answer"
    # a "when" inside a yes-or-no question asks no date
    reply = default_tutor.session(seed=1).respond("Was Trotsky ill when Lenin was buried?")
    assert "doesn't say when" not in reply.text


def test_a_person_the_fact_never_tells_of_is_named_as_the_gap(default_tutor: tutor.Tutor) -> None:
    reply = default_tutor.session(seed=1).respond("What did Lenin's testament say about Trotsky?")
    assert reply.kind == "fallback" and "doesn't say that about Trotsky" in reply.text
    reply = default_tutor.session(seed=1).respond("What did Stalin do to Zinoviev and Kamenev?")
    assert reply.kind == "answer"


def test_a_death_the_text_tells_only_of_others_is_not_answered(default_tutor: tutor.Tutor) -> None:
    """The essay tells how Lenin and Trotsky died, never how Bukharin or Kamenev did: a
    fact naming them is no answer to how they died, and "him dead" after a name is not
    the named one's death."""
    for question in ("How did Bukharin die?", "when did kamenev and zinoviev die"):
        reply = default_tutor.session(seed=1).respond(question)
        assert reply.kind == "fallback", question
    assert "assassinated" in default_tutor.session(seed=1).respond("How did Trotsky die?").text
    session = default_tutor.session(seed=1)
    session.respond("Who murdered Trotsky?")
    assert session.respond("why did Stalin want him dead?").kind == "answer"


def test_a_death_asked_of_whom_they_stand_for_is_untold_when_theirs_is(
    default_tutor: tutor.Tutor,
) -> None:
    """ "when did they die?" after Zinoviev and Kamenev: the text never says, though it
    tells of other deaths; "he" after "who killed Trotsky?" may be Trotsky, whose it tells."""
    session = default_tutor.session(seed=1)
    session.respond("Who were Zinoviev and Kamenev?")
    assert session.respond("when did they die?").kind == "fallback"
    session = default_tutor.session(seed=1)
    session.respond("Who was Bukharin?")
    assert session.respond("how did he die?").kind == "fallback"
    session = default_tutor.session(seed=1)
    session.respond("who murdered Trotsky?")
    assert "1940" in session.respond("when did he die?").text


def test_what_happened_to_him_is_asked_of_whom_he_stands_for(default_tutor: tutor.Tutor) -> None:
    """The text names Mercader only as the killer: "what happened to him?" after him is
    as untold as "what happened to Mercader?"."""
    session = default_tutor.session(seed=1)
    session.respond("Who was Ramon Mercader?")
    reply = session.respond("and what happened to him later on?")
    assert reply.kind == "fallback" and "what happened to Mercader" in reply.text


def test_a_thing_named_only_in_general_does_not_say_which(default_tutor: tutor.Tutor) -> None:
    """ "due to illness" says there was one, not which: "which illness?" is a near miss,
    while "why did he miss it?" is answered by the same fact."""
    reply = default_tutor.session(seed=1).respond("Which illness kept Trotsky from the funeral?")
    assert reply.kind == "fallback" and "doesn't say which illness" in reply.text
    reply = default_tutor.session(seed=1).respond("Why did Trotsky miss the funeral?")
    assert reply.kind == "answer" and "illness" in reply.text
    reply = default_tutor.session(seed=1).respond("What post did Stalin hold from 1922?")
    assert reply.kind == "answer"  # "the role of General Secretary": named


def test_a_name_used_only_to_describe_something_else_is_never_defined(
    default_tutor: tutor.Tutor,
) -> None:
    """The essay says "an NKVD agent" and nothing of the NKVD itself: "what was the
    NKVD?" is a near miss, while names told of in their own right are answered."""
    reply = default_tutor.session(seed=1).respond("What was the NKVD exactly?")
    assert reply.kind == "fallback" and "doesn't say what NKVD was" in reply.text
    for question in ("who was Bukharin?", "what was the Politburo?", "What was the Troika?"):
        assert default_tutor.session(seed=1).respond(question).kind == "answer", question


def test_a_fact_that_itself_tells_what_came_after_answers_what_came_after(
    default_tutor: tutor.Tutor,
) -> None:
    """ "After defeating Trotsky, Stalin turned on his allies" answers "what did Stalin
    do once he had beaten Trotsky?", though a fact about beating him ranks first."""
    reply = default_tutor.session(seed=1).respond("what did Stalin do once he had beaten Trotsky?")
    assert reply.kind == "answer" and "turned on his former allies" in reply.text


def test_what_someone_died_of_needs_a_killing_or_a_means(default_tutor: tutor.Tutor) -> None:
    """The essay tells when Lenin died, not of what; Trotsky's death it tells as a
    killing, which is what he died of."""
    reply = default_tutor.session(seed=1).respond("What did Lenin die from in the end?")
    assert reply.kind == "fallback" and "what Lenin died of" in reply.text
    reply = default_tutor.session(seed=1).respond("what did Trotsky die of?")
    assert reply.kind == "answer" and "assassinated" in reply.text
    reply = default_tutor.session(seed=1).respond("so how did Lenin die?")
    assert reply.kind == "fallback" and "how Lenin died" in reply.text


def test_why_of_one_name_in_a_list_is_not_told_by_the_list(default_tutor: tutor.Tutor) -> None:
    """A list of the countries of his exile says where, not why any one of them."""
    reply = default_tutor.session(seed=1).respond("Why did Trotsky end up in France?")
    assert reply.kind == "fallback" and "doesn't say why it was France" in reply.text


def test_a_fact_lacking_someone_asked_of_gives_way_to_one_nearly_as_good_that_has_him(
    default_tutor: tutor.Tutor,
) -> None:
    """The best fact may tell of Stalin and Lenin and not Trotsky; the next one tells
    of all three: it answers instead of "the essay doesn't say that about Trotsky"."""
    reply = default_tutor.session(seed=1).respond(
        "How did Stalin portray Trotsky in relation to Lenin's ideas?"
    )
    assert reply.kind == "answer" and "Trotsky" in reply.text


def test_what_happened_after_an_event_prefers_a_fact_that_says_after_it(
    default_tutor: tutor.Tutor,
) -> None:
    """Two facts name Zinoviev and Kamenev nearly as well; the one that says "After
    defeating Trotsky, ..." tells what happened to them after Trotsky lost."""
    reply = default_tutor.session(seed=1).respond(
        "what happened to Zinoviev and Kamenev after Trotsky lost out?"
    )
    assert reply.kind == "answer" and "turned on" in reply.text


def test_a_facts_own_after_clause_ends_at_its_comma(default_tutor: tutor.Tutor) -> None:
    """ "After defeating Trotsky, Stalin turned on ..." says what came after the defeat,
    not after the turning: who Stalin joined after betraying his allies is Bukharin."""
    reply = default_tutor.session(seed=1).respond(
        "who did Stalin join forces with after betraying Zinoviev and Kamenev?"
    )
    assert reply.kind == "answer" and "Bukharin" in reply.text


def test_whose_asks_for_an_owner_the_fact_must_name(default_tutor: tutor.Tutor) -> None:
    """ "at his home" names no owner but Trotsky himself; "Lenin's testament" and "an
    NKVD agent" do name one."""
    reply = default_tutor.session(seed=1).respond("Whose house was Trotsky staying in in Mexico?")
    assert reply.kind == "fallback" and "doesn't say whose house" in reply.text
    reply = default_tutor.session(seed=1).respond("whose testament did Stalin suppress?")
    assert reply.kind == "answer" and "Lenin's" in reply.text
    reply = default_tutor.session(seed=1).respond("whose agent was Mercader?")
    assert reply.kind == "answer" and "NKVD" in reply.text


def test_the_killer_is_whom_the_last_answer_named_as_killer(default_tutor: tutor.Tutor) -> None:
    """ "what became of the assassin?" after the killing asks about Mercader, whom the
    text names only as the killer: a near miss, not the next fact about anyone."""
    session = default_tutor.session(seed=1)
    session.respond("Who murdered Trotsky?")
    reply = session.respond("and what happened to the assassin later?")
    assert reply.kind == "fallback" and "what happened to Mercader" in reply.text


def test_when_of_an_undated_event_is_not_answered_with_the_date_of_another(
    default_tutor: tutor.Tutor,
) -> None:
    # the essay dates Stalin's alliance with Bukharin (1926), not his move against him
    session = default_tutor.session(seed=1)
    told = session.respond("What became of Bukharin in the end?")
    assert "moved against" in told.text
    reply = session.respond("when?")
    assert reply.kind == "fallback" and "1926" not in reply.text
    assert "doesn't say when" in reply.text
    # a dated event still gives its date
    session = default_tutor.session(seed=1)
    session.respond("Who was thrown out of the Politburo?")
    assert "1926" in session.respond("when was that?").text


def test_who_held_a_post_over_a_body_is_a_near_miss_when_no_fact_names_the_post(
    default_tutor: tutor.Tutor,
) -> None:
    # the essay names an NKVD agent, never who ran the NKVD
    reply = default_tutor.session(seed=1).respond("Who was head of the NKVD that sent Mercader?")
    assert reply.kind == "fallback" and "doesn't say who was the head of" in reply.text
    # a post the text does name ("the Left Opposition led by Trotsky, ...") is answered
    reply = default_tutor.session(seed=1).respond("Who was the leader of the Left Opposition?")
    assert reply.kind == "answer" and "Trotsky" in reply.text


@pytest.mark.parametrize(
    ("line", "answered"),
    [
        ("who was in charge of the NKVD when Mercader killed Trotsky?", False),
        ("in 1940 who was in charge of the NKVD", False),
        ("who was in charge of the Left Opposition?", True),
    ],
)
def test_in_charge_of_a_body_asks_its_post(
    default_tutor: tutor.Tutor, line: str, answered: bool
) -> None:
    """ "In charge of" asks who held a post over a body, as "the head of" does: a fact
    naming only an agent of it does not tell; one saying the body was led by someone does."""
    reply = default_tutor.session(seed=1).respond(line)
    if answered:
        assert reply.kind == "answer" and "Trotsky" in reply.text, reply.text
    else:
        assert reply.kind == "fallback" and "doesn't say who was in charge of" in reply.text


def test_when_of_the_event_the_last_question_asked_about_is_its_date(
    default_tutor: tutor.Tutor,
) -> None:
    # the answer to "who did he partner with next?" tells what the alliance did; the
    # alliance asked about is dated in another fact, which "when?" gets
    session = default_tutor.session(seed=1)
    session.respond("Whom did Stalin turn against once Trotsky was beaten?")
    told = session.respond("and who did he ally with after that?")
    assert "Bukharin" in told.text and "1926" not in told.text
    assert "1926" in session.respond("when?").text


def test_where_someone_was_from_is_not_where_he_acted(default_tutor: tutor.Tutor) -> None:
    # the essay says where Mercader killed Trotsky, never where Mercader came from
    session = default_tutor.session(seed=1)
    session.respond("Who murdered Trotsky in 1940?")
    reply = session.respond("and where was the murderer from?")
    assert reply.kind == "fallback" and "doesn't say where he was from" in reply.text
    reply = default_tutor.session(seed=1).respond("Which country did Mercader come from?")
    assert reply.kind == "fallback" and "doesn't say where Mercader was from" in reply.text
    # where someone was sent from, or where a thing came from, is no one's origin
    reply = default_tutor.session(seed=1).respond("Where was Trotsky expelled from?")
    assert reply.kind == "answer" and "Soviet Union" in reply.text


def test_who_before_someone_wants_another_person_than_him(default_tutor: tutor.Tutor) -> None:
    # the essay names no General Secretary before Stalin
    reply = default_tutor.session(seed=1).respond(
        "Who held the General Secretary post before Stalin?"
    )
    assert reply.kind == "fallback" and "doesn't say who came before Stalin" in reply.text
    session = default_tutor.session(seed=1)
    session.respond("What post did Stalin hold from 1922?")
    reply = session.respond("who had that job before him?")
    assert reply.kind == "fallback" and "doesn't say who came before Stalin" in reply.text
    # "after Lenin died" is a time, not someone else asked for
    reply = default_tutor.session(seed=1).respond("Who took power after Lenin died?")
    assert "came after" not in reply.text


def test_asking_what_a_term_means_wants_a_fact_that_says_it(default_tutor: tutor.Tutor) -> None:
    ask = default_tutor.session(seed=1).respond
    # a fact that says what it is ("'Bonapartism', that is, seeking dictatorial control")
    for line in ("define Bonapartism", "Bonapartism meaning"):
        reply = ask(line)
        assert reply.kind == "answer" and "dictatorial" in reply.text, line
    # one that only names it is a near miss
    reply = ask("what is the definition of show trials?")
    assert reply.kind == "fallback" and "doesn't say what 'show trials' means" in reply.text
    # what someone meant is not a term's meaning, nor is "explain ..." a definition
    assert ask("what did Lenin mean by his testament?").kind == "answer"
    assert ask("Explain the role of General Secretary").kind == "answer"


def test_why_of_a_fact_with_no_reason_anywhere_near_says_the_text_does_not_say(
    default_tutor: tutor.Tutor,
) -> None:
    # the essay says when Lenin died, never why
    session = default_tutor.session(seed=1)
    session.respond("In what year did Lenin pass away?")
    reply = session.respond("how come?")
    assert reply.kind == "fallback" and "doesn't say why" in reply.text


def test_a_phrase_of_the_text_asked_what_it_was_is_no_kind_of_thing(
    default_tutor: tutor.Tutor,
) -> None:
    # "what was the general secretary?" asks about the post, not "which general"
    reply = default_tutor.session(seed=1).respond("what was the General Secretary?")
    assert reply.kind == "answer" and "which general" not in reply.text
    reply = default_tutor.session(seed=1).respond("what illness did Lenin die of?")
    assert reply.kind == "fallback" and "which illness" in reply.text


def test_someone_of_a_kind_no_fact_names_is_not_whoever_it_names(
    default_tutor: tutor.Tutor,
) -> None:
    """ "Which X ...?" asks for a person, a group or an object of a kind (WordNet's first
    sense of X); a fact that names none of that kind, and no one doing what is asked,
    does not answer it, however many other words it shares with the question."""
    ask = default_tutor.session(seed=1).respond
    for question, gap in [
        ("Which officer arrested Trotsky in 1927?", "who the officer was"),
        ("Which king did Trotsky meet in Norway?", "who the king was"),
        ("Which hotel did Trotsky live in while in France?", "which hotel"),
    ]:
        reply = ask(question)
        assert reply.kind == "fallback", (question, reply.text)
        assert f"doesn't say {gap}. What it does say nearby:" in reply.text


def test_a_fact_naming_one_of_the_kind_asked_still_answers(default_tutor: tutor.Tutor) -> None:
    """A named body answers "which agency?"; people named in the event asked of answer
    "which people?"; an abstract "what ways?" is not a kind a text must name."""
    ask = default_tutor.session(seed=1).respond
    for question, word in [
        ("Which agency did Trotsky's assassin work for?", "NKVD"),
        ("Which people did Stalin ally with in 1926?", "Bukharin"),
        ("Which leaders did Stalin turn on after defeating Trotsky?", "Zinoviev"),
    ]:
        reply = ask(question)
        assert reply.kind == "answer", (question, reply.text)
        assert word in reply.text


def test_the_kind_of_thing_a_noun_names_comes_from_its_first_sense() -> None:
    from tutor._noun_kinds import noun_kind

    assert noun_kind("doctor") == noun_kind("doctors") == "person"
    assert noun_kind("agency") == "group"
    assert noun_kind("hotel") == "artifact"
    assert noun_kind("role") is None  # abstract: the text may say it in other words
    assert noun_kind("ways") is None  # the plural of "way", not WordNet's "ways" (a slipway)
    assert noun_kind("treated") is None
    assert noun_kind("pass") is None  # a word ending in "ss" is no plural ("pas")


def test_where_of_someone_a_fact_names_only_as_an_owner_is_not_where_his_thing_was(
    default_tutor: tutor.Tutor,
) -> None:
    """ "Lenin's testament" was suppressed at a congress: that is where the testament was
    dealt with, not where Lenin did anything; asked of his thing, it is the answer."""
    ask = default_tutor.session(seed=1).respond
    reply = ask("Where did Lenin write his testament?")
    assert reply.kind == "fallback", reply.text
    assert "doesn't say that about Lenin. What it does say nearby:" in reply.text
    reply = ask("Where did Stalin's side hide Lenin's testament?")
    assert reply.kind == "answer" and "13th Party Congress" in reply.text
    assert ask("Where was Trotsky killed?").kind == "answer"


def test_who_of_a_fact_naming_no_one_else_is_a_near_miss(default_tutor: tutor.Tutor) -> None:
    """A who-question wants someone besides those it names; a fact naming no other
    person or body cannot say who, whatever else it shares with the question."""
    ask = default_tutor.session(seed=1).respond
    reply = ask("Who travelled with Trotsky to Turkey?")
    assert reply.kind == "fallback", reply.text
    assert "doesn't say who. What it does say nearby:" in reply.text
    for question, name in [
        ("Who did Stalin ally with in 1926?", "Bukharin"),
        ("Who formed the troika?", "Zinoviev"),
        ("Who did Stalin turn on after beating Trotsky?", "Kamenev"),
    ]:
        reply = ask(question)
        assert reply.kind == "answer" and name in reply.text, (question, reply.text)


def test_a_fact_told_before_the_event_a_question_sets_its_time_by_is_not_what_came_after(
    default_tutor: tutor.Tutor,
) -> None:
    """ "What did the Troika do after Trotsky died?": the text tells the Troika before
    his death, so that is not what it did after; the event is his death, not Lenin's."""
    ask = default_tutor.session(seed=1).respond
    for question, body in [
        ("What did the Troika do after Trotsky died?", "the Triumvirate"),
        ("What did the Politburo do after Trotsky was killed?", "the Politburo"),
    ]:
        reply = ask(question)
        assert reply.kind == "fallback", (question, reply.text)
        assert f"doesn't say what happened to {body} after that." in reply.text
    reply = ask("What did Stalin do after defeating Trotsky?")
    assert reply.kind == "answer" and "turned on" in reply.text


def test_a_person_named_only_to_set_the_time_need_not_be_in_the_answer(
    default_tutor: tutor.Tutor,
) -> None:
    """ "... after Lenin died" says when; the answer need not tell of Lenin. A person
    asked about still must be there ("what did the testament say about Trotsky?")."""
    ask = default_tutor.session(seed=1).respond
    reply = ask("Who was Stalin's biggest opponent after Lenin died?")
    assert reply.kind == "answer" and "Trotsky" in reply.text, reply.text
    reply = ask("What did Lenin's testament say about Trotsky?")
    assert reply.kind == "fallback" and "that about Trotsky" in reply.text


def test_a_name_after_a_preposition_is_not_whose_the_thing_is(default_tutor: tutor.Tutor) -> None:
    """ "The propaganda against Trotsky ... accused him": the accusations are not
    Trotsky's for being named first; his illness in "Trotsky missed Lenin's funeral due
    to illness" still is."""
    ask = default_tutor.session(seed=1).respond
    reply = ask("What accusations did Stalin make against Trotsky?")
    assert reply.kind == "answer" and "Bonapartism" in reply.text, reply.text
    assert ask("What illness did Lenin die of?").kind == "fallback"


def test_a_text_of_a_kind_no_fact_names_is_not_whatever_the_fact_says(
    default_tutor: tutor.Tutor,
) -> None:
    """A book or a newspaper is asked for by its kind ("book" is a stop word, read
    as itself); a fact whose cited passage names the thing ("the document") answers."""
    ask = default_tutor.session(seed=1).respond
    reply = ask("What was the name of the book Stalin wrote about Lenin?")
    assert reply.kind == "fallback", reply.text
    assert "doesn't say what the book was." in reply.text
    reply = ask("What was the name of the document Lenin wrote?")
    assert reply.kind == "answer" and "testament" in reply.text, reply.text


def test_the_name_of_a_kind_of_place_is_asked_as_where(default_tutor: tutor.Tutor) -> None:
    """ "What was the name of the town ...?" asks for a place: a fact naming only the
    country the question names does not give it; one naming the city does."""
    ask = default_tutor.session(seed=1).respond
    reply = ask("What was the name of the town in Norway where Trotsky stayed?")
    assert reply.kind == "fallback", reply.text
    assert "doesn't say which town." in reply.text
    reply = ask("What was the name of the city where Trotsky was killed?")
    assert reply.kind == "answer" and "Mexico City" in reply.text


def test_a_time_clause_of_another_event_asks_no_sequel_of_this_one(
    default_tutor: tutor.Tutor,
) -> None:
    # "after 1929" names the exile's year, but "live" is not the exile: no "what happened
    # to Trotsky after that", which gave the next fact naming him (his rewritten history)
    reply = default_tutor.session(seed=1).respond("where did trotsky live after 1929?")
    assert "rewrote history" not in reply.text
    assert reply.kind == "fallback"  # nor is the exile itself the answer: an honest near miss


def test_where_an_event_was_held_is_not_the_event_itself(default_tutor: tutor.Tutor) -> None:
    # the text tells what happened at the congress, never where the congress met
    session = default_tutor.session(seed=2)
    session.respond("Tell me about the 13th Party Congress.")
    reply = session.respond("where did it take place?")
    assert reply.kind == "fallback" and "doesn't say where" in reply.text


def test_a_capitalised_name_the_text_never_writes_is_said_to_be_missing(
    default_tutor: tutor.Tutor,
) -> None:
    """'the Red Army': named by the learner in capitals, never by the essay (which says only
    that Trotsky was a military leader), so what is near is offered as near, not as the
    answer; the essay's own names in capitals, or misspelt, are still answered."""
    for question in ["Did Trotsky create the Red Army?", "Was Trotsky the leader of the Red Army?"]:
        reply = default_tutor.ask(question)
        assert reply.kind == "fallback" and "anything about the Red Army" in reply.text
    assert default_tutor.ask("When did Joseph Stallin become General Secretary?").kind == "answer"
    assert default_tutor.ask("What did the General Secretary Post give Stalin?").kind == "answer"


def test_a_deed_the_text_never_tells_is_not_confirmed_by_the_names_alone(
    default_tutor: tutor.Tutor,
) -> None:
    """'Were Zinoviev and Kamenev arrested?': the essay names them both, often, and never
    an arrest; a deed it does tell is still confirmed."""
    reply = default_tutor.ask("were Zinoviev and Kamenev arrested by Stalin?")
    assert reply.kind == "fallback"
    assert "whether Zinoviev and Kamenev were arrested by Stalin" in reply.text
    reply = default_tutor.ask("were Zinoviev and Kamenev executed by the Soviet Union?")
    assert "executed by Soviet Union?" not in reply.text and "Union union" not in reply.text
    assert default_tutor.ask("Was Trotsky expelled from the Politburo?").kind == "answer"


def test_who_did_a_deed_the_fact_never_tells_is_not_answered_by_it(
    default_tutor: tutor.Tutor,
) -> None:
    """'Who lost the civil war?' of the one fact naming the civil war (written out of the
    textbooks): no losing in it, so no one who lost; a deed it tells gets its doer."""
    for question, asked in [
        ("Who lost the civil war?", "who lost the civil war"),
        ("who won the revolution?", "who won the revolution"),
    ]:
        reply = default_tutor.ask(question)
        assert reply.kind == "fallback" and f"doesn't say {asked}" in reply.text
    assert "Stalin" in default_tutor.ask("who suppressed the testament?").text


def test_a_name_asked_of_a_thing_the_fact_leaves_unnamed(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """'What was the name of his wife?' of 'His wife mended the nets': she is there, her
    name is not; 'the Gull', beside the boat, is the boat's name."""
    t = draft_text(
        "Harbour Life\n\nIn 1890 the ferryman Amos Pike sold his boat, the Gull, to a "
        "fisherman from Rye. His wife mended the nets of the Rye fishermen every winter. "
        "The harbour men put up a small hut, which they soon called the Lookout.\n",
    )
    reply = t.ask("What was the name of Amos Pike's wife?")
    assert reply.kind == "fallback" and "what the wife was called" in reply.text
    assert "Gull" in t.ask("what was the ferryman's boat called?").text
    assert "Lookout" in t.ask("what was the name of the hut?").text  # "which they called"


def test_how_much_wants_a_sum_or_a_count(draft_text: Callable[[str], tutor.Tutor]) -> None:
    """'How much did the fisherman pay?' of 'who paid for it in salted fish': no figure,
    so not the answer (as 'how many' and 'how long' already were)."""
    t = draft_text(
        "Harbour Life\n\nIn 1890 the ferryman Amos Pike sold his boat, the Gull, to a "
        "fisherman from Rye, who paid for it in salted fish.\n",
    )
    reply = t.ask("How much did the fisherman pay?")
    assert reply.kind == "fallback" and "doesn't say how much" in reply.text


def test_a_kind_asked_by_the_head_of_the_one_name(draft_text: Callable[[str], tutor.Tutor]) -> None:
    """'Which bay did she row across?' of the one bay the text names (Orrin Bay): the
    head word asks for that bay, so the fact naming it answers; it is no near miss."""
    t = draft_text(
        "The Crossing\n\nIn 1902 the teacher Mira Vell rowed alone across Orrin Bay to "
        "fetch a doctor for the village. The villagers later built a jetty at the spot "
        "where she landed.\n",
    )
    reply = t.ask("which bay did Mira Vell row across?")
    assert reply.kind == "answer" and "Orrin Bay" in reply.text


def test_a_wage_named_answers_what_someone_was_paid(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """'What was she paid?' of 'the board paid her the full wage of a clerk': the sum is
    named by what it equalled, so it is the answer, not a near miss."""
    t = draft_text(
        "The Clerk\n\nIn 1911 Edna Parr took over the ledgers of the Marsh Drainage Board "
        "when her father fell ill. At first the board refused to pay her, but after a vote "
        "it paid her the full wage of a clerk. She kept the ledgers until 1930.\n",
    )
    reply = t.ask("what was Edna Parr paid?")
    assert reply.kind == "answer" and "full wage" in reply.text


def test_a_span_counted_in_seasons_answers_how_long(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """'Took three winters' tells how long as 'took three years' does."""
    t = draft_text(
        "The Dam\n\nThe miller Ezra Quill planned a dam on the Sorrel in 1760. The digging "
        "took three winters, because the ground was soft in summer. The dam still holds "
        "back the mill pond today.\n",
    )
    reply = t.ask("how long did the digging take?")
    assert reply.kind == "answer" and "three winters" in reply.text


def test_a_colour_is_answered_only_by_a_fact_that_names_one(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """'What colour was the boat?' of 'he painted his boat' is a near miss; of 'painted
    his boat green' the answer. 'dyed', the text's own word, is not read as 'died'."""
    t = draft_text(
        "The Harbour\n\nIn 1850 the fisherman Amos Pike painted his boat before the "
        "regatta. The harbour master painted the lighthouse door green. In 1851 the "
        "weaver Ruth Lane dyed the sails of the harbour boats.\n",
    )
    reply = t.ask("what colour was the boat Amos Pike painted?")
    assert reply.kind == "fallback" and "doesn't say what col" in reply.text
    assert "green" in t.ask("what colour was the lighthouse door?").text
    assert "what colour they were" in t.ask("what colour were the boats Amos Pike painted?").text
    assert "Ruth Lane" in t.ask("who dyed the sails?").text
    assert "dyed" in t._engine.analyzer.analyze("who dyed the sails?").words  # not "died"


def test_what_happens_when_asks_what_not_when(draft_text: Callable[[str], tutor.Tutor]) -> None:
    """'What happens when the tank fills?' asks what: 'when' opens a clause there, so the
    fact telling it answers, with no near miss of a date."""
    t = draft_text(
        "The Tank\n\nWater is pumped into the tank at night. As the tank fills, the float "
        "rises and shuts the valve.\n",
    )
    reply = t.ask("what happens when the tank fills?")
    assert reply.kind == "answer" and "float" in reply.text


def test_who_of_a_draft_naming_only_the_role_asked_is_a_near_miss(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """'Who was the first miller?' of 'The miller opens the sluice': the fact names no one
    but the role the question asks who filled; 'who opens the sluice?' it answers."""
    t = draft_text(
        "The Mill\n\nA day's grinding begins at dawn. The miller opens the sluice on the "
        "leat, and the wheel starts to turn.\n",
    )
    reply = t.ask("who was the first miller?")
    assert reply.kind == "fallback" and "doesn't say who" in reply.text
    assert t.ask("who opens the sluice?").kind == "answer"
