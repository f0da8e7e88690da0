"""Spelling: a learner's misspelt, run-on and split words are read as the pack's words."""

from __future__ import annotations

import pickle

import pytest

import tutor


def test_a_cached_analyzer_still_corrects_spelling() -> None:
    """A built pack is pickled to the disk cache without its spelling caches; loaded back,
    it corrects a learner's words as the fresh build did."""
    analyzer = tutor.Tutor()._engine.analyzer
    line = "whokilled trotksy in mexco"
    loaded = pickle.loads(pickle.dumps(analyzer, protocol=pickle.HIGHEST_PROTOCOL))
    assert loaded.analyze(line).words == analyzer.analyze(line).words
    assert loaded.analyze(line).words == ("who", "killed", "trotsky", "in", "mexico")
    assert loaded.correct("stallin") == "stalin"


FACTS = """\
topic: {id: town, title: The town}
facts:
  - id: ell
    answer: The last fair was held in 1374, and the iron ell was taken down from the church wall two years later.
    source: The last fair was held in 1374, and the iron ell was taken down from the church wall two years later.
    questions: [When was the iron ell removed?]
  - id: act
    answer: Parliament passed the Flood Act in 1972, and the works began two years later.
    source: Parliament passed the Flood Act in 1972, and the works began two years later.
    questions: [Which act was passed in 1972?]
  - id: tower
    answer: The tower of the church is forty metres tall.
    source: The tower of the church is forty metres tall.
    questions: [How tall is the tower?]
"""


@pytest.fixture(scope="module")
def town(tmp_path_factory: pytest.TempPathFactory) -> tutor.Tutor:
    root = tmp_path_factory.mktemp("town")
    (root / "knowledge").mkdir()
    (root / "knowledge" / "town.yaml").write_text(FACTS)
    return tutor.Tutor.from_path(root, cache=None)


def words(t: tutor.Tutor, line: str) -> tuple[str, ...]:
    return t._engine.analyzer.analyze(line).words


def test_a_two_letter_slip_is_read_beside_the_word_the_text_says_it_with(
    town: tutor.Tutor,
) -> None:
    """'el' is too short to correct alone, but the text says 'iron ell'."""
    assert "ell" in words(town, "whn was the iron el taken down")
    assert words(town, "el") == ("el",)  # no neighbour: nothing tells what it stands for
    reply = town.session().respond("whn was the iron el taken down")
    assert reply.kind == "answer" and reply.fact_ids == ("ell",)


def test_a_capitalised_misspelling_of_a_word_the_text_always_capitalises_is_corrected(
    town: tutor.Tutor,
) -> None:
    """A capitalised word mid-line is taken for a name, and corrected only to a name; the
    text's own capitalised words ('Parliament') are names too."""
    assert "parliament" in words(town, "Which act did Parlimaent pass?")
    assert "church" not in words(town, "Was it in Chuch?")  # the text writes 'church'
    reply = town.session().respond("Which act did Parlimaent pass?")
    assert reply.fact_ids == ("act",)


def test_a_common_slip_of_an_english_word_the_text_does_not_use_is_put_back(
    town: tutor.Tutor,
) -> None:
    """'heihgt' is 'height' with two letters swapped, though the text never says 'height';
    a word changed in other ways that short is left alone (it may be a name)."""
    assert "height" in words(town, "tower heihgt")
    assert "height" not in words(town, "tower heicht")
    # so is a less common word ("journal"), and one with a letter of a double left out,
    # which beats a swap of another word ("folded")
    assert "journal" in words(town, "the church jounral")
    assert "flooded" in words(town, "was the church floded")
    assert "length" in words(town, "church lenbth")  # 'b' is struck beside 'g'
    assert "visitor" in words(town, "a church vistor")  # a letter left out


def test_a_learners_abbreviation_of_an_everyday_word_is_read_as_the_word(
    default_tutor: tutor.Tutor,
) -> None:
    """'yr' is how a hurried learner writes 'year': the date is asked, not a thing."""
    reply = default_tutor.ask("which yr did Stalin become general secretary?")
    assert reply.kind == "answer" and "1922" in reply.text


def test_a_word_typed_in_two_is_one_though_each_half_reads_as_another_word(
    default_tutor: tutor.Tutor,
) -> None:
    """'trium virate' is the Triumvirate, not 'triumph' and 'vibrate', and 'propa ganda'
    propaganda: the halves are joined as typed, before each is corrected alone."""
    analyze = default_tutor._engine.analyzer.analyze
    assert "triumvirate" in analyze("who formed the trium virate").words
    assert "propaganda" in analyze("what did stalin's propa ganda say").words


