"""A name closing a fronted clause is not described by the subject after its comma:
"Because neither side would meet in Harwick, the judge held the talks" does not make
Harwick a judge (a keyword of every fact naming Harwick); "Harwick, the market town of
the valley," still describes it."""

from __future__ import annotations

from tutor._scaffold import scaffold

TEXT = """The Dispute

Harwick was a market town on the River Lune. In 1904 the millers and the carters of the
valley quarrelled over the tolls on the Lune bridge. Because neither side would meet in
Harwick, the judge held the talks in the courthouse at Denby. The tolls were halved in 1905.
"""


def _keywords(source: str) -> str:
    knowledge = "\n".join(v for k, v in scaffold(TEXT, "d.txt").items() if "knowledge/" in k)
    after = knowledge.split(f'source: "{source}', 1)[1]
    return after.split("keywords: ", 1)[1].split("\n", 1)[0]


def test_the_subject_after_a_fronted_clause_does_not_describe_its_last_name() -> None:
    assert '"judge"' not in _keywords("Harwick was a market town")
    assert '"judge"' not in _keywords("In 1904 the millers")


def test_a_set_off_description_still_describes() -> None:
    from tutor._draft_names import NameFinder, describe
    from tutor._scaffold import DraftEntity

    finder = NameFinder([DraftEntity("Harwick", "place")])
    said = describe("Harwick, the market town of the valley, grew quickly.", finder)
    assert said and "town" in said[0][1]
