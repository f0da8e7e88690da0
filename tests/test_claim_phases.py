"""Claims that put a relation or a state at a point of the story ("first", "later", "all
her life"): checked against the order the text tells it in, and corrected with the fact
that fills the same role of the same relation at that point; and claims of a wish ("A
wanted B to be X"), against the fact telling what A wished for B.

On a pack written here (a harbour city's politics), so that nothing in the checks knows
the essay; the names, relations and capitalised descriptions are all the pack's own.
"""

from __future__ import annotations

import pytest

import tutor

LEXICON = """\
entities:
  - name: Ada Orme
    kind: person
    aliases: [orme, ada]
  - name: Bram Tull
    kind: person
    aliases: [tull, bram]
  - name: Cass Wren
    kind: person
    aliases: [wren, cass]
  - name: Dov Pike
    kind: person
    aliases: [pike, dov]
  - name: Mel Quill
    kind: person
    aliases: [quill, mayor quill]
  - name: Fenn Rusk
    kind: person
    aliases: [rusk, fenn]
  - name: Saltmarsh
    kind: place
    aliases: []
  - name: Corvo
    kind: place
    aliases: []
  - name: Brindle
    kind: place
    aliases: []
  - name: Dock Union
    kind: group
    aliases: [the union, dockers]
"""

FACTS = """\
topic:
  id: rise
  title: Orme's rise in the harbour city
  summary: Orme allied first with Tull, later with Wren, and turned on Tull.
  order: 1
facts:
  - id: orme-port-office
    answer: Orme won the port office after years of quiet work on the docks.
    source: "Orme won the port office after years of quiet work on the docks."
    questions: [How did Orme win the port office?]
    keywords: [port office, docks]
    related: []
  - id: orme-tull-pike
    answer: Initially, Orme aligned herself with Bram Tull and Dov Pike, two harbour clerks who feared the Dock Union.
    source: "Initially, Orme aligned herself with Bram Tull and Dov Pike, two harbour clerks who feared the Dock Union."
    questions: [Who did Orme ally with first?]
    keywords: [aligned, clerks, feared]
    related: []
  - id: orme-wren
    answer: By 1861, Orme formed a new alliance with Cass Wren and the Dock Union.
    source: "By 1861, Orme formed a new alliance with Cass Wren and the Dock Union."
    date: 1861
    questions: [Who did Orme ally with in 1861?]
    keywords: [alliance, 1861]
    related: []
  - id: orme-turned
    answer: After winning the mayoralty, Orme turned on her former allies Tull and Pike.
    source: "After winning the mayoralty, Orme turned on her former allies Tull and Pike."
    questions: [What did Orme do to Tull and Pike?]
    keywords: [turned on, mayoralty]
    related: []
  - id: wren-past
    answer: Her critics stressed Wren's Royalist past to doubt her loyalty to the city.
    source: "Her critics stressed Wren's Royalist past to doubt her loyalty to the city."
    questions: [Why did critics doubt Wren?]
    keywords: [critics, royalist, past, loyalty]
    related: []
  - id: wren-speaker
    answer: Wren remained a gifted speaker whom the Republican clubs of the city admired.
    source: "Wren remained a gifted speaker whom the Republican clubs of the city admired."
    questions: [Was Wren a good speaker?]
    keywords: [gifted speaker, republican clubs]
    related: []
  - id: quill-letter
    answer: Before his death, Quill had grown wary of Orme and wrote a letter urging that Orme be barred from the council.
    source: "Before his death, Quill had grown wary of Orme and wrote a letter urging that Orme be barred from the council."
    questions: [What did Quill's letter say?]
    keywords: [letter, wary, barred, council]
    related: []
  - id: orme-banished
    answer: In 1870 the council banished Orme from Saltmarsh.
    source: "In 1870 the council banished Orme from Saltmarsh."
    date: 1870
    questions: [When was Orme banished?]
    keywords: [banished, council, 1870]
    related: []
  - id: orme-exile-places
    answer: After her banishment, Orme lived in exile in Corvo and later in Brindle.
    source: "After her banishment, Orme lived in exile in Corvo and later in Brindle."
    questions: [Where did Orme live in exile?]
    keywords: [exile, lived]
    related: []
  - id: orme-murdered
    answer: In 1880, Orme was murdered by Fenn Rusk, a hired sailor.
    source: "In 1880, Orme was murdered by Fenn Rusk, a hired sailor."
    date: 1880
    questions: [Who murdered Orme?]
    keywords: [murdered, sailor, 1880]
    related: []
  - id: orme-boathook
    answer: Rusk attacked Orme with a boathook at her home in Brindle.
    source: "Rusk attacked Orme with a boathook at her home in Brindle."
    questions: [How was Orme killed?]
    keywords: [boathook, attacked, weapon]
    related: []
  - id: orme-no-strike
    answer: Orme refused to call a strike to counter the council's growing power.
    source: "Orme refused to call a strike to counter the council's growing power."
    questions: [Did Orme call a strike?]
    keywords: [strike, refused]
    related: []
  - id: orme-declined-march
    answer: One of Orme's errors was declining to march against the council after Quill's death.
    source: "One of Orme's errors was declining to march against the council after Quill's death."
    questions: [What did Orme do after Quill died?]
    keywords: [errors, march, declining]
    related: []
  - id: orme-heir
    answer: Orme's newspapers hailed Orme as Quill's true heir.
    source: "Orme's newspapers hailed Orme as Quill's true heir."
    questions: [How did the newspapers present Orme?]
    keywords: [newspapers, hailed, heir]
    related: []
"""


