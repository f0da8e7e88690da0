"""A yes/no question that states something the text says otherwise is answered "no".

"Was Bukharin in the Troika?" asks whether a claim holds: the claim checks that correct
"Bukharin was in the Troika" (the Troika's members, a person's place, a turned-round
deed) answer the question as well, with the fact that says what is so, where the
question's own search finds no fact telling it and would say "the text doesn't say" or
tell a sentence without the part asked of ("was Trotsky killed in Russia?" told the
sentence on his killing without its place). Only a correction is taken: a question whose
claim the facts bear out is the question turn's to answer with its own fact.
"""

from __future__ import annotations

from ._claims import ClaimCheck, Claims
from ._utterance import Utterance

__all__ = ["asked_wrong"]

_MIN_WORDS = 3  # "was it?" states nothing
# verdicts that say what the text gives in the claim's place: who was in a group. (Every
# correction was tried: a question is read less surely as a claim than a statement is;
# "is it true Stalin kept the criticism hidden?" was then told "no" by a relation or
# polarity check read off the question, and "was Lenin fond of Stalin?" by the script of
# another wrong idea.)
_ANSWERING = frozenset(["members"])


def asked_wrong(claims: Claims, said: Utterance) -> ClaimCheck | None:
    """The correction of the claim a yes/no question asks about, if the facts give one."""
    words = said.words
    if not said.asked or len(words) < _MIN_WORDS or words[0] not in claims.analyzer.yes_no:
        return None
    checked = claims.check(said)
    if checked is None or checked.right:
        return None
    if checked.reason in _ANSWERING or (
        checked.reason == "slot" and _placed(claims, said, checked)
    ):
        return checked
    return None


def _placed(claims: Claims, said: Utterance, checked: ClaimCheck) -> bool:
    """Whether the question puts its event in a place ("killed in Russia?") and the
    correcting fact tells that event (every other word of the question it holds): the
    slot check then says where the text puts it. (A person's slot read off a question
    was less sure: "did Stalin's side use Trotsky's past against him?"; and a fact
    sharing only the question's names tells another event.)"""
    words, _ = claims.core(said)
    query = claims.reader.query(words)
    places = {t for t, kind, _ in claims.slots.claimed(query, words) if kind == "place"}
    if not places:
        return False
    held, denied = claims.reader.held(checked.facts[0])
    rest = [t for t in query.terms if t not in places and t not in claims.analyzer.stopwords]
    return bool(rest) and all(t in held or t in denied for t in rest)
