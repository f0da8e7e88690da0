"""What a sentence defines: the words it introduces as a term and says what they are.

A learner who types a term alone ("scalding", "short week") or asks "what is the whey?"
wants the sentence that says what it is, not any sentence that uses it. A hand-made fact
lists "What is X?" among its questions; a drafted one has only its sentence, so its own
wording must tell: 'declares a "short week"' (a quoted coinage), "the whey, the yellowish
liquid of ..." (an apposition), "Next comes scalding: the cheesemaker ..." (a term and
its account after a colon), "the nave, or hub, turned from elm" (a gloss between commas),
"Rennet is an enzyme" (a definition), "faults: Rind mites: tiny mites that eat the rind"
(a list item's head). "After scalding, the curd ..." uses the word and defines nothing. A naming set off by a comma renames what
comes before ("its own channel, called a lade"); one without says what the thing is when
an indefinite kind brings it in ("a second oven called the lehr": an oven), not when a
definite one refers back to a thing told before ("the enzyme called nitrogenase").
"""

from __future__ import annotations

import re

__all__ = ["defined_spans"]

_WORD = r"[A-Za-z][\w'-]*"
# "a cart, or two," and "a day, or more," count; they gloss nothing
_COUNTS = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|more|less|so)"
# words that end a lowercase name brought in by "a kind called X" ("the lehr, where ...")
_ENDS = "where|which|that|who|whose|and|or|but|in|on|at|to|for|with|from|by|of|as|was|is"
_PATTERNS = (
    # a coinage in quotes: declares a "short week"
    re.compile(r"[\"\u201c]([^\"\u201d]{2,40})[\"\u201d]"),
    # an apposition after a determiner: the whey, the yellowish liquid; its own lade, a
    # channel
    re.compile(
        rf"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|own) ({_WORD}(?: {_WORD})?), "
        r"(?:the|a|an) "
    ),
    # a term glossed by another name between commas: the nave, or hub, turned from elm
    re.compile(
        rf"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er) ({_WORD}), or (?!{_COUNTS}\b)({_WORD}),"
    ),
    # a term and its account after a colon: Next comes scalding: the cheesemaker
    re.compile(rf"\b(?:comes|came|follows|followed|is|are|was|were|called|named) ({_WORD}): "),
    # a naming set off by a comma renames what comes before: its own channel, called a lade
    # ("named after her mother" names whom it honours, no new name)
    re.compile(
        rf", (?:called|known as|named) (?!after\b|for\b)(?:the |an? )?({_WORD}(?: {_WORD}){{0,2}})"
    ),
    # an indefinite kind introducing its name: "a second oven called the lehr", "an
    # enzyme named nitrogenase" say what the lehr is (an oven) where the text brings it
    # in; "the enzyme called X" refers back to a thing told before and says nothing new
    re.compile(
        rf"\b[Aa]n? (?:{_WORD} ){{0,2}}{_WORD} (?:called|named) (?!after\b|for\b)"
        rf"(?:the |an? )?([A-Z][\w'-]*(?: [A-Z][\w'-]*){{0,2}}|{_WORD}(?: {_WORD}){{0,2}}?"
        rf"(?=[,.;:!?]|$| (?:{_ENDS})\b))"
    ),
    # 'known as' names what a kind is called, set off or not ("the bog mosses known as
    # sphagnum", "a step known as cooking"): both the kind and its name are defined
    re.compile(
        rf"\b((?:{_WORD} )?{_WORD}) known as (?:the |an? )?"
        rf"({_WORD}(?: [A-Z][\w'-]*){{0,2}})"
    ),
    # a list item's head, the term its account follows ("faults: Bitterness: caused by
    # too much rennet; Rind mites: tiny mites that ..."): a capitalised word or three
    # opening the text or an item, then a colon
    re.compile(
        r"(?:^|[:;] )(?!(?:He|She|It|They|We|You|I|This|That|There|Then)\b)"
        r"([A-Z][\w'-]*(?: [a-z][\w'-]*){0,2}): "
    ),
    # a definition opening the sentence: Rennet is an enzyme; The Fram was a ship
    re.compile(rf"^(?:The |An? )?({_WORD}(?: {_WORD})?) (?:is|are|was|were) (?:a|an|the) "),
)


def defined_spans(sentence: str) -> list[str]:
    """The spans of a sentence that it defines (see the module's docstring)."""
    return [g for pattern in _PATTERNS for m in pattern.finditer(sentence) for g in m.groups() if g]
