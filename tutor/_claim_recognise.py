"""Whether a line is a claim at all: a statement about the text ("Trotsky was exiled in
1929", "so Stalin won, right?") rather than a question or a search ("trotsky exiled
when"), and the claim's words without the openers and tags that mark it. The checks
(`_claims`) run only on what this lets through, and on the words it leaves.
"""

from __future__ import annotations

from ._claim_details import Details
from ._claim_members import Members
from ._claim_reading import DETERMINERS, past
from ._phrases import Cues
from ._text import irregular_past, lemma
from ._utterance import Utterance

__all__ = ["Recogniser"]

# the function words of a sentence, which a terse search leaves out
_GLUE = DETERMINERS | {"to", "in", "of", "at", "from", "for", "with", "by", "on", "into"}
_AGAIN = "re"  # the prefix of a verb done again, on an irregular past ("rewrote")
_AGAIN_REST = 4  # letters after it at least: not "reran" nor "relay"
_WH = frozenset(["who", "whom", "whose", "what", "when", "where", "why", "how", "which"])


class Recogniser:
    """Tells a claim from a question, for one pack. Immutable; shared by all sessions."""

    def __init__(self, cues: Cues, details: Details, members: Members) -> None:
        self.cues = cues
        self.details = details
        self.members = members
        # a line whose first (last) word starts no opener (ends no tag) has none to strip
        self._opener_starts = frozenset(p[0] for p in cues.claim_openers)
        self._tag_ends = frozenset(p[-1] for p in cues.claim_tags)

    def core(self, said: Utterance) -> tuple[tuple[str, ...], bool]:
        """The claim's words without "so ..." openers or "..., right?" tags; was it marked?

        A tag counts only where it is set off as one: after a comma or before a final
        question mark ("..., right?"), so "the Right" ending a sentence stays a name.
        """
        words = said.plain
        tagged = said.asked
        after_comma = said.after_comma
        marked = False
        changed = True
        while changed and words:
            changed = False
            for n in range(min(6, len(words) - 1) if words[0] in self._opener_starts else 0, 0, -1):
                if words[:n] in self.cues.claim_openers:
                    words, marked, changed = words[n:], True, True
                    break
            for n in range(min(6, len(words) - 1) if words[-1] in self._tag_ends else 0, 0, -1):
                set_off = tagged or n == after_comma
                if set_off and words[-n:] in self.cues.claim_tags:
                    words, marked, changed = words[:-n], True, True
                    tagged, after_comma = False, 0
                    break
        return words, marked

    def looks_like_claim(self, said: Utterance) -> bool:
        """Whether a line states something about the text rather than asking or searching."""
        words, marked = self.core(said)
        if len(words) < 3:
            return False
        if words[0] in self.cues.question_starts:
            return False  # "was Trotsky killed in Norway?" is a question
        if said.asked and not marked and self.members.shaped(words):
            return True  # "the troika was A, B and C?" asks only whether it is so
        if marked:
            # "I heard about the troika" reports a reading, and states nothing to check
            return said.asked or any(self.says_verb(w) or _past_form(w) for w in words)
        if said.asked:
            return False
        # a question word before the verb asks ("and who killed him"); after it, it
        # starts a relative clause ("Mercader was a fan who acted alone")
        # "Reid sold the ship" states as "Reid sailed" does; "vats sold year" is a search
        sentence = not _GLUE.isdisjoint(words)
        verb = next(
            (k for k, w in enumerate(words) if self.says_verb(w) or (sentence and _past_form(w))),
            len(words),
        )
        if any(w in _WH for w in words[:verb]) or words[-1] in _WH:
            return False  # ... or ends on one ("trotsky thrown out when")
        if self.details.split_cause(words) is not None:
            return True  # "Stalin beat Trotsky thanks to his alliances" gives a reason
        if any(w in self.cues.means_verbs for w in words[1:]):
            return True  # "Mercader shot Trotsky"
        return verb < len(words)

    def says_verb(self, word: str) -> bool:
        return word in self.cues.statement_verbs or past(word)

    def states(self, said: Utterance) -> bool:
        """Whether a line states something at all: a verb, even beside a question word
        ("his rise reveals how strategy ... can triumph"), and no question mark."""
        words, _ = self.core(said)
        if len(words) < 3 or said.asked:
            return False
        return any(self.says_verb(w) for w in words)


def _past_form(word: str) -> bool:
    """Whether a word is an irregular past form, also after "re" ("rewrote", "rebuilt"),
    which the table of irregular forms lists only for a few verbs."""
    if irregular_past(word):
        return True
    rest = word[len(_AGAIN) :]
    return (
        word.startswith(_AGAIN)
        and len(rest) >= _AGAIN_REST
        and irregular_past(rest)
        and lemma(rest) != rest
    )
