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
        "ConversationState",
        "Dialogs",
        "Entity",
        "Expectation",
        "Fact",
        "Kind",
        "LearnerState",
        "Misconception",
        "Pack",
        "Problem",
        "Progress",
        "Prompt",
        "Question",
        "Reloaded",
        "Reply",
        "Script",
        "Session",
        "StateError",
        "TopicProgress",
        "Topic",
        "Tutor",
        "ValidationReport",
        "Verdict",
        "Where",
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


def resumed(t: tutor.Tutor, s: tutor.Session) -> tutor.Session:
    """The session as an app with no memory of its own resumes it: from JSON text."""
    learner, conversation = s.learner.to_json(), s.conversation.to_json()
    return t.session(
        tutor.LearnerState.from_json(learner), tutor.ConversationState.from_json(conversation)
    )


def test_state_round_trips_through_json_and_resumes_context(default_tutor: tutor.Tutor) -> None:
    s = default_tutor.session(seed=3)
    s.respond("who was exiled from the soviet union in 1929")
    assert "Mexico" in resumed(default_tutor, s).respond("where did he live in exile?").text


def test_a_state_value_never_changes_after_it_is_taken(default_tutor: tutor.Tutor) -> None:
    s = default_tutor.session(seed=1)
    learner, conversation = s.learner, s.conversation
    before = learner.to_json(), conversation.to_json()
    s.respond("teach me")
    s.respond("because he was popular")
    assert (learner.to_json(), conversation.to_json()) == before
    assert s.conversation.revision == conversation.revision + 2
    changed = s.conversation.to_dict()
    changed["turn"] = 99  # to_dict hands out a copy
    assert s.conversation.revision == 2


def test_a_resumed_session_leaves_the_states_it_was_given_as_they_were(
    default_tutor: tutor.Tutor,
) -> None:
    s = default_tutor.session(seed=1)
    s.respond("teach me")
    learner, conversation = s.learner, s.conversation
    before = learner.to_json(), conversation.to_json()
    again = default_tutor.session(learner, conversation)
    again.respond("because he was popular")
    again.respond("/quiz 2")
    assert (learner.to_json(), conversation.to_json()) == before


def test_a_learner_carries_mastery_into_a_second_conversation(
    default_tutor: tutor.Tutor,
) -> None:
    first = default_tutor.session(seed=1)
    first.respond("/quiz 1")
    (question,) = [
        q
        for q in default_tutor.pack.dialogs.questions.values()
        if q.id == first.conversation.pending_question
    ]
    first.respond(" and ".join(e.assertion for e in question.expectations))
    learned = default_tutor.progress(first.learner)
    assert learned.overall is not None and learned.overall > 0
    second = default_tutor.session(first.learner, seed=2)  # a new tab: no conversation
    assert second.conversation.revision == 0 and second.conversation.pending_question is None
    assert default_tutor.progress(second.learner) == learned
    second.respond("who killed trotsky")
    assert default_tutor.progress(second.learner).facts_seen > learned.facts_seen


@pytest.mark.parametrize(
    "saved",
    [
        "not json",
        "[1, 2]",
        '{"kind": "learner", "version": 1}',
        '{"kind": "conversation", "version": 1, "seed": 0, "turn": 0, "context": {}, "told": [], "dialogue": null}',
        '{"kind": "learner", "version": 99, "revision": 0, "facts": {}, "questions": {}, "history": [], "misconceptions": {}}',
        '{"kind": "learner", "version": 1, "revision": -1, "facts": {}, "questions": {}, "history": [], "misconceptions": {}}',
        '{"kind": "learner", "version": 1, "revision": 0, "facts": {"f": {"seen": "x"}}, "questions": {}, "history": [], "misconceptions": {}}',
        '{"kind": "learner", "version": 1, "revision": 0, "facts": {}, "questions": {"q": {"asked": 1, "score": 7}}, "history": [], "misconceptions": {}}',
        " " * (tutor.LearnerState.MAX_BYTES + 1),
    ],
    ids=["text", "list", "missing", "other-kind", "newer", "negative", "type", "range", "big"],
)
def test_a_stale_or_tampered_learner_state_raises_state_error(saved: str) -> None:
    with pytest.raises(tutor.StateError):
        tutor.LearnerState.from_json(saved)


