"""The Socratic dialogue, driven through respond() like a conversation.

These run on a small pack of our own (tests/pack: the story of a town's charter), so the
questions, hints and assertions they expect are known; nothing here is about the essay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import tutor
from tutor._content import read_yaml

PACK = Path(__file__).parent / "pack"
VOICE = read_yaml(Path(tutor.__file__).parent / "data" / "dialogue.yaml").data


@pytest.fixture(scope="module")
def teacher() -> tutor.Tutor:
    return tutor.Tutor.from_path(PACK)


class Learner:
    """A learner in one session: `say` sends a line and returns the tutor's reply."""

    def __init__(self, t: tutor.Tutor, seed: int = 1) -> None:
        self.session = t.session(seed=seed)

    def say(self, text: str) -> tutor.Reply:
        return self.session.respond(text)


@pytest.fixture
def learner(teacher: tutor.Tutor) -> Learner:
    return Learner(teacher)


def opens_with(text: str, key: str) -> bool:
    return any(text.startswith(p.split("{")[0].strip()) for p in VOICE[key])


# --- asking and judging --------------------------------------------------------------------


def test_an_answer_comes_with_a_follow_up_question_kept_out_of_the_text(learner: Learner) -> None:
    reply = learner.say("What did Edda Brand want?")
    assert reply.kind == "answer"
    assert reply.follow_up == "Why did Brand and Vell clash over Tallow?"
    assert reply.follow_up not in reply.text


def test_a_follow_up_talked_past_twice_gives_way_to_a_different_one(learner: Learner) -> None:
    first = learner.say("Did Tallow have a charter in 1810?").follow_up
    assert first == "Why did Brand and Vell clash over Tallow?"
    assert str(learner.say("Did Tallow have a charter in 1810?").follow_up).endswith(first)
    later = learner.say("What did Edda Brand want?").follow_up
    assert later is not None and not later.endswith(first)
    assert opens_with(later, "let_go")  # the tutor says it lets its question go


def test_a_follow_up_let_go_with_nothing_new_to_ask_says_so_in_the_reply(
    learner: Learner,
) -> None:
    first = learner.say("Did Tallow have a charter in 1810?").follow_up
    assert first is not None
    learner.say("What did Edda Brand want?")  # reminded once
    reply = learner.say("what colour was the town hall?")  # the text doesn't say
    assert reply.follow_up is None and reply.question_id is None
    assert any(reply.text.endswith(p) for p in VOICE["let_go"])


def test_a_lesson_question_talked_past_is_recalled_once_then_waits(learner: Learner) -> None:
    asked = learner.say("/lesson").follow_up
    assert asked is not None
    first = learner.say("What did Edda Brand want?")
    assert first.follow_up is not None and first.follow_up.endswith(asked)  # back to it
    second = learner.say("Did Tallow have a charter in 1810?")
    assert second.follow_up is None and second.question_id is not None  # still open ...
    assert any(second.text.endswith(p) for p in VOICE["lesson_waits"])  # ... and said so
    third = learner.say("What did Edda Brand want?")
    assert third.follow_up is None  # not repeated on every line
    assert not any(p in third.text for p in VOICE["lesson_waits"])


def test_a_mastered_question_is_not_asked_again(learner: Learner) -> None:
    learner.say("/lesson")
    learner.say("Brand wanted the town to govern itself and Vell wanted Greymouth to rule it")
    learner.say("/lesson stop")
    for _ in range(3):
        assert learner.say("What did Edda Brand want?").follow_up != (
            "Why did Brand and Vell clash over Tallow?"
        )
        learner.say("/skip")


def test_a_full_answer_is_correct(learner: Learner) -> None:
    assert learner.say("teach me").follow_up == "Why did Brand and Vell clash over Tallow?"
    reply = learner.say("Brand wanted the town to govern itself but Vell wanted Greymouth to rule")
    assert (reply.kind, reply.verdict) == ("feedback", "correct")
    assert reply.follow_up == "Why did the Millers' Guild side with Brand?"


def test_a_partial_answer_says_what_is_missing_and_everything_said_counts(
    learner: Learner,
) -> None:
    learner.say("/lesson")
    reply = learner.say("she wanted self government")
    assert (reply.kind, reply.verdict) == ("hint", "partial")
    assert reply.text.endswith(tuple(VOICE["missing"]))
    assert reply.follow_up == "Where did Vell come from?"  # the hint of the missing point
    reply = learner.say("vell wanted greymouth in charge")
    assert reply.verdict == "correct"


def test_i_dont_know_gets_encouragement_and_a_hint_not_a_verdict(learner: Learner) -> None:
    learner.say("/lesson")
    reply = learner.say("I don't know")
    assert (reply.kind, reply.verdict) == ("hint", None)
    assert reply.text in VOICE["encourage"]
    assert reply.follow_up == "What did Brand hope the town could do on its own?"


