"""A draft reads everyday words in their everyday senses: the senses the essay's story
gives them ("doctored" photographs, loyalists "installed" in posts, rents "raised" as a
role is inflated) live in the essay's own pack, so a text about a farm's doctor, its
steam pump or its rents is not read as one about forgery, appointments or promotion."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor

FARM = """The Hill Farm

In 1862 Ruth Cole took over Hill Farm from her father. She planted a new orchard of apple
trees on the south slope. Every autumn she buried the potatoes in straw clamps to keep them
through the winter.

In 1870 the farm's account books were faked by her steward, Henry Dale, who kept back part
of the rent. The village doctor, Samuel Pike, warned Ruth about the steward. Ruth installed
a new steam pump in the dairy in 1875. A late frost in 1877 killed the apple crop, and Ruth
raised the rents of her tenants to pay her debts.
"""


@pytest.fixture(scope="module")
def farm(draft_text: Callable[[str], tutor.Tutor]) -> tutor.Tutor:
    return draft_text(FARM)


def test_a_doctor_is_no_forger(farm: tutor.Tutor) -> None:
    """'doctor' is the village doctor, not the books "faked" by the steward."""
    assert "Samuel Pike" in farm.ask("Who was the doctor?").text
    assert "Henry Dale" in farm.ask("Who faked the books?").text


def test_a_pump_installed_is_no_one_appointed(farm: tutor.Tutor) -> None:
    """'Who did Ruth appoint?' of a text that tells of no appointment: not the pump,
    not even as the nearest thing it says."""
    assert "pump" not in farm.ask("Who did Ruth appoint?").text
    assert "steam pump" in farm.ask("What did Ruth install in the dairy?").text


def test_rents_raised_are_nothing_promoted(farm: tutor.Tutor) -> None:
    """'What did Ruth promote?': the rents she raised are no promotion."""
    assert "rents" not in farm.ask("What did Ruth promote?").text
    assert "frost" in farm.ask("Why did Ruth raise the rents?").text