def test_a_state_from_before_the_split_is_migrated(default_tutor: tutor.Tutor) -> None:
    old = {
        "version": 1,
        "seed": 7,
        "turn": 4,
        "context": {"fact": "assassination-summary"},
        "told": ["assassination-summary"],
        "mastery": {"intro": 0.5},
        "dialogue": {"pending": None, "quiet": True, "lesson": None, "quiz": None},
        "learner": {
            "facts": {"assassination-summary": {"seen": 1, "asked": 0, "correct": 0}},
            "questions": {"intro-surprising-winner": {"asked": 1, "score": 1.0}},
            "history": ["intro-surprising-winner"],
        },
    }
    learner = tutor.LearnerState.from_json(old)
    conversation = tutor.ConversationState.from_json(json.dumps(old))
    assert learner.revision == conversation.revision == 4
    s = default_tutor.session(learner, conversation)
    assert s.conversation.to_dict()["dialogue"]["quiet"] is True
    assert s.conversation.to_dict()["seed"] == 7
    progress = default_tutor.progress(s.learner)
    assert progress.facts_seen == 1
    assert next(t for t in progress.topics if t.id == "intro").mastered == 1


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


def test_a_resumed_state_broken_anywhere_raises_state_error_or_resumes(
    default_tutor: tutor.Tutor,
) -> None:
    """Any field of a saved state replaced by junk: StateError, or a session that answers."""
    import copy
    import random

    s = default_tutor.session(seed=3)
    for line in ["teach me", "because he was popular", "/quiz 3", "who killed trotsky", "no"]:
        s.respond(line)
    states = {"learner": s.learner.to_dict(), "conversation": s.conversation.to_dict()}

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
    junk: list[object] = [None, 1, "x", [], {}, [1, "a"], {"a": 1}, True, 2.5, -3]
    refused = resumed_ok = 0
    for p in paths(states):
        broken = copy.deepcopy(states)
        node: Any = broken
        for key in p[:-1]:
            node = node[key]
        node[p[-1]] = rng.choice(junk)
        try:
            learner = tutor.LearnerState.from_json(broken["learner"])
            conversation = tutor.ConversationState.from_json(broken["conversation"])
        except tutor.StateError:
            refused += 1
            continue
        session = default_tutor.session(learner, conversation)
        for line in ["yes", "/hint", "/skip", "who killed trotsky", "/quiz 1", "tell me more"]:
            assert isinstance(session.respond(line), tutor.Reply)
        json.loads(session.learner.to_json())
        resumed_ok += 1
    assert refused and resumed_ok


def test_a_state_from_before_the_pack_changed_drops_what_no_longer_exists(
    default_tutor: tutor.Tutor,
) -> None:
    s = default_tutor.session(seed=1)
    s.respond("teach me")
    state = s.conversation.to_dict()
    state["dialogue"]["lesson"]["topics"] = ["a-renamed-topic"]
    state["dialogue"]["pending"]["q"] = "a-removed-question"
    state["context"]["fact"] = "a-removed-fact"
    resumed = default_tutor.session(conversation=tutor.ConversationState.from_json(state))
    assert resumed.conversation.to_dict()["dialogue"]["lesson"] is None
    assert resumed.conversation.pending_question is None
    assert resumed.respond("who killed trotsky").kind == "answer"


def test_a_conversation_says_the_question_it_waits_for_as_last_said(
    default_tutor: tutor.Tutor,
) -> None:
    s = default_tutor.session(seed=2)
    assert s.conversation.pending_text is None
    asked = s.respond("teach me")
    assert s.conversation.pending_text == asked.follow_up
    hinted = s.respond("i don't know")  # a hint takes the question's place, the id stays
    assert hinted.follow_up is not None and hinted.follow_up != asked.follow_up
    assert s.conversation.pending_text is not None
    assert s.conversation.pending_text in hinted.follow_up
    assert s.conversation.pending_question == asked.question_id


def test_a_path_given_as_the_pack_says_to_use_from_path() -> None:
    """Tutor("my-pack") is the first thing a new user tries: the error names the fix."""
    for given in ("/tmp/some-pack", Path("/tmp/some-pack")):
        with pytest.raises(TypeError, match=r"Tutor\.from_path\('/tmp/some-pack'\)"):
            tutor.Tutor(given)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="Tutor\\(pack\\) takes a loaded Pack or None, got dict"):
        tutor.Tutor({})  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", ["{}", {}, b"{}", 5])
def test_a_state_of_the_wrong_type_is_a_type_error_naming_the_argument(
    default_tutor: tutor.Tutor, bad: Any
) -> None:
    with pytest.raises(TypeError, match=r"^learner must be a LearnerState"):
        default_tutor.session(bad)
    with pytest.raises(TypeError, match=r"^conversation must be a ConversationState"):
        default_tutor.session(conversation=bad)
    with pytest.raises(TypeError, match=r"^learner must be a LearnerState"):
        default_tutor.progress(bad)
    if isinstance(bad, (str, dict)):  # saved JSON: the message says how to read it back
        with pytest.raises(TypeError, match=r"LearnerState\.from_json"):
            default_tutor.session(bad)  # type: ignore[arg-type]


