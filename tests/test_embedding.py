"""What an app that embeds the library relies on: the example web app, learners apart from
conversations, progress, the concurrency token, public types only, and a slim install."""

from __future__ import annotations

import ast
import importlib.util
import inspect
import io
import json
import subprocess
import sys
import threading
import types
import typing
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tutor

ROOT = Path(__file__).parent.parent
APP = ROOT / "examples" / "web_app.py"


def load_app() -> types.ModuleType:
    spec = importlib.util.spec_from_file_location("web_app", APP)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def call(app: Any, path: str, body: Any = None) -> tuple[str, Any]:
    """One request through the WSGI interface, as a server would make it."""
    raw = json.dumps(body).encode() if body is not None else b""
    path, _, query = path.partition("?")
    env = {
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "CONTENT_LENGTH": str(len(raw)),
        "wsgi.input": io.BytesIO(raw),
    }
    status: list[str] = []
    out = b"".join(app(env, lambda s, headers: status.append(s)))
    return status[0], json.loads(out) if status[0].startswith("200") else out.decode()


@pytest.fixture(scope="module")
def app(default_tutor: tutor.Tutor) -> Any:
    return load_app().TutorApp(default_tutor)


def test_the_example_app_is_short_and_uses_public_names_only() -> None:
    source = APP.read_text()
    assert len(source.splitlines()) < 80
    tree = ast.parse(source)
    used = {
        node.attr
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute) and getattr(node.value, "id", "") == "tutor"
    }
    assert used and used <= set(tutor.__all__)


def test_the_example_app_passes_mypy_strict() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(APP)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_learner_keeps_their_mastery_in_a_second_conversation(app: Any) -> None:
    status, reply = call(
        app, "/turn", {"learner": "ann", "conversation": "tab-1", "text": "/quiz 1"}
    )
    assert status.startswith("200") and reply["kind"] == "quiz"
    question = app.tutor.pack.dialogs.question(reply["question_id"])
    right = " and ".join(e.assertion for e in question.expectations)
    _, judged = call(app, "/turn", {"learner": "ann", "conversation": "tab-1", "text": right})
    assert judged["verdict"] == "correct"
    _, before = call(app, "/progress?learner=ann")
    assert before["overall"] > 0

    # another tab: a new conversation (no question pending), the same learner
    _, other = call(app, "/turn", {"learner": "ann", "conversation": "tab-2", "text": "hello"})
    assert other["kind"] == "smalltalk" and other["question_id"] is None
    _, after = call(app, "/progress?learner=ann")
    assert after["overall"] == before["overall"]
    assert after["topics"] == before["topics"]
    _, stranger = call(app, "/progress?learner=bob")
    assert stranger["overall"] is None


