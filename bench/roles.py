"""Generated follow-ups by role: how many two-turn conversations a pack answers as its
facts' frames and the text's order say it should.

For every fact, turn 1 asks the fact's own first question; turn 2 leans on whatever fact
answered it (the anchor) in generic wording, and the expected reply is read from the
frames and the narrative order, not from any reading of the tutor's:

- next_of  "what did <X> do after that?" (X the anchor's doer): the first fact told after
  the anchor whose frames have X as a doer, not one retelling the anchor (a list of it)
- then_of  "then what did <X> do?": the same
- before_of "what did <X> do before that?": the last such fact told before it
- next     "what happened next?": a fact told after it (the next few), or dated later
- besides  "who else was involved besides <X>?" of an anchor naming others: a reply
  naming one of them
- next_he / before_he  "what did he do after / before that?" of a person's deed: as
  next_of / before_of
- when / where  "when was that?" / "where was that?" of an anchor giving a year / place:
  a reply saying it
- why / how / result  "why?" / "how?" / "what did that lead to?" of an anchor whose
  frames have a cause / a means / a result: the anchor

Usage: python bench/roles.py [TEXT ...]  (no TEXT: the default pack; each TEXT is drafted
afresh with `tutor new-pack`, as bench/drafts.py does)
"""

from __future__ import annotations

import contextlib
import io
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import tutor
from tutor.cli import main as cli

_SPAN = 12  # how far on the next deed of a doer may be told
_NEXT = 3  # "what happened next?" may skip a sentence or two that explain the last
_RETELLS = 0.6  # share of the shorter fact's terms the other holds: the same event again
_DOERS = ("person", "group")


@dataclass(frozen=True)
class Conversation:
    """Two turns and what the second must be answered with."""

    kind: str
    first: str
    second: str
    expect: frozenset[str]  # fact ids that answer it (empty: `says` decides)
    says: tuple[str, ...] = ()  # words the reply must hold (any one of them)
    anchor: str = ""


