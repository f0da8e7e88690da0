"""A question asked after a statement in one line ("So Lenin wrote that Stalin should go
- what happened to that piece of writing?"): the line asks, whatever its opening says,
and the statement is what the question leans on: its context, not a claim to confirm."""

from __future__ import annotations

from collections.abc import Sequence

from ._text import CLAUSE, split_words

__all__ = ["LEADS", "WH", "last_clause_asks", "leads_in", "referring", "split_lead"]

WH = frozenset(["who", "whom", "whose", "what", "when", "where", "why", "how", "which"])
# words that open a turn without saying anything of it ("and", "so", "ok then")
LEADS = frozenset(["and", "so", "but", "ok", "okay", "then", "well", "also", "oh", "hmm"])
# conjunctions opening a clause that sets the scene for another ("once he was beaten,
# ...", "if Lenin warned them, ..."): no statement of its own
_SUBORDINATORS = frozenset(
    [
        "once",
        "when",
        "whenever",
        "after",
        "before",
        "if",
        "unless",
        "since",
        "as",
        "because",
        "though",
        "although",
        "while",
        "until",
    ]
)
# pronouns that only say whose ("on his side"): they refer to no statement before them
_POSSESSIVES = frozenset(["his", "her", "hers", "its", "their", "theirs", "my", "your", "our"])


def referring(pronouns: Sequence[str]) -> bool:
    """Whether a question's pronouns stand for something said before it ("what happened
    to it?", "that piece of writing"), not only for whose ("on his side")."""
    return any(p not in _POSSESSIVES for p in pronouns)


def leads_in(words: Sequence[str]) -> bool:
    """Whether a clause opens with a conjunction that makes it lead into another one
    ("once Trotsky was beaten", "and after he lost"), so states nothing on its own."""
    rest = list(words)
    while rest and rest[0] in LEADS:
        rest = rest[1:]
    return bool(rest) and rest[0] in _SUBORDINATORS


def last_clause_asks(parts: tuple[tuple[str, ...], ...]) -> bool:
    """Whether a line's last clause, after another, opens with a question word (past
    "and", "so", ...): "Stalin won, but how?", "... - what happened to it?". `parts`:
    the line's words clause by clause (`Utterance.parts`)."""
    clauses = [p for p in parts if p]
    if len(clauses) < 2:
        return False
    last = list(clauses[-1])
    while last and last[0] in LEADS:
        last = last[1:]
    return bool(last) and last[0] in WH


def split_lead(text: str) -> tuple[str, str] | None:
    """The statement a question line opens with and the question after it, as text
    ("So Lenin wrote that Stalin should go", "what happened to that piece of writing?"),
    or None when the line is not a question asked after a statement."""
    text = text.strip()
    if not text.endswith("?"):
        return None
    cuts = [m for m in CLAUSE.finditer(text) if m.end() < len(text)]
    for cut in reversed(cuts):
        question = text[cut.end() :].strip()
        if not split_words(question):
            continue  # "?!" or a quote mark closing the line: the clause before asks
        statement = text[: cut.start()].strip().rstrip(",;:-").rstrip()
        parts = (tuple(split_words(statement)), tuple(split_words(question)))
        return (statement, question) if last_clause_asks(parts) else None
    return None
