"""Near misses where the text tells the event and not what is asked: the pack's own
questions of a fact speak for it only of what they ask about, and a post over a body, a
cause or a deed the text never tells is said to be untold, with what it does tell.

Our own wordings, written from what the texts leave out, not from any case file.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor


@pytest.mark.parametrize(
    "question",
    [
        "Where did Lenin pass away?",
        "in what country was Lenin's funeral",
        "which city did Lenin die in",
    ],
)
def test_a_where_question_the_pack_asks_of_someone_else_does_not_answer_this_one(
    default_tutor: tutor.Tutor, question: str
) -> None:
    """The essay asks "Where was Trotsky during Lenin's burial?" of the funeral fact and
    "Where did the fight for power take place?" of Lenin's death: neither says where the
    funeral was or where he died."""
    reply = default_tutor.session(seed=1).respond(question)
    assert reply.kind == "fallback", reply.text
    assert "doesn't say" in reply.text and "nearby:" in reply.text


TOLLS = """The Toll Road at Marn

In 1822 the Marn Turnpike Trust built a toll road over the moor from Marn to Cassel. The
trust hired Piet Varro, a retired sergeant, to collect the tolls at the gate by the river.

Varro lived in the gatehouse with his wife for twenty years. Every cart paid twopence.

The Drovers' Union, led by Abel Crane, fought the tolls in the courts for ten years. The
road was freed of tolls in 1871.
"""


@pytest.fixture(scope="module")
def tolls(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(TOLLS)


CARTERS = """The Carters of Kell

The Kell Carrying Company moved coal from the pits to the canal wharf at Brant.

On 4 May 1899 a flood swept through the lower yard, where the carts were kept. Most of
the carters were asleep, and two horses died of cold. The company lost eleven carts.
"""


def test_a_clause_saying_where_and_a_death_told_beside_it_give_no_reason(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """ ", where the carts were kept" says where; "two horses died of cold" says why they
    died: neither says what caused the flood."""
    carters = draft_text(CARTERS)
    reply = carters.session(seed=1).respond("What caused the flood in the lower yard?")
    assert reply.kind == "fallback", reply.text
    assert "doesn't say outright what caused it" in reply.text and "4 May" in reply.text
    reply = carters.session(seed=1).respond("Why did the horses die?")
    assert reply.kind == "answer" and "cold" in reply.text


@pytest.mark.parametrize(
    ("line", "told"),
    [
        ("How much did every cart pay?", "twopence"),
        ("What price did every cart pay at the gate?", "twopence"),
        ("how much did a flock of sheep pay", "a penny"),
    ],
)
def test_a_price_is_asked_as_a_sum_and_pence_are_one(
    draft_text: Callable[[str], tutor.Tutor], line: str, told: str
) -> None:
    """ "What price ...?" asks for a sum, as "what fee ...?" does, and "twopence" or "a
    penny" is a sum: the sentence saying it answers."""
    tolls = draft_text(TOLLS + "\nEvery flock of sheep paid a penny for each score of animals.\n")
    reply = tolls.session(seed=1).respond(line)
    assert reply.kind == "answer", reply.text
    assert told in reply.text


def test_a_price_the_text_never_gives_is_not_answered(tolls: tutor.Tutor) -> None:
    reply = tolls.session(seed=1).respond("What price did the trust pay for the gatehouse?")
    assert reply.kind == "fallback", reply.text