def test_the_ladder_climbs_hint_hint_prompt_assertion(learner: Learner) -> None:
    learner.say("/lesson")
    assert learner.say("/skip").follow_up == "Why did the Millers' Guild side with Brand?"
    follow_ups = [learner.say(line).follow_up for line in ["purple", "no", "bananas"]]
    assert follow_ups == [
        "How did the millers feel about Vell?",
        "What was Vell building up that worried them?",
        "The millers feared Vell's growing ____.",
    ]
    reply = learner.say("cheese")
    assert reply.kind == "feedback"
    assert "feared Vell's growing fleet" in reply.text
    # a learner who struggled gets another question on the same topic, not the next topic
    assert "One more on The Tallow League" in reply.text or "from another side" in reply.text
    assert reply.follow_up == "How did the Tallow League turn people against Vell?"


def test_the_prompt_accepts_its_cue_word(learner: Learner) -> None:
    learner.say("/lesson")
    learner.say("/skip")
    for line in ["no", "no", "no"]:
        learner.say(line)
    reply = learner.say("fleet")
    assert (reply.kind, reply.verdict) == ("feedback", "correct")


def test_never_two_negative_feedbacks_in_a_row(learner: Learner) -> None:
    learner.say("/lesson")
    learner.say("/skip")
    first = learner.say("purple monkeys")
    second = learner.say("bananas")
    assert first.verdict == second.verdict == "incorrect"
    assert opens_with(first.text, "negative")
    assert not opens_with(second.text, "negative")


def test_no_learner_is_stuck_on_a_question_for_more_than_five_turns(learner: Learner) -> None:
    learner.say("/lesson")
    first = learner.session.conversation.pending_question
    turns = 0
    while learner.session.conversation.pending_question == first:
        learner.say("no clue at all, sorry")
        turns += 1
    assert turns <= 5


def test_a_near_miss_spelling_is_right_with_a_spelling_note(learner: Learner) -> None:
    learner.say("/lesson")
    learner.say("/skip")
    reply = learner.say("they feared his flete")
    assert reply.verdict == "correct"
    assert "fleet" in reply.text and "spelling" in reply.text.lower()


def test_a_misconception_in_an_answer_is_corrected(learner: Learner) -> None:
    learner.say("/lesson")
    reply = learner.say("vell wanted to be mayor")
    assert reply.verdict == "incorrect"
    assert "stay under Greymouth's rule" in reply.text


def test_a_new_question_is_answered_and_the_pending_one_resumes(learner: Learner) -> None:
    asked = learner.say("/lesson").follow_up
    assert asked is not None
    reply = learner.say("When did Tallow get its charter?")
    assert reply.kind == "answer" and reply.verdict is None
    assert "1822" in reply.text
    assert reply.follow_up is not None and reply.follow_up.endswith(asked)


def test_small_talk_keeps_the_question_waiting(learner: Learner) -> None:
    asked = learner.say("/lesson").follow_up
    reply = learner.say("thanks")
    assert reply.kind == "smalltalk" and reply.verdict is None
    assert reply.follow_up is not None and reply.follow_up.endswith(str(asked))


# --- commands -----------------------------------------------------------------------------


def test_hint_and_skip_without_a_question_say_so(learner: Learner) -> None:
    assert learner.say("/hint").kind == "command"
    assert learner.say("/skip").follow_up is None


def test_hint_gives_the_next_rung(learner: Learner) -> None:
    learner.say("/lesson")
    reply = learner.say("/hint")
    assert reply.kind == "hint"
    assert reply.follow_up == "What did Brand hope the town could do on its own?"


def test_skip_says_the_answer_and_moves_on(learner: Learner) -> None:
    learner.say("/lesson")
    reply = learner.say("/skip")
    assert "govern itself" in reply.text and "Greymouth" in reply.text
    assert reply.follow_up == "Why did the Millers' Guild side with Brand?"


def test_quiet_turns_follow_ups_off_and_on(learner: Learner) -> None:
    assert learner.say("/quiet").kind == "command"
    assert learner.say("What did Edda Brand want?").follow_up is None
    learner.say("/quiet")
    assert learner.say("What did Edda Brand want?").follow_up is not None


def test_topics_help_and_progress(learner: Learner) -> None:
    assert "The Tallow League" in learner.say("/topics").text
    help_text = learner.say("/help").text
    for command in ("/lesson", "/quiz", "/hint", "/skip", "/progress", "/topics", "/quiet"):
        assert command in help_text
    learner.say("/lesson")
    learner.say("Brand wanted the town to govern itself and Vell wanted Greymouth to rule it")
    progress = learner.say("/progress").text
    assert "A town without a charter: 50% (1 of 2 questions)" in progress
    assert "The Tallow League: 0%" in progress


