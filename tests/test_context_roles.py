"""Follow-ups that lean on the last answer by the role they ask for, not by a pronoun.

Our own wordings, written from the essay, not from any case file: "what did he use?" asks
the means of the event just told, "was that the only one?" asks for another.
"""

from __future__ import annotations

from pathlib import Path

import tutor


def _talk(t: tutor.Tutor, *lines: str) -> tutor.Reply:
    session = t.session(seed=2)
    reply = session.respond(lines[0])
    for line in lines[1:]:
        reply = session.respond(line)
    return reply


def test_what_did_he_use_asks_for_the_means_of_the_last_event(default_tutor: tutor.Tutor) -> None:
    reply = _talk(default_tutor, "Who was Mercader?", "What weapon did he have?")
    assert reply.kind == "answer" and "ice axe" in reply.text
    reply = _talk(default_tutor, "Who was Ramon Mercader?", "what did he use?")
    assert reply.kind == "answer" and "ice axe" in reply.text


def test_a_question_asking_what_was_used_wants_a_fact_that_says_with_what(
    default_tutor: tutor.Tutor,
) -> None:
    analyzer = default_tutor._engine.analyzer
    assert analyzer.analyze("what did the killer use?").qtype == "means"
    assert analyzer.analyze("with what was he attacked?").qtype == "means"
    assert analyzer.analyze("what did he do?").qtype == "thing"


def test_only_one_asks_for_another_not_the_same_again(default_tutor: tutor.Tutor) -> None:
    first = _talk(default_tutor, "Why did Trotsky miss the funeral of Lenin?")
    again = _talk(
        default_tutor,
        "Why did Trotsky miss the funeral of Lenin?",
        "Is that the only error he made?",
    )
    assert "funeral" in first.text
    assert again.text != first.text and "faction" in again.text


def test_any_wording_of_what_came_next_moves_on_in_the_narrative(
    default_tutor: tutor.Tutor,
) -> None:
    first = _talk(default_tutor, "When was Trotsky thrown out of the Politburo?")
    assert "1926" in first.text
    for follow in ("what came after that?", "and what followed then?", "what happened after it?"):
        reply = _talk(default_tutor, "When was Trotsky thrown out of the Politburo?", follow)
        assert reply.kind == "answer" and "1927" in reply.text, (follow, reply.text)


def test_a_question_with_its_own_words_is_not_taken_for_what_came_next(
    default_tutor: tutor.Tutor,
) -> None:
    cues = default_tutor._engine.dialogue.cues
    assert cues.of_words(("what", "came", "after", "lenin", "died")) is None
    assert cues.of_words(("what", "came", "after", "that")) == "what_next"


def test_the_same_question_of_someone_the_last_answer_also_names_gets_it_again(
    default_tutor: tutor.Tutor,
) -> None:
    first = _talk(default_tutor, "Who was Kamenev?")
    assert "Zinoviev" in first.text
    assert _talk(default_tutor, "Who was Kamenev?", "and Zinoviev?").text == first.text
    # someone the last answer does not name gets another answer
    other = _talk(default_tutor, "Who was Kamenev?", "what about Bukharin?")
    assert "Bukharin" in other.text


def test_why_did_it_matter_asks_what_it_led_to(default_tutor: tutor.Tutor) -> None:
    analyzer = default_tutor._engine.analyzer
    assert analyzer.analyze("why did that matter so much?").qtype == "result"
    assert analyzer.analyze("why was it so important for him?").qtype == "result"
    assert analyzer.analyze("why did he lose?").qtype == "reason"
    first = _talk(default_tutor, "Which office did Stalin get in 1922?")
    for follow in ("why was it so important for him?", "why did that matter?"):
        reply = _talk(default_tutor, "Which office did Stalin get in 1922?", follow)
        assert reply.kind == "answer" and reply.text != first.text, follow
        assert "General Secretary" in reply.text


def test_how_on_its_own_asks_by_what_means(default_tutor: tutor.Tutor) -> None:
    reply = _talk(default_tutor, "When had Stalin got rid of every rival?", "how?")
    assert reply.kind == "answer" and "purges" in reply.text


def test_where_else_after_one_place_of_a_list_is_the_list(default_tutor: tutor.Tutor) -> None:
    reply = _talk(default_tutor, "Did Trotsky spend time in France?", "where else?")
    assert reply.kind == "answer" and "Norway" in reply.text and "Mexico" in reply.text


def test_a_year_later_moves_on_in_time(default_tutor: tutor.Tutor) -> None:
    reply = _talk(default_tutor, "What was Trotsky thrown out of in 1926?", "and a year later?")
    assert reply.kind == "answer" and "1927" in reply.text


def test_what_came_next_may_be_the_rest_of_the_answer(default_tutor: tutor.Tutor) -> None:
    # the answer opens with the event asked about, and goes on to what followed it
    first = _talk(default_tutor, "In what year did Lenin die?")
    assert first.text.startswith("After")
    reply = _talk(default_tutor, "In what year did Lenin die?", "what happened after that?")
    assert reply.text == first.text


def test_a_question_in_a_few_words_is_not_taken_for_an_answer(default_tutor: tutor.Tutor) -> None:
    session = default_tutor.session(seed=0)
    first = session.respond("Who attacked Trotsky at his home?")
    assert first.follow_up is not None  # the tutor waits for an answer to its own question
    reply = session.respond("with what")
    assert reply.verdict is None and "ice axe" in reply.text
    # a misspelt question word still asks: not a claim to confirm
    reply = default_tutor.session(seed=0).respond("whre did trotsky die")
    assert reply.kind == "answer" and not reply.text.startswith("Correct")


def test_did_it_work_asks_how_it_turned_out(default_tutor: tutor.Tutor) -> None:
    analyzer = default_tutor._engine.analyzer
    for line in ("did it work?", "did that last", "what came of it?", "what did it lead to"):
        assert analyzer.analyze(line).qtype == "result", line
    assert analyzer.analyze("did Stalin work as General Secretary?").qtype != "result"
    assert analyzer.analyze("how did that work out?").qtype == "result"
    reply = _talk(default_tutor, "How did Trotsky fight Stalin from abroad?", "did it work?")
    assert reply.kind == "answer" and "powerless" in reply.text


