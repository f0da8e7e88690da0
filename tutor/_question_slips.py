"""A line's question words read back where only they can stand: a slip opening the line
read as the question word ("wnere did ..."), a real word said as an auxiliary read as
one ("dose the moss rot?"), the word after "how" ("how meny"), a rare word in the verb's
slot ("who did Ines mary?"), and "hwo was" as "who".

Its own module because these readings weigh a word by its place in a question, not by
the word alone as `WordCorrector` does; they run on a line after each word is corrected.
"""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz.distance import OSA

from ._slips import OFTEN, english_one_edit, shared_prefix, start_cost, undouble
from ._text import is_past, language, stem
from ._word_correction import COMMON_RANK, WordCorrector

__all__ = ["QuestionSlips", "who_not_how"]

_BE = frozenset(["is", "was", "are", "were"])  # "hwo was ...?" asks who (who_not_how)
_DO = frozenset(["did", "does", "do"])  # a verb only a question's word stands before
# the auxiliaries a question's subject and then its verb follow ("did Ines marry?")
_AUXILIARIES = _DO | frozenset(["will", "would", "could", "can", "should", "might", "may"])
# prepositions a question may open with before its question word ("in what year ...?")
_OPENING_PREPOSITIONS = frozenset(["in", "on", "at", "to", "from", "by", "for", "of", "with"])
# the function words a question's subject may open with, after its auxiliary ("does the
# moss ...", "would he ..."): any other function word after a word ("dose of", "dose is")
# tells it is the noun or verb it is spelt as
_SUBJECT_OPENERS = frozenset(
    ["the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "my"]
) | frozenset(["he", "she", "it", "they", "we", "you", "i"])


class QuestionSlips:
    """Reads the words of a line that ask (question words, auxiliaries, the verb after
    them) as a question's, where a slip made them other words."""

    def __init__(self, words: WordCorrector) -> None:
        """Args:
        words: the pack's corrector, whose vocabulary and English ranks weigh a slip.
        """
        self._words = words
        lang = language()
        self._question_words = tuple(q for q in words.qwords if q.isalpha())  # one word each
        # the words that make a question of "how" ("how many", "how long", "how far")
        self._how_words = sorted(
            {k.split()[1] for k in lang["question_phrases"] if k.startswith("how ")}
        )
        # real words said as an auxiliary is ("dose": does), read as it where one stands
        # (`_auxiliary`), unless the text uses the word itself
        self._sound_alikes: dict[str, str] = {
            k: v for k, v in lang["sound_alike_auxiliaries"].items() if k not in words.vocabulary
        }
        # the stems of the words never content words ("ones" of "one")
        self._skip_stems = frozenset(stem(w) for w in words.skip)

    def fix(self, typed: Sequence[str], fixed: list[str]) -> None:
        """Puts right, in place, the question's words of `fixed` (a line's words each
        corrected alone) from the words as `typed`."""
        self._opening(typed, fixed)
        self._auxiliary(typed, fixed)
        self._verb_slot(typed, fixed)
        self._after_how(typed, fixed)

    def _opening(self, typed: Sequence[str], fixed: list[str]) -> None:
        """A line's opening slip read as the question word it is as near as the word it
        was corrected to, and by as common a slip ("wnere did ...": "where", not "were";
        "hich ship": "which", not the text's "high"; "in hwat year": "what", not "heat"):
        a learner's line opens with a question, the word or after a preposition. A real
        word only where no other word could stand, before "did" or a form of "be" after
        one ("were did they live?", "hat did he do?"): "here was ..." and "she did ..."
        stay as typed."""
        at = 1 if len(typed) > 2 and typed[0] in _OPENING_PREPOSITIONS else 0
        if len(typed) < at + 2:
            return
        word = typed[at]
        if len(word) < 3 or not word.isalpha() or word in self._words.qwords:
            return
        # a real word only before a verb no word but a question's may stand before ("were
        # did they live?", "hat did he do?", "now did it end?"): a form of "do", or a
        # form of "be" after another ("were was it?")
        after = typed[at + 1]
        asks = after in _DO or (word in _BE and after in _BE)
        if not asks and (word in self._words.ranks or word in self._words.vocabulary):
            return
        chosen = fixed[at]
        weigh = not asks and chosen not in self._words.qwords
        meant = self._slip_among(word, chosen, self._question_words, weigh)
        if meant is not None:
            fixed[at] = meant

    def _auxiliary(self, typed: Sequence[str], fixed: list[str]) -> None:
        """A real word said as an auxiliary is, read as it where a question's auxiliary
        stands: opening the line ("dose the moss rot?") or after its question word, or
        "how" and its word ("what dose it mean", "how fast dose peat grow"), before the
        question's subject (a content word, an article or a pronoun): "what dose of
        poison" and "the dose was" stay as typed."""
        for k, word in enumerate(typed[:3]):
            meant = self._sound_alikes.get(word)
            if meant is None or k + 1 == len(typed):
                continue
            after = typed[k + 1]
            if not after.isalpha() or (
                after in self._words.stopwords and after not in _SUBJECT_OPENERS
            ):
                continue
            opening = fixed[0] in self._words.qwords and (k == 1 or (k == 2 and fixed[0] == "how"))
            if (k == 0 and len(typed) >= 3) or opening:
                fixed[k] = meant

    def _verb_slot(self, typed: Sequence[str], fixed: list[str]) -> None:
        """A rare real word where a question's verb stands, after its auxiliary and
        subject ("who did Ines mary?", "when did the duke mary?"), read as the common
        verb it is with a letter doubled or made single, when the text writes a word of
        that verb's family ("married"): there a name or a rare noun says nothing, and the
        slip is the commonest of spelling. Elsewhere the word stays ("who is mary?")."""
        for k in range(2, len(typed)):
            word = typed[k]
            if fixed[k] != word or self._words.ranks.get(word, 0) <= COMMON_RANK:
                continue
            for at in (k - 2, k - 3):
                subject = typed[at + 1 : k]
                if (
                    at >= 0
                    and typed[at] in _AUXILIARIES
                    and all(
                        w not in self._words.stopwords or w in _SUBJECT_OPENERS for w in subject
                    )
                ):
                    fixed[k] = self._doubled_of_family(word)
                    break

    def _doubled_of_family(self, word: str) -> str:
        """The common English word a rare real one is with a letter doubled or made
        single, whose family the text writes ("marry" of "mary", as the text says
        "married"), else the word itself (see `_verb_slot`)."""
        skip = self._skip_stems
        single = undouble(word)
        found = sorted(
            (self._words.ranks[str(c[0])], str(c[0]))
            for c in english_one_edit().near(word)
            if c[1] == 1
            and c[0][0] == word[0]
            and len(c[0]) >= 4
            and c[0] not in self._words.skip
            and self._words.ranks[str(c[0])] <= COMMON_RANK
            and undouble(str(c[0])) == single
            and (kin := stem(str(c[0]))) in self._words.written
            and kin not in skip
        )
        return found[0][1] if found else word

    def _after_how(self, typed: Sequence[str], fixed: list[str]) -> None:
        """A non-word after "how" read as the word that makes a question of it ("how
        meny men", "how lomg", "how mutch") when that is as near and as common a slip as
        the pack's word it was corrected to ("men", "log"): "how" before a noun asks
        nothing."""
        for k in range(1, len(typed)):
            word = typed[k]
            if fixed[k - 1] != "how" or len(word) < 3 or not word.isalpha():
                continue
            if word in self._words.ranks or word in self._words.vocabulary:
                continue
            meant = self._slip_among(word, fixed[k], self._how_words, True)
            if meant is not None:
                fixed[k] = meant

    def _slip_among(self, word: str, chosen: str, meant: Sequence[str], weigh: bool) -> str | None:
        """The word of `meant` (question words, or those after "how") a typed word is one
        slip from, nearest and likeliest first; None if none is, if the correction it got
        (`chosen`) is that word already, or, with `weigh`, if that correction is as near
        and as common a slip ("hich" is the text's "high" no likelier than "which")."""
        asked = [
            (OSA.distance(word, w), start_cost(word, w, OFTEN), -shared_prefix(word, w), w)
            for w in meant
            if abs(len(w) - len(word)) <= 1
        ]
        best = min(asked, default=None)
        if best is None or best[0] > 1 or chosen == best[3]:
            return None
        if (
            weigh
            and chosen != word
            and (
                OSA.distance(word, chosen),
                start_cost(word, chosen, self._words.frequency[chosen]),
            )
            < best[:2]
        ):
            return None
        return best[3]


def who_not_how(typed: Sequence[str], words: list[str]) -> list[str]:
    """Respelt words with a slip read as "how" that is as near "who" ("hwo": two letters
    swapped either way) read as "who" when a form of "be" follows and no verb done to
    anything after it: "hwo was the first keeper?" asks who, "hwo was the lamp lit?" how."""
    if (
        len(words) >= 2
        and words[0] == "how"
        and typed[0] != "how"
        and sorted(typed[0]) == sorted("who")
        and words[1] in _BE
        and not any(is_past(w) for w in words[3:])
    ):
        return ["who", *words[1:]]
    return words