def test_an_unknown_command_is_named(learner: Learner) -> None:
    assert "/frobnicate" in learner.say("/frobnicate").text


# --- context ----------------------------------------------------------------------------------


def test_tell_me_more_walks_to_related_facts_not_yet_told(learner: Learner) -> None:
    learner.say("/quiet")
    assert "govern itself" in learner.say("What did Edda Brand want?").text
    more = learner.say("tell me more")
    assert more.kind == "answer" and "Greymouth" in more.text
    again = learner.say("tell me more")
    assert again.kind == "answer" and again.text != more.text


def test_what_next_follows_the_order_of_the_text(learner: Learner) -> None:
    learner.say("/quiet")
    learner.say("When did Tallow get its charter?")
    assert "Lantern Isle" in learner.say("what happened next?").text


def test_who_else_names_someone_new() -> None:
    session = tutor.Tutor().session(seed=0)
    first = session.respond("Who did Stalin first ally with against Trotsky?")
    assert "Zinoviev" in first.text
    other = session.respond("who else?")
    assert other.kind == "answer"
    assert "Bukharin" in other.text


# --- state and wording ---------------------------------------------------------------------------


def test_a_resumed_session_continues_the_same_question(teacher: tutor.Tutor) -> None:
    session = teacher.session(seed=4)
    asked = session.respond("/lesson").follow_up
    session.respond("she wanted self government")
    learner, conversation = session.learner.to_json(), session.conversation.to_json()
    resumed = teacher.session(
        tutor.LearnerState.from_json(learner), tutor.ConversationState.from_json(conversation)
    )
    assert resumed.conversation.pending_question == "st-clash"
    reply = resumed.respond("and vell wanted greymouth in charge")
    assert reply.verdict == "correct"
    assert asked == "Why did Brand and Vell clash over Tallow?"


def test_a_broken_saved_state_starts_afresh(teacher: tutor.Tutor) -> None:
    old = {"version": 1, "dialogue": {"pending": {"q": "no-such-question"}}}
    session = teacher.session(conversation=tutor.ConversationState.from_json(old))
    assert session.respond("hello").kind == "smalltalk"
    old = {"version": 1, "dialogue": "junk", "learner": [1, 2]}
    session = teacher.session(
        tutor.LearnerState.from_json(old), tutor.ConversationState.from_json(old)
    )
    assert session.respond("/progress").kind == "command"


def _transcript(t: tutor.Tutor, seed: int) -> list[str]:
    session = t.session(seed=seed)
    lines = ["/lesson", "no idea", "purple", "she wanted self government", "/skip", "no"]
    return [session.respond(line).text for line in lines]


def test_wording_is_reproducible_per_seed_and_varies_across_seeds(teacher: tutor.Tutor) -> None:
    assert _transcript(teacher, 7) == _transcript(teacher, 7)
    assert len({tuple(_transcript(teacher, seed)) for seed in range(6)}) > 1


def test_an_app_can_pose_a_chosen_question_and_the_answer_is_judged(learner: Learner) -> None:
    posed = learner.session.pose("st-clash")
    assert posed.follow_up == "Why did Brand and Vell clash over Tallow?"
    assert posed.text == ""
    reply = learner.say("Brand wanted the town to govern itself but Vell wanted Greymouth to rule")
    assert (reply.kind, reply.verdict) == ("feedback", "correct")


def test_posing_an_unknown_question_is_a_key_error(learner: Learner) -> None:
    with pytest.raises(KeyError):
        learner.session.pose("no-such-question")


def test_saying_the_opposite_of_a_negated_phrase_does_not_cover_it(
    teacher: tutor.Tutor, learner: Learner
) -> None:
    """'it was not luck' is not said by 'it was pure luck'."""
    qid = next(q for q in teacher.pack.dialogs.questions.values() if "luck" in q.ask)
    learner.session.pose(qid.id)
    assert learner.say("yes it was luck").verdict != "correct"
    learner.session.pose(qid.id)
    assert learner.say("no, it was not luck").verdict in ("correct", "partial")


def test_an_answer_opening_with_so_is_judged_not_fact_checked(learner: Learner) -> None:
    learner.session.pose("st-clash")
    reply = learner.say(
        "so Brand wanted the town to govern itself but Vell wanted Greymouth to rule"
    )
    assert (reply.kind, reply.verdict) == ("feedback", "correct")


def test_a_question_put_indirectly_is_asked_not_judged(default_tutor: tutor.Tutor) -> None:
    # "I was wondering who ..." asks what "who ...?" asks: no verdict ("Yes.", "Actually, no.")
    pairs = [
        ("I was wondering who killed Trotsky", "Who killed Trotsky?"),
        ("I was wondering what became of Lenin's testament", "What became of Lenin's testament?"),
    ]
    for indirect, direct in pairs:
        asked = default_tutor.session(seed=1).respond(direct)
        reply = default_tutor.session(seed=1).respond(indirect)
        assert (reply.kind, reply.text) == (asked.kind, asked.text), indirect


