"""A drafted fact never puts the wrong person's name for a 'he', 'she' or 'his': the
gender votes that decide whom a pronoun stands for do not come from a name inside an
opening phrase ("At Brede's workshop she met ..."), from the sentence after one that says
both 'he' and 'she', from a comparison ("two years older than she was") nor from a 'her'
given something ("paid her two shillings"). Wrong votes made an instrument maker 'she'
and drafted "Brede was known for Tomas Varnholt's temper" and "Within two years Brede was
grinding prisms" of the woman he taught."""

from __future__ import annotations

from tutor._scaffold import scaffold


def _facts(text: str) -> str:
    """The drafted answers, one a line (their sources keep the pronouns as written)."""
    files = scaffold(text)
    lines = "".join(v for k, v in files.items() if k.startswith("knowledge/0")).splitlines()
    return "\n".join(line.strip() for line in lines if line.strip().startswith("answer:"))


MAKER = """Rosa Lind

Rosa Lind was born in 1840 in Tarn. Her father, Jon Lind, mended boats.

In 1860 she moved to the city and became an apprentice of Emil Vost, the best instrument
maker there. Vost was known for his temper, but he praised her work. Within two years she
was cutting lenses that he used for his own telescopes. At Vost's shop she met Ada Kerr, a
chemist.
"""


def test_his_after_the_subject_named_stays_as_written() -> None:
    facts = _facts(MAKER)
    assert "Jon Lind's temper" not in facts
    assert "Vost was known for his temper" in facts


def test_she_after_a_man_and_a_woman_is_not_the_man() -> None:
    facts = _facts(MAKER)
    assert "Vost was cutting lenses" not in facts


SHOP = """Rosa Lind

Rosa Lind was born in 1840 in Tarn. Her father, Jon Lind, mended boats.

In 1860 she moved to the city and became an apprentice of Emil Vost, the best instrument
maker there. At Vost's shop she met Ada Kerr, a chemist. Vost was known for his temper, and
he kept the best glass for himself.
"""


def test_a_name_owning_an_opening_phrase_gives_no_gender() -> None:
    facts = _facts(SHOP)
    assert "Jon Lind's temper" not in facts
    assert "Vost was known for his temper" in facts


DYER = """Ida Brun

Ida Brun was a dyer of Holm. Her rival was Karl Sorr, an apprentice two years older than
she was, who mocked her notebooks. A boy named Piet Amsel left her to work for Sorr, and he
took a copied recipe with him. Sorr soaked his leaves for only three days, and his colour
washed out.

Aldous Brun sold silk, and when an aeronaut named Gideon Hale came to Holm he bought some
of it. Hale paid her two shillings a day to sew for him. After Hale drowned in 1861, Ida
bought his basket from his widow.
"""


def test_a_comparison_gives_no_gender() -> None:
    facts = _facts(DYER)
    assert "Sorr soaked Amsel's leaves" not in facts
    assert "Sorr soaked his leaves" in facts


def test_a_her_given_something_gives_no_gender() -> None:
    facts = _facts(DYER)
    assert "Amsel's basket" not in facts
    assert "bought his basket" in facts
