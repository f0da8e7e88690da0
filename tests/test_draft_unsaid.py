"""A fresh draft says honestly what its text leaves out: a question about its people and
things that asks a detail never given (which one, its name, an age, a count of something
else) gets "the text doesn't say", not the nearest sentence as if it answered."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

WOOL = """The Wool Town

The Mill

In 1820 the clothier Josiah Brand built a fulling mill on the river Wenn at Oldcote. Sheep
grazed the hills above the town, and their fleeces were carried down to the mill on
packhorses. In 1834 the mill's bank loans fell due, and Brand sold half of the business to
his cousin.

The Flood

In the winter of 1841 the river rose over the weir. The ferryman and Brand's nephew were
drowned when the ferry overturned near the mill. A carter, Abel Stroud, pulled two children
from the water.
"""

GLASS = """The Glassworks at Carrow

Beginnings

In 1762 the merchant Silas Fenwick opened a glassworks beside the harbour at Carrow, a
fishing town on the north coast. He had learned the trade in Bristol, and he brought six
glassblowers with him from the city. The works stood on the quay so that sand and coal
could be landed straight from the boats.

At first the furnace made only green bottles for the wine merchants of the port. In 1770
Fenwick hired a chemist, Dr Hester Lyle, who found that adding lead to the melt gave a
clear, heavy glass. Her recipe let the works sell drinking glasses and lamp chimneys as
far away as London.

Hard Years

The works suffered in the war years. In 1794 a storm flooded the quay and put out the main
furnace, and the glassblowers were idle for eleven weeks. Fenwick borrowed money from his
brother-in-law to rebuild the furnace, and he never fully repaid the debt. When Fenwick
died in 1801, aged sixty-eight, his daughter Martha took over the works.

Martha Fenwick was a careful manager. She cut the number of workers from forty to
twenty-five, sold the old warehouse, and built a second, smaller furnace for coloured
glass. Her blue apothecary jars became the best-known product of Carrow, and she signed a
contract with the Royal Navy in 1808 to supply glass for ships' lanterns.

Decline

