"""Shared fixtures: one default Tutor for the whole run (loading it is the slow part).

`pytest --slow` runs the property-based tests with many more examples (hypothesis's
"slow" profile); CI runs the default profile, which still tries thousands of inputs.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, settings

import tutor

settings.register_profile(
    "ci", max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "slow", max_examples=30000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
_CACHE = tempfile.mkdtemp(prefix="tutor-test-cache-")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--slow", action="store_true", help="property-based tests with many more examples"
    )


def pytest_configure(config: pytest.Config) -> None:
    settings.load_profile("slow" if config.getoption("--slow") else "ci")
    # The command line keeps built packs in the user's cache and progress in the user's
    # database; the tests keep theirs apart and never touch a learner's real progress.
    os.environ.setdefault("TUTOR_CACHE", _CACHE)
    os.environ["TUTOR_DB"] = os.path.join(_CACHE, "progress.db")


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(_CACHE, ignore_errors=True)


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


@pytest.fixture(scope="session")
def draft_text(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], tutor.Tutor]:
    """`draft_text(TEXT)` -> the Tutor of a fresh draft of a short text, with no editing
    (`tutor new-pack`, as an educator starts), each in a folder of its own."""
    from tutor.cli import main

    def draft(text: str) -> tutor.Tutor:
        root = tmp_path_factory.mktemp("draft")
        (root / "text.txt").write_text(text, encoding="utf-8")
        assert main(["new-pack", str(root / "pack"), "--from", str(root / "text.txt")]) == 0
        return tutor.Tutor.from_path(root / "pack")

    return draft