def test_racing_turns_on_one_learner_lose_none(default_tutor: tutor.Tutor) -> None:
    app = load_app().TutorApp(default_tutor)
    lines = ["who killed trotsky", "what was the troika", "when was trotsky exiled", "hello"]

    def learner(tab: int) -> None:
        for line in lines * 3:
            app.turn("ann", f"tab-{tab % 2}", line)

    threads = [threading.Thread(target=learner, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    total = 4 * len(lines) * 3
    assert tutor.LearnerState.from_json(app.rows["learner/ann"][1]).revision == total
    for tab in (0, 1):
        saved = app.rows[f"conversation/ann/tab-{tab}"][1]
        assert tutor.ConversationState.from_json(saved).revision == total // 2


def test_the_app_answers_bad_requests_with_400(app: Any) -> None:
    assert call(app, "/turn", {"learner": "ann"})[0].startswith("400")
    app.rows["learner/eve"] = (1, '{"kind": "learner", "version": 1, "revision": "x"}')
    status, text = call(app, "/turn", {"learner": "eve", "conversation": "a", "text": "hi"})
    assert status.startswith("400") and "revision" in text


@pytest.mark.parametrize(
    ("body", "named"),
    [
        ({"learner": "bo", "conversation": "t", "text": None}, "text"),  # was judged as 'None'
        ({"learner": 42, "conversation": "t", "text": "hello"}, "learner"),  # was learner '42'
        ({"learner": "bo", "conversation": ["t"], "text": "hello"}, "conversation"),
        ({"learner": "bo", "conversation": "t"}, "text"),
    ],
)
def test_the_app_refuses_a_turn_field_that_is_not_text(app: Any, body: Any, named: str) -> None:
    status, text = call(app, "/turn", body)
    assert status.startswith("400")
    assert text == f"{named}: expected text (a JSON string)"
    assert not any(key.startswith("learner/4") for key in app.rows)


def test_the_app_refuses_a_body_that_is_not_an_object(app: Any) -> None:
    assert call(app, "/turn", ["bo", "t", "hello"])[0].startswith("400")


# --- the concurrency token --------------------------------------------------------------------


def test_two_turns_from_the_same_states_carry_the_same_revision(
    default_tutor: tutor.Tutor,
) -> None:
    s = default_tutor.session(seed=1)
    s.respond("who killed trotsky")
    learner, conversation = s.learner, s.conversation
    a = default_tutor.session(learner, conversation)
    b = default_tutor.session(learner, conversation)
    a.respond("what was the troika")
    b.respond("teach me")
    assert a.conversation.revision == b.conversation.revision == conversation.revision + 1
    assert a.learner.revision == b.learner.revision == learner.revision + 1
    assert a.conversation != b.conversation  # same token, different states: they raced


JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-5, 5)
    | st.floats(allow_nan=False)
    | st.text(max_size=5),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
COUNT = st.integers(0, 50)
IDS = st.sampled_from(["assassination-summary", "ex-why-kill", "intro", "gone", "q", ""])
RECORD = st.fixed_dictionaries({"seen": COUNT, "asked": COUNT, "correct": COUNT})
SCORED = st.fixed_dictionaries({"asked": COUNT, "score": st.floats(0, 1)})
PENDING = st.fixed_dictionaries(
    {"q": IDS | JSON},
    optional={k: JSON for k in ("mode", "said", "covered", "told", "level", "turns", "text")},
)
DIALOGUE = st.fixed_dictionaries(
    {}, optional={"pending": PENDING | JSON, "lesson": JSON, "quiz": JSON, "quiet": JSON}
)
LEARNER = {
    "revision": COUNT,
    "facts": st.dictionaries(IDS, RECORD),
    "questions": st.dictionaries(IDS, SCORED),
    "history": st.lists(IDS),
    "misconceptions": st.dictionaries(IDS, COUNT),
}
CONVERSATION = {
    "seed": COUNT,
    "turn": COUNT,
    "context": st.dictionaries(st.sampled_from(["fact", "terms", "persons", "places"]), IDS | JSON),
    "told": st.lists(IDS),
    "dialogue": st.none() | DIALOGUE,
}


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_any_json_is_a_state_error_or_a_state_a_session_can_use(data: st.DataObject) -> None:
    """Each field well-formed or junk: refused with StateError, or a session that works."""
    t = _shared()

    def draw(fields: dict[str, Any], kind: str) -> dict[str, Any]:
        drawn = {
            k: data.draw(good | JSON if data.draw(st.booleans()) else good)
            for k, good in fields.items()
        }
        return {"kind": kind, "version": 1, **drawn}

    try:
        learner = tutor.LearnerState.from_json(draw(LEARNER, "learner"))
        conversation = tutor.ConversationState.from_json(
            json.dumps(draw(CONVERSATION, "conversation"))
        )
    except tutor.StateError:
        return
    session = t.session(learner, conversation)
    for line in ("yes", "/hint", "who killed trotsky", "/progress", "tell me more"):
        assert isinstance(session.respond(line), tutor.Reply)
    t.progress(session.learner)


def test_a_state_keeps_nothing_of_the_mapping_it_was_read_from() -> None:
    raw = tutor.LearnerState.new().to_dict()
    state = tutor.LearnerState.from_json(raw)
    raw["history"].append("changed")
    raw["revision"] = 7
    assert state == tutor.LearnerState.new() and state.revision == 0


_TUTOR: list[tutor.Tutor] = []


def _shared() -> tutor.Tutor:
    if not _TUTOR:
        _TUTOR.append(tutor.Tutor())
    return _TUTOR[0]


# --- replies ------------------------------------------------------------------------------------


def test_a_lesson_start_is_a_lesson_and_names_the_question_it_asks(
    default_tutor: tutor.Tutor,
) -> None:
    s = default_tutor.session(seed=2)
    reply = s.respond("teach me")
    assert reply.kind == "lesson"
    assert reply.question_id == s.conversation.pending_question is not None
    assert default_tutor.pack.dialogs.question(reply.question_id).ask == reply.follow_up
    hint = s.respond("no idea")
    assert hint.kind == "hint" and hint.question_id == reply.question_id
    assert s.respond("/quiz 2").kind == "quiz"
    assert s.respond("/help").kind == "command"
    posed = s.pose("ex-why-kill")
    assert posed.kind == "question" and posed.question_id == "ex-why-kill"


def test_a_clarifying_question_has_no_question_id(default_tutor: tutor.Tutor) -> None:
    reply = tutor.Reply("Do you mean A or B?", "clarify", follow_up="?")
    assert reply.question_id is None
    assert json.loads(json.dumps(reply.to_dict()))["question_id"] is None


# --- progress -------------------------------------------------------------------------------------


def test_progress_counts_mastery_facts_and_misconceptions_from_a_learner_alone(
    default_tutor: tutor.Tutor,
) -> None:
    pack = default_tutor.pack
    question = next(q for q in pack.dialogs.questions.values() if q.misconceptions)
    s = default_tutor.session(seed=1)
    s.pose(question.id)
    s.respond(question.misconceptions[0].phrases[0])
    s.respond("who killed trotsky")
    saved = s.learner.to_json()  # the app keeps only this
    progress = default_tutor.progress(tutor.LearnerState.from_json(saved))
    assert progress.misconceptions == (question.misconceptions[0].id,)
    assert progress.facts == len(pack.facts) and progress.facts_seen >= 1
    assert [t.id for t in progress.topics] == [t.id for t in pack.topics]
    assert progress.next_topic is not None
    weakest = min(t.mastery for t in progress.topics if t.questions)
    assert next(t for t in progress.topics if t.id == progress.next_topic).mastery == weakest


def test_the_terminals_progress_shows_the_same_figures(default_tutor: tutor.Tutor) -> None:
    from tutor.repl import Chat, Loader

    chat = Chat(Loader(lambda: default_tutor), "ann", "default", None, lambda _: None)
    chat.handle("who killed trotsky")
    progress = default_tutor.progress(chat.session.learner)
    shown = "\n".join("".join(t for _, t in line) for line in chat.handle("/progress").lines)
    assert f"facts seen: {progress.facts_seen} of {progress.facts}" in shown
    assert progress.next_topic is not None
    assert f"Study next: {default_tutor.pack.topic(progress.next_topic).title}" in shown


# --- bounds ------------------------------------------------------------------------------------------


def test_a_long_conversation_stays_small(default_tutor: tutor.Tutor) -> None:
    s = default_tutor.session(seed=5)
    questions = [q for f in default_tutor.pack.facts for q in f.questions]
    for n, line in enumerate(questions * 2):
        s.respond(line if n % 7 else "teach me")
    assert len(s.conversation.to_json()) < 16_000
    assert len(s.learner.to_json()) < 16_000
    assert len(s.conversation.to_dict()["told"]) <= 200


# --- public types only ----------------------------------------------------------------------------


def _types_in(hint: Any) -> list[type]:
    args = typing.get_args(hint)
    if args:
        return [t for a in args for t in _types_in(a)]
    return [hint] if isinstance(hint, type) else []


def _names() -> dict[str, Any]:
    """Every name of the package's modules, to resolve annotations written as strings."""
    found: dict[str, Any] = {}
    for name, module in list(sys.modules.items()):
        if name.startswith("tutor.") and module is not None:
            found.update(vars(module))
    return found


def test_the_public_api_never_exposes_a_private_type() -> None:
    names = _names()
    public = {getattr(tutor, n) for n in tutor.__all__}
    seen: set[type] = set()
    todo = [v for v in public if isinstance(v, type)] + [v for v in public if inspect.isfunction(v)]
    leaks = []
    while todo:
        item = todo.pop()
        members: list[Any] = [item]
        if isinstance(item, type):
            if item in seen:
                continue
            seen.add(item)
            members = [m for n, m in vars(item).items() if not n.startswith("_")]
            hints = (
                typing.get_type_hints(item, localns=names)
                if hasattr(item, "__dataclass_fields__")
                else {}
            )
            members.extend(hints.values())
        for member in members:
            if isinstance(member, property):
                member = member.fget
            if isinstance(member, (classmethod, staticmethod)):
                member = member.__func__
            if inspect.isfunction(member):
                hints = typing.get_type_hints(member, localns=names)
                found = [t for h in hints.values() for t in _types_in(h)]
            else:
                found = _types_in(member)
            for t in found:
                if t.__module__.startswith("tutor"):
                    if t not in public:
                        leaks.append(f"{getattr(item, '__qualname__', item)}: {t.__qualname__}")
                    todo.append(t)
    assert sorted(set(leaks)) == []


# --- a slim install -----------------------------------------------------------------------------

EXTRAS = ("prompt_toolkit", "platformdirs", "jsonschema")


def run_python(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, cwd=ROOT
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_importing_and_using_the_library_loads_no_extra() -> None:
    out = run_python(
        "import sys, tutor\n"
        "s = tutor.Tutor().session()\n"
        "s.respond('teach me'); s.respond('who killed trotsky')\n"
        f"print([m for m in {EXTRAS!r} if m in sys.modules])"
    )
    assert out.strip() == "[]"


def test_without_the_extras_the_engine_works_and_the_terminal_says_what_to_install(
    tmp_path: Path,
) -> None:
    broken = tmp_path / "pack" / "knowledge"
    broken.mkdir(parents=True)
    (broken / "a.yaml").write_text("topic: {id: a, title: A, summary: s, order: 1}\nfacts: 3\n")
    out = run_python(
        "import sys\n"
        f"for name in {EXTRAS!r}: sys.modules[name] = None  # as if not installed\n"
        "import tutor\n"
        "from tutor.cli import main\n"
        "print(tutor.Tutor().ask('who killed trotsky').kind)\n"
        f"try:\n    tutor.Tutor.from_path({str(broken.parent)!r})\n"
        "except tutor.ContentError as exc:\n    print('ContentError', 'facts' in str(exc))\n"
        "import os; os.environ.pop('TUTOR_DB', None)\n"
        "print(main(['progress', '--learner', 'ann']))\n"
    )
    lines = out.splitlines()
    assert lines[0] == "answer"
    assert lines[1] == "ContentError True"
    assert lines[-1] == "2"
