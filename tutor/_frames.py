"""Who did what: a text read as frames (a predicate and its participants by role).

A frame is what the judge compares, so that "Trotsky controlled the appointments" is not
"Stalin controlled the appointments" although the two share every content word. Frames are
read from plain English by word order and a few function words, for any text (no list per
essay): the participant before the verb is its agent, after it its patient, "was ... by X"
turns that round, prepositions give recipient, place, time and means, "because" a cause
and "so" a result. Negation ("not", "never") marks the frame as denied. A pronoun ("he")
stands for whomever the caller says the text is about.

The analyzer supplies words and terms (respelling, synonyms, names): nothing here
tokenises a text its own way.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

from ._analyze import Analyzer
from ._phrases import Cues
from ._text import fold, is_year

__all__ = ["ROLES", "Frame", "Framer"]

ROLES = ("agent", "patient", "recipient", "time", "place", "means", "cause", "result")
_EMPTY: Mapping[str, tuple[str, ...]] = MappingProxyType({})

# Function words of English grammar, not of any essay.
_CLAUSE = re.compile(
    r"[,;:.!?()\"]+|\s[-\u2013\u2014]\s|\bbut\b|\bthough\b|\balthough\b|\bwhile\b|\bwhereas\b",
    re.IGNORECASE,
)
# the words where `_CLAUSE` breaks a text already split into words ("," marks the rest)
_CLAUSE_WORDS = frozenset([",", "but", "though", "although", "while", "whereas"])
_NEGATORS = frozenset(["not", "never", "no", "neither", "nor", "nobody", "nothing", "none"])
_CAUSATIVE = frozenset(["wanted", "want", "wants", "had", "have", "got", "saw", "made", "let"])
_DETERMINERS = frozenset(["the", "a", "an", "his", "her", "their", "its", "any", "some"])
_TRUTH = frozenset(["true", "right", "correct", "so", "the"])  # "not true that ..."
_BE = frozenset(["was", "were", "is", "are", "be", "been", "being", "got", "get", "gets"])
_AUX = frozenset(
    [
        "did",
        "do",
        "does",
        "could",
        "would",
        "can",
        "will",
        "should",
        "might",
        "may",
        "must",
        "to",
        "had",
        "has",
        "have",
    ]
)
_DO = frozenset(["do", "doing", "done"])  # the verb of "what did X do?", not its auxiliary
_SUBJECTS = frozenset(["he", "she", "they", "i", "we", "you", "who", "which", "that"])
_HE = frozenset(["he", "she"])  # subjects; "his" is an owner, never a participant
_THEY = frozenset(["they"])
_HIS = frozenset(["his", "her"])  # the owner of the patient, as "Stalin's" is
_HIM = frozenset(["him", "her"])  # objects ("himself" is the doer again: no participant)
_THEM = frozenset(["them"])
_RELATIVE = frozenset(["who", "which", "whom"])
_ADVERBS = frozenset(
    ["also", "only", "just", "really", "actually", "even", "still", "then", "soon", "later"]
)
_PLACE_PREPS = frozenset(["in", "at", "from", "into", "to", "near", "across", "throughout"])
_MEANS = frozenset(["with", "using", "through", "via"])
_CAUSE = (("because", "of"), ("due", "to"), ("because",), ("since",), ("out", "of"))
_RESULT = (("so", "that"), ("which", "led", "to"), ("leading", "to"), ("so",), ("which", "let"))
_ROLE_PREPS = _PLACE_PREPS | _MEANS | frozenset(["by", "for", "of", "about", "on", "as", "over"])
_OBJECT_TERMS = 3  # content terms an object noun phrase may hold
_LIST_WORDS = frozenset(["and", "or"])  # between the names of a list


@dataclass(frozen=True, slots=True)
class Frame:
    """One event or state a text states: who did what to whom, when, where, how, why.

    Attributes:
        predicate: the relation's canonical term (synonyms and derived forms share it:
            "control", "controlled" and "controlling" are one), "" when no verb was found.
        roles: role name (see ROLES) -> entity keys or content terms filling it.
        negated: whether the text denies the event ("Stalin never controlled ...").
    """

    predicate: str
    roles: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: _EMPTY)
    negated: bool = False

    def role(self, name: str) -> tuple[str, ...]:
        """The participants in one role (empty when the text does not say)."""
        return self.roles.get(name, ())


@dataclass(frozen=True, slots=True)
class _Refs:
    """What pronouns may stand for when a clause is read."""

    he: str | None  # the caller's "he"
    they: tuple[str, ...]  # the caller's "they"
    before: tuple[str, ...]  # the last names of the clause before ("..., who ...")
    focus: tuple[str, ...] | None  # whom the text is about so far (None: never follow)
    subject: tuple[str, ...]  # the doer of the clause before
    owners: frozenset[int] = frozenset()  # positions of words written as owners ("Lenin's")


@dataclass(frozen=True, slots=True)
class _Term:
    term: str
    start: int
    end: int
    kind: str | None  # entity kind, "year", or None for a content term


class Framer:
    """Reads texts into frames for one pack's analyzer. Immutable; shared by all sessions."""

    def __init__(
        self, analyzer: Analyzer, verbs: frozenset[str], denials: frozenset[str] = frozenset()
    ) -> None:
        """`verbs`: irregular verb forms ("built", "chose"); `denials`: verbs that deny the
        verb after them ("refused to compromise" is "did not compromise")."""
        self.analyzer = analyzer
        self._verbs = verbs
        self._denials = denials
        kinds = analyzer.entity_kinds
        spelt = [key for key, canon in analyzer.phrases.items() if canon in kinds]  # aliases too
        self._name_words = frozenset(w for key in spelt for w in key)
        names = sorted(map(re.escape, {key[0] for key in spelt}))
        # "... and he thought", "... and Stalin used": a new subject, not a list of names
        self._new_subject = re.compile(
            r"\b(?:and|so|because|since|then)\s+(?=(?:he|she|they|i|we)\b|(?:"
            + "|".join(names)
            + r")\s+(?:\w+ed|was|were|had|did|could|would|made|took|won|lost|saw|used)\b)",
            re.IGNORECASE,
        )

    @classmethod
    def of(cls, analyzer: Analyzer, cues: Cues) -> Framer:
        """The framer of a pack's texts and its learners' lines, with the cues' irregular
        verbs ("built"; not "never", "always", "only") and denying verbs ("refused")."""
        verbs = frozenset(cues.statement_verbs) - frozenset(cues.light_verbs)
        return cls(analyzer, verbs - {"never", "always", "only"}, frozenset(cues.negative_verbs))

    def read(
        self,
        text: str,
        he: str | None = None,
        they: Sequence[str] = (),
        correct: bool = False,
        follow: bool = True,
        lists: bool = False,
    ) -> tuple[Frame, ...]:
        """The frames a text states, in order.

        Args:
            text: a sentence or a few.
            he: the entity "he"/"she"/"him" stands for, if known.
            they: the entities "they"/"them" stand for, if known.
            correct: spell-correct the words first (a learner's line, not content).
            follow: let "he" after a name stand for it (right for a text that says whom
                it is about; a learner's "he" may mean anyone, so pass `he` instead).
            lists: read a list of names that commas cut as one party (`_lists_joined`);
                the claim checks do, the talk's context keeps the plain reading.
        """
        clauses = []
        for clause in _CLAUSE.split(text):
            if not clause.strip():
                continue
            words = self._tokens(clause, correct)
            if words:
                clauses.append((words, _owners(clause, words)))
        if lists:
            clauses = self._lists_joined(clauses)
        return self._frames(clauses, he, tuple(they), follow)

    def read_words(
        self,
        words: Sequence[str],
        follow: bool = True,
        owned: frozenset[tuple[str, str]] = frozenset(),
    ) -> tuple[Frame, ...]:
        """`read` of a text already split into words, "," where a clause breaks (a
        claim's, by the Reader), a list of names that commas cut read as one party;
        `owned`: the pairs of words the line wrote as an owner and what it owns
        (("lenin", "image") for "Lenin's image"), which the split took their "'s" from."""
        clauses = []
        part: list[str] = []
        for word in (*words, ","):
            if word not in _CLAUSE_WORDS:
                part.append(word)
                continue
            said = self.analyzer.plain_words(part)
            if said:
                pairs = itertools.pairwise(said)
                clauses.append((said, frozenset(k for k, p in enumerate(pairs) if p in owned)))
            part = []
        return self._frames(self._lists_joined(clauses), None, (), follow)

    def _frames(
        self,
        clauses: Sequence[tuple[list[str], frozenset[int]]],
        he: str | None,
        they: tuple[str, ...],
        follow: bool,
    ) -> tuple[Frame, ...]:
        """The frames of a text's clauses (their words, and which are owners), in order."""
        frames: list[Frame] = []
        last_names: tuple[str, ...] = ()
        focus: tuple[str, ...] | None = () if follow else None  # "he" after a name
        subject: tuple[str, ...] = ()  # who did the last thing: "..., missed the funeral"
        for words, owners in clauses:
            found, last_names, focus, subject = self._clause(
                words, _Refs(he, they, last_names, focus, subject, owners)
            )
            frames.extend(found)
        return tuple(frames)

    def _lists_joined(
        self, clauses: Sequence[tuple[list[str], frozenset[int]]]
    ) -> list[tuple[list[str], frozenset[int]]]:
        """The clauses with a list of names that commas cut rejoined: "Stalin, Zinoviev
        and Kamenev formed it" is one clause, whose doers are all three, and so is "it
        was formed by A, B and C". A clause of names alone joins the next when that opens
        on a name and a list word ("Zinoviev and ..."), and joins the one before when
        that ends on a name; an apposition ("Trotsky, Stalin's rival, ...") stays apart."""
        if len(clauses) < 2:
            return [(list(w), o) for w, o in clauses]
        out: list[tuple[list[str], frozenset[int]]] = []
        last_bare = False  # whether the last clause out is names alone
        for words, owners in clauses:
            bare = self._names_only(words)
            if out and (
                (bare and self._ends_on_name(out[-1][0])) or (last_bare and self._opens_list(words))
            ):
                head, head_owners = out[-1]
                shifted = frozenset(len(head) + i for i in owners)
                out[-1] = ([*head, *words], head_owners | shifted)
                last_bare = last_bare and bare
                continue
            out.append((list(words), owners))
            last_bare = bare
        return out

    def _names_only(self, words: Sequence[str]) -> bool:
        """Whether a clause is names and list words alone ("Mira Colt", "A and B")."""
        if not words:
            return False
        terms, starts, ends = self._spans(list(words))
        kinds = self.analyzer.entity_kinds
        named = [(s, e) for t, s, e in zip(terms, starts, ends, strict=True) if t in kinds]
        if len(named) != len(terms) or not named:
            return False
        covered = {i for s, e in named for i in range(s, e)}
        return all(i in covered or w in _LIST_WORDS for i, w in enumerate(words))

    def _ends_on_name(self, words: Sequence[str]) -> bool:
        """Whether a clause's last word ends a name ("... founded by Mira Colt")."""
        terms, _, ends = self._spans(list(words))
        kinds = self.analyzer.entity_kinds
        return bool(terms) and terms[-1] in kinds and ends[-1] == len(words)

    def _opens_list(self, words: Sequence[str]) -> bool:
        """Whether a clause opens on a name and a list word ("Zinoviev and Kamenev ...")."""
        terms, starts, ends = self._spans(list(words))
        kinds = self.analyzer.entity_kinds
        return (
            bool(terms)
            and terms[0] in kinds
            and starts[0] == 0
            and ends[0] < len(words)
            and words[ends[0]] in _LIST_WORDS
        )

    def written(self, frame: Mapping[str, Sequence[str]]) -> Frame:
        """A frame an educator wrote in a pack (a fact's `frame:`), in the terms `read`
        gives, so the two compare alike."""

        def terms(texts: Sequence[str]) -> tuple[str, ...]:
            return tuple(t for text in texts for t in self._spans(self._tokens(text, False))[0])

        predicate = terms(frame.get("predicate", ()))
        roles = {r: found for r in ROLES if (found := terms(frame.get(r, ())))}
        return Frame(predicate[0] if predicate else "", MappingProxyType(roles))

    def of_fact(
        self,
        answer: str,
        source: str,
        written: Mapping[str, Sequence[str]],
        lists: bool = False,
    ) -> tuple[Frame, ...]:
        """A fact's frames: the one written by hand if any, else those read from its
        answer and its source passage (`lists`: as `read`)."""
        if written:
            return (self.written(written),)
        told = self.read(answer, lists=lists)
        # a source is often a fragment ("Trotsky erased from official photographs", a
        # passive without its "was"): read as a doer with nothing done to, of the event
        # the answer tells done to him, it is a misreading, not a second event
        read = self.read(source, lists=lists)
        return told + tuple(f for f in read if not _reduced_passive(f, told))

    # The analyzer's own tokeniser and term scanner: a text is split one way only.
    def _tokens(self, text: str, correct: bool) -> list[str]:
        return self.analyzer._words(text, correct)

    def _spans(self, words: list[str]) -> tuple[list[str], list[int], list[int]]:
        return self.analyzer._scan(words)

    def clauses(self, text: str) -> list[str]:
        """A text's clauses: split where `read` splits it (punctuation, "but", "while"),
        and where "and", "so" or "because" start a new subject ("... and he thought")."""
        out = []
        for clause in _CLAUSE.split(text):
            start = 0
            for m in self._new_subject.finditer(clause):
                before = clause[start : m.start()].split()
                if before and before[-1].lower().strip("'s") in self._name_words:
                    continue  # "Zinoviev and Kamenev ended up ...": one list of names
                out.append(clause[start : m.start()])
                start = m.end()
            out.append(clause[start:])
        return [c for c in out if c.strip()]

    def denies(
        self, clause: str, about: frozenset[str] | None = None, correct: bool = False
    ) -> bool:
        """Whether a clause denies what it tells: a negation ("not", "didn't") or a verb
        that denies ("refused", "missed"), an odd number of times ("did not refuse").

        With `about` (terms), only denials that reach those terms count: "not" before
        one of them or before "true" ("it is not true that ..."), a denying verb that is
        one of them, or that denies one ("refused to compromise"). "He could not compete
        with Stalin's mastery" does not deny Stalin's mastery.
        """
        return self.denies_words(self._tokens(clause, correct), about)

    def denies_words(self, said: Sequence[str], about: frozenset[str] | None = None) -> bool:
        """`denies` of a clause already split into words (a learner's, by the Reader)."""
        if about is None:
            return sum(w in _NEGATORS or w in self._denials for w in said) % 2 == 1
        terms, starts, ends = self._spans(list(said))
        spans = list(zip(starts, ends, terms, strict=True))
        kinds = self.analyzer.entity_kinds

        def reached(i: int) -> set[str]:
            """The verb after position i and its object, if nothing but "the" comes
            between ("never cultivated loyalty"; not "compete with Stalin's mastery")."""
            after = [x for x in spans if x[0] > i]
            out = {after[0][2]} if after else set()
            if (
                len(after) > 1
                and after[1][2] not in kinds
                and set(said[after[0][1] : after[1][0]]) <= _DETERMINERS
            ):
                out.add(after[1][2])
            return out

        count = 0
        for i, w in enumerate(said):
            if w in _NEGATORS:
                truth = said[i + 1 : i + 2] and said[i + 1] in _TRUTH
                count += bool(truth or reached(i) & about)
            elif w in self._denials:
                # "refused to lower his fees": the refusing, or the lowering
                own = {t for s, _, t in spans if s == i}
                further = reached(i + 1) if tuple(said[i + 1 : i + 2]) == ("to",) else set()
                count += bool((own | further) & about)
        return count % 2 == 1

    # --- one clause ------------------------------------------------------------------------

    def _clause(
        self, words: list[str], refs: _Refs
    ) -> tuple[list[Frame], tuple[str, ...], tuple[str, ...] | None, tuple[str, ...]]:
        """The clause's frames, its last names ("who" after it), whom it is about, and
        who did the last thing in it."""
        terms, starts, ends = self._spans(words)
        kinds = self.analyzer.entity_kinds
        items = [
            _Term(t, s, e, kinds.get(t) or ("year" if is_year(t) else None))
            for t, s, e in zip(terms, starts, ends, strict=True)
        ]
        verbs = [k for k, item in enumerate(items) if self._is_verb(words, item)]
        if not verbs:
            # no verb: "Stalin's control of appointments" still names a relation
            content = [k for k, item in enumerate(items) if item.kind is None]
            verbs = content[:1]
        frames: list[Frame] = []
        carried: tuple[str, ...] = ()
        names = [i for i in items if i.kind not in (None, "year")]
        if not any(self._is_verb(words, i) for i in items):
            frames.extend(self._doing(words, names))
        named = self._run(words, names) if names else refs.before
        focus = refs.focus
        he, they = refs.he, refs.they
        for n, k in enumerate(verbs):
            lo = items[verbs[n - 1]].end if n else 0
            hi = items[verbs[n + 1]].start if n + 1 < len(verbs) else len(words)
            verb = items[k]
            # a negation reaches the verb after it: "he did not see it because he ..."
            # "not through ideology, but ..." after the verb denies a detail, not the event
            negated = any(w in _NEGATORS for w in words[lo : verb.start])
            lead = words[max(0, verb.start - 2) : verb.start]
            if len(lead) == 2 and lead[1] == "to" and lead[0] in self._denials:
                if n and frames and items[verbs[n - 1]].end == verb.start - 1:
                    negated = frames[-1].negated  # "never refused to ...": its own denial
                negated = not negated  # "refused to compromise", "did not fail to see"
            subject = self._subject(words, items, lo, verb.start, refs, focus)
            if not subject and n:
                subject = carried  # "he built a base and filled it with supporters"
            elif not subject and all(w in _ADVERBS or w in _NEGATORS for w in words[: verb.start]):
                # "he sat back, missed the funeral"; "Zinoviev and Kamenev, two ..., feared"
                subject = refs.subject
            voice = self._voice(words, lo, verb.start)
            if voice == "active" and self._small_clause(words, items, verb.start):
                voice = "passive"
            feels = voice == "passive" and self._feels(words, items, verb)
            if feels:
                voice = "active"  # "were scared of Trotsky": they feel it, towards him
            roles: dict[str, list[str]] = {}
            objects = self._objects(words, items, verb.end, hi, he, they)
            by = objects.pop("by", [])
            if voice == "passive":
                roles["patient"] = list(subject)
                if by:
                    roles["agent"] = by
            elif voice == "state":
                objects.pop("patient", None)  # "afraid of Trotsky": not what is done to him
            else:
                if subject:
                    roles["agent"] = list(subject)
                if by:
                    roles.setdefault("means", []).extend(by)
            for role, values in objects.items():
                roles.setdefault(role, []).extend(values)
            if feels:  # "scared of Trotsky": whom the feeling is towards
                towards = next((i for i in items if i.start == verb.end + 1), None)
                if towards is not None and towards.term not in roles.get("patient", []):
                    roles.setdefault("patient", []).append(towards.term)
            for item in items:  # a year anywhere in the clause dates all of it
                if item.kind == "year":
                    roles.setdefault("time", []).append(item.term)
            frames.append(
                Frame(
                    predicate=verb.term,
                    roles=MappingProxyType(
                        {r: tuple(dict.fromkeys(v)) for r in ROLES if (v := roles.get(r))}
                    ),
                    negated=negated,
                )
            )
            carried = subject
            if subject and refs.focus is not None:
                focus = subject  # "Trotsky did not see it because he ..."
        last = carried or refs.subject
        if not frames and names and len(names) == len(items):
            last = self._run(words, names)  # a clause of names only: "Zinoviev and Kamenev,"
        frames.extend(self._nominal(words, items, set(verbs)))
        return frames, named, focus, last

    def _doing(self, words: Sequence[str], names: Sequence[_Term]) -> list[Frame]:
        """ "what did Trotsky do?", "what was he doing in exile?": whoever is named just
        before the "do" is the doer of whatever it was."""
        for k, name in enumerate(names):
            after = words[name.end : name.end + 1]
            if after and after[0] in _DO:
                agent = tuple(dict.fromkeys(i.term for i in names[: k + 1]))
                return [Frame(after[0], MappingProxyType({"agent": agent}))]
        return []

    def _nominal(
        self, words: Sequence[str], items: Sequence[_Term], verbs: set[int]
    ) -> list[Frame]:
        """Events named by a noun: "the exile of Trotsky", "the expulsion of X by Y"."""
        out: list[Frame] = []
        for k, item in enumerate(items):
            if k in verbs or item.kind is not None or k + 1 >= len(items):
                continue
            gap = words[item.end : items[k + 1].start]
            after = items[k + 1]
            if not gap or gap[0] != "of" or not set(gap[1:]) <= {"the", "a", "an"}:
                continue
            if after.kind not in ("person", "group"):
                continue
            roles = {"patient": (after.term,)}
            by = next((i for i in items[k + 2 :] if i.kind in ("person", "group")), None)
            if by is not None and words[by.start - 1 : by.start] == ["by"]:
                roles["agent"] = (by.term,)
            out.append(Frame(item.term, MappingProxyType(roles), negated=False))
        return out

    def _is_verb(self, words: Sequence[str], item: _Term) -> bool:
        """Whether a term is the clause's verb ("turned on" counts by its first word)."""
        if item.kind is not None:
            return False
        word = words[item.start]
        if word in self._verbs or (len(word) >= 5 and word.endswith("ed")):
            return True
        previous = self._previous(words, item.start)
        if previous is None:
            return False
        if previous in _AUX or previous in _SUBJECTS or previous in _BE:
            return previous not in ("to",) or not word.endswith("s")
        return False

    def _previous(self, words: Sequence[str], at: int) -> str | None:
        """The word before `at`, skipping adverbs and negations ("he never really ...")."""
        i = at - 1
        while i >= 0 and (words[i] in _ADVERBS or words[i] in _NEGATORS):
            i -= 1
        return words[i] if i >= 0 else None

    def _small_clause(self, words: Sequence[str], items: Sequence[_Term], at: int) -> bool:
        """ "wanted Lenin removed", "had him killed": a name between a causative verb and
        a participle is what the participle is done to."""
        before = [i for i in items if i.end <= at and i.kind in ("person", "group")]
        if not before or any(w not in _ADVERBS for w in words[before[-1].end : at]):
            return False
        start = before[-1].start
        return start > 0 and words[start - 1] in _CAUSATIVE

    @staticmethod
    def _feels(words: Sequence[str], items: Sequence[_Term], verb: _Term) -> bool:
        """Whether a participle after "was" tells a feeling towards someone ("were scared
        of Trotsky", "was tired of Stalin"): "of" and a person right after it, no
        "by". A passive takes its doer with "by" ("was expelled by"), and "of" with a
        thing ("was accused of Bonapartism")."""
        if verb.end != verb.start + 1 or tuple(words[verb.end : verb.end + 1]) != ("of",):
            return False  # one word: "thrown out of the party" is a passive all the same
        if words[verb.end + 1 : verb.end + 2] and words[verb.end + 1] in _HIM | _THEM:
            return True  # "they were scared of him"
        after = next((i for i in items if i.start > verb.end), None)
        return after is not None and after.start == verb.end + 1 and after.kind == "person"

    def _voice(self, words: Sequence[str], lo: int, at: int) -> str:
        """ "active" (the subject does it), "passive" ("was expelled": it is done to the
        subject) or "state" ("was afraid", "was his most dangerous rival": whether the
        subject feels or causes it, word order cannot tell, so it takes no role)."""
        if self._previous(words, at) == "to" or not any(w in _BE for w in words[lo:at]):
            return "active"  # "was able to control": he controls
        word = words[at]
        participle = word in self._verbs or word.endswith(("ed", "en", "wn"))
        return "passive" if participle else "state"

    def _subject(
        self,
        words: Sequence[str],
        items: Sequence[_Term],
        lo: int,
        verb: int,
        refs: _Refs,
        focus: tuple[str, ...] | None,
    ) -> tuple[str, ...]:
        """Who does the verb: the nearest names before it (a list counts), or the nearest
        pronoun, which stands for whom the text is about so far."""
        # an owner is no doer: "used Lenin's image to legitimize his rise"
        at = {
            i.end - 1: i
            for i in items
            if i.kind not in (None, "year") and i.end - 1 not in refs.owners
        }
        for w in range(verb - 1, lo - 1, -1):
            if lo and words[w] in ("and", "or", "then"):
                return ()  # "wrote against Stalin and founded ...": the same doer
            if w in at:
                names = [i for i in items if lo <= i.start and i.end <= at[w].end]
                run = self._run(words, [i for i in names if i.kind not in (None, "year")])
                first = next(i for i in names if i.term == run[0]).start
                gerund = first and len(words[first - 1]) > 4 and words[first - 1].endswith("ing")
                if gerund and not _BE.intersection(words[at[w].end : verb]):
                    return ()  # "killing Trotsky removed ...": the doer is the killing
                return run
            word = words[w]
            if word in _HE:
                if focus and len(focus) == 1:
                    return focus
                return (refs.he,) if refs.he else ()
            if word in _THEY:
                return focus if focus and len(focus) > 1 else refs.they
            if word in _RELATIVE:
                return refs.before  # "..., who feared Trotsky": the names before the comma
        return ()

    def _run(self, words: Sequence[str], names: Sequence[_Term]) -> tuple[str, ...]:
        """The last names of a list ("Zinoviev and Kamenev"), in order."""
        last = names[-1]
        run = [last.term]
        for other in reversed(names[:-1]):
            if all(w in ("and", "or", "the") for w in words[other.end : last.start]):
                run.insert(0, other.term)
                last = other
            else:
                break
        return tuple(run)

    def _objects(
        self,
        words: Sequence[str],
        items: Sequence[_Term],
        lo: int,
        hi: int,
        he: str | None,
        they: tuple[str, ...],
    ) -> dict[str, list[str]]:
        """Roles after the verb: the patient, then what prepositions and conjunctions mark."""
        out: dict[str, list[str]] = {}
        role = "patient"
        taken = 0
        i = lo
        for_item = {item.start: item for item in items if lo <= item.start < hi}
        while i < hi:
            word = words[i]
            marked = _marker(words, i)
            if marked is not None:
                role, width = marked
                taken = 0
                i += width
                continue
            if word in _ROLE_PREPS:
                role = _preposition_role(word, words, i, for_item)
                taken = 0
                i += 1
                continue
            item = for_item.get(i)
            if item is None:
                if word in _HIM and he and role == "patient":
                    out.setdefault(role, []).append(he)
                elif word in _HIS and he and role == "patient" and i + 1 < hi:
                    out.setdefault(role, []).append(he)  # "damaged his reputation": his
                elif word in _THEM and they and role == "patient":
                    out.setdefault(role, []).extend(they)
                i += 1
                continue
            if item.kind == "year":
                i = item.end
                continue
            # names always; a few content words of the object, the means, the cause
            content = (
                role in ("patient", "by", "means", "cause", "result") and taken < _OBJECT_TERMS
            )
            if item.kind is not None or content:
                out.setdefault(role, []).append(item.term)
                taken += 1
            i = item.end
        return out


