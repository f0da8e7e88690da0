"""The educator's report: what learners did with one pack, counted from progress databases.

It reads each database through a read-only connection (a report never writes), merges
them (one per classroom machine: a learner's turns on two machines add up), and counts
the per-turn records the store keeps (`_store.TURN_RECORD`). Turns saved before that
record existed still count as turns; what they lack is reported as unknown. The result
is plain data (lists of dict rows with fixed keys), which `_report_render` prints.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ._content import Pack
from ._progress import progress_of
from ._state import LearnerState, StateError, state_data
from ._store import TURN_RECORD, StoreError, open_readonly

__all__ = ["REPORT_VERSION", "Filters", "Report", "build_report", "read_turns"]

REPORT_VERSION = 1  # of the JSON layout; bumped when a key changes meaning or goes away
_EXAMPLES = 3  # typed examples kept per unanswered group
_WEAKEST = 3  # learners named per topic
_HELP = frozenset(["hint", "prompt", "assertion"])  # rungs that count as hints used
# A learner line that says the last answer missed the question ("that's not what I asked").
_REPAIR = re.compile(
    r"\b(not what i (asked|meant|wanted|said)|that'?s not (it|what|my question|right)"
    r"|i meant|i was asking|i asked (about|for)|(does|did)n'?t answer|wrong (answer|question)"
    r"|not my question|you misunderstood|no,? i mean)\b"
)


@dataclass(frozen=True, slots=True)
class Filters:
    """Which learners, turns and topics a report covers (empty: all)."""

    learners: frozenset[str] = frozenset()
    since: str = ""  # an ISO date or time; turns from then on
    topic: str = ""  # a topic id


@dataclass(slots=True)
class _Turn:
    """One saved turn as the report reads it."""

    learner: str
    sitting: tuple[int, int]  # (database, sitting id)
    at: str
    text: str
    kind: str  # "unknown" for a turn saved without its record and with no readable reply
    fact: str | None
    question: str | None
    verdict: str | None
    rung: str | None
    misconception: str | None
    near: str | None
    facts: tuple[str, ...] = ()  # all of a clarification's facts
    recorded: bool = True  # saved with the per-turn record (schema 2 on)


@dataclass(frozen=True, slots=True)
class Report:
    """Every table of the report, as lists of rows with fixed keys (see docs/report.md)."""

    summary: dict[str, Any]
    learners: list[dict[str, Any]] = field(default_factory=list)
    topics: list[dict[str, Any]] = field(default_factory=list)
    misconceptions: list[dict[str, Any]] = field(default_factory=list)
    claims: list[dict[str, Any]] = field(default_factory=list)
    unanswered: list[dict[str, Any]] = field(default_factory=list)
    assertions: list[dict[str, Any]] = field(default_factory=list)
    activity: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """The whole report as JSON-serialisable data with stable keys."""
        return {
            "version": REPORT_VERSION,
            "summary": self.summary,
            "learners": self.learners,
            "topics": self.topics,
            "misconceptions": self.misconceptions,
            "claims": self.claims,
            "unanswered": self.unanswered,
            "assertions": self.assertions,
            "activity": self.activity,
        }


# --- reading -----------------------------------------------------------------------------


def read_turns(
    paths: Sequence[Path], pack_key: str, filters: Filters
) -> tuple[list[_Turn], dict[str, tuple[str, str]]]:
    """The turns of every database (oldest first per learner) and each learner's latest
    saved learner state as (updated, its JSON text).

    Raises:
        StoreError: a database is missing, is not a tutor database, or cannot be read.
    """
    turns: list[_Turn] = []
    states: dict[str, tuple[str, str]] = {}
    for n, path in enumerate(paths):
        conn = open_readonly(path)
        try:
            turns.extend(_turns_of(conn, n, pack_key, filters))
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            # the learner's own state (schema 2 on), else the single state of older files
            table = "learner_model" if "learner_model" in tables else "progress"
            for name, updated, state in conn.execute(
                f"SELECT l.name, p.updated, p.state FROM {table} p "
                "JOIN learner l ON l.id = p.learner WHERE p.pack = ?",
                (pack_key,),
            ):
                if filters.learners and name not in filters.learners:
                    continue
                if name not in states or updated > states[name][0]:
                    states[name] = (str(updated), str(state))
        except sqlite3.Error as exc:
            raise StoreError(f"cannot read {path}: {exc}") from None
        finally:
            conn.close()
    if len(paths) > 1:  # each database's turns come sorted; merge them the same way
        turns.sort(key=lambda t: (t.learner, t.at, t.sitting))
    return turns, states


def _turns_of(conn: sqlite3.Connection, n: int, pack_key: str, filters: Filters) -> list[_Turn]:
    have = {r[1] for r in conn.execute("PRAGMA table_info(turn)")}
    recorded = set(TURN_RECORD) <= have
    cols = ", ".join(f"t.{c}" if recorded else "NULL" for c in TURN_RECORD)
    # the reply itself only where the record lacks something: old turns, clarifications
    reply = "CASE WHEN t.kind IS NULL OR t.kind = 'clarify' THEN t.reply END"
    where = ["s.pack = ?", "t.at >= ?"]
    params: list[str] = [pack_key, filters.since]
    if filters.learners:
        names = sorted(filters.learners)
        where.append(f"l.name IN ({', '.join('?' * len(names))})")
        params += names
    sql = (
        f"SELECT l.name, s.id, t.at, t.text, {cols}, {reply if recorded else 't.reply'} "
        "FROM turn t JOIN sitting s ON s.id = t.sitting JOIN learner l ON l.id = s.learner "
        f"WHERE {' AND '.join(where)} ORDER BY l.name, t.at, s.id, t.id"
    )
    out: list[_Turn] = []
    append = out.append
    for (
        name,
        sitting,
        at,
        text,
        kind,
        fact,
        question,
        verdict,
        rung,
        mis,
        near,
        raw,
    ) in conn.execute(sql, params):
        if raw is None:  # the common case, kept lean: 200,000 turns take a second
            append(
                _Turn(name, (n, sitting), at, text, kind, fact, question, verdict, rung, mis, near)
            )
            continue
        known = kind is not None
        data = _json(raw)
        ids = data.get("fact_ids")
        facts = tuple(f for f in ids if isinstance(f, str)) if isinstance(ids, list) else ()
        if kind is None:  # saved before the record: what the reply itself says
            kind = _text(data.get("kind")) or "unknown"
            verdict = _text(data.get("verdict"))
            fact = facts[0] if facts else None
        append(_Turn(name, (n, sitting), at, text, kind, fact, question, verdict, rung, mis, near))
        out[-1].facts, out[-1].recorded = facts, known
    return out


def _json(raw: Any) -> dict[str, Any]:
    try:
        data = json.loads(raw)
    except (TypeError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _mastery_of(pack: Pack, saved: str) -> dict[str, float]:
    """Mastery per topic with questions, by the rule `tutor progress` uses (none: the
    state cannot be read)."""
    try:
        state = LearnerState.from_json(saved)
    except StateError:
        return {}
    return {t.id: t.mastery for t in progress_of(pack, state_data(state)).topics if t.questions}


# --- counting ----------------------------------------------------------------------------


def build_report(
    pack: Pack, paths: Sequence[Path], pack_key: str, filters: Filters | None = None
) -> Report:
    """Read the databases and count everything the report shows.

    Raises:
        StoreError: a database cannot be read (see `read_turns`).
    """
    filters = filters or Filters()
    turns, states = read_turns(paths, pack_key, filters)
    mastery = {
        name: (updated, _mastery_of(pack, saved)) for name, (updated, saved) in states.items()
    }
    return _Counter(pack, filters).count(turns, mastery, [str(p) for p in paths])


class _Counter:
    """Turns into tables, for one pack (topics and titles come from it)."""

    def __init__(self, pack: Pack, filters: Filters) -> None:
        self.pack = pack
        self.filters = filters
        self.titles = {t.id: t.title for t in pack.topics}
        self.questions = pack.dialogs.questions
        self.misconceptions = {
            m.id: (q, m) for q in self.questions.values() for m in q.misconceptions
        }

    def topic_of(self, turn: _Turn) -> str | None:
        """The topic a turn was about: its question's, else its fact's (None: no topic)."""
        if turn.question is not None and turn.question in self.questions:
            return self.questions[turn.question].topic
        for fid in (turn.fact, turn.near):
            if fid is not None and fid in self.pack.by_id:
                return self.pack.fact(fid).topic
        return None

    def wanted(self, topic: str | None) -> bool:
        return not self.filters.topic or topic == self.filters.topic

    def count(
        self,
        turns: list[_Turn],
        mastery: dict[str, tuple[str, dict[str, float]]],
        databases: list[str],
    ) -> Report:
        topics = [self.topic_of(t) for t in turns]
        active = {t.learner for t in turns}
        # with --since, a learner who did nothing since then is not part of the picture
        names = sorted(active if self.filters.since else active | set(mastery))
        mastery = {n: mastery[n] for n in names if n in mastery}
        learners = self._learners(turns, topics, names, mastery)
        summary = {
            "databases": databases,
            "learners": len(names),
            "turns": sum(1 for tp in topics if self.wanted(tp)),
            "unrecorded_turns": sum(
                1 for t, tp in zip(turns, topics, strict=True) if not t.recorded and self.wanted(tp)
            ),
            "since": self.filters.since or None,
            "topic": self.filters.topic or None,
            "first": min((t.at for t in turns), default=None),
            "last": max((t.at for t in turns), default=None),
        }
        return Report(
            summary=summary,
            learners=learners,
            topics=self._topics(learners, {n: mastery.get(n, ("", {}))[1] for n in names}),
            misconceptions=self._misconceptions(turns),
            claims=self._claims(turns, topics),
            unanswered=self._unanswered(turns, topics),
            assertions=self._assertions(turns),
            activity=self._activity(turns, topics),
        )

    def _learners(
        self,
        turns: list[_Turn],
        topics: list[str | None],
        names: list[str],
        mastery: dict[str, tuple[str, dict[str, float]]],
    ) -> list[dict[str, Any]]:
        cells: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
        last: dict[tuple[str, str], str] = {}
        for turn, topic in zip(turns, topics, strict=True):
            if topic is None:
                continue
            key = (turn.learner, topic)
            cell = cells[key]
            cell["turns"] += 1
            if turn.verdict in ("correct", "partial", "incorrect"):
                cell[turn.verdict] += 1
            # a hint, fill-in prompt or told point (an older turn: any hint reply), not
            # the question offered to a learner who had nothing to ask
            if turn.kind == "hint" and (turn.rung in _HELP if turn.recorded else True):
                cell["hints"] += 1
            last[key] = max(last.get(key, ""), turn.at)
        rows = []
        for name in names:
            known = mastery.get(name, ("", {}))[1]
            for t in self.pack.topics:
                if not self.wanted(t.id):
                    continue
                cell = cells.get((name, t.id), Counter())
                m = known.get(t.id)
                if not m and not cell:
                    continue  # never worked on: a blank cell, not a row of zeros
                rows.append(
                    {
                        "learner": name,
                        "topic": t.id,
                        "title": t.title,
                        "mastery": None if m is None else round(m, 3),
                        "right": cell["correct"],
                        "partly": cell["partial"],
                        "wrong": cell["incorrect"],
                        "hints": cell["hints"],
                        "turns": cell["turns"],
                        "last_active": last.get((name, t.id)),
                    }
                )
        return rows

    def _topics(
        self, learners: list[dict[str, Any]], mastery: dict[str, dict[str, float]]
    ) -> list[dict[str, Any]]:
        """Per topic: the class's average mastery (every learner with a score, untried
        topics at 0) and the weakest of those who worked on it."""
        by_topic: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for row in learners:
            by_topic[row["topic"]].append(row)
        rows = []
        for t in self.pack.topics:
            cells = by_topic.get(t.id)
            if not cells:
                continue
            scores = [m[t.id] for m in mastery.values() if t.id in m]
            average = sum(scores) / len(scores) if scores else None
            scored = sorted(
                (c for c in cells if c["mastery"] is not None and c["turns"]),
                key=lambda c: (c["mastery"], -c["wrong"], c["learner"]),
            )
            rows.append(
                {
                    "topic": t.id,
                    "title": t.title,
                    "learners": len(cells),
                    "average_mastery": None if average is None else round(average, 3),
                    "right": sum(c["right"] for c in cells),
                    "partly": sum(c["partly"] for c in cells),
                    "wrong": sum(c["wrong"] for c in cells),
                    "hints": sum(c["hints"] for c in cells),
                    "weakest": [c["learner"] for c in scored[:_WEAKEST]],
                }
            )
        return rows

    def _misconceptions(self, turns: list[_Turn]) -> list[dict[str, Any]]:
        """Each misconception met: how often, by whom, and who later got its question right."""
        met: dict[str, dict[str, Any]] = {}
        pending: dict[tuple[str, str], str] = {}  # (learner, question) -> misconception
        for turn in turns:
            if turn.misconception is not None:
                q, _ = self.misconceptions.get(turn.misconception, (None, None))
                question = q.id if q is not None else turn.question
                row = met.setdefault(
                    turn.misconception,
                    {"question": question, "times": 0, "learners": set(), "corrected": set()},
                )
                row["times"] += 1
                row["learners"].add(turn.learner)
                row["corrected"].discard(turn.learner)  # voiced again: not corrected yet
                if question is not None:
                    pending[(turn.learner, question)] = turn.misconception
            elif turn.verdict == "correct" and turn.question is not None:
                voiced = pending.pop((turn.learner, turn.question), None)
                if voiced is not None:
                    met[voiced]["corrected"].add(turn.learner)
        rows = []
        for mid, row in met.items():
            question = row["question"]
            topic = self.questions[question].topic if question in self.questions else None
            if not self.wanted(topic):
                continue
            _, m = self.misconceptions.get(mid, (None, None))
            rows.append(
                {
                    "misconception": mid,
                    "question": question,
                    "topic": topic,
                    "times": row["times"],
                    "learners": len(row["learners"]),
                    "corrected": len(row["corrected"]),
                    "correction": m.correction if m is not None else None,
                }
            )
        rows.sort(key=lambda r: (-r["times"], -r["learners"], r["misconception"]))
        return rows

    def _claims(self, turns: list[_Turn], topics: list[str | None]) -> list[dict[str, Any]]:
        """The learners' own wrong claims the tutor corrected (kind correction) that no
        script names as a misconception, grouped by the fact the tutor corrected them with:
        wrong ideas the class holds that `_misconceptions` cannot see."""
        groups: dict[str | None, dict[str, Any]] = {}
        for turn, topic in zip(turns, topics, strict=True):
            if turn.kind != "correction" or turn.misconception is not None:
                continue  # a scripted one is counted by _misconceptions
            if not self.wanted(topic):
                continue
            fact = turn.fact if turn.fact in self.pack.by_id else None
            row = groups.setdefault(
                fact, {"topic": topic, "times": 0, "learners": set(), "examples": Counter()}
            )
            row["times"] += 1
            row["learners"].add(turn.learner)
            row["examples"][turn.text] += 1
        rows = [
            {
                "fact": fact,
                "topic": row["topic"],
                "title": self.titles.get(row["topic"] or "", None),
                "times": row["times"],
                "learners": len(row["learners"]),
                "examples": [text for text, _ in row["examples"].most_common(_EXAMPLES)],
                "correction": self.pack.fact(fact).answer if fact is not None else None,
            }
            for fact, row in groups.items()
        ]
        rows.sort(key=lambda r: (-r["times"], -r["learners"], r["fact"] or "~"))
        return rows

    def _unanswered(self, turns: list[_Turn], topics: list[str | None]) -> list[dict[str, Any]]:
        """Fallbacks, abandoned clarifications and repaired answers, by the nearest fact."""
        groups: dict[tuple[str | None, str | None], dict[str, Any]] = {}

        def add(turn: _Turn, fact: str | None, reason: str) -> None:
            topic = (
                self.pack.fact(fact).topic if fact is not None and fact in self.pack.by_id else None
            )
            if fact is not None and topic is None:
                fact = None  # a fact the pack no longer has
            if not self.wanted(topic):
                return
            row = groups.setdefault(
                (topic, fact),
                {"count": 0, "learners": set(), "reasons": Counter(), "examples": Counter()},
            )
            row["count"] += 1
            row["learners"].add(turn.learner)
            row["reasons"][reason] += 1
            row["examples"][turn.text] += 1

        for i, turn in enumerate(turns):
            after = turns[i + 1] if i + 1 < len(turns) else None
            if after is not None and after.sitting != turn.sitting:
                after = None
            if turn.kind == "fallback":  # a near miss names what it says nearby as its fact
                add(turn, turn.near or turn.fact, "fallback")
            elif turn.kind == "clarify":
                picked = after is not None and after.kind == "answer" and after.fact in turn.facts
                if not picked:
                    add(turn, turn.fact, "clarify")
            elif turn.kind == "answer" and after is not None and _REPAIR.search(after.text.lower()):
                add(turn, turn.fact, "repair")
        rows = []
        for (topic, fact), row in groups.items():
            rows.append(
                {
                    "topic": topic,
                    "title": self.titles.get(topic or "", None),
                    "fact": fact,
                    "count": row["count"],
                    "learners": len(row["learners"]),
                    "fallback": row["reasons"]["fallback"],
                    "clarify": row["reasons"]["clarify"],
                    "repair": row["reasons"]["repair"],
                    "examples": [text for text, _ in row["examples"].most_common(_EXAMPLES)],
                }
            )
        rows.sort(key=lambda r: (-r["count"], r["topic"] or "~", r["fact"] or "~"))
        return rows

    def _assertions(self, turns: list[_Turn]) -> list[dict[str, Any]]:
        """Per dialog question: how often it was closed, and how often the tutor had to
        state the answer (the assertion rung) to close it."""
        closed: Counter[str] = Counter()
        told: Counter[str] = Counter()
        for turn in turns:
            qid = turn.question
            if turn.kind == "feedback" and qid is not None and qid in self.questions:
                closed[qid] += 1
                if turn.rung == "assertion":
                    told[qid] += 1
        rows: list[dict[str, Any]] = []
        for qid, n in closed.items():
            q = self.questions[qid]
            if not self.wanted(q.topic):
                continue
            rows.append(
                {
                    "question": qid,
                    "topic": q.topic,
                    "ask": q.ask,
                    "closed": n,
                    "told": told[qid],
                    "share": round(told[qid] / n, 3),
                }
            )
        rows.sort(key=lambda r: (-r["told"], -r["share"], r["question"]))
        return rows

    def _activity(self, turns: list[_Turn], topics: list[str | None]) -> list[dict[str, Any]]:
        days: dict[str, list[Any]] = {}
        for turn, topic in zip(turns, topics, strict=True):
            if not self.wanted(topic):
                continue
            day = days.setdefault(turn.at[:10], [0, set()])
            day[0] += 1
            day[1].add(turn.learner)
        return [
            {"day": day, "turns": n, "learners": len(who)} for day, (n, who) in sorted(days.items())
        ]
