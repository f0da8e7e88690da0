"""The REPL, driven headlessly: keys through a pipe, output to a dummy or a string buffer.

Keys are sent up front and always end with Ctrl-D, so a REPL that failed to stop on a
command would answer more lines (and the assertions would fail) rather than hang.
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import pytest
from prompt_toolkit.application import create_app_session
from prompt_toolkit.completion import CompleteEvent
from prompt_toolkit.data_structures import Size
from prompt_toolkit.document import Document
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput
from prompt_toolkit.output.vt100 import Vt100_Output

import tutor
from tutor._reply import Reply
from tutor._store import Store, StoreError
from tutor.repl import Chat, Loader, _completer, run_repl

CTRL_C, CTRL_D, ENTER = "\x03", "\x04", "\r"
SGR = re.compile(r"\x1b\[([0-9;]*)m")


@pytest.fixture(scope="module")
def engine() -> tutor.Tutor:
    return tutor.Tutor()


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store.open(tmp_path / "progress.sqlite3")


def new_chat(engine: Any, store: Store | None, learner: str = "ann") -> tuple[Chat, list[str]]:
    warnings: list[str] = []
    return Chat(Loader(lambda: engine), learner, "default", store, warnings.append), warnings


def drive(chat: Chat, *lines: str, color: bool = True, output: Any = None) -> int:
    """Type each line (a line may hold control keys), then Ctrl-D."""
    keys = "".join(line if line.endswith((CTRL_C, CTRL_D)) else line + ENTER for line in lines)
    with create_pipe_input() as pipe:
        pipe.send_text(keys + CTRL_D)
        with create_app_session(input=pipe, output=output or DummyOutput()):
            return run_repl(chat, color=color)


def said(store: Store, learner: str = "ann") -> list[str]:
    return [t.text for s in store.history(learner, "default") for t in s.turns]


def test_a_question_is_answered_and_saved_before_the_next_prompt(engine: Any, store: Store) -> None:
    chat, warnings = new_chat(engine, store)
    assert drive(chat, "who killed trotsky") == 0
    assert [r.kind for r in chat.replies] == ["answer"]
    assert said(store) == ["who killed trotsky"]
    session = chat.session
    saved = (session.learner.to_json(), session.conversation.to_json())
    assert store.load("ann", "default") == saved
    assert warnings == []


def test_ctrl_c_clears_the_line_and_the_session_goes_on(engine: Any, store: Store) -> None:
    chat, _ = new_chat(engine, store)
    drive(chat, "half a thought" + CTRL_C, "who killed trotsky")
    assert said(store) == ["who killed trotsky"]


@pytest.mark.parametrize("farewell", ["/quit", "bye", "see you later", CTRL_D])
def test_quit_bye_and_ctrl_d_end_the_session(engine: Any, store: Store, farewell: str) -> None:
    chat, _ = new_chat(engine, store)
    drive(chat, "who killed trotsky", farewell, "what was the troika")
    assert "what was the troika" not in said(store)


def test_empty_lines_are_not_turns(engine: Any, store: Store) -> None:
    chat, _ = new_chat(engine, store)
    drive(chat, "", "   ", "who killed trotsky")
    assert said(store) == ["who killed trotsky"]


def test_terminal_commands_draw_without_asking_the_engine(engine: Any, store: Store) -> None:
    chat, _ = new_chat(engine, store)
    drive(chat, "/timeline", "/people", "/people trotsky", "/progress")
    assert chat.replies == []
    assert said(store) == []


def test_help_adds_the_terminal_commands_to_the_engines_help(engine: Any) -> None:
    chat, _ = new_chat(engine, None)
    text = "\n".join("".join(t for _, t in line) for line in chat.handle("/help", 80).lines)
    assert "/timeline" in text and "/quit" in text


def test_reset_asks_first_and_then_forgets_the_progress(engine: Any, store: Store) -> None:
    chat, _ = new_chat(engine, store)
    drive(chat, "who killed trotsky", "/reset", "n")
    assert store.load("ann", "default") is not None
    chat, _ = new_chat(engine, store)
    drive(chat, "/reset", "yes")
    assert store.load("ann", "default") is None
    assert chat.session.conversation.revision == 0
    assert chat.session.learner == tutor.LearnerState.new()


# --- resuming ---------------------------------------------------------------------------------


def test_a_restart_restores_the_learner_model_and_the_pending_question(
    engine: tutor.Tutor, store: Store
) -> None:
    chat, _ = new_chat(engine, store)
    drive(chat, "/lesson")
    asked = chat.replies[-1].follow_up
    assert asked and chat.pending_question() is None  # asked in this sitting, not a leftover
    learned = chat.session.learner

    chat, _ = new_chat(engine, store)
    welcome = " ".join("".join(t for _, t in line) for line in chat.welcome(None))
    assert "Welcome back, ann" in welcome
    assert asked in welcome
    assert chat.session.learner == learned
    drive(chat, "I have no idea")
    assert chat.replies[-1].kind == "hint"  # the pending question went on, not a new one
    assert chat.session.learner.revision == learned.revision + 1


def test_the_toolbar_shows_learner_topic_and_mastery(engine: tutor.Tutor, store: Store) -> None:
    chat, _ = new_chat(engine, store)
    drive(chat, "/quiz 1")
    bar = "".join(text for _, text in chat.toolbar())
    assert "ann" in bar and "mastery" not in bar  # a question asked is no answer yet
    drive(chat, "I don't know")  # the quiz is closed-book: end it before asking
    bar = "".join(text for _, text in chat.toolbar())
    assert "mastery: 0%" in bar
    drive(chat, "who killed trotsky")
    bar = "".join(text for _, text in chat.toolbar())
    topic = engine.pack.topic("exile-assassination").title
    assert f"topic: {topic}" in bar


def test_a_new_learner_is_told_how_to_start(engine: Any, store: Store) -> None:
    chat, _ = new_chat(engine, store)
    welcome = "\n".join("".join(t for _, t in line) for line in chat.welcome(80))
    assert "Hello, ann" in welcome and "/help" in welcome and "Ctrl-D" in welcome


def test_a_store_that_fails_mid_session_warns_once_and_the_tutor_goes_on(
    engine: Any, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(*args: object) -> None:
        raise StoreError("cannot write progress.sqlite3: database or disk is full")

    monkeypatch.setattr(store, "save_turn", full_disk)
    chat, warnings = new_chat(engine, store)
    chat.handle("who killed trotsky")
    chat.handle("what was the troika")
    assert len(chat.replies) == 2
    assert len(warnings) == 1 and "disk is full" in warnings[0]


# --- completion -----------------------------------------------------------------------------


def complete(chat: Chat, text: str) -> list[str]:
    chat.loader.get()
    completer = _completer(chat)
    return [c.text for c in completer.get_completions(Document(text), CompleteEvent())]


def test_commands_complete_after_a_slash(engine: Any) -> None:
    chat, _ = new_chat(engine, None)
    assert complete(chat, "/pro") == ["/progress"]
    assert {"/quiz", "/quiet", "/quit"} <= set(complete(chat, "/q"))


def test_names_and_terms_of_the_pack_complete(engine: tutor.Tutor) -> None:
    chat, _ = new_chat(engine, None)
    person = next(e for e in engine.pack.entities if e.kind == "person")
    assert person.name in complete(chat, f"who was {person.name[:3].lower()}")
    assert complete(chat, "who was x") == []


# --- what the terminal shows -------------------------------------------------------------------


class Screen(Vt100_Output):
    """A terminal that knows where its cursor is, so prompt_toolkit draws the toolbar too."""

    def get_rows_below_cursor_position(self) -> int:
        return 20


def render(chat: Chat, *lines: str, color: bool) -> str:
    buffer = io.StringIO()
    output = Screen(buffer, lambda: Size(rows=40, columns=80), term="xterm-256color")
    drive(chat, *lines, color=color, output=output)
    return buffer.getvalue()


def colours(text: str) -> list[str]:
    """The SGR sequences in text that set a colour (foreground or background)."""
    found = []
    for params in SGR.findall(text):
        codes = [int(c) for c in params.split(";") if c]
        if any(30 <= c <= 49 or 90 <= c <= 107 for c in codes):
            found.append(params)
    return found


def test_no_color_draws_the_whole_session_without_colour(engine: Any, store: Store) -> None:
    chat, _ = new_chat(engine, store)
    screen = render(chat, "who killed trotsky", "/progress", "/timeline", color=False)
    assert "Ctrl-D to leave" in screen  # the toolbar was drawn too
    assert "assassinat" in screen
    assert colours(screen) == []


def test_colour_is_used_when_allowed(engine: Any, store: Store) -> None:
    chat, _ = new_chat(engine, store)
    assert colours(render(chat, "/progress", color=True)) != []


def test_content_with_markup_characters_prints_as_written(engine: Any, store: Store) -> None:
    chat, _ = new_chat(engine, store)
    chat.handle("x")  # start the session, then make its reply hold markup-like text
    session = chat.session
    session.respond = lambda text: Reply("Use <b> & &amp; as written", "answer")  # type: ignore[method-assign]
    screen = render(chat, "show me", color=True)
    assert "Use <b> & &amp; as written" in SGR.sub("", screen)


def _text(result: Any) -> str:
    return "\n".join("".join(t for _, t in line) for line in result.lines)


def test_reload_picks_up_an_edit_and_keeps_the_conversation(tmp_path: Path) -> None:
    import shutil

    pack = tmp_path / "pack"
    shutil.copytree(Path(__file__).parents[1] / "examples" / "penicillin", pack)
    chat, _ = new_chat(tutor.Tutor.from_path(pack), None)
    before = chat.handle("who discovered penicillin?", 80).reply
    assert before is not None and "RELOADED" not in before.text
    turns = chat.session.conversation.revision
    for path in (pack / "knowledge").glob("*.yaml"):  # an educator edits every answer
        path.write_text(re.sub(r"(answer: (?:>-\n\s+)?)", r"\1RELOADED ", path.read_text()))
    assert "Reloaded the pack" in _text(chat.handle("/reload", 80))
    assert chat.session.conversation.revision == turns  # the same conversation goes on
    after = chat.handle("who discovered penicillin?", 80).reply
    assert after is not None and after.text.startswith("RELOADED")


def test_reload_with_a_broken_pack_shows_the_problems_and_goes_on(tmp_path: Path) -> None:
    import shutil

    pack = tmp_path / "pack"
    shutil.copytree(Path(__file__).parents[1] / "examples" / "penicillin", pack)
    chat, _ = new_chat(tutor.Tutor.from_path(pack), None)
    knowledge = sorted((pack / "knowledge").glob("0*.yaml"))[1]
    knowledge.write_text(knowledge.read_text().replace("answer:", "answr:", 1))
    text = _text(chat.handle("/reload", 80))
    assert "kept the version loaded before" in text
    assert f"knowledge/{knowledge.name}:" in text
    assert chat.handle("who discovered penicillin?", 80).reply is not None


def test_the_welcome_back_repeats_the_waiting_question_itself(
    engine: tutor.Tutor, store: Store
) -> None:
    chat, _ = new_chat(engine, store)
    drive(chat, "who killed trotsky", "what was the troika")  # a question while one waits
    waiting = chat.replies[-1].follow_up
    assert waiting is not None and not waiting.startswith(chat.replies[0].follow_up or "")
    again, _ = new_chat(engine, store)
    welcome = "\n".join("".join(t for _, t in line) for line in again.welcome(80))
    assert chat.replies[0].follow_up in " ".join(welcome.split())
    assert "back to" not in welcome.lower()
