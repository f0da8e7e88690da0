"""Teaching that adapts to the learner (issue 17), as transcripts through respond().

The test pack's lesson: start (st-clash, st-before), league (lg-why-guild, lg-pamphlets),
mistakes (mi-farmers), charter (ch-how, ch-luck).
"""

from __future__ import annotations

from pathlib import Path

import tutor

PACK = Path(__file__).parent / "pack"
T = tutor.Tutor.from_path(PACK)


def right(s: tutor.Session, t: tutor.Tutor = T) -> str:
    """What a learner who knows the answer to the pending question says."""
    question = t.pack.dialogs.question(str(s.conversation.pending_question))
    return ". ".join(e.assertion for e in question.expectations)


def fail(s: tutor.Session) -> tutor.Reply:
    """A learner who has no idea, until the tutor tells the answer and moves on."""
    asked = s.conversation.pending_question
    reply = s.respond("no idea")
    while s.conversation.pending_question == asked and reply.kind == "hint":
        reply = s.respond("no idea")
    return reply


def score(s: tutor.Session, qid: str) -> float:
    return float(s.learner.to_dict()["questions"][qid]["score"])


# --- lessons ---------------------------------------------------------------------------------


def test_a_learner_who_nails_a_topic_moves_straight_to_the_next() -> None:
    s = T.session(seed=2)
    s.respond("/lesson")
    reply = s.respond(right(s))
    assert reply.verdict == "correct"
    assert "Topic 2 of 4: The Tallow League" in reply.text
    assert s.conversation.pending_question == "lg-why-guild"


def test_a_learner_who_struggles_gets_another_question_and_the_topic_comes_back() -> None:
    s = T.session(seed=2)
    s.respond("/lesson")
    reply = fail(s)
    assert "A town without a charter" in reply.text and "Topic 2" not in reply.text
    assert reply.follow_up == "What did Tallow lack in 1810?"  # a different question
    reply = fail(s)
    assert "Topic 2 of 4" in reply.text
    reply = s.respond(right(s))  # league
    reply = s.respond(right(s))  # mistakes: two topics later, the weak one comes back
    assert reply.judged_question == "mi-farmers"
    assert "A town without a charter" in reply.text and "topic 1" in reply.text
    assert reply.follow_up == "Why did Brand and Vell clash over Tallow?"  # asked longest ago


def test_a_skipped_question_moves_on_and_the_lesson_ends_reviewing_the_weakest() -> None:
    s = T.session(seed=2)
    s.respond("/lesson")
    s.respond("/skip")  # start: skipped, so left for the review
    texts = []
    for _ in range(2):
        texts.append(s.respond(right(s)).text)
    assert "Topic 4 of 4" in texts[-1]
    reply = s.respond(right(s))
    assert "review" in reply.text and "A town without a charter" in reply.text
    reply = s.respond(right(s))
    assert reply.follow_up is None and "/progress" in reply.text


def test_a_lesson_saved_mid_way_resumes_its_plan() -> None:
    s = T.session(seed=2)
    s.respond("/lesson")
    fail(s)
    fail(s)
    s.respond(right(s))
    saved = s.conversation.to_json()
    lesson = s.conversation.to_dict()["dialogue"]["lesson"]
    assert lesson["at"] == 2 and lesson["due"] == [["start", 2]]  # "Topic 3 of 4"
    later = T.session(
        tutor.LearnerState.from_json(s.learner.to_json()),
        tutor.ConversationState.from_json(saved),
    )
    reply = later.respond(right(later))
    assert "A town without a charter" in reply.text and "topic 1" in reply.text


# --- recaps ------------------------------------------------------------------------------------


def test_the_recap_says_what_was_right_what_was_corrected_and_what_is_missing() -> None:
    s = T.session(seed=2)
    s.respond("/lesson")
    s.respond("Vell wanted to be mayor")
    s.respond("brand wanted the town to govern itself")
    reply = fail(s)
    assert "Brand wanted the town to rule itself" in reply.text  # what this learner got
    assert '"Vell wanted to be mayor"' in reply.text  # their misconception, quoted
    assert "Vell wanted Greymouth to rule it" in reply.text  # the point they did not make
    assert "In 1810 Tallow had no charter." in reply.text  # then the summary


def test_a_learner_who_said_nothing_right_gets_the_summary_alone() -> None:
    s = T.session(seed=2)
    s.respond("/lesson")
    reply = s.respond("purple monkeys")
    while reply.kind == "hint":
        reply = s.respond("bananas")
    assert "In 1810 Tallow had no charter." in reply.text
    assert "You got" not in reply.text and "You saw" not in reply.text


# --- quizzes -----------------------------------------------------------------------------------


