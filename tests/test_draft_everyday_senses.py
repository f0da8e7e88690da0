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


FERRY = """The Ferry House

Mara Lind was born in 1840 at the ferry house on the Tessel. Her mother, Agnes Lind, could
not read, so she taught Mara the tides by song. In 1851 Mara saw the first steamboat come up
the river. Agnes saw her daughter become the ferry keeper in 1860. Travellers on the hill
road could see the ferry house from two miles away.
"""


def test_to_read_is_not_to_see(draft_text: Callable[[str], tutor.Tutor]) -> None:
    """'Could Agnes read?' asks whether she could read, not what she saw: a letter "seen"
    as it is read out is the essay's sense (in its own pack), not everyday English's."""
    ferry = draft_text(FERRY)
    assert "could not read" in ferry.ask("Could Agnes read?").text
    assert "steamboat" in ferry.ask("What did Mara see in 1851?").text


WHARF = """The Salt Wharf

In 1822 Tomas Brell opened a salt wharf at Kellby. His shipping agent, Oda Fenn, sold the salt
to merchants up the coast. The brine was boiled until the water turned to vapour and the salt
was left in a solid state. The night shift at the pans was run by Brell's son Aron.
"""


def test_an_agent_a_state_and_a_shift_are_no_spy_government_or_turncoat(
    draft_text: Callable[[str], tutor.Tutor],
) -> None:
    """A shipping agent, a solid state and a night shift are what they say: the essay's
    NKVD agent, Soviet state and shifting alliances are its own senses."""
    wharf = draft_text(WHARF)
    for line in ("Who was the spy?", "What did the government do?", "Did Brell change sides?"):
        assert wharf.ask(line).kind == "fallback", line
    assert "Aron" in wharf.ask("Who ran the night shift?").text
