"""Checking a learner's claim against the facts: confirm it, or say what is right instead.

Generic over packs: a claim is split into clauses ("A after B"), each clause is matched to
the facts it is about, and its parts are compared with theirs:
- slots: a person, place or year the claim names is compared with those of the fact that
  answers the claim asked as a question ("killed in Norway" -> where was he killed?);
- relations: two people related by words of one class ("sided with") that the fact
  relates by the opposite class ("feared");
- polarity: a word the claim asserts that the fact denies ("loyal" / "disloyal",
  "never" / a plain statement), and antonym classes ("read out" / "suppressed");
- time: "A after B" against the years of A's and B's facts;
- frames: who did what ("Trotsky exiled Stalin" against "the exile of Trotsky"; see
  `_frames`), so that a claim is never confirmed for sharing a fact's words.
All the words involved (negations, relations, tags like "right?") are data.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Generic, TypeVar

from ._analyze import Analyzer, Query
from ._content import Fact, Pack
from ._dialogs import Dialogs, Misconception
from ._frames import Frame, Framer
from ._index import Hit, Index
from ._phrases import Cues
from ._phrases import words as folded_words
from ._text import CLAUSE as _CLAUSE
from ._text import is_year, split_words, stem
from ._utterance import Utterance

__all__ = ["ClaimCheck", "Claims"]

_SLOT_KINDS = {"person": "person", "place": "place"}
# openings that deny the whole claim after them ("it is not true that ...")
_DENIED = (
    ("it", "is", "not", "true", "that"),
    ("it", "was", "not", "true", "that"),
    ("its", "not", "true", "that"),
    ("it", "is", "false", "that"),
    ("not", "true", "that"),
)
_SUPPORT_ORDER = ("slot", "identity", "relation", "frame", "time", "polarity", "match")
_COPULA = frozenset(["was", "is", "were", "are"])
_SURE = ("slot", "role", "time", "relation")  # a claim's event found wrong by these is wrong
_ROLES = ("frame", "relation", "role")  # who did what to whom
_DETERMINERS = frozenset(["a", "an", "the", "his", "her", "their", "its", "some", "one"])
_MEANS_ENDS = frozenset([",", "in", "at", "on", "to", "from", "by", "for", "and", "after"])
_PRONOUNS = frozenset(["him", "her", "them", "he", "she", "they", "me", "us", "you", "it"])
_BECOMES = _COPULA | frozenset(["remained", "became", "stayed"])
_ARTICLES = frozenset(["a", "an", "the", "two", "three"])  # "two senior Bolsheviks"
_HEDGES = frozenset(["just", "only", "merely", "simply", "really", "actually", "basically"])
_DESCRIPTION_ENDS = frozenset([",", "who", "which", "that", "whose", "and", "to", "in"])
_PARTIES = ("person", "group")
_HYPOTHETICAL = tuple([m, "have"] for m in ("could", "would", "might", "may"))
_T = TypeVar("_T")
_WH = frozenset(["who", "whom", "whose", "what", "when", "where", "why", "how", "which"])
_LIST_WORDS = frozenset(["and", "or", "eventually", "finally", "then", "later", "also", "nor"])
_MIN_COVERAGE = 0.5  # share of a clause's evidence a fact must hold to be what it is about
_SUPPORT_COVERAGE = 0.75  # a claim with no slot to check is confirmed only when this close
_CLOSE = 0.85  # facts scoring within this share of the best are all considered
_LOOSE = 0.75  # a fact denying the claim outright may score a little lower
_SCOPE = 3  # content words a negation reaches
_BREAK = ","  # where a claim's line breaks a clause, among its words (`_with_breaks`)
_CLAUSE_WORDS = frozenset([_BREAK, "but", "though", "while", "whereas"])  # as `_CLAUSE`
_PAIR_WINDOW = 14  # words between two names for the text to relate them
_DECADE = re.compile(r"^(?:(early|mid|late)\s+)?(\d{3})0s$")


@dataclass(frozen=True, slots=True)
class ClaimCheck:
    """The verdict on a claim.

    Attributes:
        right: whether the facts support the claim (False: they contradict it).
        facts: the facts the verdict rests on, the one to state first.
        reason: which test decided ("slot", "relation", "polarity", "time", "script",
            "match"), for tests and debugging.
        correction: the text to say instead of a fact's answer (a dialog script's own).
    """

    right: bool
    facts: tuple[Fact, ...]
    reason: str
    correction: str = ""


@dataclass(frozen=True, slots=True)
class _Reading:
    """A text read for comparison: its words, names, classes and what it denies."""

    words: tuple[str, ...]
    stems: tuple[str, ...]
    mentions: tuple[tuple[str, int, int], ...]  # (entity, start, end) in words
    positive: frozenset[str]
    negative: frozenset[str]
    classes: frozenset[tuple[int, int]]  # (relation pair index, side 0/1)
    negated: bool  # a negation or a negative verb occurs anywhere
    relation_terms: frozenset[str]  # terms of the relation words ("failed", "sided with")


class _Readings(Mapping[str, _T], Generic[_T]):
    """Readings of facts, each made the first time it is needed; safe across threads."""

    def __init__(self, make: Callable[[str], _T], ids: Iterable[str]) -> None:
        self._make = make
        self._ids = frozenset(ids)
        self._done: dict[str, _T] = {}
        self._lock = threading.Lock()

    def __getitem__(self, fact_id: str) -> _T:
        found = self._done.get(fact_id)
        if found is None:
            if fact_id not in self._ids:
                raise KeyError(fact_id)
            made = self._make(fact_id)
            with self._lock:  # two threads may both read it; one reading is kept
                found = self._done.setdefault(fact_id, made)
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)


class Claims:
    """Checks claims for one pack. Immutable; shared by all sessions."""

    def __init__(
        self,
        pack: Pack,
        analyzer: Analyzer,
        index: Index,
        dialogs: Dialogs,
        cues: Cues,
        framer: Framer,
    ) -> None:
        self.pack = pack
        self.analyzer = analyzer
        self.index = index
        self.cues = cues
        # a line whose first (last) word starts no opener (ends no tag) has none to strip
        self._opener_starts = frozenset(p[0] for p in cues.claim_openers)
        self._tag_ends = frozenset(p[-1] for p in cues.claim_tags)
        self.kinds = analyzer.entity_kinds
        self._relations = tuple(
            tuple(tuple(tuple(_stem_or_star(w) for w in p) for p in side) for side in pair)
            for pair in cues.relations
        )
        by_first: dict[str, list[tuple[int, int, tuple[str, ...]]]] = {}
        wild: list[tuple[int, int, tuple[str, ...]]] = []
        for r, pair in enumerate(self._relations):
            for side, phrases in enumerate(pair):
                for phrase in phrases:
                    if phrase and phrase[0] != "*":
                        by_first.setdefault(phrase[0], []).append((r, side, phrase))
                    elif phrase:
                        wild.append((r, side, phrase))
        self._by_first = {k: tuple(v) for k, v in by_first.items()}
        self._wild_first = tuple(wild)
        self._after = tuple(cues.after)
        self._before = tuple(cues.before)
        # Facts are read on first use: a claim concerns a few facts, and a big pack loads fast.
        self._facts = _Readings(lambda fid: self.read(pack.fact(fid).answer), pack.by_id)
        self._sources = _Readings(self._read_source, pack.by_id)
        self.framer = framer
        self._frames: _Readings[tuple[Frame, ...]] = _Readings(
            lambda fid: self.framer.of_fact(
                pack.fact(fid).answer, pack.fact(fid).source, pack.fact(fid).frame
            ),
            pack.by_id,
        )
        self._scripted: tuple[tuple[Misconception, frozenset[str], bool], ...] = tuple(
            (m, frozenset(analyzer.analyze(p, correct=False).terms), self._negation_in(p))
            for q in dialogs.questions.values()
            for m in q.misconceptions
            for p in m.phrases
        )
        self._fact_of_misconception = {
            m.id: q.facts for q in dialogs.questions.values() for m in q.misconceptions
        }
        self._about: dict[str, frozenset[str]] = {}  # misconception id -> its subject's terms
        for q in dialogs.questions.values():
            subject = set(analyzer.analyze(q.ask, correct=False).terms)
            for fid in q.facts:
                subject |= self._facts[fid].positive | set(
                    analyzer.analyze(" ".join(pack.fact(fid).keywords), correct=False).terms
                )
            for m in q.misconceptions:
                self._about[m.id] = frozenset(subject)

    def frames_of(self, fact_id: str) -> tuple[Frame, ...]:
        """Who did what in a fact (its written frame, else read from its texts); read once."""
        return self._frames[fact_id]

    def _read_source(self, fact_id: str) -> _Reading:
        """A fact's source passage; its keywords say what it is about, plainly."""
        fact = self.pack.fact(fact_id)
        said = self.read(fact.source)
        keywords = self._terms(folded_words(" ".join(fact.keywords)))
        extra = frozenset(keywords) - said.negative - self._facts[fact_id].negative
        return replace(said, positive=said.positive | extra)

    # --- recognising a claim -----------------------------------------------------------------

    def core(self, said: Utterance) -> tuple[tuple[str, ...], bool]:
        """The claim's words without "so ..." openers or "..., right?" tags; was it marked?

        A tag counts only where it is set off as one: after a comma or before a final
        question mark ("..., right?"), so "the Right" ending a sentence stays a name.
        """
        words = said.plain
        tagged = said.asked
        after_comma = said.after_comma
        marked = False
        changed = True
        while changed and words:
            changed = False
            for n in range(min(6, len(words) - 1) if words[0] in self._opener_starts else 0, 0, -1):
                if words[:n] in self.cues.claim_openers:
                    words, marked, changed = words[n:], True, True
                    break
            for n in range(min(6, len(words) - 1) if words[-1] in self._tag_ends else 0, 0, -1):
                set_off = tagged or n == after_comma
                if set_off and words[-n:] in self.cues.claim_tags:
                    words, marked, changed = words[:-n], True, True
                    tagged, after_comma = False, 0
                    break
        return words, marked

    def looks_like_claim(self, said: Utterance) -> bool:
        """Whether a line states something about the text rather than asking or searching."""
        words, marked = self.core(said)
        if len(words) < 3:
            return False
        if words[0] in self.cues.question_starts:
            return False  # "was Trotsky killed in Norway?" is a question
        if marked:
            return True
        if said.asked:
            return False
        # a question word before the verb asks ("and who killed him"); after it, it
        # starts a relative clause ("Mercader was a fan who acted alone")
        verb = next((k for k, w in enumerate(words) if self._states(w)), len(words))
        if any(w in _WH for w in words[:verb]):
            return False
        if self._split_cause(words) is not None:
            return True  # "Stalin beat Trotsky thanks to his alliances" gives a reason
        if any(w in self.cues.means_verbs for w in words[1:]):
            return True  # "Mercader shot Trotsky"
        return verb < len(words)

    def _states(self, word: str) -> bool:
        return word in self.cues.statement_verbs or _past(word)

    def states(self, said: Utterance) -> bool:
        """Whether a line states something at all: a verb, even beside a question word
        ("his rise reveals how strategy ... can triumph"), and no question mark."""
        words, _ = self.core(said)
        if len(words) < 3 or said.asked:
            return False
        return any(w in self.cues.statement_verbs or _past(w) for w in words)

    # --- reading texts -------------------------------------------------------------------------

    def _negation_in(self, text: str) -> bool:
        return self._denies(folded_words(text))

    def _denies(self, words: Sequence[str]) -> bool:
        return any(w in self.cues.negations or w in self.cues.negative_verbs for w in words)

    def read(self, text: str) -> _Reading:
        """Words, names, relation classes and asserted/denied terms of a text."""
        return self._reading(folded_words(c) for c in _CLAUSE.split(text))

    def _read_words(self, words: Sequence[str]) -> _Reading:
        """`read` of a claim's words, split where its line breaks a clause (`_with_breaks`)
        and at "but", "though", "while", "whereas", as `read` splits a text."""
        clauses: list[list[str]] = [[]]
        for word in words:
            if word in _CLAUSE_WORDS:
                clauses.append([])
            else:
                clauses[-1].append(word)
        return self._reading(clauses)

    def _reading(self, clauses: Iterable[Sequence[str]]) -> _Reading:
        words: list[str] = []
        positive: set[str] = set()
        negative: set[str] = set()
        negated = False
        for clause in clauses:
            cw = list(clause)
            words.extend(cw)
            pos, neg, was_negated = self._polarity(cw)
            positive |= pos
            negative |= neg
            negated = negated or was_negated
        stems = tuple(stem(w) for w in words)
        spans = self._class_spans(stems)
        at = {i for i, _, _ in spans}
        return _Reading(
            words=tuple(words),
            stems=stems,
            mentions=self._mentions(stems),
            positive=frozenset(positive),
            negative=frozenset(negative),
            classes=frozenset((r, side) for _, r, side in spans),
            negated=negated,
            relation_terms=frozenset(self._terms([w for i, w in enumerate(words) if i in at])),
        )

    def _terms(self, words: Sequence[str]) -> list[str]:
        return list(self.analyzer.analyze_words(words, correct=False).terms)

    def _polarity(self, words: list[str]) -> tuple[set[str], set[str], bool]:
        """Terms a clause asserts and terms it denies (within a negation's reach)."""
        cues = self.cues
        positive: set[str] = set()
        negative: set[str] = set()
        negated = False
        # "it could have damaged him" says what might have been, neither way
        words = next(
            (words[:k] for k in range(len(words) - 1) if words[k : k + 2] in _HYPOTHETICAL),
            words,
        )
        i = next(
            (k for k, w in enumerate(words) if w in cues.negations or w in cues.negative_verbs),
            None,
        )
        if i is None:
            head, tail = words, []
        else:
            negated = True
            end = next(
                (k for k in range(i + 1, len(words)) if words[k] in cues.scope_breaks),
                len(words),
            )
            head, tail = words[:i] + words[end:], words[i + 1 : end]
        for w in head + tail:
            base = self._affix_base(w)
            if base:
                negative.update(self._terms([base]))
        plain = [w for w in head if not self._affix_base(w)]
        positive.update(self._terms(plain))
        tail_terms = self._terms([w for w in tail if not self._affix_base(w)])
        negative.update(tail_terms[:_SCOPE])
        positive.update(tail_terms[_SCOPE:])
        return positive, negative, negated

    def _affix_base(self, word: str) -> str | None:
        """The word a negating affix denies ("disloyal" -> "loyal"), if it is one."""
        known = self.analyzer.vocabulary
        ranks = self.analyzer.ranks
        for prefix in self.cues.negating_prefixes:
            base = word[len(prefix) :]
            if word.startswith(prefix) and len(base) >= 4 and (base in known or base in ranks):
                return base
        for suffix in self.cues.negating_suffixes:
            base = word[: -len(suffix)]
            if word.endswith(suffix) and len(base) >= 4 and (base in known or base in ranks):
                return base
        return None

    def _mentions(self, stems: tuple[str, ...]) -> tuple[tuple[str, int, int], ...]:
        out = []
        i = 0
        while i < len(stems):
            for n in range(min(5, len(stems) - i), 0, -1):
                canon = self.analyzer.phrases.get(stems[i : i + n])
                if canon in self.kinds:
                    out.append((canon, i, i + n))
                    i += n
                    break
            else:
                i += 1
        return tuple(out)

    def _class_spans(
        self, stems: Sequence[str], lo: int = 0, hi: int | None = None
    ) -> list[tuple[int, int, int]]:
        """(position, relation pair, side) of each relation word in stems[lo:hi], in order."""
        hi = len(stems) if hi is None else hi
        found: set[tuple[int, int, int]] = set()
        for i in range(lo, hi):
            # only phrases that can start here: those opening with this stem, or with "*"
            for r, side, phrase in (*self._by_first.get(stems[i], ()), *self._wild_first):
                n = len(phrase)
                if i + n <= hi and all(
                    p in ("*", s) for p, s in zip(phrase, stems[i : i + n], strict=True)
                ):
                    found.add((i, r, side))
        return sorted(found)

    # --- the check -------------------------------------------------------------------------------

    def check(self, said: Utterance) -> ClaimCheck | None:
        """Confirm or correct a claim; None when the facts neither support nor deny it."""
        words, _ = self.core(said)
        if not words:
            return None
        words = _with_breaks(said.parts, words)
        for opening in _DENIED:  # "it is not true that X": X checked, the verdict turned round
            if words[: len(opening)] == opening and len(words) > len(opening):
                found = self._words_check(words[len(opening) :], said)
                if found is not None:
                    return ClaimCheck(not found.right, found.facts, found.reason, found.correction)
        found = self._words_check(words, said)
        wish = self.cues.wish_verbs
        # "Lenin wanted Stalin as successor": confirmed only by a fact telling a wish
        if (
            found is not None
            and found.right
            and not wish.isdisjoint(words)
            and wish.isdisjoint(folded_words(found.facts[0].answer))
        ):
            return None
        return found

    def _words_check(self, words: tuple[str, ...], said: Utterance) -> ClaimCheck | None:
        scripted = self._scripted_misconception(words)
        if scripted is not None:
            return scripted
        names = said.claim_names - self.analyzer.vocabulary  # "Spain": a name, not a typo
        owned = said.owners
        words = self._means_said(words)
        because = self._split_cause(words)
        if because is not None:
            return self._cause(*because, names, owned)
        using = self._split_means(words)
        if using is not None:
            return self._means(*using, names, owned)
        split = self._split_time(words)
        if split is None:
            return self._clause(words, names, owned)
        (a, b), later = split
        first = self._clause(a, names, owned)
        second = self._clause(b, names, owned)
        for found in (second, first):
            if found is not None and not found.right:
                return found
        timed = self._stated_order(a, b, later, names) or self._time(a, b, later, names)
        if timed is not None:
            return timed
        return first if first is not None and first.right else None

    def _scripted_misconception(self, words: Sequence[str]) -> ClaimCheck | None:
        """A wrong idea the dialog scripts already name, with their own correction.

        The claim must voice the whole idea; any other words it has must name what the
        idea is about ("the General Secretary job had no real power" for "it had no real
        power"), i.e. come from the facts of the question the idea belongs to.
        """
        terms = frozenset(self._query(words).terms)
        negated = self._denies(words)
        if not terms:
            return None
        best: tuple[float, Misconception] | None = None
        for m, wanted, m_negated in self._scripted:
            if not wanted or negated != m_negated:
                continue
            both = terms & wanted
            if len(both) / len(wanted) < 0.8:
                continue
            about = self._about.get(m.id, frozenset())
            rest = terms - wanted
            score = len(both) / len(terms)
            fits = len(wanted) >= 2 and len(rest) <= 2 and rest <= about and score >= 0.5
            if fits and (best is None or score > best[0]):
                best = (score, m)
        if best is None:
            return None
        fact_ids = self._fact_of_misconception.get(best[1].id, ())
        facts = tuple(self.pack.fact(f) for f in fact_ids if f in self.pack.by_id)
        return ClaimCheck(False, facts, "script", best[1].correction)

    def _split_cause(
        self, words: tuple[str, ...]
    ) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
        """("A", "B") for "A because B" or "because B, A": the event and the reason given."""
        causes = sorted(self.cues.causes, key=len, reverse=True)  # "because of" before "because"
        for i in range(len(words)):
            p = next((p for p in causes if words[i : i + len(p)] == p), None)
            if p is None:
                continue
            rest = words[i + len(p) :]
            if i == 0 and _BREAK in rest:  # "because he held the posts, Stalin won"
                k = rest.index(_BREAK)
                event, reason = rest[k + 1 :], rest[:k]
            else:
                event, reason = words[:i], rest
            event = tuple(w for w in event if w != _BREAK) if event[-1:] == (_BREAK,) else event
            if event and reason:
                return event, reason
            return None
        return None

    def _means_said(self, words: tuple[str, ...]) -> tuple[str, ...]:
        """The claim with a verb that names its means said plainly, when no fact uses
        it: "Trotsky was shot" -> "Trotsky was killed with a gun"."""
        out: list[str] = []
        means: list[str] = []
        for k, word in enumerate(words):
            plain = self.cues.means_verbs.get(word)
            told = plain and any(t in self.index.idf for t in self._terms([word]))
            if plain and not told and not means and not (k and words[k - 1] in _DETERMINERS):
                # not "a shot at power", nor a word the facts use; the means goes last, so
                # that "shot dead in Mexico" claims a gun, not a gun in Mexico
                means_at = (i for i in range(1, len(plain)) if (plain[i],) in self.cues.means)
                cut = next(means_at, len(plain))
                out.extend(plain[:cut])
                means = list(plain[cut:])
            else:
                out.append(word)
        return (*out, *means)

    def _split_means(
        self, words: tuple[str, ...]
    ) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
        """("A", "B") for "A with B" where B is a thing, not a party ("with an ice axe";
        "sided with Zinoviev" names a partner): the event and the means it claims."""
        stems = tuple(stem(w) for w in words)
        parties = {s for name, s, _ in self._mentions(stems) if self.kinds.get(name) in _PARTIES}
        for i in range(1, len(words) - 1):
            p = next((p for p in self.cues.means if words[i : i + len(p)] == p), None)
            if p is None:
                continue
            k = i + len(p)
            while k < len(words) and words[k] in _DETERMINERS:
                k += 1
            if k >= len(words) or k in parties or words[k] in _PRONOUNS:
                return None
            # the means is the noun phrase: "with a pistol in Mexico City" claims a pistol
            end = next((j for j in range(k, len(words)) if words[j] in _MEANS_ENDS), len(words))
            if any(_past(w) for w in words[k + 1 : end]):
                return None  # "with his own role elevated" tells a state, not a means
            return (*words[:i], *words[end:]), words[i + len(p) : end]
        return None

    def _cause(
        self,
        event: tuple[str, ...],
        reason: tuple[str, ...],
        names: frozenset[str],
        owned: frozenset[tuple[str, str]],
    ) -> ClaimCheck | None:
        """ "A because B": confirmed only by a fact that tells both A and B.

        Sharing a fact's words is not enough: "Stalin won because his ideas were better"
        names Stalin, winning and ideas, but the text says he won by other means. A claim
        no fact tells (or one denying part of it) is corrected: with what the text says
        against it, or, when A is right, with the reason the text gives for A.
        """
        return self._detail(event, reason, names, owned, "reason", self._gives_reason)

    def _means(
        self,
        event: tuple[str, ...],
        means: tuple[str, ...],
        names: frozenset[str],
        owned: frozenset[tuple[str, str]],
    ) -> ClaimCheck | None:
        """ "A with B": as "A because B", against how the text says A was done
        ("killed him with a pistol" against "attacked him with an ice axe")."""
        return self._detail(event, means, names, owned, "means", self._gives_means)

    def _detail(
        self,
        event: tuple[str, ...],
        detail: tuple[str, ...],
        names: frozenset[str],
        owned: frozenset[tuple[str, str]],
        asked_for: str,
        gives: Callable[[Fact], bool],
    ) -> ClaimCheck | None:
        """An event and a detail of it (its reason or its means) claimed together."""
        what = frozenset(self._query(event, names).terms)
        how = frozenset(self._query(detail, names).terms) - what
        if not what or not how:
            return self._clause([*event, *detail], names, owned)
        told = self._clause(event, names, owned)
        whole = self._clause([*event, *detail], names, owned)
        if told is not None and not told.right and told.reason in _SURE:
            return told  # who, where or when is wrong: "killed with an ice axe in Moscow"
        if whole is not None and not whole.right and whole.reason in _ROLES:
            return whole  # who did what is wrong: "Trotsky did not miss the funeral because"
        if told is not None and not told.right and not (whole is not None and whole.right):
            return told
        parts = (self._read_words(event), self._read_words(detail))
        query = self._query([*event, *detail], names)
        hits = [h for h in self.index.search(query, limit=6) if h.coverage >= _MIN_COVERAGE]
        sure = any(c is not None and c.right for c in (told, whole))  # the event is told
        for hit in hits if sure else ():
            held, denied = self._held(hit.fact)
            if any(p.positive & denied or p.negative & held for p in parts):
                continue  # "not through ideology"; "did not miss the funeral because ..."
            told_here = held | denied
            if self._share(how, told_here) >= 0.5 and self._share(what, told_here) >= 0.5:
                return ClaimCheck(True, (hit.fact,), asked_for)
        if whole is not None and not whole.right:
            return whole  # "because he was a poor speaker"
        # "why/how was Trotsky killed?": who did it ("by a KGB agent") is not asked
        done = event[: event.index("by")] if "by" in event[1:] else event
        event_query = self._query(done, names)
        known = tuple(t for t in event_query.terms if t in self.index.idf)  # not "the KGB"
        asked = replace(event_query, terms=known, unknown=(), qtype=asked_for)
        answer = next(iter(self.index.search(asked, limit=1)), None)  # "why A?", "how A?"
        if answer is None or answer.coverage < _SUPPORT_COVERAGE * 0.8 or not gives(answer.fact):
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
        return ClaimCheck(False, (answer.fact,), asked_for)

    def _gives_means(self, fact: Fact) -> bool:
        """Whether a fact tells with what something was done ("with an ice axe")."""
        return self.index.offers(fact.id, "means") and any(
            f.role("means") for f in self._frames[fact.id]
        )

    def _held(self, fact: Fact) -> tuple[frozenset[str], frozenset[str]]:
        """The terms a fact (its answer, source and keywords) asserts, and those it denies."""
        reading, source = self._facts[fact.id], self._sources[fact.id]
        positive = reading.positive | source.positive
        negative = reading.negative | source.negative
        return positive - negative, negative - positive

    def _gives_reason(self, fact: Fact) -> bool:
        """Whether a fact tells why something happened: a cause in its frames, or a
        why-question its author wrote for it."""
        if self.index.asked_as(fact.id, "reason"):
            return True
        return any(f.role("cause") for f in self._frames[fact.id])

    def _split_time(
        self, words: tuple[str, ...]
    ) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], bool] | None:
        """("A", "B") and whether A is said to come after B, for "A after/before B"."""
        for i in range(1, len(words) - 1):
            for phrases, later in ((self._after, True), (self._before, False)):
                for p in phrases:
                    if words[i : i + len(p)] == p and i + len(p) < len(words):
                        return (words[:i], words[i + len(p) :]), later
        return None

    def _query(self, words: Sequence[str], names: frozenset[str] = frozenset()) -> Query:
        light = self.cues.light_verbs
        fixed = [
            w if w in names else self.analyzer.correct(w)
            for w in words
            if w not in light and w != _BREAK
        ]
        return self.analyzer.analyze_words(fixed, correct=False)

    def _clause(
        self,
        words: Sequence[str],
        names: frozenset[str],
        owned: frozenset[tuple[str, str]] = frozenset(),
    ) -> ClaimCheck | None:
        """A clause's verdict; `owned`: where the line wrote owners (`Utterance.owners`)."""
        query = self._query(words, names)
        if not query.terms:
            return None
        hits = [h for h in self.index.search(query, limit=6) if h.coverage >= _MIN_COVERAGE * 0.8]
        claim = self._read_words(words)
        supports: list[ClaimCheck] = []
        for test in (
            self._frame_check(words, hits, owned),
            self._relation(claim, hits),
            self._polarity_check(claim, query, hits),
            self._roles(words, query, hits),
            self._identity(words, names),
        ):
            if test is not None and not test.right:
                return test
            if test is not None:
                supports.append(test)
        slots = sorted(self._slots(query, words), key=lambda s: s[1] == "person")
        weak: list[ClaimCheck] = []
        for term, kind, prep in slots:
            result = self._slot(query, term, kind, prep)
            if result is None:
                continue
            if not result.right:
                return result
            (weak if kind == "person" else supports).append(result)
        top = hits[0] if hits else None
        strange = self._unknown_names(query)
        if supports:
            return min(supports, key=lambda c: _SUPPORT_ORDER.index(c.reason))
        if strange and top is not None and top.coverage >= _MIN_COVERAGE * 0.8:
            return ClaimCheck(False, (top.fact,), "unsupported")  # "a Gestapo agent"
        if top is None or not self._content_held(query, top.fact):
            return None
        if weak:
            return weak[0]
        if top.coverage >= _SUPPORT_COVERAGE:
            return ClaimCheck(True, (top.fact,), "match")
        return None

    def _identity(self, words: Sequence[str], names: frozenset[str]) -> ClaimCheck | None:
        """ "X was a Y" against what the text calls X ("Ramón Mercader, an NKVD agent").

        Confirmed by a fact that calls X all of Y; corrected when the text calls X
        something with another head word ("a Mexican policeman" for "an NKVD agent")
        and no fact holds X and all of Y at all. Another modifier on the same head ("a
        Soviet agent") is left unjudged, and so is anyone the text calls nothing.
        """
        said = self._read_words(words)
        if not said.mentions or said.mentions[0][1] != 0:
            return None
        name, _, end = said.mentions[0]
        rest = [w for w in said.words[end:] if w not in _HEDGES]  # "was just some cop"
        if len(rest) < 3 or rest[0] not in _COPULA or rest[1] not in _ARTICLES | {"some"}:
            return None
        if self.kinds.get(name) not in _PARTIES:
            return None
        described = _description_words(rest[2:])
        terms = frozenset(t for t in self._query(described, names).terms if t not in self.kinds)
        if not terms:
            return None
        head = self._query(described[-1:], names).terms  # "a Mexican policeman": a policeman
        hits = self.index.search(self._query([name, *described], names), limit=8)
        calls = [
            (hit.fact, self._description(text, name))
            for hit in hits
            for text in (hit.fact.answer, hit.fact.source)
        ]
        for fact, theirs in calls:
            if terms <= theirs:
                return ClaimCheck(True, (fact,), "identity")
        if any(terms | {name} <= self._held(hit.fact)[0] for hit in hits):
            return None  # said of X some other way ("Trotsky's brilliance as a ... leader")
        for fact, theirs in calls:
            if theirs and not theirs & terms and not theirs & set(head):
                return ClaimCheck(False, (fact,), "identity")
        return None

    def _description(self, text: str, name: str) -> frozenset[str]:
        """The terms of what a text calls someone: "Ramón Mercader, an NKVD agent," or
        "Trotsky remained a brilliant orator" -> {nkvd, agent}, {brilliant, orator}."""
        clauses = [folded_words(c) for c in _CLAUSE.split(text)]
        out: set[str] = set()
        for k, clause in enumerate(clauses):
            for mention, _, end in self._mentions(tuple(stem(w) for w in clause)):
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
                    out.update(t for t in self._terms(words) if t not in self.kinds)
        return frozenset(out)

    def _frame_check(
        self,
        words: Sequence[str],
        hits: Sequence[Hit],
        owned: frozenset[tuple[str, str]] = frozenset(),
    ) -> ClaimCheck | None:
        """Who did what in the claim against the facts it is about: the same event with
        other people in its roles, turned round, or denied, is wrong."""
        close = [
            h for h in hits[:3] if h.score >= hits[0].score * _CLOSE and h.coverage >= _MIN_COVERAGE
        ]
        if not close:
            return None
        right: ClaimCheck | None = None
        for said in self.framer.read_words(words, owned=owned):
            if not said.predicate:
                continue
            verdicts: dict[bool, Fact] = {}  # this frame against the facts' frames
            for hit in close:
                for held in self._frames[hit.fact.id]:
                    agree = self._agree(said, held) if held.predicate == said.predicate else None
                    if agree is not None:
                        verdicts.setdefault(agree, hit.fact)
            if True not in verdicts and False in verdicts:
                return ClaimCheck(False, (verdicts[False],), "frame")  # one wrong part is enough
            if True in verdicts and right is None:
                right = ClaimCheck(True, (verdicts[True],), "frame")
        return right

    def _agree(self, said: Frame, held: Frame) -> bool | None:
        """Whether two frames of one predicate agree on who did what (None: cannot tell)."""
        shared = False
        for role in ("agent", "patient"):
            a, b = self._parties(said.role(role)), self._parties(held.role(role))
            if role == "agent" and (said.role("recipient") or held.role("recipient")):
                # "A sided with B" is "B sided with A": who is partner and who agent is free
                a |= self._parties(said.role("recipient"))
                b |= self._parties(held.role("recipient"))
            if a and b and not a & b and self._alike(a, b):
                return False  # a group and its members are not told apart: not a mix-up
            shared = shared or bool(a & b)
        for role, other in (("agent", "patient"), ("patient", "agent")):
            mine, theirs = self._parties(said.role(role)), self._parties(held.role(other))
            mine -= self._parties(said.role(other))  # "Stalin ... view Stalin": unsure
            if mine & theirs and not mine & self._parties(held.role(role)):
                return False  # "Vell feared the guild" against "the guild feared Vell"
        if said.negated != held.negated:
            return False
        return True if shared else None

    def _parties(self, values: Sequence[str]) -> frozenset[str]:
        return frozenset(v for v in values if self.kinds.get(v) in _PARTIES)

    def _alike(self, a: frozenset[str], b: frozenset[str]) -> bool:
        """Whether two sets of parties can be compared: people with people, or groups
        with groups ("the Troika" and "Zinoviev and Kamenev" may be the same)."""
        return bool({self.kinds.get(x) for x in a} & {self.kinds.get(x) for x in b})

    def _roles(self, words: Sequence[str], query: Query, hits: Sequence[Hit]) -> ClaimCheck | None:
        """A claim saying of one person what the fact it is about says of another: "Stalin
        was exiled in 1929" against "the exile of Trotsky ... in 1929"."""
        said = {
            t
            for t, n in self.analyzer.bindings_of([w for w in words if w != _BREAK])
            if self.kinds.get(n) == "person"
        }
        if not said or not hits or hits[0].coverage < _MIN_COVERAGE:
            return None
        top = hits[0]
        others = self.index.roles.of_others(
            self.index.position(top.fact.id),
            {t: frozenset({"person"}) for t in said},
            set(query.entities),
        )
        return ClaimCheck(False, (top.fact,), "role") if others else None

    def _unknown_names(self, query: Query) -> list[str]:
        """Rare words the pack never uses ("Gestapo", "Germany"): details it cannot support."""
        out = []
        for term, word in query.unknown:
            rank = self.analyzer.ranks.get(word)
            if word.isalpha() and len(word) >= 4 and (rank is None or rank > 10000):
                out.append(term)
        return out

    def _content_held(self, query: Query, fact: Fact) -> bool:
        """Whether the fact holds every rare word of the claim (so nothing else is claimed)."""
        reading = self._facts[fact.id]
        source = self._sources[fact.id]
        held = reading.positive | reading.negative | source.positive | source.negative
        held = held | set(self.analyzer.analyze(" ".join(fact.keywords), correct=False).terms)
        missing = [t for t in query.terms if t not in held and self.index.term_weight(t) > 2.5]
        return not missing

    # --- slots --------------------------------------------------------------------------------

    def _slots(self, query: Query, words: Sequence[str]) -> list[tuple[str, str, str | None]]:
        """(term, kind, preposition before it) for each person, place and year claimed."""
        reading = self._read_words(words)
        slots: list[tuple[str, str, str | None]] = []
        for term in query.terms:
            kind = self.kinds.get(term)
            if kind in _SLOT_KINDS:
                at = next((m for m in reading.mentions if m[0] == term), None)
                slots.append((term, _SLOT_KINDS[kind], self._role(reading.words, at)))
            elif self.analyzer.is_year(term):
                slots.append((term, "date", None))
        # words no fact holds (a dialog script may know "Siberia" as a wrong answer)
        unheld = {w: t for t, w in (*query.unknown, *query.surface) if t not in self.index.idf}
        for i, word in enumerate(words[1:], start=1):
            found = unheld.get(word)
            if found is None or word in self.analyzer.stopwords:
                continue
            term = found
            rank = self.analyzer.ranks.get(word)
            if rank is not None and rank <= 5000:
                continue
            if words[i - 1] in self.cues.place_prepositions:
                slots.append((term, "place", self.cues.same_role.get(words[i - 1], words[i - 1])))
            elif words[i - 1] in self.cues.person_prepositions:
                slots.append((term, "person", words[i - 1]))
        return slots

    def _slot(self, query: Query, term: str, kind: str, prep: str | None) -> ClaimCheck | None:
        rest = tuple(t for t in query.terms if t != term)
        if not rest:
            return None
        asked = replace(
            query,
            terms=rest,
            qtype=kind,
            entities=tuple(e for e in query.entities if e != term),
            unknown=tuple(u for u in query.unknown if u[0] != term),
        )
        hits = [h for h in self.index.search(asked, limit=6) if h.coverage >= _MIN_COVERAGE]
        hits = [h for h in hits if self._values(h.fact, kind)]
        if not hits:
            return None
        top = hits[0]
        close = [h for h in hits if h.score >= top.score * _CLOSE]
        if prep == "with":
            prep = None  # "A sided with B" is "B sided with A": partners, either way round
        if prep is not None:
            # "killed in X" is answered by the fact that says "in Y", not "from Y".
            roled = [h for h in close if self._values(h.fact, kind, prep)]
            if roled:
                for h in roled:
                    if self._has(h.fact, kind, term, prep):
                        return ClaimCheck(True, (h.fact,), "slot")
                return ClaimCheck(False, (roled[0].fact,), "slot")
        for h in close:
            if self._has(h.fact, kind, term):
                return ClaimCheck(True, (h.fact,), "slot")
        if top.coverage < 0.6 and kind == "person":
            return None  # who-questions match loosely; only a clear fact may contradict
        return ClaimCheck(False, (top.fact,), "slot")

    def _role(self, words: Sequence[str], mention: tuple[str, int, int] | None) -> str | None:
        """The preposition that gives a name its role: "killed in X" -> "in", "X as" -> "as"."""
        if mention is None:
            return None
        before = _preposition(words, mention[1])
        if before in self.cues.prepositions:
            return self.cues.same_role.get(before, before)
        after = words[mention[2]] if mention[2] < len(words) else None
        if after in self.cues.prepositions and after in self.cues.following:
            return f"{after}-"
        return None

    def _values(self, fact: Fact, kind: str, prep: str | None = None) -> list[str]:
        if kind == "date":
            spans = [s for s in (_years(fact.date or ""),) if s]
            for term in self._facts[fact.id].positive | self._sources[fact.id].positive:
                if self.analyzer.is_year(term):
                    span = _years(term)
                    if span:
                        spans.append(span)
            return [f"{a}-{b}" for a, b in spans]
        names = set()
        for reading in (self._facts[fact.id], self._sources[fact.id]):
            previous: tuple[str, int, int] | None = None
            for mention in reading.mentions:
                name, start, _ = mention
                in_list = (
                    previous is not None
                    and self.kinds.get(previous[0]) == self.kinds.get(name)
                    and all(w in _LIST_WORDS for w in reading.words[previous[2] : start])
                )
                if prep is None or self._role(reading.words, mention) == prep or in_list:
                    names.add(name)
                    previous = mention
                else:
                    previous = None
        return sorted(n for n in names if self.kinds.get(n) == kind)

    def _has(self, fact: Fact, kind: str, term: str, prep: str | None = None) -> bool:
        if kind == "date":
            claimed = _years(term)
            if claimed is None:
                return False
            for value in self._values(fact, kind):
                lo, hi = (int(x) for x in value.split("-"))
                if claimed[0] <= hi and lo <= claimed[1]:
                    return True
            return False
        for name in self._values(fact, kind, prep):
            a, b = name.split("_"), term.split("_")
            if a[: len(b)] == b or b[: len(a)] == a:
                return True
        return False

    # --- relations and polarity -------------------------------------------------------------------

    def _relation(self, claim: _Reading, hits: Sequence[Hit]) -> ClaimCheck | None:
        """Two people the claim relates one way and a fact relates the opposite way."""
        spans = self._class_spans(claim.stems)
        if not spans or len({m[0] for m in claim.mentions}) < 2:
            return None
        at = spans[0][0]
        left = [m[0] for m in claim.mentions if m[2] <= at]
        right = [m[0] for m in claim.mentions if m[1] > at and m[0] not in left]
        pairs = [(a, b) for a in dict.fromkeys(left) for b in dict.fromkeys(right)]
        if not pairs:
            names = list(dict.fromkeys(m[0] for m in claim.mentions))
            pairs = [(names[0], names[1])]
        wanted = frozenset((r, side) for _, r, side in spans)
        if self._denies(claim.words[:at]):  # "did not suppress it"; not "..., preventing"
            wanted = frozenset((r, 1 - side) for r, side in wanted)
        opposite = frozenset((r, 1 - side) for r, side in wanted)
        top = hits[0].score if hits else 0.0
        for hit in hits:
            if hit.score < top * _CLOSE:
                break
            for reading in (self._facts[hit.fact.id], self._sources[hit.fact.id]):
                for pair in pairs:
                    between = self._between(reading, pair, {r for r, _ in wanted})
                    if between & opposite and not between & wanted:
                        return ClaimCheck(False, (hit.fact,), "relation")
                    if between & wanted and not between & opposite:
                        # the best fact relating the two says so: a later, lesser one
                        # relating them otherwise is another time ("then turned on them")
                        return ClaimCheck(True, (hit.fact,), "relation")
        return None

    def _between(
        self, reading: _Reading, pair: tuple[str, str], kinds: set[int]
    ) -> frozenset[tuple[int, int]]:
        """How a text relates two names in the claim's order: per kind of relation, its
        first word after the first name ("A aligned with B, who feared C": A-B support,
        B-C oppose), turned round when a denial comes between the first name and it
        ("A declined to mobilize against B"), as a claim's is; a denial elsewhere in the
        text ("A suppressed B's testament, preventing it from ...") does not reach it."""
        windows = sorted(
            (mb[1] - ma[2], ma[2], mb[2])
            for ma in reading.mentions
            if ma[0] == pair[0]
            for mb in reading.mentions
            if mb[0] == pair[1] and 0 <= mb[1] - ma[2] <= _PAIR_WINDOW
        )
        found: dict[int, tuple[int, int]] = {}
        for _, lo, hi in windows:
            spans = self._class_spans(reading.stems, lo, min(len(reading.stems), hi + 2))
            for at, r, side in spans:
                if r in kinds and r not in found:
                    denied = self._denies(reading.words[lo:at])
                    found[r] = (r, 1 - side if denied else side)
        return frozenset(found.values())

    def _polarity_check(
        self, claim: _Reading, query: Query, hits: Sequence[Hit]
    ) -> ClaimCheck | None:
        """A word the claim asserts that the fact denies, or the other way round."""
        if not hits:
            return None
        top = hits[0]
        for hit in hits[:3]:
            fact = self._facts[hit.fact.id]
            source = self._sources[hit.fact.id]
            f_pos = fact.positive | source.positive
            f_neg = fact.negative | source.negative
            # a denied word is not indexed as said ("disloyal"), so count it as held here
            wanted = frozenset(query.terms) - claim.relation_terms  # "failed" vs "effective"
            share = self._share(wanted, f_pos | f_neg)
            if hit.score < top.score * _LOOSE or max(hit.coverage, share) < _MIN_COVERAGE:
                continue
            content = {t for t in query.terms if t not in self.kinds}
            asserted = (claim.positive & content) - claim.negative
            denied = (claim.negative & content) - claim.positive
            if (asserted & (f_neg - f_pos)) or (denied & (f_pos - f_neg)):
                return ClaimCheck(False, (hit.fact,), "polarity")
            claim_classes = {(r, s) for r, s in claim.classes}
            fact_classes = set(fact.classes) | set(source.classes)
            if claim.negated:
                claim_classes = {(r, 1 - s) for r, s in claim_classes}
            both_deny = claim.negated and (fact.negated or source.negated)
            if len(claim.mentions) < 2 and not both_deny:  # "not X" against "not X" agrees
                for r, side in claim_classes:
                    if (r, 1 - side) in fact_classes and (r, side) not in fact_classes:
                        return ClaimCheck(False, (hit.fact,), "polarity")
            if claim.negated and hit is top:
                # "X was never done" against a fact that plainly says X was done.
                for other in hits[:3]:
                    held = self._facts[other.fact.id].classes | self._sources[other.fact.id].classes
                    close = other.score >= top.score * _CLOSE
                    if close and claim_classes and claim_classes <= held:
                        return ClaimCheck(True, (other.fact,), "polarity")
                said = {t for t in asserted if self.index.term_weight(t) > 2.0}
                plain = not (fact.negated or source.negated or claim_classes & fact_classes)
                if plain and said and said <= f_pos:
                    return ClaimCheck(False, (hit.fact,), "polarity")
            if hit is top and hit.coverage >= _SUPPORT_COVERAGE:
                break  # the fact the claim is about agrees: a weaker one is beside the point
        return None

    # --- time -------------------------------------------------------------------------------------

    def _time(
        self, a: Sequence[str], b: Sequence[str], later: bool, names: frozenset[str]
    ) -> ClaimCheck | None:
        """ "A after B" (later=True) or "A before B" against the years of their facts."""
        fa, ya = self._when(a, names)
        fb, yb = self._when(b, names)
        if fa is None or ya is None or yb is None:
            return None
        a_first = ya[1] < yb[0]
        b_first = yb[1] < ya[0]
        facts = tuple(f for f in (fa, fb) if f is not None)
        if (later and a_first) or (not later and b_first):
            return ClaimCheck(False, facts, "time")
        if (later and b_first) or (not later and a_first):
            return ClaimCheck(True, facts, "time")
        return None

    def _stated_order(
        self, a: Sequence[str], b: Sequence[str], later: bool, names: frozenset[str]
    ) -> ClaimCheck | None:
        """A fact that itself says "A after B" (or "after B, A") for the same A and B.

        "After Lenin died, a power struggle emerged" says nothing of when Stalin became
        General Secretary: the fact must also tell A.
        """
        query = self._query([*a, *b], names)
        a_terms = frozenset(self._query(a, names).terms)
        b_terms = frozenset(self._query(b, names).terms)
        if not b_terms:
            return None
        hits = self.index.search(query, limit=4)
        for hit in hits:
            if hit.score < hits[0].score * _CLOSE or hit.coverage < _MIN_COVERAGE:
                continue
            for text in (hit.fact.answer, hit.fact.source):
                if self._share(a_terms, frozenset(self._terms(folded_words(text)))) < 0.5:
                    continue
                for clause in _CLAUSE.split(text):
                    cw = folded_words(clause)
                    for i in range(len(cw)):
                        for phrases, fact_later in ((self._after, True), (self._before, False)):
                            p = next((p for p in phrases if cw[i : i + len(p)] == p), None)
                            if p is None:
                                continue
                            tail = frozenset(self._terms(cw[i + len(p) :]))
                            if tail and self._share(b_terms, tail) >= 0.5:
                                return ClaimCheck(fact_later == later, (hit.fact,), "time")
        return None

    def _share(self, wanted: frozenset[str], have: frozenset[str]) -> float:
        total = sum(self.index.term_weight(t) for t in wanted)
        got = sum(self.index.term_weight(t) for t in wanted if t in have)
        return got / total if total else 0.0

    def _when(
        self, words: Sequence[str], names: frozenset[str]
    ) -> tuple[Fact | None, tuple[int, int] | None]:
        query = self._query(words, names)
        said = [s for t in query.terms if self.analyzer.is_year(t) and (s := _years(t))]
        rest = tuple(t for t in query.terms if not self.analyzer.is_year(t))
        fact: Fact | None = None
        if rest:
            asked = replace(query, terms=rest, qtype="date")
            hits = [h for h in self.index.search(asked, limit=3) if h.coverage >= _MIN_COVERAGE]
            fact = hits[0].fact if hits else None
        if said:
            return fact, said[0]
        if fact is None:
            return None, None
        values = self._values(fact, "date")
        if not values:
            return fact, None
        lo, hi = (int(x) for x in values[0].split("-"))
        return fact, (lo, hi)


