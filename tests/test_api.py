"""The library surface other apps are written against."""

from __future__ import annotations

import dataclasses
import json
import threading
from pathlib import Path
from typing import Any

import pytest

import tutor


def test_public_names_are_exactly_the_api() -> None:
    assert tutor.__all__ == sorted(tutor.__all__)
    assert set(tutor.__all__) == {
        "ContentError",
        "Problem",
        "Reloaded",
        "Reply",
        "Session",
        "Tutor",
        "ValidationReport",
        "__version__",
        "reload",
        "validate",
    }


def test_reply_is_a_frozen_record(default_tutor: tutor.Tutor) -> None:
    r = default_tutor.session().respond("Who killed Trotsky?")
    assert r.kind == "answer"
    assert r.fact_ids and all(isinstance(f, str) for f in r.fact_ids)
    assert 0.0 <= r.confidence <= 1.0
    assert r.verdict is None
    with pytest.raises(dataclasses.FrozenInstanceError):
        r.text = "changed"  # type: ignore[misc]
    assert json.loads(json.dumps(r.to_dict()))["kind"] == "answer"


def test_state_round_trips_through_json_and_resumes_context(default_tutor: tutor.Tutor) -> None:
    s = default_tutor.session(seed=3)
    s.respond("who was exiled from the soviet union in 1929")
    saved = json.loads(json.dumps(s.state))
    resumed = default_tutor.session(state=saved)
    assert "Mexico" in resumed.respond("where did he live in exile?").text


def test_state_is_a_copy(default_tutor: tutor.Tutor) -> None:
    s = default_tutor.session()
    s.state["turn"] = 99
    assert s.state["turn"] == 0


def test_a_broken_resumed_state_is_repaired_not_fatal(default_tutor: tutor.Tutor) -> None:
    s = default_tutor.session(state={"turn": "x", "context": [], "seed": None})
    assert s.respond("who killed trotsky").kind == "answer"


def test_same_seed_gives_the_same_conversation(default_tutor: tutor.Tutor) -> None:
    lines = ["hello", "what is the weather on mars", "thanks", "who won?"]
    a = [default_tutor.session(seed=5).respond(x).text for x in lines]
    b = [default_tutor.session(seed=5).respond(x).text for x in lines]
    assert a == b


def test_one_tutor_serves_many_threads(default_tutor: tutor.Tutor) -> None:
    questions = ["who killed trotsky", "what was the troika", "when was trotsky exiled"]
    lone = default_tutor.session(seed=1)
    alone = [lone.respond(q).text for q in questions]
    results: list[list[str]] = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            for _ in range(30):
                s = default_tutor.session(seed=1)
                results.append([s.respond(q).text for q in questions])
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert all(r == alone for r in results)


def test_from_path_loads_a_pack_folder(tmp_path: Path) -> None:
    (tmp_path / "knowledge").mkdir()
    (tmp_path / "knowledge" / "source.txt").write_text("Bees make honey. Honey keeps for years.\n")
    (tmp_path / "knowledge" / "bees.yaml").write_text(
        "topic: {id: bees, title: Bees, summary: About bees., order: 1}\n"
        "facts:\n"
        "  - id: honey\n"
        "    answer: Bees make honey.\n"
        "    source: Bees make honey.\n"
        "    questions: [What do bees make?]\n"
    )
    t = tutor.Tutor.from_path(tmp_path)
    assert t.session().respond("so what do the bees make?").text == "Bees make honey."


def test_a_missing_pack_folder_is_a_content_error(tmp_path: Path) -> None:
    with pytest.raises(tutor.ContentError, match="no such pack"):
        tutor.Tutor.from_path(tmp_path / "nope")


def test_a_resumed_state_broken_anywhere_is_repaired_not_fatal(default_tutor: tutor.Tutor) -> None:
    """Any field of a saved state replaced by junk: the session resumes and answers."""
    import copy
    import random

    s = default_tutor.session(seed=3)
    for line in ["teach me", "because he was popular", "/quiz 3", "who killed trotsky", "no"]:
        s.respond(line)
    base = s.state

    def paths(x: object, p: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
        out = [p] if p else []
        if isinstance(x, dict):
            for k, v in x.items():
                out += paths(v, (*p, k))
        elif isinstance(x, list):
            for i, v in enumerate(x):
                out += paths(v, (*p, i))
        return out

    rng = random.Random(0)
    junk: list[object] = [None, 1, "x", [], {}, [1, "a"], {"a": 1}, True, 2.5]
    for p in paths(base):
        state = copy.deepcopy(base)
        node: Any = state
        for key in p[:-1]:
            node = node[key]
        node[p[-1]] = rng.choice(junk)
        resumed = default_tutor.session(state=state)
        for line in ["yes", "/hint", "/skip", "who killed trotsky", "/quiz 1", "tell me more"]:
            assert isinstance(resumed.respond(line), tutor.Reply)
        json.dumps(resumed.state)


def test_a_state_from_before_the_pack_changed_drops_what_no_longer_exists(
    default_tutor: tutor.Tutor,
) -> None:
    s = default_tutor.session(seed=1)
    s.respond("teach me")
    state = s.state
    state["dialogue"]["lesson"]["topics"] = ["a-renamed-topic"]
    state["dialogue"]["pending"]["q"] = "a-removed-question"
    state["context"]["fact"] = "a-removed-fact"
    resumed = default_tutor.session(state=state)
    assert resumed.state["dialogue"]["lesson"] is None
    assert resumed.state["dialogue"]["pending"] is None
    assert resumed.respond("who killed trotsky").kind == "answer"