def test_what_did_he_do_about_it_is_what_he_did_next(default_tutor: tutor.Tutor) -> None:
    cues = default_tutor._engine.dialogue.cues
    assert cues.of_words(("what", "did", "he", "do", "about", "it")) == "what_next"
    assert cues.of_words(("what", "did", "he", "try", "to", "do", "from", "there")) == "what_next"
    assert cues.of_words(("what", "happened", "to", "them", "later")) is None
    reply = _talk(
        default_tutor,
        "Did Stalin still fear Trotsky once he was abroad?",
        "what did he do about it",
    )
    assert reply.kind == "answer" and "1940" in reply.text


def test_who_did_what_settles_a_tie_instead_of_asking_which(default_tutor: tutor.Tutor) -> None:
    # "the exile of Trotsky" and "Trotsky made efforts ..." hold the same words; in the
    # question Trotsky is the one who does something
    reply = default_tutor.session(seed=0).respond("What did Trotsky do in exile?")
    assert reply.kind == "answer" and "Fourth International" in reply.text


def test_give_an_example_tells_more(default_tutor: tutor.Tutor) -> None:
    cues = default_tutor._engine.dialogue.cues
    assert cues.of_words(("give", "me", "an", "example")) == "tell_more"
    assert cues.of_words(("like", "what")) == "tell_more"


def test_where_is_answered_by_the_meeting_it_happened_at(default_tutor: tutor.Tutor) -> None:
    reply = _talk(default_tutor, "Who kept Lenin's testament quiet?", "where was that?")
    assert reply.kind == "answer" and "13th Party Congress" in reply.text


def test_a_question_about_the_whole_text_gets_its_gist(default_tutor: tutor.Tutor) -> None:
    for line in ("what is this essay about?", "whats the main argument", "sum it up please"):
        reply = default_tutor.session(seed=1).respond(line)
        assert reply.kind == "answer" and "outmaneuvered" in reply.text, line
    # a pack with no summary fact says what it covers, never "it doesn't say"
    other = tutor.Tutor.from_path(Path(__file__).parent.parent / "examples" / "penicillin")
    reply = other.session(seed=1).respond("what is the text about?")
    assert reply.kind == "smalltalk" and "A mould on a petri dish" in reply.text
    # "what about ...?" goes on from the conversation
    assert default_tutor.session(seed=1).respond("what about Kamenev?").kind != "smalltalk"


def test_it_is_the_thing_the_last_answer_gave(default_tutor: tutor.Tutor) -> None:
    """ "What did Lenin write?" is answered with his testament: "it" next is the testament,
    not Lenin's writing again, and a resumed conversation still knows it."""
    session = default_tutor.session(seed=2)
    assert "testament" in session.respond("What did Lenin write shortly before dying?").text
    saved = session.conversation.to_json()
    reply = session.respond("what became of it?")
    assert reply.kind == "answer" and "suppressed" in reply.text
    resumed = default_tutor.session(conversation=tutor.ConversationState.from_json(saved))
    assert "suppressed" in resumed.respond("what became of it?").text


def test_what_someone_was_doing_asks_for_what_they_did_not_what_was_done_to_them(
    default_tutor: tutor.Tutor,
) -> None:
    """Two facts hold Trotsky and his exile; in one he is exiled, in the other he acts.
    "What was he doing" names him as the doer, so the tutor answers instead of asking."""
    reply = _talk(default_tutor, "what was Trotsky doing during his exile")
    assert reply.kind == "answer" and "Fourth International" in reply.text
    framer = default_tutor._engine.dialogue.replies.claims.framer
    (frame,) = framer.read("what did Zinoviev and Kamenev do", correct=True, follow=False)
    assert frame.role("agent") == ("zinoviev", "kamenev")


def test_how_an_alliance_turned_out_is_what_became_of_those_the_answer_named(
    default_tutor: tutor.Tutor,
) -> None:
    """ "Who did Stalin join?" is answered "Bukharin": "did it succeed?" asks what came
    of that alliance, so it is about Bukharin too, and never the same answer again."""
    first = _talk(default_tutor, "Who did Stalin join forces with in 1926?")
    assert "Bukharin" in first.text
    for follow in ("did it succeed?", "did that alliance last long?"):
        reply = _talk(default_tutor, "Who did Stalin join forces with in 1926?", follow)
        assert reply.kind == "answer" and "moved against Bukharin" in reply.text, follow


def test_he_after_a_question_of_when_is_whom_it_asked_about_and_how_he_died_is_by_what(
    default_tutor: tutor.Tutor,
) -> None:
    """The answer to "when was Trotsky thrown out?" names Stalin too, but the learner
    asked about Trotsky: "he" is still Trotsky, and "how did he die?" wants the weapon."""
    reply = _talk(
        default_tutor, "When was Trotsky thrown out of the Communist Party?", "how did he die?"
    )
    assert reply.kind == "answer" and "ice axe" in reply.text
    session = default_tutor.session(seed=2)
    session.respond("Who killed Trotsky?")
    assert session.conversation.to_dict()["context"]["persons"][0] == "mercader"


def test_a_fragment_naming_a_kind_of_place_carries_the_last_question_on(
    default_tutor: tutor.Tutor,
) -> None:
    """ "and out of the country?" names a kind of place, but asks nothing new: it is
    the last question again (when Trotsky was thrown out), so "he" stays Trotsky."""
    session = default_tutor.session(seed=2)
    session.respond("When was Trotsky thrown out of the Communist Party?")
    reply = session.respond("and out of the country?")
    assert "1929" in reply.text
    assert session.conversation.to_dict()["context"]["persons"][0] == "trotsky"


def test_which_came_first_or_last_after_a_list_is_that_list_again(
    default_tutor: tutor.Tutor,
) -> None:
    """The answer lists the countries of his exile in order; "and the final one?" and
    "which came first?" are answered by that list, not by a fact about endings."""
    for follow in ("and the final one?", "which came first?"):
        reply = _talk(default_tutor, "In which countries did Trotsky spend his exile?", follow)
        assert reply.kind == "answer" and "Turkey, France, Norway" in reply.text, follow
    for follow in ("and the last one?", "which happened first?"):  # dated steps, in order
        reply = _talk(default_tutor, "In what stages was Trotsky pushed out?", follow)
        assert reply.kind == "answer" and "1926" in reply.text and "1929" in reply.text, follow
    lasted = _talk(default_tutor, "Who did Stalin join forces with in 1926?", "did it last?")
    assert "moved against Bukharin" in lasted.text  # "last" here asks how it turned out


