"""A name in a list is not described by the member after it: "a council of five: Aldric,
Odo Brandt, Mirren Hale, the prior of Saint Anne, and one guild warden" names the prior
by office only, so Mirren Hale is no prior (a keyword of every fact naming her, and what
"the prior" would be read as); a name set off alone ("Mirren Hale, the prior of Saint
Anne, opened the meeting") is still described."""

from __future__ import annotations

from tutor._draft_names import NameFinder, describe
from tutor._scaffold import DraftEntity

FINDER = NameFinder(
    [
        DraftEntity("Aldric", "person"),
        DraftEntity("Odo Brandt", "person"),
        DraftEntity("Mirren Hale", "person"),
    ]
)


def _said(sentence: str) -> dict[str, list[str]]:
    return {e.name: words for e, words in describe(sentence, FINDER)}


def test_a_listed_name_is_not_described_by_the_next_member() -> None:
    said = _said(
        "The county was ruled by a council of five members: Aldric, Odo Brandt, "
        "Mirren Hale, the prior of Saint Anne, and one guild warden chosen by the others."
    )
    assert "prior" not in said.get("Mirren Hale", [])


def test_a_name_set_off_alone_is_still_described() -> None:
    said = _said("Mirren Hale, the prior of Saint Anne, opened the meeting.")
    assert "prior" in said.get("Mirren Hale", [])
    said = _said("Aldric met Mirren Hale, the prior of Saint Anne, at the gate.")
    assert "prior" in said.get("Mirren Hale", [])