def test_a_how_long_question_while_one_waits_is_answered_not_judged(
    default_tutor: tutor.Tutor,
) -> None:
    """ "How long did ..." opens a question, never a statement as "how he won ..." does: a
    learner asking it while the tutor's follow-up waits, in the words of what the follow-up
    expects, gets an answer (here: the essay doesn't say how long), not "one piece of it"."""
    s = default_tutor.session(seed=0)
    s.respond("who formed the troika")
    assert s.conversation.pending_question is not None
    reply = s.respond("how long did zinoviev and kamenev fear trotskys influence")
    assert reply.kind not in ("feedback", "hint") and reply.verdict is None, reply.text
    assert "how long" in reply.text


def test_ok_while_a_question_waits_does_not_ask_what_to_look_at_next() -> None:
    # "Good. What would you like to look at next?" made no sense with a question pending
    session = tutor.Tutor().session(seed=3)
    session.respond("who killed trotsky?")
    assert session.conversation.pending_question is not None
    reply = session.respond("ok")
    assert "next" not in reply.text and reply.follow_up is not None


def test_a_laugh_or_a_thinking_noise_is_neither_an_answer_nor_a_question() -> None:
    # "lol" was judged a wrong answer (a rung of the ladder used up) and, asked alone, read
    # as a slip of "lot" and refused; "hmmmm" likewise
    t = tutor.Tutor()
    for noise in ("lol", "LOL!!", "hahahaha", "hmmmm", "umm", "lmao"):
        session = t.session(seed=3)
        session.respond("who did stalin ally with first?")
        waiting = session.conversation.pending_question
        reply = session.respond(noise)
        assert (reply.kind, reply.verdict) == ("smalltalk", None), noise
        assert session.conversation.pending_question == waiting, noise
        alone = t.session(seed=3).respond(noise)
        assert alone.kind == "smalltalk" and "doesn't say" not in alone.text, noise
    # a laugh before a question still asks it
    asked = t.session(seed=3).respond("lol who killed trotsky")
    assert asked.kind == "answer" and "Mercader" in asked.text


def test_saying_the_tutor_is_wrong_or_only_punctuation_is_never_judged() -> None:
    # "you're wrong" got "That's true, but it doesn't answer my question"; "??" and "..."
    # got the essay's summary as an answer, or "I don't know: the essay doesn't say"
    t = tutor.Tutor()
    for line in ("you're wrong", "that's not what i asked", "??", "..."):
        session = t.session(seed=3)
        session.respond("who killed trotsky?")
        waiting = session.conversation.pending_question
        reply = session.respond(line)
        assert reply.verdict is None and reply.kind != "answer", line
        assert session.conversation.pending_question == waiting, line
        alone = t.session(seed=3).respond(line)
        assert alone.kind == "smalltalk" and "doesn't say" not in alone.text, line


def test_a_claim_with_a_negative_tag_is_checked_though_it_lacks_a_question_mark() -> None:
    # "..., didn't he" asks whatever its punctuation; without "?" it was judged a wrong
    # answer to the waiting question (a rung used up, a wrong answer on the record)
    session = tutor.Tutor().session(seed=3)
    session.respond("who killed trotsky?")
    waiting = session.conversation.pending_question
    reply = session.respond("trotsky went to lenins funeral didnt he")
    assert reply.kind == "correction" and reply.verdict is None and "missed" in reply.text
    assert session.conversation.pending_question == waiting


def test_small_talk_while_a_question_waits_does_not_use_up_its_turns() -> None:
    # after a few lines of "ok", "lol", "thanks" the tutor told its answer ("Glad to help.
    # ... Let me fill that in: ..."), as if thanks were a request for it
    session = tutor.Tutor().session(seed=3)
    session.respond("who killed trotsky?")
    waiting = session.conversation.pending_question
    for line in ("ok", "lol", "thanks", "hmm", "ok", "thanks"):
        reply = session.respond(line)
        assert reply.kind == "smalltalk" and "fill that in" not in reply.text, line
    assert session.conversation.pending_question == waiting


def test_a_hint_asked_after_the_tutor_let_its_question_go_says_none_waits(
    learner: Learner,
) -> None:
    learner.say("Did Tallow have a charter in 1810?")
    learner.say("What did Edda Brand want?")
    learner.say("what colour was the town hall?")  # the question is let go, and said so
    reply = learner.say("/hint")
    assert reply.text in VOICE["no_pending"] and "anything yet" not in reply.text