def test_a_line_opening_with_wait_or_sorry_asks_what_follows(default_tutor: tutor.Tutor) -> None:
    """ "wait, who was Bukharin?" is "who was Bukharin?": the opener names nothing."""
    plain = _talk(default_tutor, "who was Bukharin?")
    for line in ("wait, who was Bukharin?", "sorry hang on who was bukharin"):
        reply = _talk(default_tutor, line)
        assert reply.kind == "answer" and reply.text == plain.text, line


def test_whom_he_stood_for_stays_whom_the_talk_is_about(default_tutor: tutor.Tutor) -> None:
    """After "when did Stalin team up with him?" (him: Bukharin), "him" is still
    Bukharin, though Stalin was named in the same line."""
    reply = _talk(
        default_tutor,
        "Who was Nikolai Bukharin?",
        "when did Stalin team up with him?",
        "what happened to him then?",
    )
    assert reply.kind == "answer" and "against Bukharin" in reply.text


def test_a_yes_no_follow_up_the_fact_holds_no_word_of_is_not_answered_by_it(
    default_tutor: tutor.Tutor,
) -> None:
    """Only "him" ties "was he murdered?" to the last answer: the text never says so,
    and Stalin moving against him is no answer."""
    for follow in ("was he murdered?", "did they execute him?"):
        reply = _talk(default_tutor, "Who was Nikolai Bukharin?", follow)
        assert reply.kind == "fallback", follow
    reply = _talk(default_tutor, "Who was Nikolai Bukharin?", "did Stalin stay on his side?")
    assert reply.kind == "answer"  # "Stalin" is the learner's own word, and it is there


def test_a_question_about_one_person_in_a_state_is_about_him_as_its_subject(
    default_tutor: tutor.Tutor,
) -> None:
    """ "Trotsky was good at what?" names no doer by word order (a state, not an act),
    but it is about Trotsky: the fact where Stalin masters something is not the answer,
    and the tutor need not ask which was meant."""
    reply = _talk(default_tutor, "Trotsky was good at what?")
    assert reply.kind == "answer" and "orator" in reply.text
    # a bare name asks nothing of him: which of two facts is meant is still asked
    assert _talk(default_tutor, "lenin").kind == "clarify"


def test_what_happened_then_asks_of_the_time_just_told(default_tutor: tutor.Tutor) -> None:
    """ "then" refers to the last answer's time as "there" does to its place; in "so why
    did he lose then?" it only means "so", and the question is its own."""
    reply = _talk(default_tutor, "In what year did Lenin pass away?", "and what happened then?")
    assert reply.kind == "answer" and "power struggle" in reply.text


def test_what_it_meant_for_someone_asks_what_it_led_to(default_tutor: tutor.Tutor) -> None:
    """ "what did it mean for Stalin?" after the killing asks its significance, as
    "why did it matter?" does, not what the word "mean" means."""
    assert default_tutor._engine.analyzer.analyze("what did that mean for him?").qtype == "result"
    reply = _talk(default_tutor, "Who killed Trotsky in 1940?", "what did it mean for Stalin?")
    assert reply.kind == "answer" and "challenger" in reply.text


def test_what_came_next_is_not_the_same_event_told_again(default_tutor: tutor.Tutor) -> None:
    """Two facts tell the killing in 1940 in other words; "and after that?" moves past
    both instead of telling it twice."""
    first = _talk(default_tutor, "Who murdered Trotsky?")
    reply = _talk(default_tutor, "Who murdered Trotsky?", "and what happened after that?")
    assert "assassinated" in first.text and "assassinated" not in reply.text


def test_what_about_someone_keeps_the_question_or_says_the_text_does_not_tell(
    default_tutor: tutor.Tutor,
) -> None:
    """ "what about Zinoviev?" after "who killed Trotsky?" asks who killed Zinoviev:
    the essay tells of no such killing, so the tutor says so instead of telling the
    first fact it finds about Zinoviev as if it answered."""
    reply = _talk(default_tutor, "who murdered Trotsky?", "what about Zinoviev?")
    assert reply.kind == "fallback" and "doesn't say that about Zinoviev" in reply.text
    reply = _talk(default_tutor, "Who was Zinoviev?", "what about Kamenev?")
    assert reply.kind == "answer" and "Kamenev" in reply.text


def test_and_someone_else_is_answered_by_the_sentence_setting_them_against_the_first(
    default_tutor: tutor.Tutor,
) -> None:
    # no fact says what Stalin "concentrated on": the one contrasting him with Trotsky does
    first = _talk(default_tutor, "what did trotsky concentrate on?")
    assert "ideology" in first.text
    for follow in ("and stalin?", "what about stalin?"):
        reply = _talk(default_tutor, "what did trotsky concentrate on?", follow)
        assert reply.kind == "answer" and "practical mechanics" in reply.text, follow
    # a contrast told elsewhere in the text answers no other question of Stalin
    reply = _talk(default_tutor, "What was Trotsky accused of?", "and Stalin?")
    assert "practical mechanics" not in reply.text


def test_and_what_about_someone_after_a_sentence_set_against_them_is_their_side_of_it(
    default_tutor: tutor.Tutor,
) -> None:
    # "and what about X?" goes on as "and X?" does; the sentence told next that sets X
    # against the one just told is X's side of it, not any sentence naming X
    first = _talk(default_tutor, "What was Trotsky's weakness in the party?")
    assert first.text.startswith("Trotsky underestimated")
    for follow in ("and what about Stalin then?", "and how about Stalin, by comparison?"):
        reply = _talk(default_tutor, "What was Trotsky's weakness in the party?", follow)
        assert reply.kind == "answer" and "practical mechanics" in reply.text, follow


def test_what_does_that_mean_after_an_answer_defining_a_term_asks_about_the_answer(
    default_tutor: tutor.Tutor,
) -> None:
    # the answer says what 'Bonapartism' is; the learner asks about it, not the follow-up
    reply = _talk(
        default_tutor,
        "Which charge said Trotsky sought dictatorial control?",
        "what does that mean?",
    )
    assert reply.kind == "answer" and "dictatorial control" in reply.text
    # asking about the tutor's question still rephrases the question
    reply = _talk(
        default_tutor,
        "Which charge said Trotsky sought dictatorial control?",
        "what does the question mean?",
    )
    assert "dictatorial control" not in reply.text
    # an answer that defines nothing: the question is put another way, as before
    reply = _talk(default_tutor, "Who killed Trotsky?", "what does that mean?")
    assert "Mercader" not in reply.text