class Roles:
    """Reads one tutor's pack: frames, order, names, to build the conversations."""

    def __init__(self, t: tutor.Tutor) -> None:
        engine = t._engine
        self.tutor = t
        self.pack = engine.pack
        self.index = engine.index
        self.analyzer = engine.analyzer
        self.frames_of = engine.context._frames_of
        self.kinds = engine.analyzer.entity_kinds
        self.order = [d.fact.id for d in engine.index.docs]
        self.at = {f: k for k, f in enumerate(self.order)}
        self._terms: dict[str, frozenset[str]] = {}

    def terms(self, fact_id: str) -> frozenset[str]:
        found = self._terms.get(fact_id)
        if found is None:
            answer = self.pack.fact(fact_id).answer
            found = frozenset(self.analyzer.content_terms(answer)[0])
            self._terms[fact_id] = found
        return found

    def retells(self, a: str, b: str) -> bool:
        """Whether two facts tell the same event (one a list holding the other, or the
        same sentence in other words)."""
        x, y = self.terms(a), self.terms(b)
        return bool(x and y) and len(x & y) >= _RETELLS * min(len(x), len(y))

    def doers(self, fact_id: str) -> list[str]:
        found = [
            a
            for f in self.frames_of(fact_id)
            for a in f.role("agent")
            if self.kinds.get(a) in _DOERS
        ]
        return list(dict.fromkeys(found))

    def said(self, name: str) -> str:
        """How a learner names someone: the last word of the name ("stalin")."""
        written = self.analyzer.entity_names.get(name, name.replace("_", " "))
        return written.split()[-1].lower()

    def deed(self, anchor: str, doer: str, way: int) -> str | None:
        """The nearest fact told after (`way` 1) or before (-1) the anchor whose frames
        have the doer doing something, not retelling the anchor."""
        k = self.at[anchor]
        span = self.order[k + 1 : k + 1 + _SPAN] if way > 0 else self.order[:k][::-1][:_SPAN]
        for other in span:
            if self.retells(anchor, other):
                continue
            if doer in self.doers(other):
                return other
        return None

    def next_facts(self, anchor: str) -> frozenset[str]:
        """What "what happened next?" may be answered with: one of the next few facts
        that do not retell the anchor, or a fact dated later than it."""
        k = self.at[anchor]
        after = [f for f in self.order[k + 1 :] if not self.retells(anchor, f)][:_NEXT]
        year = self._year(anchor)
        if year is not None:
            later = [f for f in self.order if (y := self._year(f)) is not None and y > year]
            after += later
        return frozenset(after)

    def _year(self, fact_id: str) -> int | None:
        years = sorted(self.index.offered(fact_id, "date"))
        digits = [int(y) for y in years if y.isdigit()]
        return digits[0] if digits else None

    def conversations(self) -> Iterator[Conversation]:
        """Every conversation the pack's facts give."""
        for fact in self.pack.facts:
            if not fact.questions:
                continue
            first = fact.questions[0]
            reply = self.tutor.session(seed=0).respond(first)
            if reply.kind != "answer" or not reply.fact_ids:
                continue
            anchor = reply.fact_ids[0]
            doers = self.doers(anchor)
            if doers:
                x = doers[0]
                name = self.said(x)
                after = self.deed(anchor, x, 1)
                if after is not None:
                    for kind, line in (
                        ("next_of", f"what did {name} do after that?"),
                        ("then_of", f"then what did {name} do?"),
                    ):
                        yield Conversation(kind, first, line, frozenset([after]), anchor=anchor)
                if after is not None and self.kinds.get(x) == "person":
                    line = "what did he do after that?"  # whom "he" stands for: the doer
                    yield Conversation("next_he", first, line, frozenset([after]), anchor=anchor)
                before = self.deed(anchor, x, -1)
                if before is not None:
                    line = f"what did {name} do before that?"
                    yield Conversation("before_of", first, line, frozenset([before]), anchor=anchor)
                if before is not None and self.kinds.get(x) == "person":
                    line = "what did he do before that?"
                    yield Conversation("before_he", first, line, frozenset([before]), anchor=anchor)
            following = self.next_facts(anchor)
            if following:
                yield Conversation("next", first, "what happened next?", following, anchor=anchor)
            named = [n for n in self.index.names(anchor) if self.kinds.get(n) in _DOERS]
            if doers and len(named) > 1:
                others = tuple(self.said(n) for n in named if n != doers[0])
                line = f"who else was involved besides {self.said(doers[0])}?"
                yield Conversation("besides", first, line, frozenset(), others, anchor)
            years = tuple(y for y in self.index.offered(anchor, "date") if y.isdigit())
            if years:
                yield Conversation("when", first, "when was that?", frozenset(), years, anchor)
            for kind, role, line in (
                ("why", "cause", "why?"),
                ("how", "means", "how?"),
                ("result", "result", "what did that lead to?"),
            ):
                if any(f.role(role) for f in self.frames_of(anchor)):
                    yield Conversation(kind, first, line, frozenset([anchor]), anchor=anchor)
            places = tuple(self.said(p) for p in self.index.offered(anchor, "place"))
            if places:
                yield Conversation("where", first, "where was that?", frozenset(), places, anchor)

    def passes(self, c: Conversation) -> bool:
        """Whether the tutor answers the second turn as expected."""
        session = self.tutor.session(seed=0)
        session.respond(c.first)
        reply = session.respond(c.second)
        if reply.kind != "answer" or not reply.fact_ids:
            return False
        if c.expect:
            return reply.fact_ids[0] in c.expect
        text = reply.text.lower()
        return any(s.lower() in text for s in c.says)


def score(t: tutor.Tutor, show: bool = False) -> dict[str, list[int]]:
    """kind -> [passed, total] over a tutor's generated conversations."""
    roles = Roles(t)
    table: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for c in roles.conversations():
        ok = roles.passes(c)
        table[c.kind][0] += ok
        table[c.kind][1] += 1
        if show and not ok:
            session = t.session(seed=0)
            session.respond(c.first)
            got = session.respond(c.second)
            print(f"  FAIL {c.kind} [{c.anchor}] {c.second!r} -> {got.kind} {got.fact_ids}")
            print(f"       want {sorted(c.expect) or c.says}")
    return dict(table)


def drafted(text: Path, work: Path) -> tutor.Tutor:
    """A fresh draft of a text, with no editing."""
    pack = work / text.parent.name
    with contextlib.redirect_stdout(io.StringIO()):
        if cli(["new-pack", str(pack), "--from", str(text)]) != 0:
            raise SystemExit(f"new-pack failed on {text}")
    return tutor.Tutor.from_path(pack)


def main() -> None:
    show = "--show" in sys.argv
    texts = [Path(a) for a in sys.argv[1:] if a != "--show"]
    total: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    with tempfile.TemporaryDirectory() as work:
        tutors = [("default", tutor.Tutor())] if not texts else []
        tutors += [(str(p), drafted(p, Path(work))) for p in texts]
        for name, t in tutors:
            print(name)
            for kind, (ok, n) in sorted(score(t, show).items()):
                print(f"  {kind:10} {ok:4}/{n}")
                total[kind][0] += ok
                total[kind][1] += n
    print("all", sum(v[0] for v in total.values()), "/", sum(v[1] for v in total.values()))


if __name__ == "__main__":
    main()
