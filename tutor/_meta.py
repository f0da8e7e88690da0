"""Requests about the tutor's own question: say it again, or put it another way.

"What was the question?" and "I don't understand the question" are about the conversation,
not answers to judge: judged, they drew "Hmm, not really" and used up a turn of the
question. The router sends them here before the judge sees the line.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from ._reply import Reply

if TYPE_CHECKING:
    from ._dialogue import Dialogue, Host

__all__ = ["meta_reply"]


def meta_reply(dialogue: Dialogue, host: Host, cue: str, defined: bool = False) -> Reply:
    """The reply to a "repeat" or "unclear" cue, with the question it waits for.

    "What does that mean?" right after an answer that says what a term means
    ("'Bonapartism', that is, seeking dictatorial control") asks about that answer,
    not the question that followed it: the answer again. `defined`: the line asks what
    something means, not the question, and the last answer says.
    """
    rng = random.Random(f"{host.state.get('seed', 0)}:{host.state.get('turn', 0)}:meta")
    voice = dialogue.voice
    st = host.state.get("dialogue")
    pending = st.get("pending") if isinstance(st, dict) else None
    question = dialogue.dialogs.question(pending["q"]) if pending is not None else None
    said = str(pending["text"]) if pending is not None else ""
    # no question waiting, or a follow-up with no hint given yet
    fresh = pending is None or (pending["mode"] == "free" and question and said == question.ask)
    if cue == "unclear" and fresh and defined:
        return _last_answer(dialogue, host, rng, "explain_answer")
    if pending is None or question is None:
        if cue == "repeat":
            return _last_answer(dialogue, host, rng)
        return Reply(voice.say("unclear_none", rng), "smalltalk")
    if cue == "unclear" and pending["mode"] != "quiz":
        # the next rung of the ladder says the question in other words (a quiz gives no hints)
        return dialogue.ladder.dont_know(host, rng, "rephrase")
    if said == question.ask:
        return Reply(voice.say("repeat_question", rng), "question", follow_up=question.ask)
    # a hint or a fill-in was the last thing asked: the question, then that
    text = voice.say("repeat_with_rung", rng, ask=question.ask)
    return Reply(text, "question", follow_up=said)


def _last_answer(
    dialogue: Dialogue, host: Host, rng: random.Random, says: str = "repeat_answer"
) -> Reply:
    """ "Say that again" with no question waiting: the last thing the tutor told."""
    context = host.state.get("context")
    fact_id = context.get("fact") if isinstance(context, dict) else None
    if isinstance(fact_id, str) and fact_id in dialogue.pack.by_id:
        fact = dialogue.pack.fact(fact_id)
        text = dialogue.voice.say(says, rng, text=fact.answer)
        return Reply(text, "answer", fact_ids=(fact.id,))
    return Reply(dialogue.voice.say("no_pending", rng), "smalltalk")
