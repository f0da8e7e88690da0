"""Replies to a learner's claim: confirm what the text supports, correct what it does not."""

from __future__ import annotations

import random

from ._claims import ClaimCheck, Claims
from ._dialogs import Dialogs
from ._phrases import Voice
from ._reply import Reply
from ._utterance import Utterance

__all__ = ["ClaimReplies"]

_BOTH_ENDS = frozenset(["time", "span", "pair"])  # verdicts resting on two facts
_VOICED = {
    "hedge": "hedged_claim",
    "mood": "unrealized_claim",
    "untold": "untold_claim",
    "swapped": "swapped_claim",
}


class ClaimReplies:
    """Claims checked and voiced for one pack. Immutable; shared by all sessions."""

    def __init__(self, claims: Claims, dialogs: Dialogs, voice: Voice) -> None:
        self.claims = claims
        self.voice = voice
        # a claim corrected with a script's own words voiced that script's misconception
        self._misconception_of = {
            m.correction: m.id for q in dialogs.questions.values() for m in q.misconceptions
        }

    def claim(self, said: Utterance, rng: random.Random) -> Reply | None:
        """The reply to a claim, or None when the facts cannot tell."""
        checked = self.claims.check(said)
        if checked is None:
            return None
        return self.reply(checked, rng)

    def reply(self, checked: ClaimCheck, rng: random.Random) -> Reply:
        """Confirm a right claim (kind answer) or state the right fact (kind correction)."""
        ids = tuple(f.id for f in checked.facts)
        if checked.right:
            # a script's right idea says it in the script's words ("Trotsky had the
            # popularity ...")
            body = checked.correction or checked.facts[0].answer
            if checked.reason in _BOTH_ENDS and not checked.correction:
                # an order or a span confirmed by two events' own dates: both, so the
                # dates show
                body = " ".join(dict.fromkeys(f.answer for f in checked.facts[:2]))
            return Reply(self.voice.say("confirm", rng, text=body), "answer", fact_ids=ids)
        body = checked.correction or " ".join(dict.fromkeys(f.answer for f in checked.facts[:2]))
        # a doing the text only reports ("accused of") is not wrong, only not asserted
        # and what was only wished or planned is not what happened
        voiced = _VOICED.get(checked.reason, "correct_claim")
        return Reply(
            self.voice.say(voiced, rng, text=body),
            "correction",
            fact_ids=ids,
            misconception=self._misconception_of.get(checked.correction),
        )
