"""Spelling by ear: a learner who types as words sound ("hoo", "dus", "becuz") or as
they text is read as the words meant, question words, auxiliaries and pronouns first."""

from __future__ import annotations

import pytest

import tutor
from tutor._phonetic import beats
from tutor._phonetic import key as sound_key

FACTS = """\
topic: {id: mill, title: The mill}
facts:
  - id: founded
    answer: Agnes Fenwright founded the mill in 1820 because the river never froze.
    source: Agnes Fenwright founded the mill in 1820 because the river never froze.
    questions: [Who founded the mill?]
  - id: quist
    answer: Harald Quist counted the sacks of flour every week.
    source: Harald Quist counted the sacks of flour every week.
    questions: [What did Harald Quist count?]
  - id: council
    answer: The bureaucracy of the council delayed the new bridge for ten years.
    source: The bureaucracy of the council delayed the new bridge for ten years.
    questions: [What delayed the new bridge?]
  - id: lost
    answer: The miller began to lose money in 1851, when the bank called in his loan.
    source: The miller began to lose money in 1851, when the bank called in his loan.
    questions: [When did the miller lose money?]
  - id: tower
    answer: The tower of the mill was built in 1830, and a tour of it costs one penny.
    source: The tower of the mill was built in 1830, and a tour of it costs one penny.
    questions: [When was the tower built?]
  - id: wheel
    answer: Visitors look at the old wheel from the bridge.
    source: Visitors look at the old wheel from the bridge.
    questions: [Where do visitors look at the wheel from?]
"""


def _pack(root_factory: pytest.TempPathFactory, name: str, facts: str) -> tutor.Tutor:
    root = root_factory.mktemp(name)
    (root / "knowledge").mkdir()
    (root / "knowledge" / f"{name}.yaml").write_text(facts)
    return tutor.Tutor.from_path(root, cache=None)


@pytest.fixture(scope="module")
def mill(tmp_path_factory: pytest.TempPathFactory) -> tutor.Tutor:
    return _pack(tmp_path_factory, "mill", FACTS)


@pytest.fixture(scope="module")
def essay() -> tutor.Tutor:
    return tutor.Tutor()


def words(t: tutor.Tutor, line: str) -> tuple[str, ...]:
    return t._engine.analyzer.analyze(line).words


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("hoo founded the mill", "who founded the mill"),
        ("hoo wuz harald quist", "who was harald quist"),
        ("how much dus a tour cost", "how much does a tour cost"),
        ("wat did harald sed", "what did harald said"),
        ("cud the river freeze", "could the river freeze"),
        ("did agnes found it becuz of the river", "did agnes found it because of the river"),
    ],
)
def test_a_function_word_typed_by_sound_is_read_as_it(
    mill: tutor.Tutor, line: str, read: str
) -> None:
    assert " ".join(words(mill, line)) == read


def test_a_question_opened_by_sound_is_answered(mill: tutor.Tutor) -> None:
    reply = mill.session().respond("hoo founded the mill")
    assert reply.kind == "answer" and reply.fact_ids == ("founded",)
    reply = mill.session().respond("how much dus a tour cost")
    assert reply.kind == "answer" and "one penny" in reply.text


@pytest.mark.parametrize(
    ("line", "meant"),
    [
        ("hoo was the general secretary", "who"),
        ("hoo wer the triumvirate", "who"),
        ("dus trotsky go to mexico", "does"),
        ("did trotsky lose becuz he was arrogant", "because"),
        ("wat did lenin sed about stalin", "said"),
        ("how far cud trotsky go", "could"),
        ("who wud lenin choose", "would"),
        ("shud stalin have been removed", "should"),
        ("why was ther a split", "there"),
        ("wat did dey do to trotsky", "they"),
        ("haz trotsky been exiled", "has"),
        ("wat happened afta lenin died", "after"),
        ("did trotsky neva return", "never"),
        ("wat did the otha leaders do", "other"),
        ("who was unda stalins control", "under"),
        ("wat did stalin do wiv the party", "with"),
    ],
)
def test_the_essays_lines_typed_by_sound_read_as_meant(
    essay: tutor.Tutor, line: str, meant: str
) -> None:
    assert meant in words(essay, line)


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("dose the river freeze", "does the river freeze"),
        ("what dose the river do", "what does the river do"),
        ("how much dose a tour cost", "how much does a tour cost"),
        ("wood the miller lose money", "would the miller lose money"),
        # a noun or verb where no auxiliary stands
        ("what dose of flour", "what dose of flour"),
        ("the dose was large", "the dose was large"),
        ("what dose did he take", "what dose did he take"),
        ("the wood of the wheel", "the wood of the wheel"),
    ],
)
def test_a_real_word_said_as_an_auxiliary_is_read_as_it_where_one_stands(
    mill: tutor.Tutor, line: str, read: str
) -> None:
    assert " ".join(words(mill, line)) == read