def test_there_after_asking_where_a_list_ended_is_its_last_place(
    default_tutor: tutor.Tutor,
) -> None:
    lines = ("In which countries did Trotsky live in exile?", "where did he finally settle?")
    assert "Turkey" in _talk(default_tutor, *lines).text  # the list: Turkey ... Mexico
    reply = _talk(default_tutor, *lines, "what became of him there?")
    assert reply.kind == "answer" and "assassinated" in reply.text


def test_why_after_a_fact_without_a_reason_is_answered_by_a_linked_fact_that_gives_one(
    default_tutor: tutor.Tutor,
) -> None:
    first = "Besides the party, what else was under Stalin's control?"
    assert "media" in _talk(default_tutor, first).text  # says what, not why
    reply = _talk(default_tutor, first, "why?")
    assert reply.kind == "answer" and "to minimize" in reply.text
    # a fact that gives its own reason is given again
    reply = _talk(default_tutor, "Whose funeral did Trotsky miss?", "why?")
    assert "due to illness" in reply.text
    # "out of step" gives no reason: the Troika's, "who feared Trotsky's growing influence"
    reply = _talk(default_tutor, "Which three men made up the Troika?", "why?")
    assert "feared" in reply.text


def test_a_correction_asks_the_last_question_again_of_whom_it_names(
    default_tutor: tutor.Tutor,
) -> None:
    assert "1940" in _talk(default_tutor, "In what year did Trotsky die?").text
    for fix in ("no, I meant Lenin", "I mean Lenin", "sorry, I was asking about Lenin"):
        reply = _talk(default_tutor, "In what year did Trotsky die?", fix)
        assert reply.kind == "answer" and "1924" in reply.text, (fix, reply.text)
    # a corrected question is asked as it stands
    reply = _talk(default_tutor, "Who was exiled in 1929?", "no, I meant when was he expelled")
    assert "1927" in reply.text


def test_he_after_who_was_done_to_is_the_one_it_was_done_to_not_another_name(
    default_tutor: tutor.Tutor,
) -> None:
    # "the exile of Trotsky" is told as a step of Stalin's: "him" is Trotsky
    reply = _talk(default_tutor, "Who was sent into exile in 1929?", "who murdered him?")
    assert reply.kind == "answer" and "Mercader" in reply.text


def test_what_did_he_do_then_moves_on_as_what_did_he_do_next_does(
    default_tutor: tutor.Tutor,
) -> None:
    first = "With whom did Stalin join forces in 1926?"
    told = _talk(default_tutor, first)
    assert "Bukharin" in told.text
    then = _talk(default_tutor, first, "what did he do then?")
    assert then.text != told.text
    assert then.text == _talk(default_tutor, first, "what did he do next?").text


def test_who_leaning_on_the_last_answer_wants_someone_it_has_not_named(
    default_tutor: tutor.Tutor,
) -> None:
    first = "What did Stalin do to his old partners Zinoviev and Kamenev?"
    assert "turned on" in _talk(default_tutor, first).text
    reply = _talk(default_tutor, first, "who did he side with instead?")
    assert reply.kind == "answer" and "Bukharin" in reply.text


def test_how_after_a_fact_without_a_means_is_answered_by_a_linked_fact_that_gives_one(
    default_tutor: tutor.Tutor,
) -> None:
    first = "Apart from the party, what else did Stalin have under his control?"
    assert "media" in _talk(default_tutor, first).text  # says what, not by what means
    reply = _talk(default_tutor, first, "how?")
    assert reply.kind == "answer" and "censorship and propaganda" in reply.text


def test_how_come_and_what_for_ask_why(default_tutor: tutor.Tutor) -> None:
    # "how come?" is "why?", not "what came of it?"; "what for?" is no "what?" (repeat)
    reply = _talk(default_tutor, "Was Trotsky absent from Lenin's funeral?", "how come?")
    assert "due to illness" in reply.text
    first = "Besides the party, what else was under Stalin's control?"
    reply = _talk(default_tutor, first, "what for?")
    assert reply.kind == "answer" and "to minimize" in reply.text


def test_the_place_after_one_of_a_list_is_the_next_one(default_tutor: tutor.Tutor) -> None:
    # "Turkey, France, Norway, and eventually Mexico": after Norway is Mexico
    first = "Where did Trotsky live after Norway?"
    told = _talk(default_tutor, first)
    assert told.kind == "answer" and "Mexico" in told.text
    reply = _talk(default_tutor, first, "what became of him there?")
    assert reply.kind == "answer" and "assassinated" in reply.text


def test_there_after_an_answer_naming_a_gathering_and_no_place_is_that_gathering(
    default_tutor: tutor.Tutor,
) -> None:
    first = "In which year did the 13th Party Congress meet?"
    assert "1924" in _talk(default_tutor, first).text
    reply = _talk(default_tutor, first, "what took place there?")
    assert reply.kind == "answer" and "suppressed" in reply.text


def test_a_statement_after_i_mean_is_taken_as_said(default_tutor: tutor.Tutor) -> None:
    # "I mean" before a statement corrects no question: the statement is judged (a
    # question is waiting after an answer), not read as "what about Stalin feared him?"
    first = "Who killed Trotsky?"
    told = _talk(default_tutor, first)
    reply = _talk(default_tutor, first, "i mean stalin feared him")
    assert reply.kind != "answer" and told.text not in reply.text


def test_then_ending_a_line_without_a_deed_is_so_not_next(default_tutor: tutor.Tutor) -> None:
    first = "Did the author think Stalin's rise was inevitable?"
    assert "not inevitable" in _talk(default_tutor, first).text
    reply = _talk(default_tutor, first, "so what was it then?")
    assert "meticulously constructed" in reply.text


def test_who_else_after_a_list_answering_about_one_of_them_gives_the_list(
    default_tutor: tutor.Tutor,
) -> None:
    # the answer lists the three; the question named one: the others are in it
    for follow in ("who else?", "anyone else?"):
        reply = _talk(default_tutor, "Was Kamenev part of the Triumvirate?", follow)
        assert reply.kind == "answer" and "Zinoviev" in reply.text, follow