LIBRARY = """The Subscription Library of Fellbridge

In 1834 a group of forty tradesmen in the mill town of Fellbridge each paid two shillings a
year to buy books they could not afford alone. They kept the first two hundred volumes in a
back room of the Crown Inn, and a weaver named Josiah Penhale acted as librarian on Saturday
evenings.

The library grew quickly. By 1850 it held three thousand books, most of them on history,
travel and practical science, because the members voted each spring on what to buy and
novels were thought a waste of money. Women were admitted as members in 1857, after
Penhale's daughter Martha argued at the annual meeting that the mill girls read more than
their fathers did.

In 1862 the members raised money for a building of their own on Bridge Street. The mill
owner Samuel Ackroyd gave the land, on the condition that the library would open on Sunday
afternoons so that workers could use it on their only free day. The new library had a
reading room with a coal fire and gas lights, and it opened in October 1863.

The worst event in its history came in 1881, when the river Fell flooded the lower town.
Water stood four feet deep in the reading room for two days, and about eight hundred books
were ruined. The members dried what they could on lines strung across the mill yard, and the
town council lent a room in the school while the building was repaired.

The library's fortunes changed again in 1907, when the town opened a free public library
with money from a national fund. Many members left, since they no longer needed to pay for
books. The committee sold most of the collection to the new library in 1911 and turned the
Bridge Street building into a lecture hall.

The building still stands. Since 1994 it has housed the Fellbridge Historical Society, which
keeps the library's minute books and its first catalogue, written by Penhale in a careful
copperplate hand.
"""