@pytest.fixture(scope="module")
def city(tmp_path_factory: pytest.TempPathFactory) -> tutor.Tutor:
    root = tmp_path_factory.mktemp("city")
    (root / "knowledge").mkdir()
    (root / "knowledge" / "00-lexicon.yaml").write_text(LEXICON, encoding="utf-8")
    (root / "knowledge" / "01-rise.yaml").write_text(FACTS, encoding="utf-8")
    return tutor.Tutor.from_path(root)


def reply(t: tutor.Tutor, text: str) -> tutor.Reply:
    return t.session(seed=0).respond(text)


@pytest.mark.parametrize(
    "claim",
    [
        "Orme's first allies against the union were Wren and the dockers.",
        "Orme first aligned herself with Wren, correct?",
        "At first Orme allied with Tull and Wren",  # one of the two at the wrong point
        "Orme allied with Wren first and with Tull later",  # the phases said behind
        "Wren was Orme's earliest ally",  # the anchor as the owner of the relation
    ],
)
def test_the_right_ally_in_the_wrong_phase_is_corrected_with_who_it_was_then(
    city: tutor.Tutor, claim: str
) -> None:
    got = reply(city, claim)
    assert got.kind == "correction", got.text
    assert got.fact_ids[0] == "orme-tull-pike"  # who it was at first, by the frame
    assert "Tull" in got.text and "Pike" in got.text
    assert "orme-wren" in got.fact_ids  # and when the text puts the claim's ally


@pytest.mark.parametrize(
    ("claim", "fact"),
    [
        ("Orme's first allies were Tull and Pike.", "orme-tull-pike"),
        ("At first Orme allied with Tull, and later with Wren", "orme-tull-pike"),
        ("Orme later allied with Wren", "orme-wren"),
        ("Pike was one of Orme's original allies", "orme-tull-pike"),
    ],
)
def test_the_right_ally_in_the_right_phase_is_confirmed_by_that_phase(
    city: tutor.Tutor, claim: str, fact: str
) -> None:
    got = reply(city, claim)
    assert got.kind == "answer" and got.text.startswith(("Yes", "Correct", "Right", "That")), (
        got.text
    )
    assert got.fact_ids[0] == fact


def test_a_partner_always_kept_is_corrected_with_the_turn(city: tutor.Tutor) -> None:
    got = reply(city, "Tull always sided with Orme")
    assert got.kind == "correction", got.text
    assert "turned on" in got.text


@pytest.mark.parametrize(
    "claim",
    [
        "Wren was a loyal Republican all her life",
        "Wren had been a Republican her whole life and never anything else.",
        "Wren was always a Republican",
    ],
)
def test_always_a_proper_description_is_corrected_with_what_she_once_was(
    city: tutor.Tutor, claim: str
) -> None:
    got = reply(city, claim)
    assert got.kind == "correction", got.text
    assert "Royalist past" in got.text


def test_always_a_common_description_is_never_told_no(city: tutor.Tutor) -> None:
    # a gifted speaker and a Royalist once: both may hold, so nothing contradicts it
    assert reply(city, "Wren was always a gifted speaker").kind != "correction"


@pytest.mark.parametrize(
    "claim", ["Quill wanted Orme to be his heir", "quill trusted orme and picked her as heir"]
)
def test_a_wish_the_text_gives_otherwise_is_corrected_with_the_wish_it_tells(
    city: tutor.Tutor, claim: str
) -> None:
    got = reply(city, claim)
    assert got.kind == "correction", got.text
    assert got.fact_ids[0] == "quill-letter"  # the same wisher's wish for her, not "hailed"


def test_the_wish_the_text_tells_is_confirmed_and_other_words_are_not_told_no(
    city: tutor.Tutor,
) -> None:
    got = reply(city, "Quill wanted Orme barred from the council")
    assert got.kind == "answer" and got.fact_ids[0] == "quill-letter", got.text
    # words the text never says of her may mean the same: no verdict against them
    assert reply(city, "Quill wanted Orme silenced").kind != "correction"


def test_a_place_in_another_role_is_corrected_with_the_fact_filling_that_role(
    city: tutor.Tutor,
) -> None:
    # "banished to X" asks where she went: the fact telling where she was banished
    # from ranks first, but it is the one telling where she lived in exile that answers
    got = reply(city, "In 1870 Orme was banished to Velden.")
    assert got.kind == "correction", got.text
    assert got.fact_ids[0] == "orme-exile-places" and "Corvo" in got.text
    assert reply(city, "In 1870 Orme was banished to Corvo").kind == "answer"


def test_a_wrong_doer_with_a_wrong_means_is_told_both(city: tutor.Tutor) -> None:
    # who did it is wrong, and so is how: the correction names the means the text gives
    got = reply(city, "Orme was poisoned by Quill")
    assert got.kind == "correction", got.text
    assert "Rusk" in got.text and "boathook" in got.text


def test_two_descriptions_swapped_are_each_corrected_with_what_the_text_calls_them(
    city: tutor.Tutor,
) -> None:
    got = reply(city, "Pike was the gifted speaker and Wren was the harbour clerk")
    assert got.kind == "correction", got.text
    # what the text calls each of them, both in the one correction
    assert set(got.fact_ids[:2]) == {"orme-tull-pike", "wren-speaker"}
    assert "clerks" in got.text and "gifted speaker" in got.text
    got = reply(city, "Wren was a gifted speaker and Pike was a harbour clerk")
    assert got.kind == "answer", got.text


def test_a_wrong_deed_at_a_time_is_corrected_with_the_fact_telling_that_time(
    city: tutor.Tutor,
) -> None:
    # the deed alone is denied by one fact; another tells what she did at that time
    got = reply(city, "Orme called a strike against the council right after Quill died")
    assert got.kind == "correction", got.text
    assert got.fact_ids[0] == "orme-declined-march", got.fact_ids
