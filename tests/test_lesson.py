"""Guided lessons and quizzes, driven through respond()."""

from __future__ import annotations

import shutil
from pathlib import Path

import tutor

PACK = Path(__file__).parent / "pack"


def session(pack: Path = PACK, seed: int = 2) -> tutor.Session:
    return tutor.Tutor.from_path(pack).session(seed=seed)


def test_teach_me_walks_the_topics_in_the_declared_order_asking_first() -> None:
    s = session()
    reply = s.respond("teach me")
    assert "Topic 1 of 4: A town without a charter" in reply.text
    assert reply.follow_up == "Why did Brand and Vell clash over Tallow?"
    announced = []
    while reply.follow_up is not None:
        reply = s.respond("/skip")
        announced.append(reply.text)
    assert "Topic 2 of 4: The Tallow League" in announced[0]
    assert "Topic 4 of 4: Winning the charter" in announced[2]
    assert "/progress" in announced[-1]


def test_the_lesson_order_comes_from_the_dialog_files(tmp_path: Path) -> None:
    shutil.copytree(PACK, tmp_path / "pack")
    (tmp_path / "pack" / "dialogs" / "lesson.yaml").write_text(
        "lesson: [charter, start]\n", encoding="utf-8"
    )
    s = session(tmp_path / "pack")
    assert "Topic 1 of 2: Winning the charter" in s.respond("/lesson").text
    assert "Topic 2 of 2: A town without a charter" in s.respond("/skip").text


def test_a_lesson_can_be_stopped() -> None:
    s = session()
    s.respond("/lesson")
    reply = s.respond("/lesson stop")
    assert reply.kind == "lesson" and reply.follow_up is None
    assert s.respond("What did Edda Brand want?").kind == "answer"


def right(t: tutor.Tutor, s: tutor.Session) -> str:
    """What a learner who knows the answer to the pending question says."""
    question = t.pack.dialogs.question(str(s.conversation.pending_question))
    return " ".join(e.assertion for e in question.expectations)


def test_a_quiz_asks_n_questions_across_topics_and_reports_a_score() -> None:
    t = tutor.Tutor.from_path(PACK)
    s = t.session(seed=3)
    reply = s.respond("/quiz 3")
    assert "3 questions" in reply.text and "closed-book" in reply.text
    topics = []
    while reply.follow_up is not None:
        question = t.pack.dialogs.question(str(s.conversation.pending_question))
        topics.append(question.topic)
        reply = s.respond(right(t, s) if len(topics) == 1 else "purple monkeys")
        assert reply.kind == "feedback"
    assert len(topics) == len(set(topics)) == 3
    assert reply.text.endswith("out of 3.")
    assert "scored 1 out of 3" in reply.text


def test_quiz_me_in_words_and_a_bad_count() -> None:
    s = session()
    assert s.respond("quiz me").follow_up is not None
    assert "Usage" in session().respond("/quiz many").text


def test_a_question_during_a_quiz_is_held_and_answered_when_it_ends() -> None:
    s = session()
    asked = s.respond("/quiz 2").follow_up
    reply = s.respond("When did Tallow get its charter?")
    assert reply.kind == "quiz" and "1822" not in reply.text
    assert "closed-book" in reply.text and "after the quiz" in reply.text
    assert reply.follow_up == asked  # the quiz question still waits
    reply = s.respond("no idea")
    reply = s.respond("no idea")
    assert "Quiz over" in reply.text
    assert 'You asked during the quiz: "When did Tallow get its charter?"' in reply.text
    assert "In 1822 the king granted Tallow its charter." in reply.text


def test_a_hint_in_a_quiz_is_refused_and_the_question_stays() -> None:
    """/hint once told the answer and moved on: a quiz is closed-book."""
    s = session()
    asked = s.respond("/quiz 2").follow_up
    waiting = s.conversation.pending_question
    reply = s.respond("/hint")
    assert reply.text.startswith("No hints in a quiz: it's closed-book.")
    assert reply.kind == "quiz" and reply.verdict is None
    assert reply.follow_up == asked and s.conversation.pending_question == waiting
    assert s.respond("/clue").follow_up == asked


def test_a_new_quiz_does_not_drop_the_one_under_way() -> None:
    """/quiz 0 during a quiz once started another, and the first one's score was lost."""
    s = session()
    asked = s.respond("/quiz 2").follow_up
    for line in ("/quiz 0", "quiz me"):
        reply = s.respond(line)
        assert reply.text.startswith("We're in a quiz already, on question 1 of 2:")
        assert "/quiz stop" in reply.text and reply.follow_up == asked
    reply = s.respond("no idea")
    assert reply.follow_up is not None and reply.follow_up != asked
    assert "on question 2 of 2" in s.respond("/quiz 5").text
    reply = s.respond("no idea")
    assert "Quiz over: you scored 0 out of 2." in reply.text


def test_a_quiz_can_be_stopped_with_its_score_so_far_and_the_held_question_answered() -> None:
    s = session()
    s.respond("/quiz 3")
    s.respond("When did Tallow get its charter?")  # held until the quiz ends
    s.respond("no idea")
    reply = s.respond("/quiz stop")
    assert reply.text.startswith("Quiz stopped after 1 answer: you scored 0.")
    assert "In 1822 the king granted Tallow its charter." in reply.text
    assert reply.follow_up is None and s.conversation.pending_question is None
    assert s.respond("/quiz stop").text == "No quiz is under way. Type /quiz to start one."
    assert "Quiz time: 2 questions." in s.respond("/quiz 2").text


def test_stopping_a_quiz_takes_up_the_lesson_it_paused() -> None:
    s = session()
    lesson_question = s.respond("teach me").follow_up
    s.respond("/quiz 2")
    reply = s.respond("/quiz stop")
    assert "Now back to the lesson, topic 1 of 4" in reply.text
    assert reply.follow_up == lesson_question


def test_progress_shows_mastery_per_topic_after_a_quiz() -> None:
    t = tutor.Tutor.from_path(PACK)
    s = t.session(seed=3)
    s.respond("/quiz 1")
    question = t.pack.dialogs.question(str(s.conversation.pending_question))
    s.respond(right(t, s))
    title = t.pack.topic(question.topic).title
    n = len(t.pack.dialogs.for_topic(question.topic))
    share = f"{1 / n:.0%}"
    assert f"{title}: {share} (1 of {n} question" in s.respond("/progress").text


def test_one_question_is_counted_in_the_singular() -> None:
    s = session(seed=3)
    assert "Quiz time: 1 question." in s.respond("/quiz 1").text
    progress = s.respond("/progress").text  # one topic of the test pack has one question
    assert "Vell's mistake: 0% (0 of 1 question)" in progress


def test_next_moves_a_lesson_on_and_a_mistyped_command_is_named() -> None:
    s = session()
    s.respond("teach me")
    assert "Topic 2 of 4: The Tallow League" in s.respond("/next").text
    reply = s.respond("/lessson")
    assert reply.kind == "command" and "Did you mean /lesson?" in reply.text
    assert "Did you mean" not in s.respond("/weather").text
    assert "Did you mean" not in s.respond("/quit").text  # the terminal's, not "/quiet"