After 1830 the railways brought cheap glass from the big factories of the Midlands, and
the small works could not compete on price. The last furnace at Carrow was put out in
1851. The building became a net store for the fishermen, and in 1923 it was pulled down to
widen the road. A stone plaque on the quay now marks the place where the glassworks stood,
and a collection of Martha Fenwick's blue jars is kept in the town museum.
"""


@pytest.fixture(scope="module")
def wool(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(WOOL)


def test_a_noun_ending_as_a_past_form_is_still_the_thing_asked(wool: tutor.Tutor) -> None:
    """'Which breed of sheep ...?': "breed" is a noun, not a verb's past like "killed",
    and the text never names a breed."""
    reply = wool.ask("Which breed of sheep grazed the hills?")
    assert reply.kind == "fallback" and "which breed" in reply.text


def test_the_name_asked_of_a_thing_a_clause_describes(wool: tutor.Tutor) -> None:
    """'the name of the ferryman drowned near the mill': the thing is the ferryman, the
    clause after it only says which; and "Brand's nephew" beside him, joined by "and" and
    written as an owner, is not his name."""
    reply = wool.ask("What was the name of the ferryman drowned near the mill?")
    assert reply.kind == "fallback" and "what the ferryman was called" in reply.text
    assert "Abel Stroud" in wool.ask("What was the name of the carter?").text


def test_which_one_of_a_thing_the_fact_tells_of_but_never_names(wool: tutor.Tutor) -> None:
    """'Which bank ...?' of "the mill's bank loans fell due": a bank is there, which one
    is not; "the river Wenn" beside "river" is the river asked for."""
    for line in ("Which bank had lent money to the mill?", "Which bank lent the mill money?"):
        reply = wool.ask(line)  # "lent", whose lemma is no noun, ends the thing asked
        assert reply.kind == "fallback" and "which bank" in reply.text, line
    assert "Wenn" in wool.ask("Which river was the mill built on?").text
    # "Sheep grazed the hills": a kind of animal in general, no one flock left unsaid
    assert wool.ask("Which sheep grazed the hills above the town?").kind == "answer"


def test_how_old_wants_an_age_not_any_number(
    wool: tutor.Tutor, draft_text: Callable[[str], tutor.Tutor]
) -> None:
    """'How old was Abel Stroud?' of "Abel Stroud pulled two children from the water": a
    number, but no age; "aged sixty-one" is one."""
    reply = wool.ask("How old was Abel Stroud?")
    assert reply.kind == "fallback" and "how old Abel Stroud was" in reply.text
    t = draft_text(
        "The Miller\n\nThe miller Tobias Crane ground corn for the village of Hesk for "
        "forty years. He died in the winter of 1866, aged sixty-one, and his son sold the "
        "mill to a brewer.\n"
    )
    assert "sixty-one" in t.ask("How old was Tobias Crane when he died?").text


def test_how_many_of_one_kind_is_not_a_count_of_another(wool: tutor.Tutor) -> None:
    """'How many sheep grazed the hills?' of a fact counting children: a count, but of
    people; 'how many children' is what it counts."""
    reply = wool.ask("How many sheep did Abel Stroud pull from the water?")
    assert reply.kind == "fallback" and "how many sheep" in reply.text
    assert "two children" in wool.ask("How many children did Abel Stroud pull from the water?").text


def test_a_drafts_own_questions_do_not_say_it_names_the_thing(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """A drafted fact's questions are made from its sentence ("What did the railways
    bring from the big potteries of Staffordshire?"), so they use its words: no author
    says by them that it tells which pottery."""
    t = draft_text(
        "The Potters\n\nAfter 1840 the railways brought cheap plates from the big "
        "potteries of Staffordshire, and the small village kilns closed one by one.\n"
    )
    reply = t.ask("Which pottery in Staffordshire made the cheap plates?")
    assert reply.kind == "fallback" and "which pottery" in reply.text


def test_a_birth_is_told_as_one_or_not_at_all(draft_text: Callable[[str], tutor.Tutor]) -> None:
    """'When was Silas Fenwick born?' of "In 1762 the merchant Silas Fenwick opened a
    glassworks": a date of his, but of another event; a birth is said as one ("born",
    "birth")."""
    t = draft_text(GLASS)
    assert t.ask("When was Silas Fenwick born?").kind != "answer"
    assert "1762" in t.ask("When did Silas Fenwick open the glassworks?").text


QUARRY = """The Quarry Road

The quarry at Slade sent its stone to the coast by lorry along the old river road. In the
storm of March 1956 the bank beside the road gave way under a loaded lorry of the Slade
Stone Company, and the lorry slid into the river below. Its driver, a young quarryman named
Owen Price, was drowned, and two passers-by were hurt. The road was closed for a year, and
the company paid for a new stone wall along the bank.
"""


def test_what_befell_at_a_moment_is_told_in_the_sentence_after_it(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """'Who was drowned when the lorry slid into the river?': the sentence telling the
    slide sets the time and holds no drowning; the next one, of that moment, does."""
    t = draft_text(QUARRY)
    for line in (
        "Who was drowned when the loaded lorry slid into the river below?",
        "Who drowned when the lorry slid into the river?",
    ):
        assert "Owen Price" in t.ask(line).text, line
    # a value asked ("how old") is not looked for so: "the old warehouse" is no age
    reply = draft_text(GLASS).ask("How old was Martha Fenwick when she took over?")
    assert "warehouse" not in reply.text


def test_what_was_paid_for_is_a_thing_not_a_sum(draft_text: Callable[[str], tutor.Tutor]) -> None:
    """'What did the company pay for when the road was closed?' asks the thing bought (a
    wall), not how much: "pay for" ends the line or a clause follows it; "what did riders
    pay for a ticket?" still asks a sum."""
    t = draft_text(QUARRY)
    reply = t.ask("What did the company pay for when the road was closed?")
    assert reply.kind == "answer" and "stone wall" in reply.text


