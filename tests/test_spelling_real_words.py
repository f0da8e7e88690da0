"""Real words stay real: a learner's English word is read as another of the text's only
when it is a typist's slip of a word the text keeps saying, never any word a letter away."""

from __future__ import annotations

import pytest

import tutor

GUILD = """\
topic: {id: guild, title: The weavers' guild}
facts:
  - id: hall
    answer: The merchants funded the new hall in 1702, and those who funded it had their names carved over the door.
    source: The merchants funded the new hall in 1702, and those who funded it had their names carved over the door.
    questions: [Who paid for the new hall?]
  - id: council
    answer: The guild's old enemies on the town council lost the vote on tolls.
    source: The guild's old enemies on the town council lost the vote on tolls.
    questions: [Who lost the vote on tolls?]
  - id: faction
    answer: Younger weavers formed a faction; the faction met in an inn, and the faction split in 1710.
    source: Younger weavers formed a faction; the faction met in an inn, and the faction split in 1710.
    questions: [When did the faction split?]
  - id: contract
    answer: Dyers worked on the basis of a yearly contract.
    source: Dyers worked on the basis of a yearly contract.
    questions: [How were dyers hired?]
  - id: day
    answer: A weaver's day was long, with long hours at the loom and longer ones in winter.
    source: A weaver's day was long, with long hours at the loom and longer ones in winter.
    questions: [How long was a weaver's day?]
  - id: marker
    answer: A lead marker on each bale showed its weight; the marker was stamped at the hall, and a false marker meant a fine.
    source: A lead marker on each bale showed its weight; the marker was stamped at the hall, and a false marker meant a fine.
    questions: [What did the marker show?]
  - id: coaster
    answer: A coaster took the bales to the port, and the coaster came back with wool; the coaster sank in 1731.
    source: A coaster took the bales to the port, and the coaster came back with wool; the coaster sank in 1731.
    questions: [What took the bales to the port?]
  - id: readers
    answer: The guild's readers checked every bolt, and the readers fined a weaver for a short one.
    source: The guild's readers checked every bolt, and the readers fined a weaver for a short one.
    questions: [Who checked every bolt?]
  - id: cloth
    answer: The cloth cut at the hall was sold by the yard.
    source: The cloth cut at the hall was sold by the yard.
    questions: [How was the cloth sold?]
"""


@pytest.fixture(scope="module")
def guild(tmp_path_factory: pytest.TempPathFactory) -> tutor.Tutor:
    root = tmp_path_factory.mktemp("guild")
    (root / "knowledge").mkdir()
    (root / "knowledge" / "guild.yaml").write_text(GUILD)
    return tutor.Tutor.from_path(root, cache=None)


def words(t: tutor.Tutor, line: str) -> tuple[str, ...]:
    return t._engine.analyzer.analyze(line).words


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        # a letter added away from its keys' neighbours: "founded" is no "funded"
        ("when was the guild founded", "founded"),
        # "foes" is no word of the text, only of the lexicon's group with its "enemies"
        ("what were the guild fees", "fees"),
        # plurals the word list lacks are English as their singular, and makers it has as
        # their verb (one it lacks, "caster", may be the text's "coaster" misspelt, as
        # "reders" is its "readers")
        ("where were the dye basins", "basins"),
        ("who was the cloth maker", "maker"),
        # beside a word the text says with another, only a word that sounds alike is it
        # ("grate storm" of "great storm"): "cloth cost" is no "cloth cut"
        ("what did the cloth cost", "cost"),
    ],
)
def test_a_real_word_is_not_read_as_a_word_a_letter_away(
    guild: tutor.Tutor, line: str, kept: str
) -> None:
    assert kept in words(guild, line)


def test_a_typists_slip_of_a_word_the_text_keeps_saying_is_that_word(
    guild: tutor.Tutor,
) -> None:
    """'fraction' is 'faction' with the key beside 'f' struck too, and the text says
    'faction' again and again."""
    assert "faction" in words(guild, "when did the fraction split")
    reply = guild.session().respond("when did the fraction split")
    assert reply.kind == "answer" and reply.fact_ids == ("faction",)


def test_a_misspelt_word_of_the_text_that_looks_made_of_a_common_one_is_corrected(
    guild: tutor.Tutor,
) -> None:
    """ "reders" looks like "red" + "ers", but no word list has it: it is the text's
    "readers" misspelt, and is read so."""
    assert "readers" in words(guild, "what did the reders check")


@pytest.mark.parametrize(
    ("line", "kept", "not_read_as"),
    [
        # one letter off "new", but no slip of a finger: "p" is nowhere near "w"
        ("what was the nep", "nep", "new"),
    ],
)
def test_a_short_unknown_word_no_slip_explains_is_not_read_as_the_texts(
    guild: tutor.Tutor, line: str, kept: str, not_read_as: str
) -> None:
    """A short word the pack does not know ("NEP", "Beria"), a letter or two from one it
    does by no typist's slip, is a word the learner knows and the text does not: read as
    the text's word it asks of something else ("what was the new hall" was answered)."""
    said = words(guild, line)
    assert kept in said and not_read_as not in said
