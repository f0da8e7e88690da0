"""Mastery counts the answers a learner gave, never a question the tutor has only asked:
/progress after a first answer from the tutor (and its follow-up question) says mastery is
not yet known, not 0%; after one right answer it says how many answers the figure rests
on. A progress file saved before answers were counted still reads the same."""

from __future__ import annotations

import shutil
from pathlib import Path

import tutor
from tutor._render import progress_lines
from tutor._store import Store

OLD = Path(__file__).parent / "data" / "progress-before-answers.sqlite"
RIGHT = "trotsky was lenins obvious successor and a charismatic figure, while stalin looked dull"


def heading(t: tutor.Tutor, session: tutor.Session) -> str:
    return "".join(text for _, text in progress_lines(t.progress(session.learner), 100)[0])


def test_a_question_only_asked_leaves_mastery_unknown(default_tutor: tutor.Tutor) -> None:
    session = default_tutor.session(seed=0)
    reply = session.respond("who killed trotsky")
    assert reply.kind == "answer" and reply.follow_up  # the tutor asked a question back
    assert default_tutor.progress(session.learner).overall is None
    assert heading(default_tutor, session).startswith("Overall mastery: not yet known;")


def test_one_right_answer_shows_what_the_figure_rests_on(default_tutor: tutor.Tutor) -> None:
    session = default_tutor.session(seed=0)
    session.respond("/lesson")
    reply = session.respond(RIGHT)
    assert reply.verdict == "correct" and reply.follow_up  # and the next question is asked
    progress = default_tutor.progress(session.learner)
    assert progress.overall is not None and progress.overall > 0
    assert (progress.answered, progress.right) == (1, 1)
    assert "(from 1 question answered so far, 1 mastered)" in heading(default_tutor, session)


def test_a_progress_file_saved_before_answers_were_counted_reads_the_same(
    tmp_path: Path,
) -> None:
    """tests/data/progress-before-answers.sqlite: ann's first sitting with the tutor as
    it was (one question answered right in a lesson, two asked and not answered right)."""
    db = tmp_path / "progress.sqlite"
    shutil.copy(OLD, db)
    t = tutor.Tutor()
    with Store.open(db) as store:
        saved = store.load("ann", "default")
        assert saved is not None
        learner = tutor.LearnerState.from_json(saved[0])
        progress = t.progress(learner)
        intro = next(p for p in progress.topics if p.id == "intro")
        assert (intro.mastery, intro.mastered, progress.facts_seen) == (0.333, 1, 3)
        assert progress.overall == 0.037 and (progress.answered, progress.right) == (1, 1)
        session = t.session(learner, tutor.ConversationState.from_json(saved[1]))
        assert session.conversation.pending_question == "gs-why-powerful"
        reply = session.respond("he decided who got jobs in the party")
        assert reply.question_id == "gs-why-powerful" and reply.kind in ("feedback", "hint")
