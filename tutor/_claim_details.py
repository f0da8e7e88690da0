"""Detail checks of a claim: an event claimed with its reason ("A because B") or its
means ("A with B"), and what the claim calls someone ("X was a Y")."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from ._claim_reading import (
    BREAK,
    DETERMINERS,
    MIN_COVERAGE,
    PARTIES,
    SUPPORT_COVERAGE,
    ClaimCheck,
    ClaimReader,
    past,
)
from ._content import Fact
from ._index import Hit
from ._phrases import words as folded_words
from ._text import CLAUSE as _CLAUSE
from ._text import stem

__all__ = ["Clause", "Details"]

# a clause's verdict: its words, the names the line wrote, where it wrote owners
Clause = Callable[[Sequence[str], frozenset[str], frozenset[tuple[str, str]]], ClaimCheck | None]

_COPULA = frozenset(["was", "is", "were", "are"])
_SURE = ("slot", "role", "time", "relation")  # a claim's event found wrong by these is wrong
_ROLES = ("frame", "relation", "role")  # who did what to whom
_MEANS_ENDS = frozenset([",", "in", "at", "on", "to", "from", "by", "for", "and", "after"])
_PRONOUNS = frozenset(["him", "her", "them", "he", "she", "they", "me", "us", "you", "it"])
_BECOMES = _COPULA | frozenset(["remained", "became", "stayed"])
_ARTICLES = frozenset(["a", "an", "the", "two", "three"])  # "two senior Bolsheviks"
_HEDGES = frozenset(["just", "only", "merely", "simply", "really", "actually", "basically"])
_NAMING = 400  # facts naming someone read for what the text calls him, at most
# where what someone is called ends: a clause about something else, or a phrase of its
# own ("a Menshevik his whole life", "an agent all along", "a hero for years")
_DESCRIPTION_ENDS = frozenset(
    [
        ",",
        "who",
        "which",
        "that",
        "whose",
        "and",
        "to",
        "in",
        "his",
        "her",
        "their",
        "its",
        "all",
        "for",
        "during",
        "until",
        "since",
        "throughout",
        "from",
        "when",
        "while",
        "because",
    ]
)


class Details:
    """Checks the reason, means or description a claim gives. Immutable; shared by all."""

    def __init__(self, reader: ClaimReader) -> None:
        self.reader = reader
        self.index = reader.index
        self.cues = reader.cues
        self.kinds = reader.kinds

    def split_cause(self, words: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
        """("A", "B") for "A because B" or "because B, A": the event and the reason given."""
        causes = sorted(self.cues.causes, key=len, reverse=True)  # "because of" before "because"
        for i in range(len(words)):
            p = next((p for p in causes if words[i : i + len(p)] == p), None)
            if p is None:
                continue
            rest = words[i + len(p) :]
            if i == 0 and BREAK in rest:  # "because he held the posts, Stalin won"
                k = rest.index(BREAK)
                event, reason = rest[k + 1 :], rest[:k]
            else:
                event, reason = words[:i], rest
            event = tuple(w for w in event if w != BREAK) if event[-1:] == (BREAK,) else event
            if event and reason:
                return event, reason
            return None
        return None

    def means_said(self, words: tuple[str, ...]) -> tuple[str, ...]:
        """The claim with a verb that names its means said plainly, when no fact uses
        it: "Trotsky was shot" -> "Trotsky was killed with a gun"."""
        out: list[str] = []
        means: list[str] = []
        for k, word in enumerate(words):
            plain = self.cues.means_verbs.get(word)
            told = plain and any(t in self.index.idf for t in self.reader.terms([word]))
            if plain and not told and not means and not (k and words[k - 1] in DETERMINERS):
                # not "a shot at power", nor a word the facts use; the means goes last, so
                # that "shot dead in Mexico" claims a gun, not a gun in Mexico
                means_at = (i for i in range(1, len(plain)) if (plain[i],) in self.cues.means)
                cut = next(means_at, len(plain))
                out.extend(plain[:cut])
                means = list(plain[cut:])
            else:
                out.append(word)
        return (*out, *means)

    def split_means(self, words: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
        """("A", "B") for "A with B" where B is a thing, not a party ("with an ice axe";
        "sided with Zinoviev" names a partner): the event and the means it claims."""
        stems = tuple(stem(w) for w in words)
        mentions = self.reader.mentions(stems)
        parties = {s for name, s, _ in mentions if self.kinds.get(name) in PARTIES}
        for i in range(1, len(words) - 1):
            p = next((p for p in self.cues.means if words[i : i + len(p)] == p), None)
            if p is None:
                continue
            k = i + len(p)
            while k < len(words) and words[k] in DETERMINERS:
                k += 1
            if k >= len(words) or k in parties or words[k] in _PRONOUNS:
                return None
            # the means is the noun phrase: "with a pistol in Mexico City" claims a pistol
            end = next((j for j in range(k, len(words)) if words[j] in _MEANS_ENDS), len(words))
            if any(past(w) for w in words[k + 1 : end]):
                return None  # "with his own role elevated" tells a state, not a means
            return (*words[:i], *words[end:]), words[i + len(p) : end]
        return None

    def check(
        self,
        event: tuple[str, ...],
        detail: tuple[str, ...],
        names: frozenset[str],
        owned: frozenset[tuple[str, str]],
        asked_for: str,
        clause: Clause,
    ) -> ClaimCheck | None:
        """An event claimed with a detail of it: "A because B" (`asked_for` "reason") or
        "A with B" ("means"), confirmed only by a fact that tells both A and B.

        Sharing a fact's words is not enough: "Stalin won because his ideas were better"
        names Stalin, winning and ideas, but the text says he won by other means. A claim
        no fact tells (or one denying part of it) is corrected: with what the text says
        against it, or, when A is right, with the reason (or means) the text gives for A
        ("killed him with a pistol" against "attacked him with an ice axe").
        """
        reader = self.reader
        what = frozenset(reader.query(event, names).terms)
        how = frozenset(reader.query(detail, names).terms) - what
        if not what or not how:
            return clause([*event, *detail], names, owned)
        told = clause(event, names, owned)
        whole = clause([*event, *detail], names, owned)
        if told is not None and not told.right and told.reason in _SURE:
            # who, where or when is wrong: "killed with an ice axe in Moscow"
            return self._also(told, event, how, names, asked_for)
        if whole is not None and not whole.right and whole.reason in _ROLES:
            # who did what is wrong: "Trotsky did not miss the funeral because"
            return self._also(whole, event, how, names, asked_for)
        if told is not None and not told.right and not (whole is not None and whole.right):
            return self._also(told, event, how, names, asked_for)
        parts = (reader.read_words(event), reader.read_words(detail))
        query = reader.query([*event, *detail], names)
        hits = [h for h in self.index.search(query, limit=6) if h.coverage >= MIN_COVERAGE]
        sure = any(c is not None and c.right for c in (told, whole))  # the event is told
        for hit in hits if sure else ():
            held, denied = reader.held(hit.fact)
            if any(p.positive & denied or p.negative & held for p in parts):
                continue  # "not through ideology"; "did not miss the funeral because ..."
            told_here = held | denied
            if reader.share(how, told_here) >= 0.5 and reader.share(what, told_here) >= 0.5:
                return ClaimCheck(True, (hit.fact,), asked_for)
        if whole is not None and not whole.right:
            return whole  # "because he was a poor speaker"
        answer = self._giving(event, names, asked_for)
        return None if answer is None else ClaimCheck(False, (answer,), asked_for)

    def _giving(self, event: Sequence[str], names: frozenset[str], asked_for: str) -> Fact | None:
        """The fact answering "why A?" (or "how A?") for the claim's event A, if one does."""
        reader = self.reader
        gives = self._gives_reason if asked_for == "reason" else self._gives_means
        # "why/how was Trotsky killed?": who did it ("by a KGB agent") is not asked
        done = event[: event.index("by")] if "by" in event[1:] else event
        event_query = reader.query(done, names)
        known = tuple(t for t in event_query.terms if t in self.index.idf)  # not "the KGB"
        asked = replace(event_query, terms=known, unknown=(), qtype=asked_for)
        answer = next(iter(self.index.search(asked, limit=1)), None)  # "why A?", "how A?"
        if answer is None or answer.coverage < SUPPORT_COVERAGE * 0.8 or not gives(answer.fact):
            return None
        # the answer must tell the event itself, not only its people ("he filled the
        # party with supporters" is not about how the Troika portrayed Trotsky)
        deed = frozenset(t for t in known if t not in self.kinds)
        if not deed:  # "he filled the party": no fact tells any filling
            return None
        doing = replace(event_query, terms=tuple(deed), unknown=(), qtype=None)
        hits = self.index.search(doing, limit=10)
        if next((h.coverage for h in hits if h.fact.id == answer.fact.id), 0.0) < 0.5:
            return None
        return answer.fact

    def _also(
        self,
        wrong: ClaimCheck,
        event: Sequence[str],
        how: frozenset[str],
        names: frozenset[str],
        asked_for: str,
    ) -> ClaimCheck:
        """A claim wrong in who, where or when, whose reason or means is wrong too
        ("poisoned by Stalin's agents"): the correction also says how (or why) the text
        says it was done, from the fact that fills that role."""
        answer = self._giving(event, names, asked_for)
        if answer is None or answer in wrong.facts:
            return wrong
        held, denied = self.reader.held(answer)
        if self.reader.share(how, held | denied) >= 0.5:
            return wrong  # the claimed means is the text's: only who or where is wrong
        return ClaimCheck(False, (wrong.facts[0], answer), wrong.reason, wrong.correction)

    def _gives_means(self, fact: Fact) -> bool:
        """Whether a fact tells with what something was done ("with an ice axe")."""
        return self.index.offers(fact.id, "means") and any(
            f.role("means") for f in self.reader.frames[fact.id]
        )

    def _gives_reason(self, fact: Fact) -> bool:
        """Whether a fact tells why something happened: a cause in its frames, a
        why-question its author wrote for it, or a reason or purpose its sentence gives
        (`Reasons.own`)."""
        if self.index.asked_as(fact.id, "reason") or self.index.reasons.own(fact.id):
            return True
        return any(f.role("cause") for f in self.reader.frames[fact.id])

    def identity(self, words: Sequence[str], names: frozenset[str]) -> ClaimCheck | None:
        """ "X was a Y" against what the text calls X ("Ramón Mercader, an NKVD agent").

        Confirmed by a fact that calls X all of Y; corrected when the text calls X
        something with another head word ("a Mexican policeman" for "an NKVD agent")
        and no fact holds X and all of Y at all. Another modifier on the same head ("a
        Soviet agent") is left unjudged, and so is anyone the text calls nothing.
        """
        reader = self.reader
        said = reader.read_words(words)
        if not said.mentions or said.mentions[0][1] != 0:
            return None
        name, _, end = said.mentions[0]
        rest = [w for w in said.words[end:] if w not in _HEDGES]  # "was just some cop"
        if len(rest) < 3 or rest[0] not in _COPULA or rest[1] not in _ARTICLES | {"some"}:
            return None
        if self.kinds.get(name) not in PARTIES:
            return None
        described = _description_words(rest[2:])
        terms = frozenset(t for t in reader.query(described, names).terms if t not in self.kinds)
        if not terms:
            return None
        head = reader.query(described[-1:], names).terms  # "a Mexican policeman": a policeman
        hits = self.index.search(reader.query([name, *described], names), limit=8)
        near = [(h.fact, self._description(t, name)) for h in hits for t in _texts(h.fact)]
        for fact, theirs in near:
            if terms <= theirs:
                return ClaimCheck(True, (fact,), "identity")
        if any(terms | {name} <= reader.held(hit.fact)[0] for hit in hits):
            return None  # said of X some other way ("Trotsky's brilliance as a ... leader")
        for fact, theirs in near:
            if theirs and not theirs & terms and not theirs & set(head):
                # "Kamenev was the general secretary": who the text says was, first
                holder = self._held_by_other(hits, name, terms)
                return ClaimCheck(False, tuple(dict.fromkeys((holder or fact, fact))), "identity")
        # what the text calls someone else, said of X ("Stalin was the orator" of a text
        # calling Trotsky the orator): what it calls X is found by X, not by the words
        # claimed of him, which are what is wrong
        other = self._called_other(hits, name, frozenset(head))
        if other is None:
            return None
        for at in self.index.postings.get(name, ())[:_NAMING]:
            fact = self.index.docs[at].fact
            for text in _texts(fact):
                theirs = self._description(text, name)
                if theirs and not theirs & terms and not theirs & set(head):
                    return ClaimCheck(False, tuple(dict.fromkeys((fact, other))), "identity")
        return None

    def _held_by_other(self, hits: Sequence[Hit], name: str, terms: frozenset[str]) -> Fact | None:
        """A fact that gives all of what the claim calls `name` to another party and does
        not name `name` ("Joseph Stalin held the role of General Secretary")."""
        for hit in hits:
            reading = self.reader.facts[hit.fact.id]
            named = {m[0] for m in reading.mentions}
            others = {n for n in named if n != name and self.kinds.get(n) in PARTIES}
            if name not in named and others and terms <= self.reader.held(hit.fact)[0]:
                return hit.fact
        return None

    def _called_other(self, hits: Sequence[Hit], name: str, head: frozenset[str]) -> Fact | None:
        """A fact calling someone other than `name` by the claim's head word ("Trotsky
        remained a brilliant orator" for "Stalin was the orator")."""
        if not head:
            return None
        for hit in hits:
            for text in _texts(hit.fact):
                words = folded_words(text)
                for other, _, _ in self.reader.mentions(tuple(stem(w) for w in words)):
                    if other == name or self.kinds.get(other) not in PARTIES:
                        continue
                    if head <= self._description(text, other):
                        return hit.fact
        return None

    def _description(self, text: str, name: str) -> frozenset[str]:
        """The terms of what a text calls someone: "Ramón Mercader, an NKVD agent," or
        "Trotsky remained a brilliant orator" -> {nkvd, agent}, {brilliant, orator}."""
        clauses = [folded_words(c) for c in _CLAUSE.split(text)]
        out: set[str] = set()
        for k, clause in enumerate(clauses):
            for mention, _, end in self.reader.mentions(tuple(stem(w) for w in clause)):
                if mention != name:
                    continue
                after = clause[end:]
                if not after and k + 1 < len(clauses):  # "Ramón Mercader, an NKVD agent,"
                    after = clauses[k + 1]
                elif after[:1] and after[0] in _BECOMES:  # "Trotsky remained a ..."
                    after = after[1:]
                else:
                    continue
                if after[:1] and after[0] in _ARTICLES:
                    words = _description_words(after[1:])
                    out.update(t for t in self.reader.terms(words) if t not in self.kinds)
        return frozenset(out)


def _description_words(words: Sequence[str]) -> list[str]:
    """What a description says, up to where a clause about something else starts."""
    cut = next((k for k, w in enumerate(words) if w in _DESCRIPTION_ENDS), len(words))
    return list(words[:cut])


def _texts(fact: Fact) -> tuple[str, str]:
    return fact.answer, fact.source
