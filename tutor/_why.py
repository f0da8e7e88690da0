"""Whether a sentence says why: a reason word ("because", "so that") or a purpose ("to
<verb> the ..."), read from its words alone, for ranking a drafted fact against "why?".

"to <verb>" after a verb that takes it as its object ("refused to build", "allowed Stalin
to tighten") is no purpose, nor is a purpose later in that clause: "he refused to build a
faction to counter him" says why one would build it, not why he refused.
"""

from __future__ import annotations

import re
from collections.abc import Collection

__all__ = ["says_why"]

# "to <verb> the ...", and a phrasal verb's particle between ("to bring in the ...")
_PURPOSE = re.compile(
    r"\b(\w+) to [a-z]+ (?:(?:in|up|out|down|over|back|off|on|away) )?"
    r"(?:the|a|an|his|her|their|its|it|them|him|[a-z]+'s)\b"
)
_CLAUSE_END = re.compile(r"[,;:.]")


def says_why(text: str, reasons: re.Pattern[str] | None, takes: Collection[str]) -> bool:
    """Whether `text` gives a reason (`reasons`: the language's reason words) or a purpose;
    `takes`: the verbs whose "to <verb>" is their object, not a purpose."""
    low = text.lower()
    if reasons is not None and reasons.search(low):
        return True
    wanted = -1  # where the last "refused to <verb> ..." ends
    for m in _PURPOSE.finditer(low):
        before = low[: m.start()].split()[-1:]
        if m.group(1) in takes or (before and before[0] in takes):
            wanted = m.end()
        elif wanted < 0 or _CLAUSE_END.search(low, wanted, m.start()):
            return True
    return False
