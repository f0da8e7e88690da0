"""The questions a learner asks of a list: of its intro ("What are the five main
stages?"), of one of its items ("What was a spinning mule?") and of a heading that
opens one ("What were the key advantages of ...?").

Apart from the drafting of a sentence's own questions (tutor/_draft_questions.py): a
list is asked of in the words of its intro, not of any one sentence.
"""

from __future__ import annotations

import re

from ._draft_questions import IRREGULAR_PAST, lower_first
from ._text import fold, language, looks_plural, split_words

__all__ = ["heading_questions", "item_questions", "list_questions"]

# A list's intro: "Its main parts are:", "Her most important finds included:", "... in
# five main stages:", "... a mixture of several methods:".
_SAYS_LIST = re.compile(
    r"^(?P<subject>.+?)\s+(?P<verb>are|were|is|was|include|includes|included)\s*:?\s*[.:]?$",
    re.IGNORECASE,
)
_COUNTS = frozenset(
    ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many"]
)


def list_questions(intro: str) -> list[str]:
    """The questions a list's intro asks of its items, in a learner's words: "What are
    the five main stages?" and "What are the stages?" of "The cycle is described in five
    main stages:"; "What did her most important finds include?" of "Her most important
    finds included:". None when the intro is not worded so."""
    text = intro.strip().rstrip(":").strip()
    be = "were" if _past(text) else "are"
    said = _SAYS_LIST.match(text + ":")
    if said:
        subject = lower_first(said.group("subject"))
        verb = said.group("verb").lower()
        if verb.startswith("include"):
            return [f"What {'did' if verb == 'included' else 'does'} {subject} include?"]
        return [f"What {verb if verb in ('are', 'were') else be} {subject}?"]
    words = split_words(text)
    if len(words) < 2 or not looks_plural(words[-1]):
        return []  # no plural noun names what is listed
    stop = frozenset(language()["stopwords"])
    named = [words[-1]]  # "methods", "main stages", then the count: "five main stages"
    for word in reversed(words[-3:-1]):
        if word in stop or word in _COUNTS or word.isdigit() or word.endswith("ed"):
            break
        named.insert(0, word)
    before = words[-len(named) - 1]
    out = [f"What {be} the {' '.join(named)}?"]
    if (before in _COUNTS and before not in ("several", "many")) or before.isdigit():
        out.insert(0, f"What {be} the {before} {' '.join(named)}?")
    if len(named) > 1:
        out.append(f"What {be} the {named[-1]}?")
    return out


_ITEM = re.compile(
    r"^(?:and,?\s+)?(?:(?:finally|lastly|also),?\s+)?(?P<np>[^,;:()]+?)(?:,\s*(?P<rest>.*))?[;,.]?$"
)


def item_questions(item: str, intro: str) -> list[str]:
    """What a learner asks of one item of a list: "What happened to the three motor
    sledges?" of "three motor sledges, which broke down ..."; "What was a spinning
    mule?" of "a spinning mule" (after "The mill used four machines:")."""
    found = _ITEM.match(item.strip())
    if found is None:
        return []
    words = found.group("np").split()
    if not 1 <= len(words) <= _ITEM_WORDS or words[0].lower() in ("it", "they", "this"):
        return []  # a clause, not a thing listed
    if words[0].lower().endswith("ing"):
        return []  # "taking water outside one's window": an act, asked of otherwise
    thing = lower_first(found.group("np").strip())
    rest = found.group("rest") or ""
    plural = looks_plural(thing)
    be = ("were" if plural else "was") if _past(intro) else ("are" if plural else "is")
    out = [f"What {be} {thing}?"]
    if rest.startswith(("which ", "who ")) and _past(rest):
        out = [f"What happened to {thing}?"]
    # "The mill used four machines:" and "a power loom": "... the mill used a power loom?"
    said = _lists_after_verb(intro)
    if said:
        out.append(f"Is it true that {said} {thing}?")
    return out


def _lists_after_verb(intro: str) -> str | None:
    """An intro's words before what it lists, when a verb takes the list as its object
    ("The mill used" of "The mill used four machines:"), lower-cased; else None."""
    words = intro.strip().rstrip(":").split()
    if len(words) >= 2 and words[-1].lower() in ("include", "includes", "included"):
        return lower_first(" ".join(words))  # "Her finds included:"
    if len(words) < 3 or not words[-1].endswith("s"):
        return None
    stop = frozenset(language()["stopwords"])
    k = len(words) - 2  # back over "four main" to the word before them
    while k > 0 and len(words) - k <= 3 and words[k].lower() not in stop:
        if words[k].lower() in _COUNTS or words[k].isdigit():
            k -= 1
            break
        k -= 1
    verb = words[k].lower()
    if verb in ("is", "was", "its", "this", "has") or not (
        verb.endswith(("ed", "es", "s")) or verb in IRREGULAR_PAST or verb in ("had", "have")
    ):
        return None  # "... of several methods", "its main parts": no verb takes the list
    return lower_first(" ".join(words[: k + 1]))


def _past(clause: str) -> bool:
    """Whether a clause is told in the past ('was a mixture', 'sank in soft snow')."""
    if re.search(r"\b(?:is|are|has|have)\b", clause, re.IGNORECASE):
        return False
    if re.search(r"\b(?:was|were|had|\w+ed)\b", clause, re.IGNORECASE):
        return True
    return any(w in IRREGULAR_PAST for w in split_words(clause))


_ITEM_WORDS = 6  # words of a listed thing at most ("a small number of dog teams")
_HEADING_CUT = frozenset(
    ["of", "by", "in", "under", "against", "for", "to", "on", "at", "from", "with", "during"]
)


def heading_questions(title: str, names: frozenset[str]) -> list[str]:
    """What a learner asks of a heading that opens a list: "What were the key advantages
    of the General Secretary role?" of "Key Advantages of the General Secretary Role",
    "What was the propaganda against Trotsky?", "What did exploiting the Lenin cult
    involve?"."""
    words = title.split()
    said = " ".join(w if _possessor(w) in names else w.lower() for w in words)
    if words[0].lower() == "the":
        said = said.split(" ", 1)[1] if " " in said else said
    head = [w.lower() for w in words]
    cut = next((k for k, w in enumerate(head) if w in _HEADING_CUT), len(head))
    noun = head[max(cut - 1, 0)]
    if head[0].endswith("ing"):
        return [f"What did {said} involve?", f"How did {said} work?"]
    if noun.endswith("s") and not noun.endswith(("ss", "us", "is")):
        return [f"What were the {said}?", f"What are the {said}?"]
    return [f"What was the {said}?", f"What did the {said} involve?"]


def _possessor(word: str) -> str:
    """A heading word folded, a possessive's owner for "Stalin's"."""
    return re.sub(r"['\u2019]s$", "", fold(word))