def test_after_the_first_place_of_a_list_comes_the_next_one(default_tutor: tutor.Tutor) -> None:
    # "Turkey, France, Norway, and eventually Mexico": after the first, the list goes on
    first = "Which country was Trotsky's first stop in exile?"
    assert "Turkey" in _talk(default_tutor, first).text
    for follow in ("and after that?", "and then?"):
        reply = _talk(default_tutor, first, follow)
        assert reply.kind == "answer" and reply.text.startswith(
            ("Next came France", "After that, France")
        ), follow
    # and on through the list, one place a turn
    reply = _talk(default_tutor, first, "and after that?", "and then?")
    assert "Norway." in reply.text.split("After his")[0]


def test_did_it_work_is_answered_by_the_consequence_told_next(default_tutor: tutor.Tutor) -> None:
    reply = _talk(
        default_tutor, "what happened to Trotsky in the photos and textbooks?", "did that succeed?"
    )
    assert reply.kind == "answer" and "future generations" in reply.text
    reply = _talk(default_tutor, "who was Stalin's partner in 1926?", "did it pay off?")
    assert reply.kind == "answer" and "moved against Bukharin" in reply.text  # not "led by"
    # "worked to portray" is what the Troika did, not a verdict on it
    reply = _talk(default_tutor, "what did the Troika do?", "did it succeed?")
    assert reply.kind == "answer" and "effective" in reply.text


def test_did_it_work_after_an_answer_that_says_how_it_went_gives_it_again(
    default_tutor: tutor.Tutor,
) -> None:
    first = _talk(default_tutor, "what did Trotsky attempt from abroad?")
    assert "powerless" in first.text
    reply = _talk(default_tutor, "what did Trotsky attempt from abroad?", "did it succeed?")
    assert reply.text == first.text


def test_by_whom_of_an_event_told_without_a_doer_answers_with_who_acts_just_before(
    default_tutor: tutor.Tutor,
) -> None:
    reply = _talk(default_tutor, "which label meant seeking dictatorial control?", "by whom?")
    # the sentence before says who portrayed him so: the answer, said to come from there
    assert reply.kind == "answer" and "doesn't say" not in reply.text
    assert reply.text.startswith("Going by what the essay says just before it:")
    assert "Troika" in reply.text
    # whom it happened to is told: that is still the answer
    reply = _talk(default_tutor, "which label meant seeking dictatorial control?", "who was it?")
    assert reply.kind == "answer" and "Trotsky was accused" in reply.text  # "who was it?"
    # a question of its own of the one it happened to is no question of the doer
    reply = _talk(default_tutor, "was Trotsky ever a Menshevik?", "who had a Menshevik past?")
    assert reply.kind == "answer" and "doesn't say who" not in reply.text
    # a doer the answer names ("Stalin's consolidation") is the answer
    reply = _talk(default_tutor, "what happened to Trotsky in 1926?", "by whom?")
    assert reply.kind == "answer" and "Stalin" in reply.text


def test_what_did_that_give_him_asks_what_the_thing_just_told_led_to(
    default_tutor: tutor.Tutor,
) -> None:
    reply = _talk(default_tutor, "which post did Stalin hold from 1922?", "what did that give him?")
    assert reply.kind == "answer" and "enormous influence" in reply.text


def test_bare_why_reads_purposes_by_the_verb_they_belong_to(default_tutor: tutor.Tutor) -> None:
    # "..., preventing it from damaging him" says why it was done
    reply = _talk(default_tutor, "what happened to the testament at the 13th congress?", "why?")
    assert reply.kind == "answer" and "preventing" in reply.text
    # "refused to build a faction to counter him": why one would build it, not why he
    # refused; what cost him so is told in another sentence of the part
    reply = _talk(default_tutor, "did Trotsky form a faction?", "why not?")
    assert "to counter" not in reply.text and "intellectual superiority" in reply.text


def test_why_did_they_of_the_people_just_told_is_the_reason_told_of_them(
    default_tutor: tutor.Tutor,
) -> None:
    reply = _talk(default_tutor, "tell me about Zinoviev", "why did he turn against Trotsky?")
    assert reply.kind == "answer" and "feared" in reply.text
    # a why of a later event is not of the one just told
    reply = _talk(default_tutor, "who did Stalin ally with first?", "why did he drop them later?")
    assert "feared" not in reply.text
    # a why of its own, about a thing named ("the funeral"), is not bound to the last answer
    reply = _talk(default_tutor, "what errors did Trotsky make?", "why did he skip the funeral?")
    assert reply.kind == "answer" and reply.text.startswith("Trotsky missed Lenin's funeral")


def test_a_question_about_the_text_at_its_start_or_end_reads_that_section(
    default_tutor: tutor.Tutor,
) -> None:
    start = _talk(default_tutor, "how does the text describe Trotsky at the beginning?")
    assert start.kind == "answer" and "natural heir" in start.text
    whole = _talk(default_tutor, "what is the conclusion?")  # the part is all it asks
    assert whole.kind == "answer" and "political strategy" in whole.text
    end = _talk(default_tutor, "in the author's conclusion, why did Stalin come out on top?")
    assert end.kind == "answer" and "political strategy" in end.text
    # without the text named, "at first" is a time in the story
    analyzer = default_tutor._engine.analyzer
    assert analyzer.analyze("who did Stalin ally with at first?").part is None
    # naming the text is not enough: "at first" is told of the story unless described
    assert analyzer.analyze("according to the essay, who did he ally with at first?").part is None
    assert analyzer.analyze("how does the essay describe him at first?").part == "start"


def test_where_to_is_not_answered_by_the_place_left(default_tutor: tutor.Tutor) -> None:
    reply = _talk(default_tutor, "where was Trotsky deported to?")
    assert reply.kind == "answer" and "Turkey" in reply.text
    reply = _talk(default_tutor, "where was Trotsky deported from?")
    assert reply.kind == "answer" and "Soviet Union" in reply.text


def test_and_next_through_a_list_stays_on_the_question_that_listed_it(
    default_tutor: tutor.Tutor,
) -> None:
    cue = default_tutor._engine.reader.read("and next?").cue
    assert cue == "what_next"  # not "next", which skips the tutor's question
    lines = ("where did Trotsky go first after he was exiled?", "and next?")
    assert "France" in _talk(default_tutor, *lines).text
    reply = _talk(default_tutor, *lines, "so where did he end up?")
    assert reply.kind == "answer" and "Mexico" in reply.text