def test_which_one_is_told_by_a_description(draft_text: Callable[[str], tutor.Tutor]) -> None:
    t = draft_text(
        "The Inn\n\nIn 1921 a fire started in the chimney of the kitchen and destroyed the "
        "back stable. In 1930 the landlord kept a rowing boat by the jetty. The innkeeper's "
        "cellar loans came due in 1925.\n"
    )
    assert "back stable" in t.ask("which stable burned in 1921?").text
    assert t.ask("which boat did the landlord keep?").kind == "answer"  # a rowing boat
    assert t.ask("which cellar did the innkeeper own?").kind != "answer"  # 'cellar loans'


PRESS = """The Printing House

In 1788 the printer Ezra Holt set up a press in a loft above the market at Dunmere. The
Dunmere Courier, the town's first newspaper, sold four hundred copies a week. The brothers
of Ezra Holt were weavers. In 1802 the press passed to an apprentice, Luke Ormsby, who
moved it to a larger shop on Bridge Street. The fire of 1811 destroyed the shop, and the
rebuilding cost Ormsby £240. Ormsby printed handbills for the horse fair, sermons for the
chapel and almanacs for the farmers. His daughter Ruth set type from the age of twelve, and
she ran the shop after 1840. The shop closed in 1879 when a railway brought the city papers
to Dunmere.
"""