def _with_breaks(clauses: Sequence[tuple[str, ...]], words: tuple[str, ...]) -> tuple[str, ...]:
    """The claim's words with "," where the line breaks a clause ("not inevitable; it was
    constructed"), so that a negation or a name stays in its own clause when read."""
    full = [w for c in clauses for w in c]
    breaks: set[int] = set()
    at = 0
    for c in clauses:
        at += len(c)
        breaks.add(at)
    start = next(
        (i for i in range(len(full) - len(words) + 1) if tuple(full[i : i + len(words)]) == words),
        None,
    )
    if start is None:
        return words
    out: list[str] = []
    for k, word in enumerate(words):
        if k and start + k in breaks:
            out.append(_BREAK)
        out.append(word)
    return tuple(out)


def _description_words(words: Sequence[str]) -> list[str]:
    """What a description says, up to where a clause about something else starts."""
    cut = next((k for k, w in enumerate(words) if w in _DESCRIPTION_ENDS), len(words))
    return list(words[:cut])


def _stem_or_star(word: str) -> str:
    return "*" if word == "*" else stem(word)


def _preposition(words: Sequence[str], at: int | None) -> str | None:
    """The word before position `at`, skipping an article: "in the Soviet Union" -> "in"."""
    if at is None:
        return None
    i = at - 1
    while i >= 0 and words[i] in ("the", "a", "an", "his", "her", "their"):
        i -= 1
    return words[i] if i >= 0 else None


def _past(word: str) -> bool:
    return len(word) > 4 and word.endswith("ed")


def _years(text: str) -> tuple[int, int] | None:
    """The span of years a date names: '1924', '1920s', 'late 1920s'."""
    text = " ".join(split_words(str(text)))
    if text.isdigit() and is_year(text):  # a decade ('1920s') is read below
        return int(text), int(text)
    m = _DECADE.match(text)
    if m:
        start = int(m.group(2)) * 10
        part = m.group(1)
        if part == "early":
            return start, start + 3
        if part == "mid":
            return start + 3, start + 6
        if part == "late":
            return start + 6, start + 9
        return start, start + 9
    return None