def test_an_acknowledgement_before_a_follow_up_does_not_hide_it(
    default_tutor: tutor.Tutor,
) -> None:
    reply = _talk(default_tutor, "who killed trotsky?", "fascinating, and then?")
    assert reply.kind == "answer"
    reply = _talk(default_tutor, "who killed trotsky?", "i see. and how?")
    assert reply.kind == "answer" and "ice axe" in reply.text
    # alone, or before no question, it is still small talk
    assert _talk(default_tutor, "who killed trotsky?", "ok cool").kind == "smalltalk"
    assert _talk(default_tutor, "who killed trotsky?", "thanks a lot!").kind == "smalltalk"


def test_and_a_name_alone_keeps_the_last_question_like_what_about(
    default_tutor: tutor.Tutor,
) -> None:
    reply = _talk(default_tutor, "in which year did the Politburo expel Trotsky?", "and Kamenev?")
    assert reply.kind == "fallback" and "doesn't say" in reply.text  # no expulsion of him
    reply = _talk(default_tutor, "what did Trotsky focus on?", "and Stalin?")
    assert reply.kind == "answer" and "mastered" in reply.text


def test_those_two_points_back_at_the_people_just_named(default_tutor: tutor.Tutor) -> None:
    lines = ("which two Bolsheviks did Stalin first side with?", "what became of those two?")
    reply = _talk(default_tutor, *lines)
    assert reply.kind == "answer" and "turned on" in reply.text
    analyzer = default_tutor._engine.analyzer
    assert "them" in analyzer.analyze("what did the pair fear?").pronouns
    assert not analyzer.analyze("who were the two senior Bolsheviks?").pronouns


def test_bare_why_reads_the_same_event_told_a_little_later(default_tutor: tutor.Tutor) -> None:
    # the killing is told, then a few sentences on, what it was the end of
    reply = _talk(default_tutor, "who murdered Trotsky?", "why?")
    assert reply.kind == "answer" and "culmination" in reply.text
    # a list told before retells the event: its purposes are of other items
    reply = _talk(default_tutor, "how did Stalin portray Trotsky as a traitor?", "why?")
    assert reply.kind == "fallback" and "doesn't say why" in reply.text
    # an event the text gives no reason for still gets none
    reply = _talk(default_tutor, "when was Trotsky thrown out of the party?", "why?")
    assert reply.kind == "fallback" and "doesn't say why" in reply.text


def test_did_he_get_anywhere_asks_how_it_turned_out(default_tutor: tutor.Tutor) -> None:
    reply = _talk(default_tutor, "what did Trotsky attempt from abroad?", "did he get anywhere?")
    assert reply.kind == "answer" and "powerless" in reply.text
    analyzer = default_tutor._engine.analyzer
    assert analyzer.analyze("did it work out?").qtype == "result"
    assert analyzer.analyze("did he write it down anywhere?").qtype != "result"


def test_and_next_in_a_lesson_or_a_quiz_moves_to_the_next_question(
    default_tutor: tutor.Tutor,
) -> None:
    for start in ("quiz me", "teach me"):
        assert (
            _talk(default_tutor, start, "and next?").text
            == _talk(default_tutor, start, "next").text
        )


def test_the_other_side_of_a_contrast_is_the_sentence_it_was_set_against(
    default_tutor: tutor.Tutor,
) -> None:
    first = _talk(default_tutor, "what was Stalin skilled at?")
    assert "In contrast to Trotsky" in first.text
    for follow in ("and Trotsky?", "and Trotsky, compared with him?"):
        reply = _talk(default_tutor, "what was Stalin skilled at?", follow)
        assert reply.kind == "answer" and reply.text.startswith("Trotsky underestimated")


def test_what_did_it_say_is_the_sentence_telling_what_is_in_it(default_tutor: tutor.Tutor) -> None:
    first = _talk(default_tutor, "tell me about Lenin's testament")
    assert "suggesting" in first.text
    # the sentence just given tells what is in it: not "it was suppressed"
    reply = _talk(default_tutor, "tell me about Lenin's testament", "what did it say?")
    assert reply.text == first.text
    reply = _talk(default_tutor, "what did Stalin hide in 1924?", "what was in it?")
    assert reply.kind == "answer" and "suggesting Stalin be removed" in reply.text


def test_an_event_asked_of_a_thing_named_by_what_made_it_is_what_befell_it(
    default_tutor: tutor.Tutor,
) -> None:
    # "what Lenin wrote" only says which document; the reading asked is what befell it
    reply = _talk(default_tutor, "was the party able to read what Lenin wrote?")
    assert reply.kind == "answer" and "suppressed" in reply.text
    reply = _talk(default_tutor, "what did Lenin write about Stalin?")
    assert reply.kind == "answer" and "suggesting" in reply.text


def test_a_correction_after_no_and_a_but_question_are_not_answers_to_judge(
    default_tutor: tutor.Tutor,
) -> None:
    reply = _talk(default_tutor, "Who was Kamenev?", "no, sorry, I meant Bukharin")
    assert reply.kind == "answer" and "Bukharin" in reply.text
    reply = _talk(default_tutor, "who did Stalin turn on after Trotsky?", "but why?")
    assert reply.kind not in ("hint", "feedback", "prompt")  # a question, not an attempt


def test_they_after_a_question_about_a_group_is_that_group(default_tutor: tutor.Tutor) -> None:
    # not the people its answer happens to name first
    reply = _talk(default_tutor, "who was in the troika", "what did they say trotsky was like")
    assert reply.kind == "answer" and "arrogant" in reply.text
    reply = _talk(default_tutor, "tell me about the fourth international", "what were they for?")
    assert reply.kind == "answer" and "rally opposition" in reply.text
    # a common noun for a body of people is it too
    reply = _talk(
        default_tutor, "what was the fourth international?", "what did the organisation want?"
    )
    assert reply.kind == "answer" and "rally opposition" in reply.text
    # and stays so while "it" carries it on
    reply = _talk(
        default_tutor,
        "tell me about the troika",
        "who was in it?",
        "what were they trying to do?",
    )
    assert reply.kind == "answer" and "arrogant" in reply.text


