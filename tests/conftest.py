"""Shared fixtures: one default Tutor for the whole run (loading it is the slow part)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tutor


@pytest.fixture(scope="session")
def default_tutor() -> tutor.Tutor:
    return tutor.Tutor()


@pytest.fixture
def session(default_tutor: tutor.Tutor) -> tutor.Session:
    return default_tutor.session(seed=7)


@pytest.fixture
def reply(session: tutor.Session) -> Callable[[str], tutor.Reply]:
    """`reply("who killed trotsky")` -> the tutor's Reply, in one running conversation."""
    return session.respond