_OWNED = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def _owners(clause: str, words: Sequence[str]) -> frozenset[int]:
    """Positions of the words a clause writes as owners ("Lenin's"), when its words line
    up with the analyzer's (respelling may change their number; then none are known)."""
    raw = _OWNED.findall(fold(clause))
    if len(raw) != len(words):
        return frozenset()
    return frozenset(k for k, w in enumerate(raw) if w.endswith("'s"))


def _marker(words: Sequence[str], i: int) -> tuple[str, int] | None:
    """A conjunction that opens a cause or a result here, and how many words it spans."""
    for role, phrases in (("cause", _CAUSE), ("result", _RESULT)):
        for phrase in phrases:
            if tuple(words[i : i + len(phrase)]) == phrase:
                return role, len(phrase)
    return None


def _preposition_role(word: str, words: Sequence[str], i: int, items: Mapping[int, _Term]) -> str:
    """The role a preposition gives what follows it ("in Mexico": place, "to Lenin": recipient)."""
    j = i + 1
    while j < len(words) and words[j] in ("the", "a", "an", "his", "her", "their"):
        j += 1
    after = items.get(j)
    kind = after.kind if after is not None else None
    if word == "by":
        return "by"
    if word in _MEANS:
        return "recipient" if kind in ("person", "group") else "means"
    if word == "to" and kind in ("person", "group"):
        return "recipient"
    if word in _PLACE_PREPS and kind == "place":
        return "place"
    if word in ("in", "on", "at") and kind == "year":
        return "time"
    return "other"


def _reduced_passive(frame: Frame, told: Sequence[Frame]) -> bool:
    """Whether `frame` has a doer and no one done to, and a frame of the same predicate in
    `told` has that doer as the one done to."""
    agent = set(frame.role("agent"))
    return (
        bool(agent)
        and not frame.role("patient")
        and any(f.predicate == frame.predicate and agent & set(f.role("patient")) for f in told)
    )
