"""Clauses of a question that set the time of what it asks: "after Lenin died", "before
he took over", "once he was out of the country"; and those that grant something to it:
"even with everyone against him", "even after he was exiled", "why kill him if he was
already gone?".

Such a clause names an event only to say when, or to grant it; what is asked is the rest
of the line ("was Stalin still scared of Trotsky even after kicking him out?" asks of the
fear, not of the expulsion). The near-miss checks read where a time clause ends; the
analyzer marks the terms said only inside either kind, which the ranking weighs less.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Sequence

__all__ = ["ASKS", "CLAUSE_OPENERS", "TIME_WORDS", "clause_end", "main_clause", "setting_terms"]

# Words that open a clause setting the time of what is asked: "after Lenin died".
TIME_WORDS = frozenset(["after", "before", "once", "since", "until"])
# Words after "even" that open a granted clause besides a time word: "even with everyone
# against him", "even while he was losing ground". Not "even though he was famous": in
# "how come he lost even though he was famous?" the fame is what the answer weighs against
# the loss ("strategy can triumph over popularity"), so it is asked of as much as the rest
_EVEN_OPENS = frozenset(["with", "while", "when"])
# "why kill him if he was already gone?": in a question asking why, an "if" clause after
# the question that says a thing was done already grants it, and asks why the rest
# happened all the same. Not one before the question, which often names what its "it" is
# ("if the job was so dull, what made it matter?"), nor one without "already": "why did
# he lose if he was the famous one?" weighs the fame against the loss, as the answer does
_GRANTING_IF = "if"
_DONE = "already"
_OWN_VERB = frozenset(["was", "did"])  # "after he was exiled": the clause's own verb
_DETERMINED = [("the",), ("his",), ("her",), ("their",), ("its",)]  # "after the canal was"
_SUBJECT_REACH = 4  # "after the old stone canal was finished": the determiner and up to two words
# Words that open the next clause of a question: "after he won, what did he ...".
ASKS = frozenset(["what", "who", "whom", "how", "why", "where", "when", "which", "did", "was"])
# Words a time clause may open with besides a person, a name or an -ing verb: "after the
# war", "before all that"; not "go after together" (a verb's particle)
CLAUSE_OPENERS = frozenset(["the", "his", "her", "their", "its", "that", "this", "all", "a", "an"])


def clause_end(words: Sequence[str], cut: int) -> int:
    """Where the clause after a time word at `cut` ends: at the next question word
    ("after all that, what did he ..."), not at its own subject's verb ("after Trotsky
    was killed")."""
    # "after the canal was finished": a subject of a determiner and a word or two; but
    # "how long after the fire was the mill rebuilt?": a 'was' before a subject of its
    # own opens the question's clause
    subject = _SUBJECT_REACH if words[cut + 1 : cut + 2] in _DETERMINED else 2
    for k in range(cut + 1, len(words)):
        own = cut + 2 <= k <= cut + subject and words[k] in _OWN_VERB
        if own and k > cut + 2 and words[k + 1 : k + 2] in _DETERMINED:
            own = False
        if words[k] in ASKS and not own:
            return k
    return len(words)


def main_clause(words: Sequence[str], asking: Container[str] = ASKS) -> int:
    """Where the question of a line that opens with a time or granted clause begins
    ("after he was exiled, did he give up?": at "did"); 0 when it opens with none.
    `asking`: the question words besides `ASKS` that end such a clause ("before all the
    infighting, whose right-hand man was he?")."""
    cut = 1 if words[:1] == ["even"] else 0
    if words[cut : cut + 1] and words[cut] in TIME_WORDS | _EVEN_OPENS | {_GRANTING_IF}:
        end = clause_end(words, cut)
        end = next((k for k in range(cut + 2, end) if words[k] in asking), end)
        # "when did he die?" opens no clause: its question starts at once
        return end if cut + 2 < end < len(words) else 0
    return 0


def setting_terms(
    words: Sequence[str],
    spans: Sequence[tuple[str, int]],
    names: Container[str],
    opens: Callable[[str], bool],
    asks_nothing: Container[str],
    why: bool = False,
) -> tuple[frozenset[str], frozenset[str]]:
    """The terms a line says only inside clauses that set a time or grant something, when
    the rest of the line asks of something (a term that is no name, nor a word that asks
    nothing by itself: "what happened to him after ...?" asks only what came after); and
    those of them said in a clause that grants ("even with everyone against him"), which
    says still less of what is asked than a time does ("after he defeated Trotsky, who
    did Stalin turn on?" is answered by the fact telling that defeat).

    Args:
        words: the line's words; `spans`: (term, index of its first word).
        names: the terms that are names (kept: they say of whom).
        opens: whether a word may open a clause (a person, a name).
        asks_nothing: words that ask nothing by themselves ("happened").
        why: whether the line asks why (an "if" clause after the question saying a thing
            was done already then grants it: see `_GRANTING_IF`).
    """
    timed: set[int] = set()
    granted: set[int] = set()
    asks = False  # whether a question word came before: "why kill him if ...", not "if ..., why"
    for k, word in enumerate(words[:-1]):
        after = words[k + 1]
        asks = asks or word in ASKS
        if word == "even" and (after in _EVEN_OPENS or after in TIME_WORDS):
            granted.update(range(k + 2, clause_end(words, k + 1)))
            continue
        if not (after in CLAUSE_OPENERS or after.endswith("ing") or opens(after)):
            continue
        if word == _GRANTING_IF and why and asks:
            clause = range(k + 1, clause_end(words, k))
            if any(words[at] == _DONE for at in clause):
                granted.update(clause)
        elif word in TIME_WORDS and k + 1 not in granted:
            timed.update(range(k + 1, clause_end(words, k)))
    inside = timed | granted
    if not inside:
        return frozenset(), frozenset()
    asked = {
        t
        for t, at in spans
        if at not in inside and t not in names and words[at] not in asks_nothing
    }
    if not asked:
        return frozenset(), frozenset()
    outside = {t for t, at in spans if at not in inside}
    said = [(t, at) for t, at in spans if at in inside and t not in names and t not in outside]
    setting = frozenset(t for t, _ in said)
    only_granted = setting - {t for t, at in said if at not in granted}
    return setting, only_granted