@pytest.fixture(scope="module")
def press(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(PRESS)


def test_how_much_with_a_verb_of_paying_asks_a_sum(press: tutor.Tutor) -> None:
    """'How much did Holt charge ...?', '... cost at the market?' (the verb far from "how
    much"): a price, which "four hundred copies" is not; a sum the text gives answers."""
    for line in (
        "How much did Ezra Holt charge for a copy of the Courier?",
        "How much did a copy of the Dunmere Courier cost at the market?",
    ):
        assert press.ask(line).kind != "answer", line
    assert "£240" in press.ask("How much did the rebuilding of the shop cost Ormsby?").text
    assert "four hundred" in press.ask("How many copies did the Courier sell?").text


def test_a_death_is_told_in_a_word_that_may_tell_one(
    press: tutor.Tutor, draft_text: Callable[[str], tutor.Tutor]
) -> None:
    """'When did Ezra Holt die?' of "In 1788 ... Ezra Holt set up a press": a date of
    his, but of another event; no word of the sentence may tell a death. One told in
    other words ("was drowned") answers."""
    for line in ("When did Ezra Holt die?", "Why did Ezra Holt die?"):
        assert press.ask(line).kind != "answer", line
    assert "1788" in press.ask("When did Ezra Holt set up the press?").text
    t = draft_text(
        PRESS + "The ferryman Amos Reed was drowned in 1851 when his boat overturned "
        "in a flood, and the town raised a stone to him by the bridge.\n"
    )
    assert "1851" in t.ask("When did Amos Reed die?").text


def test_a_word_of_the_text_is_no_typo_for_a_function_word(press: tutor.Tutor) -> None:
    """'Who was Ezra Holt's wife?': "wife" is a word of English, not a slip for "were"
    (the text's "Ezra Holt were"); the text names no wife, so it does not say."""
    reply = press.ask("Who was Ezra Holt's wife?")
    assert reply.kind != "answer"
    assert press.ask("What was the name of Ezra Holt's wife?").kind != "answer"


LEATHER = """Leather at Welby

In 1820 the tanner Silas Drew built a tannery beside the brook at Welby. Hides came to the
tannery from the cattle market at Stowe, and oak bark for its pits from the woods above the
village. The hides lay in the pits for a year before the tannery sold them to saddlers. In
1825 the parish set up a school for the tanners' children. In 1831 the foreman, Amos Pike,
led a walk-out over wages. The men went back on the old rate, but Pike was never taken
back, and he later sailed for Quebec. Drew's son Walter built a second tannery at Stowe in
1848.
"""


def test_a_deed_the_text_says_elsewhere_is_not_confirmed_by_a_sentence_without_it(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """'Did Amos Pike set up his own tannery in Quebec?' of "he later sailed for
    Quebec": the text sets up other things, and this sentence holds neither the deed nor
    what it is done to, so it does not say; where he went it does."""
    t = draft_text(LEATHER)
    reply = t.ask("Did Amos Pike set up his own tannery in Quebec?")
    assert reply.kind != "answer" and "whether" in reply.text
    assert "Quebec" in t.ask("Did Amos Pike sail for Quebec?").text
    assert t.ask("Did Amos Pike go to Quebec?").kind == "answer"


def test_what_came_after_an_event_the_text_never_tells_is_untold(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """'What happened to Amos Pike after the tannery burned down?': the text tells no
    burning in any word, so no sentence of it tells what came after; not the sentence
    where the tannery was built."""
    t = draft_text(LEATHER)
    reply = t.ask("What happened to Amos Pike after the tannery burned down?")
    assert reply.kind != "answer" and "built a tannery" not in reply.text


SHOP = """The Pellow Family

Margit Pellow was born in Kessingford in 1790. She kept a small bakery on Tanner's Row for
thirty years, and her husband Jonas Pellow mended clocks.
"""


def test_a_name_asked_of_a_thing_where_only_a_place_is_named(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    # "on Tanner's Row" says where the bakery stood, not what it was called
    shop = draft_text(SHOP)
    reply = shop.session(seed=1).respond("What was the name of the bakery Margit Pellow kept?")
    assert reply.kind == "fallback" and "what the bakery was called" in reply.text
    # named, it is told
    reply = shop.session(seed=1).respond("What was the name of Margit Pellow's husband?")
    assert reply.kind == "answer" and "Jonas" in reply.text


BRIGADE = """The Ashby Fire Brigade

The Ashby Fire Brigade was founded in 1841 by the town's insurers. Its first captain was
Tom Hale, a builder, who trained the men on Sunday mornings.

In 1894 Walter Greaves, a former soldier, became captain. He bought the brigade's first
steam pump in 1899.
"""


def test_who_did_it_after_a_named_one_did_wants_someone_else(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    # Greaves is the one who retired, not the one asked: the sentence naming only him
    # does not tell who came next
    brigade = draft_text(BRIGADE)
    reply = brigade.session(seed=1).respond("Who became captain after Walter Greaves retired?")
    assert reply.kind == "fallback"
    assert "who became captain after Walter Greaves retired" in reply.text
    # the sentence that names him answers of him
    reply = brigade.session(seed=1).respond("Who became captain in 1894?")
    assert reply.kind == "answer" and "Walter Greaves" in reply.text


def test_a_name_asked_of_a_thing_the_sentence_never_tells_of(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """'What was the name of the boat Amos Pettifer emigrated on?' of "Amos Pettifer
    emigrated in 1841": no boat, and no name but his; the port he worked in is no boat's."""
    t = draft_text(
        "The Clockmaker's Brother\n\nIn 1838 the clockmaker Jonas Pettifer opened a shop on "
        "the market square at Wenlow. His younger brother, Amos Pettifer, emigrated in 1841 "
        "and worked as a joiner in the port of Halston; the brothers wrote to each other for "
        "forty years. In 1850 the shop made a turret clock for the church of St Anne.\n"
    )
    reply = t.ask("What was the name of the boat Amos Pettifer emigrated on?")
    assert reply.kind == "fallback" and "what the boat was called" in reply.text
    assert "joiner" in t.ask("Where did Amos Pettifer work?").text