def test_an_auxiliary_said_as_a_real_word_is_answered(mill: tutor.Tutor) -> None:
    reply = mill.session().respond("how much dose a tour cost")
    assert reply.kind == "answer" and "one penny" in reply.text


def test_a_text_that_uses_the_real_word_keeps_it(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    facts = """\
topic: {id: ward, title: The ward}
facts:
  - id: dose
    answer: The nurse gave each patient a dose of salt water every morning.
    source: The nurse gave each patient a dose of salt water every morning.
    questions: [What did the nurse give each patient?]
"""
    ward = _pack(tmp_path_factory, "ward", facts)
    assert "dose" in words(ward, "what dose the nurse give")


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("becuz", "because"),
        ("looz", "lose"),
        ("kwist", "quist"),
        ("fenrite", "fenwright"),
        ("burocracy", "bureaucracy"),
        ("fizzix", "physics"),
        ("nolidge", "knowledge"),
        ("sfagnum", "sphagnum"),
        ("sedjes", "sedges"),
        ("glasier", "glacier"),
    ],
)
def test_a_word_spelt_by_ear_has_the_sound_key_of_the_word_meant(typed: str, meant: str) -> None:
    assert sound_key(typed) == sound_key(meant)
    assert beats(typed) == beats(meant)


def test_words_said_otherwise_have_other_keys_or_beats() -> None:
    assert sound_key("looz") != sound_key("look")
    assert sound_key("parted") != sound_key("party")
    assert beats("winnow") != beats("when")


@pytest.mark.parametrize(
    ("line", "read"),
    [
        # nearer words by letters ("twist", "rewrite", "autocracy") are no slips of a finger
        ("wat did harald kwist count", "what did harald quist count"),
        ("wat did the burocracy delay", "what did the bureaucracy delay"),
        ("who was agnes fenrite", "who was agnes fenwright"),
        # a slip of the finger is nearer than a word said alike ('tour')
        ("who built the towr", "who built the tower"),
        # but not one that says the word with a beat more or less ('mill')
        ("wen did the milla lose money", "when did the miller lose money"),
        ("wen was the towwer built", "when was the tower built"),
    ],
)
def test_a_word_spelt_by_ear_is_read_as_the_texts_word_said_alike(
    mill: tutor.Tutor, line: str, read: str
) -> None:
    assert " ".join(words(mill, line)) == read


def test_a_question_with_a_word_spelt_by_ear_is_answered(mill: tutor.Tutor) -> None:
    reply = mill.session().respond("wat did harald kwist count")
    assert reply.kind == "answer" and reply.fact_ids == ("quist",)
    reply = mill.session().respond("wat did the burocracy delay")
    assert reply.kind == "answer" and reply.fact_ids == ("council",)


def test_an_unknown_word_said_like_the_texts_but_spelt_far_from_it_stays(
    essay: tutor.Tutor,
) -> None:
    """'synovia' has the key of the essay's 'zinoviev' and as many beats, but is three
    letters from it: an unknown word, not the name misheard."""
    assert "synovia" in words(essay, "who was synovia")


def test_an_r_left_unsaid_is_heard_as_the_texts_word(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """Much English says no r before a consonant or at a word's end: 'sista' and
    'daughta' are the text's 'sister' and 'daughter', not 'site' and 'taught'."""
    facts = """\
topic: {id: family, title: The family}
facts:
  - id: sister
    answer: His elder sister Margery kept the accounts of the foundry for twenty years.
    source: His elder sister Margery kept the accounts of the foundry for twenty years.
    questions: [What did his sister keep?]
  - id: daughter
    answer: His daughter Louisa drew the bells that her father cast, and a teacher taught her.
    source: His daughter Louisa drew the bells that her father cast, and a teacher taught her.
    questions: [What did his daughter draw?]
"""
    family = _pack(tmp_path_factory, "family", facts)
    assert "sister" in words(family, "wat did his sista keep")
    assert "daughter" in words(family, "wat did his daughta draw")
    reply = family.session().respond("wat did his sista keep")
    assert reply.kind == "answer" and reply.fact_ids == ("sister",)


def test_a_past_tense_typed_without_its_silent_e_is_that_verb(essay: tutor.Tutor) -> None:
    """'calld' was heard as 'could' (one beat each) because 'called' was counted as two:
    the e of a past -ed after a consonant other than t or d is not said."""
    assert beats("called") == beats("calld") == 1
    assert beats("wanted") == 2
    assert "called" in words(essay, "what was the testament calld")