def test_the_two_states_swapped_are_refused_up_front(default_tutor: tutor.Tutor) -> None:
    """A conversation handed in as the learner used to fail later, as KeyError 'revision'."""
    s = default_tutor.session(seed=1)
    with pytest.raises(TypeError, match=r"learner must be a LearnerState.*ConversationState"):
        default_tutor.session(s.conversation)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="conversation must be a ConversationState"):
        default_tutor.session(conversation=s.learner)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="learner must be a LearnerState"):
        default_tutor.progress(None)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("seed", "error"), [("a", TypeError), (1.5, TypeError), (True, TypeError), (-1, ValueError)]
)
def test_a_seed_the_saved_state_could_not_hold_is_refused(
    default_tutor: tutor.Tutor, seed: Any, error: type[Exception]
) -> None:
    """Otherwise the app saves a conversation that ConversationState.from_json refuses."""
    with pytest.raises(error, match=r"^seed must be"):
        default_tutor.session(seed=seed)


@pytest.mark.parametrize(
    ("seed", "error"),
    [(-3, ValueError), (None, TypeError), ("b", TypeError), (2.0, TypeError), (False, TypeError)],
)
def test_a_new_conversation_state_refuses_a_seed_it_could_not_read_back(
    seed: Any, error: type[Exception]
) -> None:
    """ConversationState.new(-3) used to be saved after a turn and then refused by from_json."""
    with pytest.raises(error, match=r"^seed must be"):
        tutor.ConversationState.new(seed)


def test_a_new_conversation_state_with_a_good_seed_reads_back(
    default_tutor: tutor.Tutor,
) -> None:
    s = default_tutor.session(None, tutor.ConversationState.new(12))
    s.respond("hello there")
    assert tutor.ConversationState.from_json(s.conversation.to_json()) == s.conversation


def test_a_good_seed_round_trips_through_the_saved_state(default_tutor: tutor.Tutor) -> None:
    s = default_tutor.session(seed=0)
    s.respond("who killed trotsky")
    assert tutor.ConversationState.from_json(s.conversation.to_json()) == s.conversation


@pytest.mark.parametrize("bad", [None, 5, b"who killed trotsky"])
def test_respond_to_something_not_text_is_a_type_error(
    default_tutor: tutor.Tutor, bad: Any
) -> None:
    session = default_tutor.session(seed=0)
    with pytest.raises(TypeError, match=r"^text must be a str, got"):
        session.respond(bad)
    assert session.conversation.revision == 0  # nothing was taken as a turn


@pytest.mark.parametrize("saved", ["{}", '{"name": "not a state"}', {}])
def test_an_object_with_none_of_a_states_fields_is_refused(saved: Any) -> None:
    """'{}' used to load as an empty legacy state: an app reading the wrong file never knew."""
    for kind in (tutor.LearnerState, tutor.ConversationState):
        with pytest.raises(tutor.StateError, match="'kind' field"):
            kind.from_json(saved)


def test_a_legacy_state_with_its_fields_is_still_read() -> None:
    """The version-less single-dict saves stay readable: only an object with none is refused."""
    learner = tutor.LearnerState.from_json('{"turn": 3}')
    assert tutor.ConversationState.from_json('{"turn": 3}').to_json()
    assert learner.to_json()


def test_pose_of_an_unknown_question_names_it_and_changes_nothing(
    default_tutor: tutor.Tutor,
) -> None:
    s = default_tutor.session(seed=1)
    before = s.conversation.to_json()
    with pytest.raises(KeyError, match="no dialog question 'no-such-q' in this pack"):
        s.pose("no-such-q")
    with pytest.raises(TypeError, match="question_id must be a str"):
        s.pose(3)  # type: ignore[arg-type]
    assert s.conversation.to_json() == before


@pytest.mark.parametrize("bad", [123, None, ["a"]])
def test_from_path_of_a_non_path_names_the_argument(bad: Any) -> None:
    with pytest.raises(TypeError, match=r"Tutor\.from_path\(path\) takes a folder's path"):
        tutor.Tutor.from_path(bad)


def test_a_cache_that_is_not_a_path_names_the_argument() -> None:
    with pytest.raises(TypeError, match="cache takes a folder's path"):
        tutor.Tutor(cache=5)  # type: ignore[arg-type]