def test_a_yes_or_no_deed_the_fact_never_tells_is_not_confirmed_by_it(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """The sentence names Ackroyd and the library, not his becoming a member: the text
    doesn't say whether he did; what it says he did is still confirmed."""
    library = draft_text(LIBRARY)
    reply = library.session(seed=1).respond(
        "Did Samuel Ackroyd become a member of the library himself?"
    )
    assert reply.kind == "fallback", reply.text
    assert "doesn't say whether Samuel Ackroyd did become a member" in reply.text
    assert "gave the land" in reply.text
    reply = library.session(seed=1).respond("Did Samuel Ackroyd give the land?")
    assert reply.kind == "answer" and "gave the land" in reply.text


def test_when_someone_died_is_not_the_date_of_his_familys_deeds(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """A date told of "Penhale's daughter" is no date of Penhale's death."""
    library = draft_text(LIBRARY)
    reply = library.session(seed=1).respond("In what year did Josiah Penhale die?")
    assert reply.kind == "fallback", reply.text
    assert "doesn't say when Josiah Penhale died" in reply.text
    reply = library.session(seed=1).respond("When were women admitted as members?")
    assert reply.kind == "answer" and "1857" in reply.text


FERRY = """The Kessock Ferry

In 1890 the ferryman Angus Munro bought a paddle steamer, the Maid of Kessock, and ran it
across the firth. The railway's lawyer, Charles Scott, argued that the ferry was no longer
needed. Judge Ardwall ruled that the railway must keep twelve crossings a day. The old
steamer was broken up at Inverness in 1925.
"""


def test_the_head_of_a_body_named_by_a_noun_is_untold_by_a_ruling_on_it(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """ "who was the head of the railway?" of a text naming no one over it: a ruling that
    binds the railway names no head, so the reply says so; and "the steamer" is still
    the steamer a later sentence tells of, not the one an apposition named."""
    ferry = draft_text(FERRY)
    reply = ferry.session(seed=1).respond("who was the head of the railway?")
    assert reply.kind == "fallback" and "doesn't say who was the head of the railway" in reply.text
    reply = ferry.session(seed=1).respond("where was the steamer broken up?")
    assert reply.kind == "answer" and "Inverness" in reply.text


BRICKS = """The Dunhill Brickworks

In 1880 the Dunhill Brickworks employed forty men and boys. Its two kilns were fired with
coal from the Bell pit.

By 1890 the works made about two million bricks a year. The foreman, Ned Hale, was paid
thirty shillings a week. The clay pit was dug out by hand and reached a depth of sixty feet.
"""


@pytest.fixture(scope="module")
def bricks(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(BRICKS)


@pytest.mark.parametrize(
    ("line", "told"),
    [
        ("How many bricks did the works turn out each year?", "two million"),
        ("How many men did the brickworks employ in 1880?", "forty"),
        ("By 1890 how many bricks were made every year?", "two million"),
        # "thirty shillings" is a sum, as "fifty guineas" is
        ("How much did Ned Hale get paid every week?", "thirty shillings"),
    ],
)
def test_a_figure_per_span_of_time_is_answered_by_a_rate(
    bricks: tutor.Tutor, line: str, told: str
) -> None:
    reply = bricks.session(seed=1).respond(line)
    assert reply.kind == "answer" and told in reply.text, reply.text


@pytest.mark.parametrize(
    ("line", "untold"),
    [
        ("How many men did the brickworks take on each year?", "how many men each year"),
        ("how many tons of coal did the kilns burn a week?", "how many tons a week"),
    ],
)
def test_a_figure_per_span_of_time_is_not_answered_by_a_total(
    bricks: tutor.Tutor, line: str, untold: str
) -> None:
    """ "Forty men" is how many it employed, not how many it took on each year: a figure
    asked per span of time wants one the text gives per span."""
    reply = bricks.session(seed=1).respond(line)
    assert reply.kind == "fallback" and f"doesn't say {untold}" in reply.text, reply.text


def test_the_names_of_things_a_fact_never_names_are_untold(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """ "What were the names of the two horses?" asks names, as "what was the name of
    ...?" does: a fact telling of the horses and naming none does not give them."""
    carters = draft_text(CARTERS)
    reply = carters.session(seed=1).respond("What were the names of the two horses that died?")
    assert reply.kind == "fallback", reply.text
    assert "doesn't say what the horses were called" in reply.text


MILL = """The Mill at Brede

In 1850 Anna Voss bought the mill at Brede. Voss sold flour to the bakers of Rye.

In 1862 her brother left the mill and went to sea.
"""


def test_what_came_after_an_event_the_text_never_tells_is_untold(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """No sentence tells that Anna Voss left Rye (the text says "left" only of her
    brother): none tells what she did after it. What she did after buying the mill is
    told."""
    mill = draft_text(MILL)
    reply = mill.session(seed=1).respond("What did Anna Voss do after she left Rye?")
    assert reply.kind == "fallback", reply.text
    assert "doesn't say what happened to Anna Voss after she left Rye" in reply.text
    reply = mill.session(seed=1).respond("What did Anna Voss do after she bought the mill?")
    assert reply.kind == "answer" and "flour" in reply.text


LIGHT = """The Harbour Light at Skerry

In 1861 the harbour board appointed Walter Finch keeper of the light at Skerry. Finch, a
former ship's carpenter from Leith, trimmed the wicks every four hours through the night.

In 1874 a storm broke the lantern glass, and Finch kept the light burning with a ship's
lamp until a new lantern came from Glasgow.
"""


def test_a_sentence_going_on_from_the_event_to_what_he_did_tells_what_came_after(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """ "A storm broke the lantern glass, and Finch kept the light burning": the sentence
    tells the event and, in a clause of its own, what Finch did next."""
    light = draft_text(LIGHT)
    reply = light.session(seed=1).respond("What did Finch do after the storm broke the glass?")
    assert reply.kind == "answer" and "kept the light burning" in reply.text, reply.text


POND = """The Ice Pond at Harle

In 1850 the estate dug an ice pond at Harle. The pond was twelve feet deep and was fed by
a spring.

The ice house stood two miles north of the village, in a beech wood.
"""


def test_a_size_is_told_by_a_measure_of_it_not_by_a_distance_away(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """ "Two miles north of the village" says where the ice house stood, not how wide it
    was; "twelve feet deep" says how deep the pond was, not how wide."""
    pond = draft_text(POND)
    reply = pond.session(seed=1).respond("How deep was the ice pond?")
    assert reply.kind == "answer" and "twelve feet" in reply.text, reply.text
    for thing in ("pond", "ice house"):  # twelve feet deep is no width
        reply = pond.session(seed=1).respond(f"How wide was the {thing}?")
        assert reply.kind == "fallback", reply.text
        assert f"doesn't say how wide the {thing} was" in reply.text


def test_a_place_named_beside_a_thing_is_not_its_name(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """ "A shipyard in Dundee" says where the shipyard was, not what it was called; "a
    paddle steamer, the Maid of Kessock" names the steamer."""
    ferry = draft_text(FERRY + "\nIn 1926 the Maid's engine was sold to a shipyard in Dundee.\n")
    reply = ferry.session(seed=1).respond(
        "What was the name of the shipyard that bought the engine?"
    )
    assert reply.kind == "fallback", reply.text
    assert "doesn't say what the shipyard was called" in reply.text
    reply = ferry.session(seed=1).respond("What was the name of the paddle steamer?")
    assert reply.kind == "answer" and "Maid of Kessock" in reply.text, reply.text


ORME = """The Village School at Orme

The school opened in 1850 with thirty pupils. A new teacher, Ruth Lane, came in 1855.

In 1890 the school was merged with Kelby Grammar School, six miles away.
"""


def test_the_school_before_the_text_names_another_school_is_not_that_one(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """ "The school opened with thirty pupils" comes long before the text names Kelby
    Grammar School: "the school" there is Orme's, so it tells nothing of Kelby's."""
    orme = draft_text(ORME)
    reply = orme.session(seed=1).respond("How many pupils did Kelby Grammar School have?")
    assert reply.kind == "fallback", reply.text
    assert "doesn't say that about Kelby Grammar School" in reply.text
    reply = orme.session(seed=1).respond("How many pupils did the school open with?")
    assert reply.kind == "answer" and "thirty" in reply.text, reply.text


def test_a_figure_asked_of_a_year_is_not_one_dated_to_another(bricks: tutor.Tutor) -> None:
    """ "By 1890 ... two million bricks a year" is no count of the bricks made in 1880."""
    reply = bricks.session(seed=1).respond("how many bricks did the works make in 1880?")
    assert reply.kind == "fallback" and "doesn't say how many bricks in 1880" in reply.text
    reply = bricks.session(seed=1).respond("How many men did the brickworks employ in 1880?")
    assert reply.kind == "answer" and "forty" in reply.text, reply.text


CHAPEL = """The Chapel Choir at Wrenfield

The chapel choir at Wrenfield was started in 1822 by the organist Amos Pell. The women sing
on three evenings a week, and the men sing on Sundays. Pell taught each new singer for a
month or two before the first service.

The old mooring chain was lifted by the tender Curlew from a depth of 300 fathoms in 1887.

The quarry railway opened in 1871. Its engineer, Joseph Harte, laid the rails up the hill.
"""


@pytest.fixture(scope="module")
def chapel(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(CHAPEL)


@pytest.mark.parametrize(
    ("line", "told"),
    [
        # "three evenings a week, and the men ...": a rate, though "and" follows it
        ("How many evenings a week do the women sing?", "three evenings"),
        # fathoms measure a depth as feet do
        ("How deep was the chain when the Curlew lifted it?", "300 fathoms"),
        # a thing's work, not a body's post: whoever the sentence names at it
        ("Who was in charge of the rails?", "Joseph Harte"),
    ],
)
def test_a_rate_a_depth_and_a_things_keeper_are_answered(
    chapel: tutor.Tutor, line: str, told: str
) -> None:
    reply = chapel.session(seed=1).respond(line)
    assert reply.kind == "answer" and told in reply.text, reply.text


def test_a_span_with_a_count_after_or_is_no_rate(chapel: tutor.Tutor) -> None:
    """ "For a month or two" is how long, not how many a month."""
    reply = chapel.session(seed=1).respond("How many singers did Pell teach each month?")
    assert reply.kind == "fallback" and "doesn't say how many singers" in reply.text, reply.text


def test_names_a_few_words_before_the_things_they_name_answer_their_names(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """ "Martha Quill and Edwin Ashby Rowe, two young carpenters": the names stand before
    the noun, the last of two words three words from it, and give the carpenters' names."""
    yard = draft_text(
        "The Boatyard at Selby\n\nIn 1861 the yard was taken over by Martha Quill and "
        "Edwin Rowe, two young carpenters who had trained in Hull. They built river barges.\n"
    )
    reply = yard.session(seed=1).respond("What were the names of the two young carpenters?")
    assert reply.kind == "answer" and "Edwin Rowe" in reply.text, reply.text
