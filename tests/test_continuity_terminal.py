"""The thread as the terminal and the command line keep it: the welcome back, /help,
completion, the status bar, piped scripts and `tutor ask --learner`."""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import Any

import pytest
from prompt_toolkit.application import create_app_session
from prompt_toolkit.completion import CompleteEvent
from prompt_toolkit.document import Document
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

import tutor
from tutor._store import Store
from tutor.cli import main
from tutor.repl import Chat, Loader, _completer, run_repl

CTRL_D, ENTER = "\x04", "\r"


@pytest.fixture(scope="module")
def engine() -> tutor.Tutor:
    return tutor.Tutor()


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store.open(tmp_path / "progress.sqlite3")


def new_chat(engine: Any, store: Store | None, learner: str = "ann") -> Chat:
    return Chat(Loader(lambda: engine), learner, "default", store, lambda _: None)


def drive(chat: Chat, *lines: str) -> None:
    with create_pipe_input() as pipe:
        pipe.send_text("".join(line + ENTER for line in lines) + CTRL_D)
        with create_app_session(input=pipe, output=DummyOutput()):
            run_repl(chat, color=False)


def text(lines: list[Any]) -> str:
    return "\n".join("".join(t for _, t in line) for line in lines)


# --- coming back ----------------------------------------------------------------------------


def test_the_welcome_back_restates_the_question_in_full_and_the_hint_given(
    engine: tutor.Tutor, store: Store
) -> None:
    chat = new_chat(engine, store)
    drive(chat, "/lesson", "I have no idea")
    question = chat.replies[0].follow_up
    hint = chat.replies[-1].follow_up
    assert question and hint and hint != question

    welcome = text(new_chat(engine, store).welcome(None))
    assert "Where we stopped, I had asked:\n" + question in welcome
    assert welcome.endswith(hint)


def test_the_welcome_back_says_a_quiz_is_under_way_and_on_which_question(
    engine: tutor.Tutor, store: Store
) -> None:
    """A learner who left mid-quiz was shown the question with no word of the quiz."""
    chat = new_chat(engine, store)
    drive(chat, "/quiz 4", "not a clue")
    question = chat.replies[-1].follow_up
    assert question

    welcome = " ".join(text(new_chat(engine, store).welcome(None)).split())
    assert "We were on question 2 of 4 of a quiz." in welcome
    assert welcome.endswith(f"Where we stopped, I had asked: {question}")


def test_the_welcome_back_names_the_quiz_and_the_lesson_it_paused(
    engine: tutor.Tutor, store: Store
) -> None:
    chat = new_chat(engine, store)
    drive(chat, "teach me", "/quiz 3")
    welcome = " ".join(text(new_chat(engine, store).welcome(None)).split())
    assert (
        "We were on question 1 of 3 of a quiz; after it, the lesson goes on "
        "(topic 1 of 9 of the lesson: The power struggle after Lenin)." in welcome
    )


# --- /help ----------------------------------------------------------------------------------


@pytest.mark.parametrize("line", ["/help", "what can you do?"])
def test_help_lists_each_command_once_and_the_waiting_question_last(
    engine: tutor.Tutor, line: str
) -> None:
    chat = new_chat(engine, None)
    chat.handle("who killed trotsky")
    shown = text(chat.handle(line).lines)
    for command in ("/lesson", "/quiz", "/hint", "/skip", "/progress", "/topics", "/timeline"):
        assert shown.count(command + " ") == 1, command
    assert "/people" in shown and "/quit" in shown
    last = shown.splitlines()[-1]
    assert "/" not in last and last.endswith(str(chat.replies[0].follow_up))
    assert shown.index("/quit") < shown.index(last)


# --- completion and the status bar -----------------------------------------------------------


def complete(chat: Chat, typed: str) -> list[str]:
    chat.loader.get()
    return [c.text for c in _completer(chat).get_completions(Document(typed), CompleteEvent())]


def test_a_name_is_offered_once_whatever_its_case_and_as_the_text_writes_it(
    engine: tutor.Tutor,
) -> None:
    chat = new_chat(engine, None)
    offered = complete(chat, "who was tro")
    assert [w.lower() for w in offered].count("trotsky") == 1
    assert "Trotsky" in offered
    assert "trotski" not in offered and "trotzky" not in offered  # variants, not names
    assert complete(chat, "who was ram") == ["Ramón Mercader"]
    assert "Lenin's funeral" in complete(chat, "after len")


@pytest.mark.parametrize("width", [40, 60, 80, 120])
def test_the_status_bar_fits_the_terminal(engine: tutor.Tutor, store: Store, width: int) -> None:
    chat = new_chat(engine, store, learner="annabelle-the-learner")
    # the quiz is closed-book: answered ("no idea") before the question is asked
    drive(
        chat,
        "/quiz 1",
        "no idea",
        "why did trotsky lose the power struggle to stalin after lenin died",
    )
    bar = "".join(t for _, t in chat.toolbar(width))
    assert len(bar) <= width
    assert "annabelle-the-learner" in bar and "mastery" in bar
    assert "topic" in "".join(t for _, t in chat.toolbar(200))


# --- scripts and one-shot questions -----------------------------------------------------------


def run(monkeypatch: pytest.MonkeyPatch, capsys: Any, args: list[str], stdin: str = "") -> str:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    assert main(args) == 0
    out: str = capsys.readouterr().out
    return out


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "progress.sqlite3"
    monkeypatch.setenv("TUTOR_DB", str(path))
    return path


SCRIPT = "who killed trotsky\nno idea\nwhat was the troika\nteach me\nhello\n"


