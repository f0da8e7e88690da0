"""Follow-ups that name someone and ask by role what the story did with them next: "what
did Stalin do after that?", "then what did she do?", "what did the council do before
that?" (the next or the previous deed of that doer, in the text's order), "who was in
it besides Stalin?" (the others the last answer names with them), "weren't those guys on
his side before?" (an earlier event of the same people), and "what else was he good
at?" (the rest of a role the last question asked part of).

Read from the line's analysis, the pack's frames and the text's order, never from any
wording of the text: the doer is whom the line names, a deed is a frame with them as its
agent, and a fact that only retells the last one (a list holding it) is no next deed.
`Context.resolve` asks `read` once, after its own readings found nothing; `FollowUps`
asks `deed` for "what did she do after that?", whom "she" stands for known.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from ._analyze import Analyzer, Query
from ._content import Pack
from ._followup_shapes import DOERS, GENERAL
from ._frames import Frame
from ._index import Index
from ._phrases import cues
from ._reading import PackReading

__all__ = ["RoleFollowUps"]

_SPAN = 12  # a doer's next deed may be told a part or two on, not anywhere in the text
_RETELLS = 0.6  # share of the shorter fact's terms the other holds: the same event again
_SEQUEL_SHARED, _SEQUEL_SHARE = 2, 0.5  # an opening "once ..." clause telling the last event
_AFTER = frozenset(["after", "once", "following"])  # "Once he was expelled, ...": a sequel
_THEM = frozenset(["they", "them", "those", "these"])  # whom the last answer named
_DEEDS = frozenset(["do", "did", "does", "doing", "done"])
_BESIDES = frozenset(["besides", "except", "apart", "else", "other", "others"])


class RoleFollowUps(PackReading):
    """Reads a follow-up that names its doer against the last answer. Immutable; shared."""

    def __init__(
        self,
        pack: Pack,
        analyzer: Analyzer,
        index: Index,
        frames_of: Callable[[str], tuple[Frame, ...]],
    ) -> None:
        super().__init__(pack, analyzer, index, frames_of)
        # fact -> the terms of the event its answer opens on ("Once Trotsky was expelled,
        # Stalin later moved against Bukharin"): the facts that say they came after one
        self._sequels: dict[str, frozenset[str]] = {}
        for fact in pack.facts:
            opener, comma, rest = fact.answer.partition(",")
            words = opener.split()
            if comma and rest.strip() and words and words[0].lower() in _AFTER:
                said = analyzer.analyze(" ".join(words[1:]), correct=False).terms
                self._sequels[fact.id] = frozenset(said)

    def read(
        self, query: Query, context: Mapping[str, Any], last: str, done_to: Sequence[str] = ()
    ) -> str | None:
        """The fact a line naming someone asks for by role, or None: their next or
        previous deed ("what did Stalin do after that?"), or the last answer again when
        it names others beside them ("who was in it besides Stalin?"). `done_to`: whom
        the line's "to them" stands for ("what did Stalin do to them afterwards?"), one
        of whom the deed must be done to."""
        way = self._way(query)
        doers = [e for e in query.entities if self._analyzer.entity_kinds.get(e) in DOERS]
        if way and len(doers) == 1:
            # their own next deed (the next sentence naming them is as often someone
            # else's: "the mayor praised her"), when the last answer tells of them doing
            # or undergoing something; of an event they are not told a part in, only a
            # deed of theirs told as coming after it ("Once Trotsky was expelled, ...")
            doer = doers[0]
            if self.acts(last, doer) or self.underwent(last, doer):
                return self.deed(last, doer, way, done_to)
            return self._sequel(last, doer, done_to) if way > 0 else None
        if self._asks_besides(query, doers):
            return last if self._others(last, doers) else None
        if len(doers) == 1 and self._asks_together_before(query):
            # "weren't those guys on Stalin's side before?" after he marginalized them
            return self.together_before(last, doers[0])
        if self._asks_more_of_the_same(query) and self._more_in_role(context, last):
            return last  # "what else was he good at?" of "a brilliant orator and strategist"
        return None

    def _asks_together_before(self, query: Query) -> bool:
        """Whether a line asks of an earlier time only, of "them" and one name: "weren't
        those guys on Stalin's side before?", "had they worked with her earlier?" (a
        word of an earlier time, a plural pronoun, everyday words besides)."""
        words = set(query.words)
        if cues().before_marks.isdisjoint(words) or _THEM.isdisjoint(words):
            return False
        kinds, general = self._analyzer.entity_kinds, self._analyzer.generality
        return all(t in kinds or general(w) <= GENERAL for t, w in query.surface)

    def together_before(self, last: str, who: str) -> str | None:
        """The nearest fact before the last one with an event that has someone and any
        of the others the last answer names off their side in it: "Stalin and Bukharin
        marginalized the Left led by Trotsky, Zinoviev and Kamenev" "weren't those guys
        on Stalin's side before?" is "Stalin turned on his former allies Zinoviev and
        Kamenev" (Bukharin, beside him in the last event, is no one asked of)."""
        kinds, index = self._analyzer.entity_kinds, self._index
        side = {who}
        for frame in self._frames_of(last):
            beside = {*frame.role("agent"), *frame.role("recipient")}
            if who in beside:
                side |= beside
        others = {n for n in index.names(last) if kinds.get(n) in DOERS} - side
        for fact in index.preceding(last, _SPAN):
            if self._retells(last, fact):
                continue
            for frame in self._frames_of(fact):
                named = {n for names in frame.roles.values() for n in names}
                if who in named and named & others:
                    return fact
        return None

    def _asks_more_of_the_same(self, query: Query) -> bool:
        """Whether a line asks only for another answer to the last question: "what else
        was he good at?", "what other things was she known for?" (a word asking for
        more, no name, no deed, everyday words besides; "what else did he do?" asks on)."""
        if _BESIDES.isdisjoint(query.words) or query.entities or not _DEEDS.isdisjoint(query.words):
            return False
        general = self._analyzer.generality
        return all(w in _BESIDES or general(w) <= GENERAL for w in query.words)

    def _more_in_role(self, context: Mapping[str, Any], last: str) -> bool:
        """Whether the last answer tells more in one role than the last question asked:
        "was he a good speaker?" of "he remained a brilliant orator and military
        strategist" (one frame's role holds what was asked and, after it, a word of its
        own: another item, not a word before it that qualifies it, "potential allies")."""
        kinds = self._analyzer.entity_kinds
        asked = {t for t in context.get("terms", []) if t not in kinds}
        for frame in self._frames_of(last):
            for role, said in frame.roles.items():
                at = next((k for k, t in enumerate(said) if t in asked), None)
                if role == "time" or at is None:
                    continue
                if any(t not in asked and t not in kinds for t in said[at + 1 :]):
                    return True
        return False

    def _way(self, query: Query) -> int:
        """1 for "what did X do next / after that / then?", "then what did X do?"; -1
        for "what did X do before that?"; 0 for any other line: only a deed word, a time
        mark and the function words of "what happened next?" besides the names."""
        words, said = query.words, cues()
        if query.qtype not in ("thing", None) or _DEEDS.isdisjoint(words):
            return 0
        names = {k for t, k in query.spans if t in query.entities}
        rest = [w for k, w in enumerate(words) if k not in names]
        # a name's own words ("joseph", "stalin") are spans of one term: drop them all
        rest = [w for w in rest if w not in self._name_words(query.entities)]
        allowed = said.next_words | said.next_deeds | said.before_marks | _DEEDS
        if not rest or not set(rest) <= allowed:
            return 0
        if not said.before_marks.isdisjoint(rest):
            return -1
        return 1 if not said.next_marks.isdisjoint(rest) else 0

    def _name_words(self, entities: Sequence[str]) -> set[str]:
        names = self._analyzer.entity_names
        return {w for e in entities for w in (*e.split("_"), *names.get(e, "").lower().split())}

    def _asks_besides(self, query: Query, doers: Sequence[str]) -> bool:
        """Whether a line asks only who else took part, naming whom it means besides:
        "who was in it besides Stalin?", "who else was involved apart from Trotsky?"
        (everyday words besides, so "who else was accused?" asks of its own)."""
        if query.qtype != "person" or not doers or _BESIDES.isdisjoint(query.words):
            return False
        kinds, general = self._analyzer.entity_kinds, self._analyzer.generality
        return all(t in kinds or w in _BESIDES or general(w) <= GENERAL for t, w in query.surface)

    def _others(self, last: str, doers: Sequence[str]) -> list[str]:
        """The people and groups the last answer names besides `doers`."""
        kinds = self._analyzer.entity_kinds
        named = self._index.names(last)
        if not set(doers) <= named:
            return []
        return [n for n in named if kinds.get(n) in DOERS and n not in doers]

    def deed(self, last: str, doer: str, way: int, done_to: Sequence[str] = ()) -> str | None:
        """The nearest fact told after (`way` 1) or before (-1) the last one whose frames
        have the doer as an agent (doing it to one of `done_to`, if any) and that does not
        retell the last one."""
        sequel = self._sequel(last, doer, done_to) if way > 0 else None
        if sequel is not None:
            return sequel
        index = self._index
        near = index.following(last, _SPAN) if way > 0 else index.preceding(last, _SPAN)
        for fact in near:
            if self._retells(last, fact):
                continue
            if self.acts(fact, doer) and self._done_to(fact, done_to):
                return fact
        return None

    def _sequel(self, last: str, doer: str, done_to: Sequence[str] = ()) -> str | None:
        """A fact, anywhere in the text, that opens on the last one's event and has the
        doer act in it: "Trotsky was removed from the Communist Party in 1927" is followed
        in time by "Once Trotsky and the Left were expelled from the Communist Party,
        Stalin later moved against Bukharin", wherever the text tells it. The opening
        must share at least two terms with the last answer besides people, half of its
        own at least."""
        held = self._index.held(last)
        kinds = self._analyzer.entity_kinds
        for fact, opening in self._sequels.items():
            if fact == last or not self.acts(fact, doer) or not self._done_to(fact, done_to):
                continue
            # the event's own words, not its people: "Once Trotsky and the Left were
            # expelled from the party" does not follow the Troika's "party line" and Trotsky
            shared = [t for t in opening if t in held and kinds.get(t) != "person"]
            if len(shared) >= _SEQUEL_SHARED and len(shared) >= _SEQUEL_SHARE * len(opening):
                return fact
        return None

    def acts(self, fact_id: str, doer: str) -> bool:
        """Whether someone is an agent of a fact's frames."""
        return any(doer in f.role("agent") for f in self._frames_of(fact_id))

    def _done_to(self, fact_id: str, whom: Sequence[str]) -> bool:
        """Whether a fact tells something done to one of `whom` (all facts, if none)."""
        if not whom:
            return True
        frames = self._frames_of(fact_id)
        return any(w in f.role("patient") or w in f.role("recipient") for f in frames for w in whom)

    def underwent(self, fact_id: str, who: str) -> bool:
        """Whether a fact tells only what befell someone: they are done to, and do
        nothing ("the removal of Trotsky from the party"; not "Stalin's consolidation",
        which names Stalin as neither)."""
        frames = self._frames_of(fact_id)
        done_to = any(who in f.role("patient") or who in f.role("recipient") for f in frames)
        return done_to and not self.acts(fact_id, who)

    def _retells(self, a: str, b: str) -> bool:
        """Whether two facts tell the same event: one holds most of the other's words
        (a list and its item, a summary), or they quote one passage."""
        fa, fb = self._pack.fact(a), self._pack.fact(b)
        if fa.source == fb.source or fa.answer == fb.answer:
            return True
        x, y = self.answer_terms(a), self.answer_terms(b)
        return bool(x and y) and len(x & y) >= _RETELLS * min(len(x), len(y))