def test_a_question_word_left_in_place_asks_again_of_the_last_answer(
    default_tutor: tutor.Tutor,
) -> None:
    for first, echo, told in (
        ("who was trotsky?", "a close associate of whom?", "Lenin's close associate"),
        ("how did stalin win, according to the conclusion?", "not through what?", "ideological"),
        ("what was trotsky accused of?", "seeking control of what?", "dictatorial control"),
    ):
        reply = _talk(default_tutor, first, echo)
        assert reply.kind == "answer" and told in reply.text, (echo, reply.text)


def test_a_fragment_after_an_answer_goes_on_with_the_talk_and_is_not_judged(
    default_tutor: tutor.Tutor,
) -> None:
    # the tutor asked a question of its own after the answer; "before that" is not an
    # attempt at it ("I was looking for something else"), a statement still is
    session = default_tutor.session(seed=2)
    session.respond("when was trotsky thrown out of the party?")
    assert session.conversation.pending_question is not None
    reply = session.respond("lenin's testament, what was in it")
    assert reply.kind == "answer" and "testament" in reply.text
    reply = session.respond("stalin controlled the appointments")
    assert reply.kind in ("hint", "feedback", "prompt")  # an attempt at the question
    # a question word inside a statement asks nothing: still an attempt
    reply = session.respond("stalin's rise shows how strategy and timing can triumph")
    assert reply.kind in ("hint", "feedback", "prompt"), reply.text


def test_before_that_is_the_event_told_before_the_last_one(default_tutor: tutor.Tutor) -> None:
    for follow in ("and before that?", "what did he do before that?", "what came before"):
        reply = _talk(default_tutor, "when was trotsky thrown out of the party?", follow)
        assert reply.kind == "answer" and "1926" in reply.text, (follow, reply.text)
    reply = _talk(default_tutor, "in what year was trotsky exiled?", "and earlier?")
    assert reply.kind == "answer" and "1927" in reply.text


def test_they_are_the_people_named_together_and_what_they_formed_is_asked_of_them(
    default_tutor: tutor.Tutor,
) -> None:
    # "who feared Trotsky": they are the two who feared him, not Trotsky with them
    reply = _talk(default_tutor, "who feared trotsky's influence?", "what did they go on to form?")
    assert reply.kind == "answer" and "Troika" in reply.text
    # "what did they call it?" asks for a name, however long the question's phrase
    reply = _talk(default_tutor, "who did stalin join at first", "what did they call it")
    assert reply.kind == "answer" and "Troika" in reply.text
    analyzer = default_tutor._engine.analyzer
    assert analyzer.analyze("what did they call themselves?").qtype == "name"
    assert analyzer.analyze("what did they call Trotsky?").qtype != "name"  # a label


def test_a_follow_up_does_not_go_back_to_an_answer_of_a_turn_or_two_before(
    default_tutor: tutor.Tutor,
) -> None:
    reply = _talk(
        default_tutor,
        "who did stalin pair up with at first?",
        "what did the group call itself?",
        "what happened to the pair later?",
    )
    assert reply.kind == "answer" and "turned on" in reply.text


def test_against_whom_is_whom_the_side_just_named_acted_against(
    default_tutor: tutor.Tutor,
) -> None:
    for follow in ("against whom?", "who was their target?", "and their enemies?"):
        reply = _talk(default_tutor, "who was stalin's ally in 1926?", follow)
        assert reply.kind == "answer" and "Left Opposition" in reply.text, (follow, reply.text)
    # the other side of the group asked about: those acting on it in the last answer
    for follow in ("who was on the other side?", "and on the opposite side?"):
        reply = _talk(default_tutor, "who was in the left opposition?", follow)
        assert reply.kind == "answer" and "Bukharin" in reply.text, (follow, reply.text)
    # the alliance's own sentence says it: the two feared Trotsky
    reply = _talk(default_tutor, "who did stalin side with first?", "against whom?")
    assert reply.kind == "answer" and "feared Trotsky" in reply.text


def test_whether_people_were_won_over_asks_how_the_last_thing_turned_out(
    default_tutor: tutor.Tutor,
) -> None:
    for follow in ("was anyone convinced?", "did people swallow it?"):
        reply = _talk(default_tutor, "how did propaganda portray trotsky?", follow)
        assert reply.kind == "answer" and "effective" in reply.text, (follow, reply.text)


def test_why_of_what_befell_someone_is_what_his_part_says_cost_him_so(
    default_tutor: tutor.Tutor,
) -> None:
    # not a linked fact's reason for its own event ("missed the funeral due to illness")
    for first, follow in (
        ("what did trotsky refuse to do?", "how come?"),
        ("did trotsky ever organise against stalin?", "why not?"),
    ):
        reply = _talk(default_tutor, first, follow)
        assert reply.kind == "answer" and "intellectual superiority" in reply.text, reply.text


def test_a_checked_claim_is_what_the_talk_is_about_next(default_tutor: tutor.Tutor) -> None:
    # "That's right: ..." and then "why?" asks of the claim; "that" next is the reason
    reply = _talk(default_tutor, "trotsky alienated his potential allies, didn't he?", "why?")
    assert reply.kind == "answer" and "intellectual superiority" in reply.text
    reply = _talk(
        default_tutor,
        "trotsky alienated his potential allies, didn't he?",
        "why?",
        "did that cost him?",
    )
    assert reply.kind == "answer" and "crucial support" in reply.text


def test_a_fragment_going_on_from_the_learners_question_is_not_an_attempt(
    default_tutor: tutor.Tutor,
) -> None:
    session = default_tutor.session(seed=2)
    session.respond("who was ramon mercader?")
    session.respond("where did he attack him?")
    assert session.conversation.pending_question is not None
    reply = session.respond("at his home?")
    assert reply.kind == "answer" and "home" in reply.text


def test_the_right_one_names_what_one_stands_for_with_the_word_before_it(
    default_tutor: tutor.Tutor,
) -> None:
    reply = _talk(default_tutor, "which opposition did trotsky lead?", "who led the right one?")
    assert reply.kind == "answer" and "Bukharin" in reply.text


