"""Who did what in a learner's answer, against an expectation's own frames.

Shared words are not enough: a line that puts the wrong person in the event ("Trotsky
controlled the appointments"), swaps who did what to whom, or denies it ("Stalin never
controlled appointments") says nothing right about that expectation, however many words
it shares with it: it is a `Conflict`, and the tutor corrects it. The judging of an
answer (`_judge`) asks this reading of each line and scores only what it leaves.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ._analyze import Analyzer
from ._frames import Frame, Framer
from ._judge_ready import NOT, Expected, Prepared
from ._judge_weigh import COVERED, PARTIAL, Weigher
from ._phrases import Cues
from ._utterance import HE, Utterance

__all__ = ["ASIDE", "Conflict", "Conflicts"]

_PARTIES = ("person", "group")  # who can do things: what a role conflict is about
ASIDE = "aside"  # a conflict kind: no evidence for the point, but nothing to correct


@dataclass(frozen=True, slots=True)
class Conflict:
    """A line that states an expectation's event wrongly.

    Attributes:
        expectation: the id of the expectation the line gets wrong.
        kind: "role" (someone else did it), "swapped" (who did what to whom turned round),
            "negated" (the line denies what the text says happened), "stranger" (someone
            the point never names did it, where the point names no doer) or "aside"
            (someone it never names is in it, beside whom it is about: no evidence for
            the point, and nothing to correct).
        said: the entities the line puts in the role ("trotsky").
        right: the entities the text puts there ("stalin").
        denied: of a "negated" conflict, whether the line is the denial ("he never
            controlled appointments") rather than the text ("he went to the funeral"
            where the text says he missed it): the correction says which happened.
    """

    expectation: str
    kind: str
    said: tuple[str, ...] = ()
    right: tuple[str, ...] = ()
    denied: bool = True


class Conflicts:
    """Reads how a line states an expectation's event wrongly, for one pack. Immutable;
    shared by all sessions."""

    def __init__(self, analyzer: Analyzer, cues: Cues, framer: Framer, weigher: Weigher) -> None:
        self.analyzer = analyzer
        self.framer = framer
        self._weigh = weigher
        # the terms of the verbs that deny the verb after them ("refused to ...")
        self._denial_terms = frozenset(
            t for w in cues.negative_verbs for t in analyzer.terms_as_written(w)
        )

    def conflict(
        self,
        p: Prepared,
        terms: frozenset[str],
        line: Utterance,
        siblings: Sequence[Prepared] = (),
        known: frozenset[str] = frozenset(),
    ) -> Conflict | None:
        """How a line states this expectation's event wrongly, if it is about it at all
        (`known`: everyone the question's points and facts name)."""
        expected = p.expected
        clausal = self._clausal(p, expected, line, siblings, known)
        frames = line.frames
        if clausal is not None or not expected.frames or not frames:
            return clausal
        kinds = self.analyzer.entity_kinds
        names = frozenset(t for t in terms if t in kinds)
        about = self._weigh.score(p, terms - names - NOT)
        if about < PARTIAL:
            return None  # the line is about something else
        first_party = next((t for t in line.query.terms if kinds.get(t) in _PARTIES), None)
        for said in frames:
            same = [f for f in expected.frames if self._same_event(said, f)]
            # a pronoun may mean anyone: only a name the learner says can be the wrong one
            agents = self.parties(said.role("agent"))
            patients = self.parties(said.role("patient"))
            if agents and self._right_for_another(said, agents, siblings):
                continue  # "Trotsky focused on theory, and Stalin ...": another point, right
            if same:
                right = _union(self.parties(f.role("agent")) for f in same)
                if right and first_party in right and first_party not in patients:
                    continue  # it names the right doer first: a muddled reading, not a mix-up
                if said.role("recipient") or any(f.role("recipient") for f in same):
                    # "A sided with B" is "B sided with A": partners may be either, and
                    # both sides must say who the two are
                    if not agents or not all(self.parties(f.role("agent")) for f in same):
                        continue
                    agents += self.parties(said.role("recipient"))
                    right += _union(self.parties(f.role("recipient")) for f in same)
                done_to = _union(self.parties(f.role("patient")) for f in same)
                if agents and right and not set(agents) & set(right) and self._alike(agents, right):
                    kind = "swapped" if set(agents) & set(done_to) else "role"
                    return Conflict(p.exp.id, kind, agents, right)
                wrong_patient = (
                    patients
                    and done_to
                    and not set(patients) & set(done_to)
                    and self._alike(patients, done_to)
                )
                if wrong_patient and set(patients) & set(right):
                    return Conflict(p.exp.id, "swapped", patients, done_to)
                if all(f.negated != said.negated for f in same):
                    return Conflict(p.exp.id, "negated", denied=said.negated)
            elif (
                said.negated
                and said.predicate in p.all_terms
                and about >= COVERED
                and not expected.negated
                and not any(f.negated for f in expected.frames)
            ):
                return Conflict(p.exp.id, "negated")
        return None

    def _clausal(
        self,
        p: Prepared,
        expected: Expected,
        line: Utterance,
        siblings: Sequence[Prepared],
        known: frozenset[str] = frozenset(),
    ) -> Conflict | None:
        """A clause of the line that says the expectation's point wrongly as a whole:
        with the opposite polarity ("it is not true that he used purges"; "he did
        mobilize" where it says he did not), or of someone it never names ("Lenin erased
        him from the photos")."""
        kinds = self.analyzer.entity_kinds
        for clause in line.clauses:
            terms = frozenset(clause.query.terms) - NOT
            people = [t for t in clause.query.terms if kinds.get(t) == "person"]
            score = self._weigh.score(p, terms)
            # someone the point never names; where it names no doer, someone the whole
            # question never names either, unless put where the one it is about stands
            # ("Mercader attacked him with an ice axe" is no stranger to "who killed
            # Trotsky, and how?"; Lenin would be, and so is Stalin as the one attacked)
            named = expected.people
            if not expected.he_does:
                done_to = {v for f in line.frames for v in f.role("patient")}
                named = named | (known - done_to)
            strangers = [t for t in people if t not in named]
            # someone it never names, as the first person named (the doer, mostly), in a
            # clause about this point more than any other
            mine = score >= PARTIAL and all(score >= self._weigh.score(o, terms) for o in siblings)
            if (
                mine
                and expected.he
                and strangers
                and people[0] in strangers
                and self._tells_event(clause.query.terms, expected)
            ):
                # someone else in its event: in the place of its doer, who is not named
                # ("Stalin underestimated the machinery"); or as the doer of a point that
                # names none ("Lenin erased him from the photos"); or beside the one it
                # is about, as a doer it cannot vouch for ("Stalin's side called Trotsky
                # disloyal"): no evidence then, and no correction either
                if expected.he not in people:
                    kind = "role" if expected.he_does else "stranger"
                    return Conflict(p.exp.id, kind, tuple(strangers), (expected.he,))
                if not expected.he_does:
                    return Conflict(p.exp.id, ASIDE, tuple(strangers))
            if score < COVERED:
                continue  # not about this point
            # its polarity against that of the phrase it says most nearly (of two terms
            # or more, names and all, sharing most words), else against the assertion's;
            # counting only denials that reach what that phrase says
            said = frozenset(clause.tokens)
            near = [
                (len(said & words), no, t)
                for t, words, no in zip(p.phrases, expected.words, expected.denies, strict=True)
                if (len(t - NOT) >= 2 or len(said & words) >= 3)
                and self._weigh.cover(t - NOT, terms) >= COVERED
            ]
            most = max((n[0] for n in near), default=0)
            best = [n for n in near if n[0] == most]
            if not best:
                # the clause of the assertion it says most nearly (two shared terms at least)
                shared, held, no = max(
                    ((len(a & terms), a, d) for a, d in expected.assertion_clauses),
                    key=lambda x: x[0],
                    default=(0, frozenset(), False),
                )
                if shared >= 2 and self._opposed(clause.query.words, held, no):
                    return Conflict(p.exp.id, "negated", denied=not no)
            elif all(self._opposed(clause.query.words, t, no) for _, no, t in best):
                return Conflict(p.exp.id, "negated", denied=not best[0][1])

        return None

    def _opposed(self, words: Sequence[str], terms: frozenset[str], denies: bool) -> bool:
        """Whether a clause says the opposite of a text (of these terms) that denies what
        it tells or not: a denial that reaches the text's terms against none, or a clause
        with no denial at all against a denying text ("he went to the funeral" against
        "he missed the funeral"). A clause that denies another verb of its own ("he did not
        go to the funeral") may say the same as a denying text in other words: unsure,
        so never the opposite."""
        # a denying verb reaches the terms it denies ("never refused to compromise")
        denied = self.framer.denies_words(words, terms | self._denial_terms)
        if denies and not denied and self.framer.denies_words(words):
            return False
        return denied != denies

    @staticmethod
    def _tells_event(terms: Iterable[str], expected: Expected) -> bool:
        """Whether a clause names one of the expectation's events (a predicate of its
        frames): only then can someone it never names be the wrong one in it. "Stalin
        understood the bureaucracy" is no mix-up of "Trotsky ignored the bureaucracy",
        however many words the two share."""
        predicates = {f.predicate for f in expected.frames}
        return not predicates.isdisjoint(terms)

    def tells(self, line: Utterance, prepared: Sequence[Prepared]) -> bool:
        """Whether a frame of the line is one of the expectations' events, told as they
        tell it: done to the same thing ("controlled the party machinery"), by the same
        doers (or a pronoun), denied or not alike."""
        kinds = self.analyzer.entity_kinds
        for said in line.frames:
            things = {v for v in said.role("patient") if v not in kinds and v[0] != "~"}
            if not things:
                continue  # "the party won": too little to tell one event from another
            for p in prepared:
                # the doers it names, or whom the point is about for its "he"
                he = {p.expected.he} if p.expected.he and HE in said.role("agent") else set()
                agents = set(self.parties(said.role("agent"))) | he
                for held in p.expected.frames:
                    doers = set(self.parties(held.role("agent")))
                    if (
                        said.predicate == held.predicate
                        and things & set(held.role("patient"))
                        and said.negated == held.negated
                        and (agents & doers if doers else not agents)
                        and self._same_parties(said, held, "patient")
                    ):
                        return True
        return False

    def _same_parties(self, said: Frame, held: Frame, role: str) -> bool:
        """Whether two frames may have the same people in a role (one may not say)."""
        mine, theirs = set(self.parties(said.role(role))), set(self.parties(held.role(role)))
        return not (mine and theirs) or bool(mine & theirs)

    def _right_for_another(
        self, said: Frame, agents: Sequence[str], siblings: Sequence[Prepared]
    ) -> bool:
        """Whether a clause tells another expectation's event with its own doers: in an
        answer making two points, each is not a mix-up of the other."""
        return any(
            self._same_event(said, f) and set(agents) <= set(self.parties(f.role("agent")))
            for o in siblings
            for f in o.expected.frames
        )

    def _same_event(self, said: Frame, held: Frame) -> bool:
        """Whether two frames tell of one event: one predicate, and what else the line
        says in its roles (besides who) is held too ("looked like a bureaucrat" is not
        "looked like the successor")."""
        if said.predicate != held.predicate:
            return False
        kinds = self.analyzer.entity_kinds
        mine = {v for r in said.roles.values() for v in r if v not in kinds and v[0] != "~"}
        if not mine:
            return True
        theirs = {v for r in held.roles.values() for v in r}
        return bool(mine & theirs)

    def _alike(self, a: Sequence[str], b: Sequence[str]) -> bool:
        """Whether two sets of parties compare: people with people, groups with groups."""
        kinds = self.analyzer.entity_kinds
        return bool({kinds.get(x) for x in a} & {kinds.get(x) for x in b})

    def parties(self, values: Sequence[str]) -> tuple[str, ...]:
        """The people and groups among a role's fillers."""
        kinds = self.analyzer.entity_kinds
        return tuple(dict.fromkeys(v for v in values if kinds.get(v) in _PARTIES))


def _union(groups: Iterable[Sequence[str]]) -> tuple[str, ...]:
    out: dict[str, None] = {}
    for group in groups:
        out.update(dict.fromkeys(group))
    return tuple(out)
