"""Follow-ups on a fresh draft asking what befell someone just named: "what happened to
him?" is the next thing that befell him, and when the part he is named in tells none, a
later part may ("... and Birch was dismissed" after an inquiry); "what became of him?"
is how things ended for him, all told (his death, else the last the text tells of him),
as "what became of Crane?" is. Not the sentence just told again."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor
from tutor.cli import main

from conversation import talk

TEXT = """The Harrow Mill Fire

The Night of the Fire

On the night of 3 March 1884 a fire broke out in the carding room of the Harrow cotton
mill. The night watchman, Tom Birch, was asleep in the boiler house and did not raise the
alarm until the roof was burning. The mill's owner, Josiah Crane, arrived at midnight
with a hand pump from the brewery. Six workers who lived in the mill cottages helped the
brigade carry water from the river.

The Inquiry

An inquiry was held in April 1884. The coroner found that a lamp had been left burning
beside a bale of cotton. Crane was fined two hundred pounds, and Birch was dismissed.
The mill was rebuilt in brick the following year and reopened in 1886. Josiah Crane sold
the mill in 1895 and died at Bath in 1899.
"""


@pytest.fixture(scope="module")
def fire(tmp_path_factory: pytest.TempPathFactory) -> tutor.Tutor:
    root = tmp_path_factory.mktemp("fire")
    (root / "fire.txt").write_text(TEXT, encoding="utf-8")
    assert main(["new-pack", str(root / "pack"), "--from", str(root / "fire.txt")]) == 0
    return tutor.Tutor.from_path(root / "pack")


@pytest.mark.parametrize("asked", ["what became of him?", "what happened to him?"])
def test_what_befell_him_is_told_in_a_later_part(fire: tutor.Tutor, asked: str) -> None:
    reply = talk(fire, "Who was the night watchman?", asked)
    assert reply.kind == "answer" and "dismissed" in reply.text


def test_what_befell_another_is_his_own(fire: tutor.Tutor) -> None:
    reply = talk(fire, "Who was the mill's owner?", "what happened to him?")
    assert reply.kind == "answer" and "fined" in reply.text


def test_what_became_of_him_is_how_it_ended(fire: tutor.Tutor) -> None:
    reply = talk(fire, "Who was the mill's owner?", "what became of him?")
    assert reply.kind == "answer" and "died at Bath" in reply.text


KILN = """The Malt House at Dunby

Ilse Brand was born in 1821 in Dunby. She ran the malt house after her husband died.
Her younger brother, Tobias Brand, was apprenticed to the brewer Anselm Grove in 1836.
In 1849 Ilse and Tobias built a kiln of local brick.

Ilse Brand died in 1883 and was buried in the churchyard of Pell.

Tobias Brand never married. He managed the kiln until 1872, and afterwards he taught
the apprentices.
"""


@pytest.mark.parametrize("first", ["Who was Tobias apprenticed to?", "Who was Tobias Brand?"])
def test_what_became_of_him_after_his_sisters_name_is_his_end(
    draft_text: Callable[[str], tutor.Tutor], first: str
) -> None:
    """ "Brand's younger brother, Tobias Brand": "him" is Tobias, not his sister, whom the
    text calls "she"; and the sentence going on from "Tobias Brand never married. He
    managed the kiln" is his own, though its source says "He"."""
    reply = talk(draft_text(KILN), first, "what became of him?")
    assert "1883" not in reply.text, reply.text
    assert "taught" in reply.text, reply.text


PUPIL = """The Midwife of Sele

Hanna Roos was born in 1790 in Sele. She trained as a midwife under her aunt. In 1820 she
opened a lying-in room on the quay. Roos's first pupil there was Sanne Holt, a fisherman's
daughter, who later became the midwife of the island of Fero.

Hanna Roos died in 1861 and was buried beside her parents.
"""


def test_what_became_of_her_is_the_pupil_not_her_teacher_named_as_owner(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """ "Roos's first pupil there was Sanne Holt": "her" is Sanne, though the text says
    "she" of Roos and nothing of Sanne; Roos is named only as whose pupil she was."""
    reply = talk(draft_text(PUPIL), "Who was Sanne Holt?", "What became of her?")
    assert "1861" not in reply.text, reply.text
    assert "Fero" in reply.text, reply.text
