"""The facts the text tells around one: what came of its event, why, by what means,
what is in the thing it names, and the sentence a contrast sets it against.

A follow-up that asks a role of the last answer ("did it work?", "why?", "what did it
say?", "and Trotsky, by comparison?") is answered from these, found by the text's order,
its links and its frames. The Context decides which role a line asks; this finds the fact.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from functools import lru_cache

from ._analyze import Analyzer
from ._content import Fact, Pack
from ._frames import Frame
from ._index import Index
from ._lists import Lists
from ._reading import PackReading
from ._steps import Steps
from ._text import only_as_owner, split_words

__all__ = ["Around"]

# "... rewrote history to minimize his role": a purpose, unless the verb before "to" takes
# it as its object ("refused to build a faction"); English grammar, not any text's words
_OUTCOME_SPAN = 6  # "did it work?" is answered a few facts on in its topic, or not at all
_RETELLS = 0.6  # share of a fact's terms another holds to be retelling it (a summary)
_SIDES = ("agent", "recipient")  # who make up a side: the doers and those they join
_PARTIES = frozenset(["person", "group"])  # who may stand on a side or against it
_OPPOSED_SPAN = 2  # whom a side acted against is told with it or right after
_DEED_SPAN = 2  # what someone did with what they got is told right after, if at all
_BOUND_SPAN = 12  # where a state told began or ended is told within a part or two, if at all
_SAID = 1.0  # a term's weight in a fact whose own sentence (or keyword) says it
_NEXT_SPAN = 40  # the next of a kind ("and the next one?") may come parts later
_PARTNER_SPAN = 6  # the doers' next dealings with someone new are told a few facts on
_NAMED_SPAN = 3  # whom a plural noun stands for is named a sentence or two away, if at all
_UNDONE_SPAN = 4  # what others did to a thing is told right after it, if at all
_MET_SPAN = 2  # what met it, by no one named, is told in the next sentence or two
_CONCESSIONS = frozenset(["though", "although", "despite", "yet"])  # "though brilliant, ..."
_FAILING = frozenset(["not", "never", "failed", "powerless", "ineffectual", "unable"])
_FATE_SPAN = 3  # what befell someone next is told a few sentences on, if in that part
_TIMES = frozenset(["after", "before", "since", "until", "once", "following"])  # "after his death"
_TIME_REACH = 3  # words before a death within which a time word makes it another's time
_OWN = ("agent", "patient", "recipient")  # the roles in which an event is their own
_DESCRIBED_SPAN = 3  # "and Trotsky?" of a description: his is told a few sentences away


@lru_cache(maxsize=256)
def _described(surname: str) -> re.Pattern[str]:
    """A name and a description set after it: "Trotsky, a ...", "Dray was an ..."."""
    return re.compile(rf"\b{re.escape(surname)}(?:,| was| is) (?:a|an) ")


class Around(PackReading):
    """Finds the fact that tells a role of another's event, for one pack. Immutable; shared."""

    def __init__(
        self,
        pack: Pack,
        analyzer: Analyzer,
        index: Index,
        frames_of: Callable[[str], tuple[Frame, ...]],
    ) -> None:
        super().__init__(pack, analyzer, index, frames_of)
        self._causes = frozenset(
            t for w in analyzer.cause_verbs for t in analyzer.analyze(w, correct=False).terms
        )
        # a year after a word of a state's start (-1: "from", "since") or end (1: "until")
        self._bounds = {
            way: re.compile(rf"\b(?:{marks}) (?:the year )?(?:1\d{{3}}|20\d{{2}})\b")
            for way in (-1, 1)
            if (marks := "|".join(w for w, n in analyzer.span_bounds.items() if n == way))
        }
        markers = "|".join(" ".join(m) for m in analyzer.contrasts)
        sets_against = re.compile(rf"\b(?:{markers})\b") if markers else None
        self._contrasting = tuple(
            f.id for f in pack.facts if sets_against and sets_against.search(f.answer.lower())
        )
        # a death, in the synonyms' two senses: dying ("passed away", "death") and being
        # killed ("assassinated", "executed")
        self._deaths = frozenset(analyzer.analyze("died killed", correct=False).terms)
        self._dying = frozenset(analyzer.analyze("died", correct=False).terms)
        self._lists = Lists(pack)
        self.steps = Steps(pack, analyzer, index)  # the steps of a process, by their place

    def opposed(self, last: str, asked: Collection[str]) -> str | None:
        """The fact telling who stood against whom around the last one: "who led the Left
        Opposition?" "who was on the other side?" is answered by the sentence where
        others act on the one asked about ("Stalin and Bukharin marginalized the Left
        Opposition"); "Stalin formed an alliance with Bukharin" "against whom?" by the
        next sentence, where they marginalize the Left Opposition; "Stalin aligned
        himself with Zinoviev and Kamenev, who feared Trotsky" by itself. The side is
        the doers and partners of the last fact; the one they act on is a person or a
        group outside it."""
        kinds = self._analyzer.entity_kinds
        for frame in self._frames_of(last):
            if not set(asked).isdisjoint(frame.roles.get("patient", ())) and any(
                kinds.get(n) in _PARTIES and n not in asked for n in frame.roles.get("agent", ())
            ):
                return last
        side = {
            n
            for f in self._frames_of(last)
            for role in _SIDES
            for n in f.roles.get(role, ())
            if kinds.get(n) in _PARTIES
        }
        if not side:
            return None
        topic = self._pack.fact(last).topic
        for fact in (last, *self._index.following(last, _OPPOSED_SPAN)):
            if self._pack.fact(fact).topic != topic:
                break
            for frame in self._frames_of(fact):
                if side.isdisjoint(frame.roles.get("agent", ())):
                    continue
                if any(
                    kinds.get(n) in _PARTIES and n not in side
                    for n in frame.roles.get("patient", ())
                ):
                    return fact
        return None

    def contrast(self, last: str, new: Sequence[str], old: Sequence[str]) -> str | None:
        """The fact that sets the new person against the old one: "what did Trotsky focus
        on?" "and Stalin?" is answered by "In contrast to Trotsky, Stalin mastered ...",
        whatever its verb. One the last fact points to comes first, then the nearest."""
        if not new:
            return None
        related = self._pack.fact(last).related
        names, order = self._index.names, self._index.position  # the text's order

        def near(f: str) -> bool:  # about the same thing: linked either way, or next to it
            linked = f in related or last in self._pack.fact(f).related
            return linked or abs(order(f) - order(last)) <= 1

        fits = [
            f
            for f in self._contrasting
            if f != last and set(new) <= names(f) and not names(f).isdisjoint(old) and near(f)
        ]
        if not fits:
            return None
        return min(fits, key=lambda f: (f not in related, abs(order(f) - order(last))))

    def described_alike(self, last: str, new: Sequence[str], old: Sequence[str]) -> str | None:
        """The fact that describes the new person as the last one described the old:
        "how was Stalin seen?" "Joseph Stalin, a man often viewed as a bureaucrat, ..."
        "and Trotsky?" is "Leon Trotsky, a charismatic revolutionary, ...": a name set
        off by a description after it ("X, a ...", "X was a ..."), the nearest in the
        text, its own part first. None unless the last answer describes one of `old` so."""
        if len(new) != 1 or not any(self._describes(last, o) for o in old):
            return None
        index, topic = self._index, self._pack.fact(last).topic
        at = index.position(last)
        near = index.preceding(last, _DESCRIBED_SPAN) + index.following(last, _DESCRIBED_SPAN)
        fits = [f for f in near if self._describes(f, new[0])]
        return min(
            fits,
            key=lambda f: (self._pack.fact(f).topic != topic, abs(index.position(f) - at)),
            default=None,
        )

    def _describes(self, fact_id: str, who: str) -> bool:
        """Whether a fact's answer describes someone right after their name: "Leon
        Trotsky, a charismatic revolutionary", "Dray was an engineer"."""
        written = self._analyzer.entity_names.get(who, "").split()
        if not written:
            return False
        return _described(written[-1]).search(self._pack.fact(fact_id).answer) is not None

    def content_of(self, last: str, things: Sequence[str], of: Sequence[str] = ()) -> str | None:
        """The fact that tells what is in a thing the talk is about ("a testament
        suggesting Stalin be removed"): the last one if it does, else the one nearest it;
        one naming each of `of` ("what did it say about Stalin?"), if any are given."""
        reporting = self._analyzer.reporting
        if reporting is None or not things:
            return None
        order = self._index.position

        def tells(fact_id: str) -> bool:
            held = self._index.held(fact_id)
            said = reporting.search(self._pack.fact(fact_id).answer.lower())
            named = all(t in held for t in of)
            return said is not None and named and any(t in held for t in things)

        docs = self._index.docs  # only facts holding the thing: the index's postings
        holding = sorted({i for t in things for i in self._index.postings.get(t, ())})
        fits = [docs[i].fact.id for i in holding if tells(docs[i].fact.id)]
        return min(fits, key=lambda f: (f != last, abs(order(f) - order(last))), default=None)

    def deed_after(self, last: str, doers: Sequence[str], beyond: bool) -> str | None:
        """What someone (the first of `doers`; the others, those it was done to) did with
        the thing or at the place the last fact told of: the
        last fact itself if it tells a deed of theirs there ("he rallied opposition
        through writings"), unless it is what told them the thing or the place (`beyond`:
        "he controlled the media" "what did he do with it?"); then the next sentence or
        two of its part that names them ("he rewrote history to ...")."""
        if not doers:
            return None
        doer = doers[0]
        if not beyond:
            acts = any(doer in f.roles.get("agent", ()) for f in self._frames_of(last))
            return last if acts else None
        topic = self._pack.fact(last).topic
        for fact in self._index.following(last, _DEED_SPAN):
            if self._pack.fact(fact).topic != topic:
                break
            if set(doers) <= self._index.names(fact):  # and whom to, if asked ("against her")
                return fact
        return None

    def next_of_kind(self, last: str, asked: Collection[str]) -> str | None:
        """The next fact, a few on in the text, that holds what the last question asked
        about with someone new in it: "who were his first allies?" (Zinoviev and Kamenev)
        "and the next one?" is "... a new alliance with Bukharin"."""
        if not asked:
            return None
        kinds = self._analyzer.entity_kinds
        known = self._index.names(last)

        def parties(fact_id: str, event: Collection[str] = ()) -> set[tuple[str, str]]:
            named = self._index.names(fact_id)  # a name the draft took for a thing too
            return {  # (role, who) of its events (of the one asked about), doers left out
                (role, n)
                for f in self._frames_of(fact_id)
                if not event or f.predicate in event
                for role, names in f.roles.items()
                if role != "agent"
                for n in names
                if kinds.get(n) in _PARTIES or (n in named and kinds.get(n) != "place")
            }

        roles = {role for role, _ in parties(last, asked)}  # "allied with Z and K": recipients
        # (a draft may not see whom the last event dealt with: "hired a coxswain, Peter
        # Vane, ..."; then anyone it dealt with, who is not its doer)
        for fact in self._index.following(last, _NEXT_SPAN):
            new = {
                n for role, n in parties(fact) if (role in roles or not roles) and n not in known
            }
            if new and any(t in self._index.held(fact) for t in asked):
                return fact
        return None

    def bound(self, last: str, way: int) -> str | None:
        """The fact telling where the state the last one tells began (`way` -1) or ended
        (1): the last itself if it gives a year after a word of that bound ("ran it until
        1960"), else the nearest a few facts away, the way asked first, naming someone it
        names and giving one ("held the role ... from 1922" of "the role gave Stalin four
        advantages"). None when none does."""
        told = self._bounds.get(way)
        if told is None:
            return None
        if told.search(self._pack.fact(last).answer.lower()):
            return last
        kinds, index = self._analyzer.entity_kinds, self._index
        named = {n for n in index.names(last) if kinds.get(n) in _PARTIES}
        # what the state is of, besides whom: a word its own sentence says ("title",
        # "school"), so "since when?" of running a school is not when she held a title
        said = {t for t, w in index.held(last).items() if w >= _SAID and t not in kinds}
        at = index.position(last)
        near = [*index.preceding(last, _BOUND_SPAN), *index.following(last, _BOUND_SPAN)]
        # the nearest first, the way asked first among facts as near
        near.sort(
            key=lambda f: (abs(index.position(f) - at), (index.position(f) > at) != (way > 0))
        )
        for fact in near:
            held = index.held(fact)
            if (
                named & index.names(fact)
                and any(held.get(t, 0.0) >= _SAID for t in said)
                and told.search(self._pack.fact(fact).answer.lower())
            ):
                return fact
        return None

    def next_partner(self, last: str, doers: Collection[str], event: Collection[str]) -> str | None:
        """The next fact, a few on in the text, where the same doers act with someone the
        last fact does not name (holding the event asked of, if the line names one):
        "After defeating Trotsky, Stalin turned on his former allies" "who did he team up
        with then?" / "who replaced them?" is "... a new alliance with Bukharin"."""
        kinds = self._analyzer.entity_kinds
        known = self._index.names(last) | set(doers)
        for fact in self._index.following(last, _PARTNER_SPAN):
            if event and not any(t in self._index.held(fact) for t in event):
                continue
            for frame in self._frames_of(fact):
                if set(doers).isdisjoint(frame.role("agent")):
                    continue
                if any(
                    kinds.get(n) in _PARTIES and n not in known
                    for role, names in frame.roles.items()
                    if role != "agent"
                    for n in names
                ):
                    return fact
        return None

    def own_part(self, last: str, who: str, terms: Collection[str]) -> str | None:
        """What the part of the text the last fact is in says someone it does not name
        did: "the General Secretary gave Stalin enormous influence" "did Trotsky realise
        that?" is "Trotsky underestimated the power of the party machinery". Of several,
        the one holding most of the line's own words, then the nearest; when that part
        tells nothing they did, the nearest fact elsewhere telling them with someone the
        last fact names ("did Lenin notice?": "Lenin had grown suspicious of Stalin")."""
        index, topic = self._index, self._pack.fact(last).topic
        at = index.position(last)
        kinds = self._analyzer.entity_kinds
        named = {n for n in index.names(last) if kinds.get(n) in _PARTIES}
        found: list[tuple[bool, int, int, str]] = []
        for fact in self._near(last):
            if not any(who in f.role("agent") for f in self._frames_of(fact)):
                continue
            elsewhere = self._pack.fact(fact).topic != topic
            if elsewhere and named.isdisjoint(index.names(fact)):
                continue  # another part only where they are told with someone just named
            held, away = index.held(fact), abs(index.position(fact) - at)
            found.append((elsewhere, -sum(t in held for t in terms), away, fact))
        return min(found)[3] if found else None

    def _near(self, last: str) -> tuple[str, ...]:
        """The facts told a few dozen before or after one (a big pack is not read whole)."""
        index = self._index
        return index.preceding(last, _NEXT_SPAN) + index.following(last, _NEXT_SPAN)

    def named_dealt_with(self, last: str, doers: Collection[str]) -> str | None:
        """The nearest fact, just before the last one or else just after, where the same
        doers act on people it names: "Stalin had eliminated all potential rivals" "who
        were they?" is "... Stalin later moved against Bukharin as well"."""
        kinds = self._analyzer.entity_kinds
        near = [
            *self._index.preceding(last, _NAMED_SPAN),
            *self._index.following(last, _NAMED_SPAN),
        ]
        for fact in near:
            for frame in self._frames_of(fact):
                if set(doers).isdisjoint(frame.role("agent")):
                    continue
                if any(kinds.get(n) == "person" and n not in doers for n in frame.role("patient")):
                    return fact
        return None

    def undone(self, last: str, things: Collection[str]) -> str | None:
        """What others did next to a thing the last event made or acted on, a few facts
        on: why it did not do what it might have ("Lenin wrote a testament suggesting
        Stalin be removed" "why didn't that stop him?": "Stalin and his allies suppressed
        Lenin's political testament ...")."""
        doers = {a for f in self._frames_of(last) for a in f.role("agent")}
        for fact in self._index.following(last, _UNDONE_SPAN):
            for frame in self._frames_of(fact):
                agents = set(frame.role("agent"))
                if agents and not agents & doers and set(things) & set(frame.role("patient")):
                    return fact
        return None

    def met(self, last: str, things: Collection[str]) -> str | None:
        """What met a thing the last event made or acted on, in the next sentence or two,
        done by others or by no one named: "Thomas Ayre wrote a letter urging ..." "did
        anyone listen?" is "The council shelved the letter" (its doer a common noun, no
        name); never a deed of those who made it."""
        found = self.undone(last, things)
        if found is not None:
            return found
        doers = {a for f in self._frames_of(last) for a in f.role("agent")}
        for fact in self._index.following(last, _MET_SPAN):
            for frame in self._frames_of(fact):
                agents = set(frame.role("agent"))
                if not agents & doers and set(things) & set(frame.role("patient")):
                    return fact
        return None

    def set_against(self, last: str) -> str | None:
        """What the text sets against the strength the last answer told: itself, when it
        tells a failing too ("... could not compete with Stalin's mastery of ...",
        "though brilliant, he failed ..."), else the nearest sentence granting that
        strength and setting a failing against it (`conceded`). Not the sentence going on
        with "However, it was Stalin who won": that tells who won, not why he did not."""
        words = set(split_words(self._pack.fact(last).answer.lower()))
        if not words.isdisjoint(_FAILING) or not words.isdisjoint(_CONCESSIONS):
            return last
        return self.conceded(last)

    def conceded(self, last: str) -> str | None:
        """The nearest other fact that grants someone the last fact names a quality it
        also says, and sets something against it ("Trotsky, though brilliant, often
        failed to navigate ... party politics"): why that quality did not help them
        ("... he remained a brilliant orator" "why didn't that help him?")."""
        kinds = self._analyzer.entity_kinds
        people = {n for n in self._index.names(last) if kinds.get(n) == "person"}
        said = self.answer_terms(last) - set(kinds)
        at = self._index.position(last)
        found: list[tuple[int, str]] = []
        for fact in self._near(last):
            if people.isdisjoint(self._index.names(fact)):
                continue
            words = set(split_words(self._pack.fact(fact).answer.lower()))
            if _CONCESSIONS.isdisjoint(words) or said.isdisjoint(self.answer_terms(fact)):
                continue
            found.append((abs(self._index.position(fact) - at), fact))
        return min(found)[1] if found else None

    def fate_after(self, last: str, who: str | Sequence[str], later: bool = False) -> str | None:
        """What befell someone the last fact names, told after it: "Stalin and Bukharin
        marginalized the Left" "what happened to the Left?" is "Once Trotsky and the Left
        were expelled ...", the next sentence or two of its part with them undergoing
        something; the learner has just been told the last one. Asked of later ("what
        happened to them later on?"), the first such fact anywhere on in the text, of
        any of them ("Together, Stalin, Zinoviev and Kamenev formed the Troika" "what
        happened to those two later?": "... Stalin turned on his former allies ...")."""
        people = [who] if isinstance(who, str) else list(who)
        topic = self._pack.fact(last).topic
        for fact in self._index.following(last, _NEXT_SPAN if later else _FATE_SPAN):
            if not later and self._pack.fact(fact).topic != topic:
                break
            for one in people:
                name = self._analyzer.entity_names.get(one, one).split()[-1].lower()
                if only_as_owner(self._pack.fact(fact).answer, name):
                    continue  # "Lenin's ideology", "Lenin's close associate": not his fate
                if any(one in f.roles.get("patient", ()) for f in self._frames_of(fact)):
                    return fact
        return None

    def death_after(self, last: str, who: str) -> str | None:
        """The first fact after the last one that tells someone's death: they died ("he
        died in 1879", "Lenin's death"), or were killed (the patient of a killing: "In
        1940 Trotsky was assassinated by ..."). None when the text tells it before, or
        not at all."""
        following = self._index.following(last, _NEXT_SPAN)
        return next((fact for fact in following if self._tells_death(fact, who)), None)

    def killing_after(self, last: str, who: str) -> str | None:
        """The first fact after the last one in which someone is killed (the patient of a
        killing: "In 1940 Trotsky was assassinated by ..."), not one where they die of
        themselves: what others did to them in the end. None when the text tells none."""
        killings = self._deaths - self._dying
        for fact in self._index.following(last, _NEXT_SPAN):
            for frame in self._frames_of(fact):
                if frame.predicate in killings and who in frame.role("patient"):
                    return fact
        return None

    def end_of(self, who: str) -> str | None:
        """How things ended for someone, all told ("how did things turn out for him in
        the end?"): the first fact telling their death, when the text tells it; else the
        last fact in the text's order that has them do or undergo something ("Kessling
        went on to organise miners in other towns"; not one naming them only as the owner
        of a thing, "Lenin's ideology", nor only as who did it to another, "assassinated
        by Mercader"; on a draft, not one naming them only where its source said "he").
        None when no fact does."""
        facts = [f.id for f in self._pack.facts]
        death = next((fact for fact in facts if self._tells_death(fact, who)), None)
        if death is not None:
            return death
        name = self._analyzer.entity_names.get(who, who).split()[-1].lower()
        for k in range(len(facts) - 1, -1, -1):
            fact, found = facts[k], self._pack.fact(facts[k])
            answer = found.answer
            if only_as_owner(answer, name) or self._only_by(answer, who):
                continue
            if found.draft and not self._names(found.source, who):
                # a drafted "he" put back as a name may be the wrong one, unless the
                # sentence before is of them alone ("Tobias never married. He managed")
                before = self._pack.fact(facts[k - 1]) if k else None
                if before is None or not self._alone_before(before, found, who):
                    continue
            if any(who in f.role(role) for f in self._frames_of(fact) for role in _OWN):
                return fact
        return None

    def _alone_before(self, before: Fact, fact: Fact, who: str) -> bool:
        """Whether a drafted sentence's opening "He" or "She" goes on from the sentence
        before it in the same part, which names only them ("Tobias Marrick never
        married. He managed the kiln until 1872"): then it is theirs."""
        if before.topic != fact.topic or fact.source.split()[:1] not in (["He"], ["She"]):
            return False
        named = {t for t, _ in self._analyzer.words_and_spans(before.source)[1]}
        kinds = self._analyzer.entity_kinds
        return who in named and all(t == who for t in named if kinds.get(t) == "person")

    def _names(self, sentence: str, who: str) -> bool:
        """Whether a sentence names someone itself, not through a pronoun the draft put
        back as a name: "Then he pulled the long bar" was the puller's deed, whoever the
        draft wrote in for "he"."""
        return any(term == who for term, _ in self._analyzer.words_and_spans(sentence)[1])

    def _only_by(self, answer: str, who: str) -> bool:
        """Whether a sentence names someone only as the doer of what befell another:
        "Trotsky was assassinated by Ramón Mercader" tells nothing of what became of him."""
        words, spans = self._analyzer.words_and_spans(answer)
        places = [at for term, at in spans if term == who]
        return bool(places) and all(at > 0 and words[at - 1] == "by" for at in places)

    def _tells_death(self, fact: str, who: str) -> bool:
        """Whether a fact tells someone's death as its own event: they died, or were the
        patient of a killing (not "after Lenin's death, ...": the time of another)."""
        for frame in self._frames_of(fact):
            died = frame.predicate in self._dying and who in frame.role("agent")
            if died or (frame.predicate in self._deaths and who in frame.role("patient")):
                return True  # "Dunn ... died there", "Trotsky was assassinated"
            if frame.predicate in self._deaths and who in frame.role("agent"):
                return False  # "assassinated by Mercader": his deed, not his death
        answer = self._pack.fact(fact).answer
        if not any(
            t in self._deaths and name == who for t, name in self._analyzer.bindings(answer)
        ):
            return False
        words, spans = self._analyzer.words_and_spans(answer)
        return any(
            t in self._deaths and _TIMES.isdisjoint(words[max(0, at - _TIME_REACH) : at])
            for t, at in spans
        )

    def contrasted(self, last: str, asked: Sequence[str]) -> str | None:
        """The sentence a contrasting answer set itself against, when the learner asks of
        the one it was set against: after "In contrast to Trotsky, Stalin mastered the
        mechanics of power", "and Trotsky's weakness by comparison?" is "Trotsky
        underestimated the party machinery", the sentence next to it or one it links."""
        if not asked:
            return None
        names, order = self._index.names, self._index.position
        if last not in self._contrasting:
            return self._contrasting_with(last, asked)
        if not set(asked) <= names(last):
            return None
        near = [*self._pack.fact(last).related]
        near += [*self._index.preceding(last, 1), *self._index.following(last, 1)]
        fits = [
            f
            for f in dict.fromkeys(near)
            if f in self._pack.by_id and f not in self._contrasting and set(asked) <= names(f)
        ]
        return min(fits, key=lambda f: abs(order(f) - order(last)), default=None)

    def _contrasting_with(self, last: str, asked: Sequence[str]) -> str | None:
        """The sentence that sets the one asked of against the last answer's people, told
        next to it or linked: after "Trotsky underestimated the party machinery", "and
        Stalin?" is "In contrast to Trotsky, Stalin mastered the mechanics of power"."""
        names, order = self._index.names, self._index.position
        others = names(last) - set(asked)
        if not others or set(asked) <= names(last):
            return None  # the last answer names them itself: its own contrast, if any
        near = [*self._pack.fact(last).related]
        near += [*self._index.preceding(last, 1), *self._index.following(last, 1)]
        fits = [
            f
            for f in dict.fromkeys(near)
            if f in self._contrasting and set(asked) <= names(f) and not others.isdisjoint(names(f))
        ]
        return min(fits, key=lambda f: abs(order(f) - order(last)), default=None)

    def giving(self, last: str, gives: Callable[[str], bool], near: bool = False) -> str | None:
        """The fact that gives what a bare "why?" or "how?" asks of the last one: itself
        if it gives it ("due to illness", "with an ice axe"), else the first fact it
        points to that gives it and names someone it names."""
        summed = self._lists.sum_of(last, purpose=True) if gives == self.gives_reason else None
        whole = summed is not None and self._lists.tells_whole(last)
        if gives(last) and not whole:
            return last  # a list's reason is one item's: the list's is in what sums it up
        if gives == self.gives_reason and self._pack.fact(last).draft and summed is None:
            # a drafted neighbour's reason clause says why its own deed was done ("...
            # so that bees could return" is no reason she started an apple day): which
            # sentence says why this one was is `Reasons`' to read
            found = self._index.reasons.beside(last)
            return found or (self._same_event(last, gives) if near else None)
        reason = near and gives == self.gives_reason
        # a bare "why?" of what befell someone: what its part says cost him so, before a
        # linked fact's reason for its own event ("missed the funeral due to illness")
        found = self._cause_in_part(last) if reason else None
        names = self._index.names(last)
        linked = [f for f in self._pack.fact(last).related if f in self._pack.by_id]
        if summed is not None:  # nor, of a list or an item of it, another item's reason
            linked = [f for f in linked if self._lists.sum_of(f) != summed]
        # a linked fact's reason is its doers': it answers "why?" only of what the same
        # people did ("Stalin suppressed the testament, preventing it from damaging him"
        # is no reason Lenin wrote it)
        doers = self._doers(last)
        found = found or next(
            (
                f
                for f in linked
                if not names.isdisjoint(self._index.names(f))
                and gives(f)
                and (not reason or not doers or not doers.isdisjoint(self._doers(f)))
            ),
            None,
        )
        if found is None and summed is not None:  # "erased from photographs" "why?": what
            found = summed  # the list came to ("This campaign ensured that ...")
        if found is None and near:  # a bare "why?": or what the text says of it next
            found = self._same_event(last, gives)
        return found

    def seeming(self, last: str) -> str | None:
        """The fact that says how the last one's thing or person seemed: itself, or the
        sentence told right after or before it in its part ("Joseph Stalin held the post
        of General Secretary." "Though this position appeared administrative, ..."), or
        one two sentences off that tells of the same thing ("the cut looked small")."""
        topic, seeming = self._pack.fact(last).topic, self._analyzer.seeming_words
        after, before = self._index.following(last, 2), self._index.preceding(last, 2)
        told = self.answer_terms(last)
        for k, f in enumerate([last, *after[:1], *before[:1], *after[1:], *before[1:]]):
            if self._pack.fact(f).topic != topic:
                continue
            if seeming.isdisjoint(split_words(self._pack.fact(f).answer.lower())):
                continue
            # two sentences off, only of the same thing ("the cut", "the cut looked small")
            if k < 3 or not told.isdisjoint(self.answer_terms(f)):
                return f
        return None

    def next_in_part(self, last: str) -> str | None:
        """The sentence the text goes on with after the last one in its part, not one
        retelling it (a list of them all); None at the end of a part."""
        told = self.answer_terms(last)
        for f in self._after(last):
            if len(told & self.answer_terms(f)) < _RETELLS * max(len(told), 1):
                return f
        return None

    def summed(self, last: str) -> str | None:
        """The sentence saying what the list the last fact tells or is an item of was
        for ("This campaign ensured that ..."), if any (see `Lists.sum_of`)."""
        return self._lists.sum_of(last, purpose=True)

    def _doers(self, fact_id: str) -> set[str]:
        """The people and groups a fact tells as doing something."""
        kinds = self._analyzer.entity_kinds
        return {
            n
            for f in self._frames_of(fact_id)
            for n in f.roles.get("agent", ())
            if kinds.get(n) in _PARTIES
        }

    def _cause_in_part(self, last: str) -> str | None:
        """A fact of the same part whose doer is a cause of what befell the one the last
        fact tells of: "Trotsky refused to build a faction" "why?" is answered by "his
        belief in his intellectual superiority ... cost him crucial support"."""
        kinds = self._analyzer.entity_kinds
        people = {n for n in self._doers(last) if kinds.get(n) == "person"}
        if not people:  # "One of Trotsky's errors was declining to ...": whom it names
            people = {n for n in self._index.names(last) if kinds.get(n) == "person"}
        topic = self._pack.fact(last).topic
        for fact in self._pack.facts:
            if fact.topic != topic or fact.id == last:
                continue
            # its main verb, not a clause on the side ("..., preventing it from damaging
            # Stalin's reputation" tells no cause of what befell Lenin)
            main = next((f for f in self._frames_of(fact.id) if f.predicate), None)
            if main is None or main.predicate not in self._causes or not main.roles.get("agent"):
                continue
            befell = {*main.roles.get("recipient", ()), *main.roles.get("patient", ())}
            if not people.isdisjoint(befell):
                return fact.id
        return None

    def _same_event(self, last: str, gives: Callable[[str], bool]) -> str | None:
        """A fact a few sentences on (never before: a list that went before retells the
        event) in the same part that tells the same event of the same people and gives
        what is asked: "Trotsky's assassination was the culmination
        of Stalin's campaign to eliminate his rival" says why he was assassinated."""
        # its verb: the first with a doer ("Before his death, Lenin had grown suspicious":
        # the growing, not the death that only says when)
        frames = self._frames_of(last)
        doing = [f.predicate for f in frames if f.predicate and f.roles.get("agent")]
        main = (doing or [f.predicate for f in frames if f.predicate])[:1]
        events = set(main)
        names = self._index.names(last)
        told = set(self._index.held(last))
        for f in self._after(last):
            held = self._index.held(f)
            same = not events.isdisjoint(held)  # "the assassination"
            retells = len(told & held.keys()) >= _RETELLS * len(told)  # a list of them all
            if same and not retells and not names.isdisjoint(self._index.names(f)) and gives(f):
                return f
        return None

    def outcome_of(self, last: str) -> str | None:
        """What came of the last fact's event: the last fact itself if it says whether it
        worked ("Despite his efforts, he remained powerless"), else the first fact after
        it in its topic, a few facts on at most, that tells a consequence ("These tactics
        were effective") of someone it names; failing that, the consequence the last fact
        tells ("..., preventing it from damaging him"). One it tells without a verdict
        ("... granted him influence") does not come first: the learner asks beyond it."""
        if not self._analyzer.verdict_words.isdisjoint(
            split_words(self._pack.fact(last).answer.lower())
        ):
            return last  # "... remained powerless": it says already how it went
        summed = self._lists.sum_of(last)
        if summed is not None:  # a list, or one of its items: what the text says it came to
            return summed
        names = self._index.names(last)
        kinds = self._analyzer.entity_kinds
        # or the thing it made or acted on ("printed the programmes": "The programmes won
        # over the pilots" names no one it names)
        things = {p for f in self._frames_of(last) for p in f.role("patient") if p not in kinds}
        verdicts = self._analyzer.verdict_words
        later = next(
            (
                f
                for f in self._after(last)
                # a consequence, or a verdict on it ("Parrow's campaign succeeded.")
                if (
                    self._index.offers(f, "result")
                    or not verdicts.isdisjoint(
                        words := split_words(self._pack.fact(f).answer.lower())
                    )
                    or self._analyzer.says_won(words)  # "The programmes won over ..."
                )
                and (
                    not names.isdisjoint(self._index.names(f))
                    or not things.isdisjoint(self._index.held(f))
                )
            ),
            None,
        )
        if later is None and self._index.offers(last, "result"):
            return last  # nothing later: what it tells came of it ("preventing it from ...")
        return later

    def _after(self, last: str) -> list[str]:
        """The facts told a few after one in its part, in the text's order."""
        topic = self._pack.fact(last).topic
        following = self._index.following(last, _OUTCOME_SPAN)
        return [f for f in following if self._pack.fact(f).topic == topic]

    def gives_reason(self, fact_id: str) -> bool:
        """Whether a fact says why: a cause in its frames, or a reason or purpose in its
        words (`Reasons.own`)."""
        if any(f.role("cause") for f in self._frames_of(fact_id)):
            return True
        return self._index.reasons.own(fact_id)