def test_a_when_question_of_several_events_gets_the_list_that_holds_them_all(
    default_tutor: tutor.Tutor,
) -> None:
    # three expulsions, each told alone and once together: one of them would be a guess
    reply = _talk(default_tutor, "when was trotsky kicked out?")
    assert reply.kind == "answer" and all(y in reply.text for y in ("1926", "1927", "1929"))
    reply = _talk(default_tutor, "when was trotsky exiled?")  # one event: its own fact
    assert reply.kind == "answer" and "1929" in reply.text and "1926" not in reply.text


def test_a_correction_of_the_learners_question_is_never_judged_as_an_answer(
    default_tutor: tutor.Tutor,
) -> None:
    session = default_tutor.session(seed=2)
    session.respond("when was trotsky thrown out?")
    assert session.conversation.pending_question is not None
    reply = session.respond("sorry, i meant the party as a whole")
    assert reply.kind not in ("hint", "feedback", "prompt"), reply.text


def test_a_place_asked_with_from_or_out_of_is_the_place_left(default_tutor: tutor.Tutor) -> None:
    reply = _talk(
        default_tutor, "what happened to trotsky in 1929?", "which country was he thrown out of?"
    )
    assert reply.kind == "answer" and "from the Soviet Union" in reply.text
    reply = _talk(default_tutor, "where was trotsky exiled to?")  # where he went: not that
    assert reply.kind == "answer" and "Turkey" in reply.text


def test_before_the_earliest_date_the_text_tells_nothing_and_a_decade_sets_no_order(
    default_tutor: tutor.Tutor,
) -> None:
    # "by the late 1920s" is no year before 1922
    reply = _talk(default_tutor, "what post did stalin get in 1922?", "what came before that?")
    assert reply.kind == "fallback" and "1920s" not in reply.text


def test_before_that_in_a_lesson_is_an_attempt_at_its_question(default_tutor: tutor.Tutor) -> None:
    reply = _talk(default_tutor, "/lesson", "stalin seemed a dull bureaucrat", "before that")
    assert reply.kind in ("hint", "feedback", "prompt"), reply.text


def test_why_of_a_fact_is_not_a_linked_facts_reason_for_a_later_event(
    default_tutor: tutor.Tutor,
) -> None:
    # the testament was suppressed "preventing it from damaging him": no reason Lenin wrote it
    reply = _talk(default_tutor, "lenin had grown suspicious of stalin, hadn't he?", "why?")
    assert reply.kind == "fallback" and "suppressed" not in reply.text


def test_which_of_them_picks_among_a_groups_people(default_tutor: tutor.Tutor) -> None:
    reply = _talk(default_tutor, "who made up the troika?", "which of them were scared of trotsky?")
    assert reply.kind == "answer" and "Zinoviev" in reply.text and "feared" in reply.text


def test_a_correction_by_a_phrase_asks_the_last_question_of_it(default_tutor: tutor.Tutor) -> None:
    # not "the essay doesn't say": the last question, of the party as a whole
    reply = _talk(
        default_tutor, "when was trotsky kicked out?", "sorry, I meant the party as a whole"
    )
    assert reply.kind == "answer" and "1927" in reply.text and "1926" not in reply.text


def test_where_of_a_deed_another_linked_sentence_places_is_answered_there(
    default_tutor: tutor.Tutor,
) -> None:
    # the sentence naming the assassin gives no place; the one linked to it that tells
    # the same attack by the same man on the same victim does
    reply = _talk(default_tutor, "tell me about Mercader", "what did he do?", "where was that?")
    assert reply.kind == "answer" and "Mexico City" in reply.text


def test_who_was_behind_a_deed_asks_who_did_it(default_tutor: tutor.Tutor) -> None:
    # "behind" is no topic of its own: the text never says "behind", it says by whom
    reply = _talk(default_tutor, "How did Trotsky die?", "and who was behind that?")
    assert reply.kind == "answer" and "NKVD" in reply.text
    reply = _talk(default_tutor, "who was behind the killing of Trotsky?")
    assert reply.kind == "answer" and "Mercader" in reply.text


def test_where_of_a_banishment_names_where_he_went_not_the_country_left(
    default_tutor: tutor.Tutor,
) -> None:
    reply = default_tutor.session(seed=2).respond("where was trotsky banished?")
    assert reply.kind == "answer" and "Norway" in reply.text
    # asked the other way, the place left still answers
    reply = default_tutor.session(seed=2).respond("which country was Trotsky banished from?")
    assert "Soviet Union" in reply.text


def test_a_bare_where_after_a_banishment_asks_where_he_went(default_tutor: tutor.Tutor) -> None:
    reply = _talk(default_tutor, "In which year was Trotsky deported?", "where to?")
    assert reply.kind == "answer" and "Norway" in reply.text
    reply = _talk(default_tutor, "In which year was Trotsky deported?", "deported from where?")
    assert "Soviet Union" in reply.text
    reply = _talk(default_tutor, "In which year was Trotsky deported?", "out of where?")
    assert "Soviet Union" in reply.text


def test_a_year_counted_from_the_last_answer_asks_of_that_year(
    default_tutor: tutor.Tutor,
) -> None:
    # 1922 (General Secretary) + 2 = 1924, the year Lenin died
    reply = _talk(
        default_tutor, "When did Stalin get the General Secretary job?", "and two years on?"
    )
    assert reply.kind == "answer" and "1924" in reply.text
    # 1927 (out of the party) - 1 = 1926, out of the Politburo
    reply = _talk(
        default_tutor, "When was Trotsky removed from the party?", "what about one year earlier?"
    )
    assert reply.kind == "answer" and "Politburo" in reply.text


def test_words_of_degree_carry_no_topic(default_tutor: tutor.Tutor) -> None:
    # "altogether" says how much, not what: the party is what is asked of
    reply = _talk(
        default_tutor,
        "In what year did Trotsky lose his Politburo seat?",
        "what about altogether from the party?",
    )
    assert reply.kind == "answer" and "1927" in reply.text


def test_when_of_an_undated_sentence_is_the_date_told_just_before(
    default_tutor: tutor.Tutor,
) -> None:
    """The sentence on the Right pushing the Left aside gives no date; the one before it,
    on the same alliance, says 1926. A bare "when?" shows that one, as drafts do, not
    another sentence about the Left nor "the essay doesn't say" with nothing shown."""
    for first in (
        "Who sidelined the Left Opposition?",
        "What did the Right Opposition do to the Left?",
    ):
        assert "1926" in _talk(default_tutor, first, "when?").text, first