def test_a_quiz_pauses_a_lesson_and_takes_it_up_again() -> None:
    s = T.session(seed=2)
    s.respond("/lesson")
    s.respond(right(s))
    lesson_question = s.conversation.pending_question
    reply = s.respond("/quiz 1")
    assert "lesson is paused" in reply.text
    # saved and resumed mid-quiz (a new session over the saved states), the lesson waits on
    s = T.session(
        tutor.LearnerState.from_json(s.learner.to_json()),
        tutor.ConversationState.from_json(s.conversation.to_json()),
    )
    reply = s.respond("no idea")
    assert "Quiz over" in reply.text and "back to the lesson, topic 2 of 4" in reply.text
    assert s.conversation.pending_question == lesson_question
    reply = s.respond(right(s))
    assert reply.judged_question == lesson_question and "Topic 3 of 4" in reply.text


def test_a_quiz_skips_what_was_right_last_sitting_and_is_shorter_instead() -> None:
    first = T.session(seed=1)
    reply = first.respond("/quiz 3")
    right_ids = []
    while reply.follow_up is not None:
        right_ids.append(first.conversation.pending_question)
        reply = first.respond(right(first))
    assert "scored 3 out of 3" in reply.text
    nxt = T.session(first.learner, seed=1)
    nxt.respond("/quiz 20")
    asked = []
    while nxt.conversation.pending_question is not None:
        asked.append(nxt.conversation.pending_question)
        nxt.respond("no idea")
    assert not set(asked) & set(right_ids)
    assert len(asked) == len(T.pack.dialogs.questions) - 3  # shorter, not repeating


# --- mastery and facts seen --------------------------------------------------------------------


def test_mastery_comes_from_sure_answers_and_a_contradiction_lowers_it() -> None:
    clean = T.session(seed=2)
    clean.pose("st-clash")
    clean.respond(right(clean))
    assert score(clean, "st-clash") == 1.0
    mixed = T.session(clean.learner, seed=2)
    mixed.pose("st-clash")
    mixed.respond("Vell wanted to be mayor")  # the text says otherwise
    mixed.respond(right(mixed))
    assert score(mixed, "st-clash") < 0.75  # no longer mastered
    again = T.session(mixed.learner, seed=2)
    again.pose("st-clash")
    again.respond(right(again))
    assert score(again, "st-clash") == 1.0  # the latest sure answer counts


def test_facts_seen_count_what_the_learner_said_and_never_shrink() -> None:
    s = T.session(seed=5)
    reply = s.respond("/quiz 5")
    facts: set[str] = set()
    seen = [T.progress(s.learner).facts_seen]
    while reply.follow_up is not None:
        facts |= set(T.pack.dialogs.question(str(s.conversation.pending_question)).facts)
        reply = s.respond(right(s))
        seen.append(T.progress(s.learner).facts_seen)
    assert "scored 5 out of 5" in reply.text
    assert seen == sorted(seen)
    assert seen[-1] >= len(facts)


def test_a_quiz_size_below_one_or_not_a_number_shows_the_usage_and_starts_nothing() -> None:
    s = T.session(seed=1)
    for size in ("0", "-5", "five"):
        reply = s.respond(f"/quiz {size}")
        assert reply.text.startswith("Usage: /quiz [N]"), size
        assert s.conversation.pending_question is None, size


# --- fill-in prompts and misconceptions (the default pack) ---------------------------------------

ESSAY = tutor.Tutor()


def _at_prompt() -> tutor.Session:
    s = ESSAY.session(seed=0)
    s.pose("intro-surprising-winner")
    for _ in range(3):
        reply = s.respond("no idea")
    assert reply.follow_up is not None and "____" in reply.follow_up
    return s


def test_a_fill_in_is_judged_right_near_or_wrong() -> None:
    wrong = _at_prompt().respond("power")
    assert (wrong.kind, wrong.verdict) == ("hint", "incorrect")
    assert "doesn't say" not in wrong.text and "natural heir" in wrong.text
    near = _at_prompt().respond("hier")
    assert near.verdict == "partial" and "heir" in near.text
    synonym = _at_prompt().respond("successor")
    assert synonym.verdict == "partial"


def test_a_misconception_is_corrected_before_any_encouragement() -> None:
    s = ESSAY.session(seed=1)
    s.pose("intro-beat-popularity")
    reply = s.respond("Stalin was the most famous Bolshevik in 1917")
    assert reply.verdict == "incorrect"
    assert reply.misconception == "intro-stalin-more-popular"
    assert "right track" not in reply.text and "part of it" not in reply.text


def test_a_wrong_idea_stated_in_free_talk_lowers_its_questions_mastery() -> None:
    s = ESSAY.session(seed=3)
    s.pose("al-why-troika")
    s.respond(right(s, ESSAY))
    before = score(s, "al-why-troika")
    reply = s.respond("Zinoviev and Kamenev admired Stalin, right?")
    assert (reply.kind, reply.misconception) == ("correction", "al-zk-loyal-to-stalin")
    assert score(s, "al-why-troika") < before