HARBOUR = """\
topic: {id: harbour, title: The harbour}
facts:
  - id: keeper
    answer: The harbourmaster rebuilt the breakwater after the storm of 1903.
    source: The harbourmaster rebuilt the breakwater after the storm of 1903.
    questions: [Who rebuilt the breakwater?]
  - id: captain
    answer: The captain of the lifeboat was overconfident and ignored the warning.
    source: The captain of the lifeboat was overconfident and ignored the warning.
    questions: [Who ignored the warning?]
  - id: stone
    answer: The stone for the breakwater came from a quarry at the head of the bay.
    source: The stone for the breakwater came from a quarry at the head of the bay.
    questions: [Where did the stone come from?]
  - id: storm
    answer: The storm of 1903 was the worst storm in living memory, and after the storm the town collected money for the lifeboat.
    source: The storm of 1903 was the worst storm in living memory, and after the storm the town collected money for the lifeboat.
    questions: [What did the town do after the storm?]
  - id: warning
    answer: The gist of the warning was that the tide would rise.
    source: The gist of the warning was that the tide would rise.
    questions: [What was the warning?]
"""


@pytest.fixture(scope="module")
def harbour(tmp_path_factory: pytest.TempPathFactory) -> tutor.Tutor:
    root = tmp_path_factory.mktemp("harbour")
    (root / "knowledge").mkdir()
    (root / "knowledge" / "harbour.yaml").write_text(HARBOUR)
    return tutor.Tutor.from_path(root, cache=None)


def test_a_word_split_and_misspelt_at_once_is_the_texts_word(harbour: tutor.Tutor) -> None:
    """Halves that are no words ('breakwa tr'), or English words the text never uses
    ('cap tin'), run together one slip from the text's word are that word."""
    assert "breakwater" in words(harbour, "who rebuilt the breakwa tr")
    assert "captain" in words(harbour, "what did the cap tin ignore")
    reply = harbour.session().respond("what did the cap tin ignore")
    assert reply.kind == "answer" and reply.fact_ids == ("captain",)
    # not a function word run into a slip ('in quary' is in the quarry, no 'inquiry'),
    # nor the text's own word beside a slip that alone is one of its words ('head bya')
    assert words(harbour, "was the stone in quary") == ("was", "the", "stone", "in", "quarry")
    assert words(harbour, "at the head bya") == ("at", "the", "head", "bay")


def test_a_particle_opens_the_texts_word_when_the_rest_is_misspelt(
    harbour: tutor.Tutor,
) -> None:
    """'over confidnt' is the text's 'overconfident': the misspelt half is corrected and
    the particle joins it; spelt right, a particle and a word stay two ('over stone')."""
    assert "overconfident" in words(harbour, "who was over confidnt")
    assert words(harbour, "the stone over") == ("the", "stone", "over")


def test_a_slip_of_the_first_letter_is_a_word_the_text_says_often(harbour: tutor.Tutor) -> None:
    """A first letter left out, struck on its neighbour key or swapped with the second
    ('torm', 'dtorm', 'tsorm') is the text's word it says often ('storm'), not an English
    word that starts as typed ('term', 'torn')."""
    for typed in ("torm", "dtorm", "tsorm"):
        assert "storm" in words(harbour, f"what happened after the {typed}")
    reply = harbour.session().respond("what did the town do after the torm")
    assert reply.kind == "answer" and reply.fact_ids == ("storm",)


@pytest.mark.parametrize(
    ("line", "ordinal"),
    [
        ("what was the fifteenth party congress", "fifteenth"),
        ("wat was the fiffteenth party congress", "fifteenth"),
        ("what happened at the thirteeth party congres", "thirteenth"),
    ],
)
def test_an_ordinal_the_text_does_not_say_is_not_read_as_the_one_it_does(
    line: str, ordinal: str
) -> None:
    """The essay names the 13th Party Congress: a learner asking of the fifteenth, or
    misspelling it, is not answered of the thirteenth."""
    essay = tutor.Tutor()
    assert ordinal in words(essay, line)
    reply = essay.session().respond(line)
    assert ("13th" in reply.text) == (ordinal == "thirteenth")


def test_a_long_word_a_few_letters_from_an_ordinal_is_not_read_as_it() -> None:
    """'footpath' is three letters from 'fortieth', as long words of one length often are:
    an ordinal the text does not say is offered for one slip only ('fiffteenth')."""
    essay = tutor.Tutor()
    assert essay._engine.analyzer.correct("footpath") == "footpath"
    assert essay._engine.analyzer.correct("eightpence") == "eightpence"
    assert "fifteenth" in words(essay, "the fiffteenth congress")