def test_a_piped_script_with_no_learner_starts_fresh_and_reads_the_same_twice(
    db: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    first = run(monkeypatch, capsys, ["chat"], SCRIPT)
    second = run(monkeypatch, capsys, ["chat"], SCRIPT)
    assert first == second and "assassinat" in first
    assert not db.exists()  # nobody's progress was touched
    named = run(monkeypatch, capsys, ["chat", "--learner", "ann"], "who killed trotsky\n")
    assert "assassinat" in named and db.exists()


def test_ask_with_a_learner_goes_on_with_their_conversation_and_saves_it(
    db: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    first = run(monkeypatch, capsys, ["ask", "--learner", "ann", "who killed trotsky"])
    question = first.strip().splitlines()[-1]
    again = run(monkeypatch, capsys, ["ask", "what was the question?", "--learner", "ann"])
    assert again.strip().splitlines()[-1] == question
    with Store.open(db) as saved:
        said = [t.text for s in saved.history("ann", "default") for t in s.turns]
    assert said == ["who killed trotsky", "what was the question?"]
    # without a learner: nothing resumed, nothing saved
    alone = run(monkeypatch, capsys, ["ask", "what was the question?"])
    assert question not in alone


def test_ask_with_a_bad_learner_name_exits_2(db: Path, capsys: Any) -> None:
    assert main(["ask", "--learner", " ", "who killed trotsky"]) == 2
    assert "--learner" in capsys.readouterr().err


# --- /timeline and /people ------------------------------------------------------------------


def test_the_timeline_tells_each_event_once(engine: tutor.Tutor) -> None:
    shown = text(new_chat(engine, None).handle("/timeline", 100).lines)
    year_1940 = shown[shown.index("\n1940 ") :]
    assert year_1940.count("●") == 2  # the assassination told once, then what it meant
    assert "ice axe" in year_1940 and "culmination" in year_1940
    assert shown.count("assassinated") == 1


def test_people_says_who_each_person_is_in_the_texts_words(engine: tutor.Tutor) -> None:
    shown = text(new_chat(engine, None).handle("/people", None).lines).splitlines()
    assert "Leon Trotsky: a charismatic revolutionary and Lenin's close associate." in shown
    assert "Ramón Mercader: an NKVD agent." in shown
    assert not any("facts" in line for line in shown[:-1])  # no counts


# --- two sittings over one database ----------------------------------------------------------


def right_answer(engine: tutor.Tutor, chat: Chat) -> str:
    """What a learner who knows the text says to the question waiting (its points)."""
    question = engine.pack.dialogs.question(str(chat.session.conversation.pending_question))
    return " ".join(e.assertion for e in question.expectations)


def test_a_second_sitting_restates_the_question_and_the_lesson_goes_on_where_it_stopped(
    engine: tutor.Tutor, store: Store
) -> None:
    first = new_chat(engine, store)
    drive(first, "/lesson")
    assert "Topic 1 of 9" in first.replies[0].text
    drive(first, right_answer(engine, first), "I have no idea")  # still the first sitting
    assert first.replies[1].verdict == "correct" and "Topic 2 of 9" in first.replies[1].text
    hint = first.replies[-1].follow_up
    question = engine.pack.dialogs.question(str(first.session.conversation.pending_question))

    second = new_chat(engine, store)
    welcome = " ".join(text(second.welcome(None)).split())
    assert "topic 2 of 9" in welcome
    assert f"Where we stopped, I had asked: {question.ask}" in welcome
    assert welcome.endswith(str(hint))
    drive(second, "/lesson", "what was the question?", right_answer(engine, second))
    resumed, repeated, answered = second.replies
    assert "Topic 2 of 9" in resumed.text and question.ask in resumed.text
    assert repeated.verdict is None and question.ask in repeated.text + str(repeated.follow_up)
    assert answered.verdict == "correct" and "Topic 3 of 9" in answered.text


def test_a_learner_who_leaves_every_third_turn_finishes_the_lesson_asked_nothing_twice(
    engine: tutor.Tutor, store: Store
) -> None:
    """Each sitting: say "teach me", answer once with no idea, then rightly; then leave."""
    right: set[str] = set()
    asked_after_right: list[str] = []
    done = False
    for _ in range(20):
        chat = new_chat(engine, store)
        chat.handle("teach me")
        for line in ("no idea", right_answer(engine, chat)):
            if chat.session.conversation.pending_question is None:
                break
            reply = chat.handle(line).reply
            assert reply is not None
            if reply.verdict == "correct" and reply.judged_question:
                right.add(reply.judged_question)
            waiting = chat.session.conversation.pending_question
            if waiting in right:
                asked_after_right.append(str(waiting))
            if "whole of the essay" in reply.text:
                done = True
        if done:
            break
    assert done, "the lesson came to its end"
    assert len(right) == 9  # one question per topic, every one answered right once
    assert asked_after_right == []


def test_through_the_repl_a_guess_is_judged_a_meta_request_is_not_and_the_lesson_moves_on(
    engine: tutor.Tutor, store: Store
) -> None:
    chat = new_chat(engine, store)
    drive(
        chat, "/lesson", "/skip", "the bureaucracy?", "what was the question?", "ok teach me more"
    )
    start, skipped, guess, repeat, moved = chat.replies
    assert "Topic 1 of 9" in start.text and "Topic 2 of 9" in skipped.text
    assert guess.verdict == "incorrect" and guess.judged_question is not None
    assert repeat.verdict is None and skipped.follow_up in repeat.text + str(repeat.follow_up)
    assert "Topic 3 of 9" in moved.text and "doesn't say" not in moved.text
