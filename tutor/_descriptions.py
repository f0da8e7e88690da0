"""Names said by what they are: "the founder of the Soviet state" is Lenin, "that group
of three" the Troika, "the old agreement" the compact a text says was "an agreement
known as" its name.

A learner who does not recall a name describes it. What a name is comes from two
places: the pack's own sentences ("Leon Trotsky, a charismatic revolutionary", "an
agreement known as the Bellcombe Compact", "Richard Anning was a cabinetmaker": the
scaffold's `describe` reads them) and, for a name or term WordNet knows, its definition
and the broader word's (`tutor/data/wordnet_names.tsv.gz`, made by
tools/build_wordnet_names.py), in the one sense whose words the pack's text uses most.

A text also names people by their rank ("Judge Harriet Colborne": the judge, where the
text says it apart from her name too), by a person noun learners otherwise drop as filler
("Edith Marlowe, a biology teacher": the teacher). The agent noun of a deed told in the
passive ("founded in 1908 by Helena Marsk": the founder) leads to the deed's word, not to
its doer: "the founder of the Hallam Press" asks of the founding. A plural ("the
councillors") names no one person.

A phrase of a learner's line that opens with a determiner ("the", "that", ...) and whose
content words are mostly words of one name's description stands for that name, as an
alias would: its term is added where the phrase starts. A description shared by several
names ("the leader") names none of them; one word alone names a thing only when the
pack hardly uses it otherwise and no other name is described by it.
"""

from __future__ import annotations

import gzip
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ._content import Pack
from ._doers import doers, said_doer, served_as
from ._draft_describe import describe, is_role_noun, ranks_and_deeds
from ._draft_entity import DraftEntity, NameFinder
from ._lexicon import adjective_share, narrower_nouns, noun_kin
from ._noun_kinds import noun_kind
from ._text import language, split_words, stem

__all__ = ["Descriptions"]

_OPENERS = frozenset(["the", "that", "this", "those", "these", "a", "an"])
# "her son", "his father": one's kin, named by whom the text calls so ("Colby's son,
# Walter Colby"), however everyday the word
KIN_WORDS = frozenset(
    [
        "brother",
        "sister",
        "husband",
        "wife",
        "son",
        "daughter",
        "father",
        "mother",
        "uncle",
        "aunt",
        "cousin",
        "nephew",
        "niece",
        "grandson",
        "granddaughter",
        "grandfather",
        "grandmother",
    ]
)
_KIN = frozenset(stem(w) for w in KIN_WORDS)
# a child named as "the son of", "the eldest of six children of": whose parents follow
_OFFSPRING = frozenset(["son", "sons", "daughter", "daughters", "child", "children"])
# "... of Peter Kell, a blacksmith, and his wife Agnes": the first parent is the father
_SPOUSE_CUES: dict[tuple[str, ...], str] = {("his", "wife"): "father", ("her", "husband"): "mother"}
_OTHER_PARENT = {"father": "mother", "mother": "father"}
_PARENT_KIN = frozenset(stem(w) for w in ("father", "mother", "parent"))
_VOICES = {"he": "m", "his": "m", "him": "m", "she": "f", "her": "f", "hers": "f"}
_CLEARLY = 2  # a life of a woman says "she" over twice as often as "he", and the reverse
_TITLED = 3  # words from "married" to the name at most ("married the baronet Sir George Vane")
_SPOUSES = {"m": "wife", "f": "husband"}  # what one's spouse is called, by one's "he"/"she"
_SPOUSE_KIN = frozenset(stem(w) for w in ("wife", "husband", "spouse"))
_APPOSED = 8  # words of a description set after the first parent's name, "and" included
_OWNERS = frozenset(["his", "her", "their"])
_ARTICLES = frozenset(["the", "a", "an"])  # "did that succeed?": "that" alone is no opener
_INSIDE = frozenset(["of", "the", "a", "an", "and"])  # glue a description may hold
_LONGEST = 7  # words of a described phrase at most
_COVER = 0.6  # share of a phrase's content words a description must hold
_ENOUGH = 1.0  # weight a description's words must reach (two everyday words)
_FIT = 2  # words of a WordNet sense the pack must use for the sense to be read
_RARE_IN_PACK = 2  # times the pack may say the one word that alone names a thing
_COMMON_RANK = 1000  # an everyday word this common counts half
_ADJECTIVE = 0.5  # share of a word's use as an adjective that makes it one before a role
# "an agreement known as the Bellcombe Compact": what a naming says a name is
_KNOWN_AS = re.compile(
    r"\b(?:an?|the)\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*),?\s+(?:known as|called|named)\s+"
    r"(?:the\s+)?([A-Z][\w'-]*(?:\s+(?:of\s+)?[A-Z][\w'-]*)*)"
)


@lru_cache(maxsize=1)
def _kin_called() -> dict[str, str]:
    """The everyday words for a kin word, WordNet's one step narrower ('mum', 'mom':
    mother), each led to its kin word's stem."""
    return {word: kin for kin in sorted(_KIN) for word in narrower_nouns(kin)}


@lru_cache(maxsize=1)
def _wordnet() -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """name -> its senses, most used first: the sense's flag (i: one named individual,
    Lenin; n: a kind of thing, a vane; e: an everyday word's individual, Russia or Saint
    Peter) and its description stems."""
    data = resources.files("tutor.data").joinpath("wordnet_names.tsv.gz").read_bytes()
    rows: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for line in gzip.decompress(data).decode("utf-8").split("\n"):
        if line and line[0] != "#":
            name, flag, words = line.split("\t", 2)
            rows.setdefault(name, []).append((flag, tuple(words.split())))
    return rows


class Descriptions:
    """What each name of a pack is, and the phrases of a line that describe one."""

    def __init__(
        self,
        pack: Pack,
        phrases: Mapping[tuple[str, ...], str],
        said: Mapping[str, int],
        stopwords: frozenset[str],
        ranks: Mapping[str, int],
    ) -> None:
        """Args:
        pack: the pack whose names are described.
        phrases: the analyzer's phrases (stems -> term): a description that names
            another name ("head of the USSR") holds that name's words ("soviet").
        said: how often the pack's texts say each stem.
        stopwords: words that never describe.
        ranks: everyday words by frequency: a common one says less.
        """
        self._said = _prose(pack) or said
        told_of = _told(pack)
        self.deeds = told_of.deeds  # "founder" -> "found", of "founded by"
        keyed = {e.name: "_".join(split_words(e.name)) for e in pack.entities}
        # "Oshen took his place as chancellor": a post, which "who was the chancellor?"
        # asks the holder of, maybe another than this one
        self._posts = frozenset((stem(post), keyed[name]) for name, post in told_of.posts)
        keys = {e.name: "_".join(split_words(e.name)) for e in pack.entities}
        self._children: dict[str, set[str]] = {}
        for child, parent in told_of.parents:
            self._children.setdefault(keys[parent], set()).add(keys[child])
        people = [e.name for e in pack.entities if e.kind == "person"]
        main = max(people, key=lambda n: told_of.mentions[n], default=None)
        self._main = keys[main] if main is not None else None
        he, she = told_of.voices["m"], told_of.voices["f"]  # what the text calls the one
        self._voice = "m" if he > _CLEARLY * she else "f" if she > _CLEARLY * he else None
        # "she married Piers Aubery": her husband, called so by what the text calls her
        self._spouses: dict[str, set[str]] = {}
        for who, whom in told_of.marriages:
            voice = _VOICES.get(who)
            key = self._main if voice else keys[who]
            if voice is None and key == self._main:
                voice = self._voice
            if key is None or (voice and key == self._main and voice != self._voice):
                continue
            self._spouses.setdefault(keys[whom], set()).add(key)
            self._spouses.setdefault(key, set()).add(keys[whom])
            if voice in _SPOUSES:
                told_of.described.append((whom, [_SPOUSES[voice], "spouse"]))
        # "who is Nell Garrow?": the drafted sentences that say what she is ("where
        # Inspector Nell Garrow was asked ..."), not those that only name her again
        self._says_what: dict[str, frozenset[str]] = {}
        for fact in pack.facts:
            what = {keys[n] for t in (fact.answer, fact.source) for n in told_of.said_in.get(t, ())}
            if fact.draft and what:
                self._says_what[fact.id] = frozenset(what)
        self._said_what = frozenset(k for what in self._says_what.values() for k in what)
        self._common = frozenset(stem(w) for w, r in ranks.items() if r <= _COMMON_RANK)
        lang = language()
        # words before a role that choose one of several ("the first keeper", "the other
        # pupil", "the new head"): no manner of the one described
        self._picking = frozenset(
            [*lang["ordinal_words"], *lang["higher_ordinals"], *lang["new_person_words"]]
        )
        self._people = frozenset(keys[e.name] for e in pack.entities if e.kind == "person")
        name_stems = {
            keys[e.name]: [stem(w) for f in (e.name, *e.aliases) for w in split_words(f)]
            for e in pack.entities
        }
        stop_stems = {stem(w) for w in stopwords}
        words: dict[str, set[str]] = {key: set() for key in keys.values()}
        # what the text itself says a name is: of two names WordNet describes alike ("a
        # Norwegian explorer"), the one the text calls so ("the Norwegian explorer Roald
        # Amundsen") is the one a learner's "the Norwegian explorer" means
        self._told: dict[str, set[str]] = {key: set() for key in keys.values()}
        # "a biology teacher": a word learners drop as filler, kept when the text calls
        # someone so, as "the teacher" then means her
        roles: set[str] = set()
        for entity, said_of in told_of.described:
            key = keys.get(entity)
            if key is not None:
                told = [w for w in said_of if w not in stopwords or is_role_noun(w)]
                roles.update(w for w in told if w in stopwords)
                words[key].update(stem(w) for w in told)
                self._told[key].update(stem(w) for w in told)
        # "Her teacher was Professor Hale", "their member of parliament, Sir Colin
        # Grant": a role of someone, which "her teacher" calls as "her son" does (not
        # "Stalin, the General Secretary": no one's secretary)
        relations = {stem(w) for _, said_of in told_of.owned for w in said_of if is_role_noun(w)}
        self._stop = stopwords - roles
        # the person nouns the text calls one of its people by ("rival", "mediator"): a
        # learner's word for the same ("competitor", "go-between") reaches them
        # (the head noun of each description: "chief" of "her chief rival" says which)
        self._person_roles = {
            stem(said_of[-1]): keys[entity]
            for entity, said_of in told_of.described
            if entity in keys and said_of and noun_kind(said_of[-1]) == "person"
        }
        self._relations = _KIN | relations
        # "Judge Harriet Colborne": a rank, which calls her only where the text also
        # says it of her apart from her name ("the judge rejected ..."); "Captain Orla
        # Venn" alone leaves "the captain's boat" a question of a boat
        titled: dict[str, set[str]] = {key: set() for key in keys.values()}
        self._ranked = frozenset((stem(title), keys[entity]) for entity, title in told_of.ranks)
        for entity, title in told_of.ranks:
            key = keys[entity]
            if stem(title) not in self._told[key]:
                titled[key].add(stem(title))
                words[key].add(stem(title))
        for e in pack.entities:
            words[keys[e.name]].update(
                _from_wordnet(e.name, e.aliases, said, person=e.kind == "person")
            )
        by_name = {stems: key for stems, key in phrases.items() if key in name_stems}
        for key, stems in words.items():
            for s in list(stems):
                other = by_name.get((s,))
                if other is not None:  # "ussr" -> the Soviet Union's own words
                    stems.update(name_stems[other])
            stems.difference_update(name_stems[key])  # "Lenin" does not describe Lenin
            stems.difference_update(stop_stems - self._told[key])
        self._owners: dict[str, frozenset[str]] = {}
        for key, stems in words.items():
            for s in stems:
                self._owners[s] = self._owners.get(s, frozenset()) | {key}
        self._apart = _apart(pack, self._owners, name_stems) if self._said is not said else {}
        for key, held in titled.items():
            for s in held:
                if self._apart.get(s) == 0 and self._owners.get(s) == frozenset([key]):
                    del self._owners[s]

    def __bool__(self) -> bool:
        return bool(self._owners)

    def posted(self, s: str, key: str) -> bool:
        """Whether the text says a name (its term) held a post (its stem) "as" one."""
        return (s, key) in self._posts

    def says_what(self, fact_id: str) -> frozenset[str]:
        """The names (their terms) a drafted fact says what they are: a description,
        a rank or a naming ("a retired surveyor named Walter Quill")."""
        return self._says_what.get(fact_id, frozenset())

    def said_what(self, key: str) -> bool:
        """Whether some drafted fact says what a name (its term) is."""
        return key in self._said_what

    def ranks(self, s: str, key: str) -> bool:
        """Whether the text puts a rank (its stem) before a name (its term): "Inspector
        Nell Garrow"."""
        return (s, key) in self._ranked

    def calls(self, s: str, key: str) -> bool:
        """Whether the text itself calls a name (its term) by a stem: its description
        there or its rank ("duchess" of "Duchess Imarra"), not a word of WordNet's."""
        return key in self._owners.get(s, frozenset()) and (
            s in self._told.get(key, ()) or (s, key) in self._ranked
        )

    def describes(self, s: str) -> bool:
        """Whether a stem is a word some name is described by (no typo to correct)."""
        return s in self._owners

    def named(
        self,
        words: Sequence[str],
        terms: Sequence[str],
        starts: Sequence[int],
        ends: Sequence[int],
        is_name: Callable[[str], bool],
    ) -> list[tuple[int, int, str]]:
        """(first word, end, name's term) of each phrase in a line's words that describes
        a name the line does not name otherwise."""
        named = {t for t in terms if is_name(t)}
        name_at = {  # every word of a name ("the party" holds its "the")
            j
            for t, s, e in zip(terms, starts, ends, strict=True)
            if is_name(t)
            for j in range(s, e)
        }
        out: list[tuple[int, int, str]] = []
        stems = [self._role_of(w) for w in words]
        term_at = dict(zip(starts, terms, strict=True))
        # "Lindqvist's teacher": a name owns a kin or role word as "her" does
        owners = {e - 1: t for t, e in zip(terms, ends, strict=True) if is_name(t)}
        k = 0
        while k < len(words):
            owner = words[k] in _OWNERS or k in owners
            kin = self._kin(words, stems, term_at, k, owners.get(k)) if owner else None
            if kin is not None and kin not in named and k + 1 not in name_at:
                out.append((k + 1, k + 2, kin))
                named.add(kin)
                k += 2
                continue
            if words[k] not in _OPENERS:
                k += 1
                continue
            found = self._phrase(words, stems, k + 1, name_at, words[k] in _ARTICLES)
            if found is None:  # "the guy who bought the plait"
                found = self._doer(words, k + 1, name_at)
            if found is not None and found[1] not in named:
                out.append((k + 1, found[0], found[1]))
                named.add(found[1])
                k = found[0]
            else:
                k += 1
        return out

    def _phrase(
        self,
        words: Sequence[str],
        stems: Sequence[str],
        at: int,
        name_at: set[int],
        article: bool,
    ) -> tuple[int, str] | None:
        """(end, term) of the name the phrase starting at `at` describes, or None; one
        word names one only after an article ("the panel", not "did that succeed?")."""
        content: list[int] = []
        if at in name_at:
            return None  # "the Communist Party": a name already, not a description
        for j in range(at, min(at + _LONGEST, len(words))):
            if words[j] in self._stop:
                if words[j] in _INSIDE:
                    continue
                break
            content.append(j)
        scores: dict[str, list[int]] = {}
        for j in content:
            for key in self._owners.get(stems[j], ()):
                scores.setdefault(key, []).append(j)
        best: tuple[tuple[float, int], int, str] | None = None
        second = (0.0, 0)
        for key, held in scores.items():
            end = held[-1] + 1
            span = [j for j in content if j < end]
            if span[0] != held[0] and key in self._people:
                # "the old master", "her big brother": what he was like, not which one
                span = [j for j in span if j >= held[0] or not self._manner(words[j])]
            if span[0] != held[0]:
                continue  # a word before that no description holds: "the first keeper"
            evidence = sum(self._weight(stems[j]) for j in held)
            if evidence < _COVER * sum(self._weight(stems[j]) for j in span):
                continue
            if key in self._people and _plural(words[held[-1]]):
                continue  # "the councillors" are not the one Councillor Ames
            if len(held) == 1 and not (article and self._alone(stems[held[0]], len(span))):
                continue
            if len(held) > 1 and evidence < _ENOUGH:
                continue
            # names described by the same words: the one described by rarer ones
            own = (
                sum(self._weight(stems[j]) / len(self._owners[stems[j]]) for j in held),
                sum(stems[j] in self._told[key] for j in held),
            )
            if best is None or own > best[0]:
                second = best[0] if best else (0.0, 0)
                best = (own, end, key)
            else:
                second = max(second, own)
        if best is None or best[0] <= second:
            return None
        return best[1], best[2]

    def _role_of(self, word: str) -> str:
        """A learner's word's stem, or for a person noun no name is described by, the one
        role of the text's people that WordNet gives as its synonym, or one step broader
        or narrower ("competitor": the text's "rival")."""
        s = stem(word)
        if s in self._owners or noun_kind(word) != "person":
            return s
        kin = {r for r in noun_kin(s) if r in self._person_roles}
        return next(iter(kin)) if len(kin) == 1 else s

    def _doer(self, words: Sequence[str], at: int, name_at: set[int]) -> tuple[int, str] | None:
        """(end, term) of the one name a learner calls by a deed ("the guy who ran the
        works": the text's runner of them), or None."""
        said = said_doer(words, at)
        if said is None or at in name_at:
            return None
        end, nouns = said
        keys = {k for n in nouns for k in self._owners.get(stem(n), ()) if k in self._people}
        return (end, next(iter(keys))) if len(keys) == 1 else None

    def _kin(
        self,
        words: Sequence[str],
        stems: Sequence[str],
        term_at: Mapping[int, str],
        k: int,
        owner: str | None,
    ) -> str | None:
        """The one name the text calls by the kin or role word after an owner ("her son",
        "his dad" read as "father", "her teacher"), or None; a plural ("Samuel's sons")
        names no one. `owner`: the name owning it, if a name does ("Edda's father")."""
        if k + 1 >= len(words) or _plural(words[k + 1]):
            return None
        for s in (stems[k + 1], term_at.get(k + 1), _kin_called().get(stems[k + 1])):
            if s in self._relations:
                owners = self._owners.get(s, frozenset())
                if len(owners) > 1 and s in _SPOUSE_KIN:  # the wife of the one asked of
                    owners = frozenset(o for o in owners if self._wed(o, words[k], owner))
                if len(owners) != 1:
                    return None
                key = next(iter(owners))
                return key if self._parent_of(key, s, words[k], owner) else None
        return None

    def _wed(self, key: str, pronoun: str, owner: str | None) -> bool:
        """Whether the text marries a name to the owner: the name owning the kin word,
        or where "his" or "her" does, the one the text is about, if it calls that one so."""
        spouses = self._spouses.get(key, set())
        if owner is not None:
            return owner in spouses
        return self._main in spouses and _VOICES.get(pronoun) == self._voice

    def _parent_of(self, key: str, s: str, pronoun: str, owner: str | None) -> bool:
        """Whether a name a parent's kin word calls ("her father") is the owner's parent:
        the named child's, or where "his" or "her" owns it, the parent of the one the
        text is about, if the text calls that one so ("her father" in a life of a man
        asks of someone else's). A name described otherwise is anyone's."""
        children = self._children.get(key)
        if children is None or s not in _PARENT_KIN:
            return True
        if owner is not None:
            return owner in children
        voice = _VOICES.get(pronoun)
        return self._main in children and voice is not None and voice == self._voice

    def _manner(self, word: str) -> bool:
        """Whether a learner's word before a role only says what someone was like ("old",
        "big", "rich"): mostly an adjective, no ordinal or word of another ("first",
        "other", "new")."""
        return (
            word not in self._picking
            and not word.endswith(("er", "est"))  # "the elder", "the youngest": one of several
            and adjective_share(stem(word)) >= _ADJECTIVE
        )

    def _weight(self, s: str) -> float:
        """What one word of a description tells: less when everyday."""
        return 0.5 if s in self._common else 1.0

    def _alone(self, s: str, span: int) -> bool:
        """Whether one word names a thing by itself: the whole phrase, uncommon, one
        name's only, and seldom said by the pack of anything else ("the panel")."""
        return (
            span == 1
            and s not in self._common
            and len(self._owners.get(s, ())) == 1
            and self._apart.get(s, self._said.get(s, 0)) <= _RARE_IN_PACK
        )


@dataclass(frozen=True, slots=True)
class _Told:
    """What a pack's sentences call its names: descriptions (entity name, folded words),
    ranks before a name (entity name, folded title), the deeds whose doers have an agent
    noun (its stem -> the deed's), and for each sentence the names it says what they are
    (by a description, a rank or a naming)."""

    described: list[tuple[str, list[str]]]
    owned: list[tuple[str, list[str]]]
    ranks: list[tuple[str, str]]
    deeds: dict[str, str]
    said_in: dict[str, set[str]]
    # (child's name, parent's name): a parent's kin word calls the parent only as the
    # child's ("Eliza's father" is not Kell's)
    parents: list[tuple[str, str]]
    # how many sentences name each name, and say "he" or "she" (keys "m", "f"): whom the
    # text is mostly about, and what it calls that one
    mentions: Counter[str]
    voices: Counter[str]
    # (who married: a name, "he" or "she"; whom): "X married Y" and "she married Y"
    marriages: list[tuple[str, str]]
    # (name, post): "appointed Carrow as chief engineer", a post others may hold
    posts: list[tuple[str, str]]


def _told(pack: Pack) -> _Told:
    """Read each of the pack's sentences once for what it calls the names it gives."""
    finder = NameFinder(DraftEntity(e.name, e.kind, list(e.aliases)) for e in pack.entities)
    by_form = {
        " ".join(split_words(f)): e.name for e in pack.entities for f in (e.name, *e.aliases)
    }
    told = _Told([], [], [], {}, {}, [], Counter(), Counter(), [], [])
    for text in dict.fromkeys(fact.source for fact in pack.facts):
        words = split_words(text)
        told.mentions.update({entity.name for _, _, entity in finder.spans(words)})
        told.voices.update(_VOICES[w] for w in words if w in _VOICES)
    for text in dict.fromkeys(t for fact in pack.facts for t in (fact.answer, fact.source)):
        said_in = told.said_in.setdefault(text, set())
        owned: list[tuple[DraftEntity, list[str]]] = []
        for entity, said in describe(text, finder, owned):
            told.described.append((entity.name, said))
            said_in.add(entity.name)
        told.owned.extend((entity.name, said) for entity, said in owned)
        # "Garrow bought the plait": the buyer, as a learner may call him
        told.described.extend((entity.name, [noun]) for entity, noun in doers(text, finder))
        for entity, said in served_as(text, finder):  # "appointed Carrow as chief engineer"
            told.described.append((entity.name, said))
            told.posts.append((entity.name, said[-1]))
        ranks, deeds = ranks_and_deeds(text, finder)
        # a rank says what a name is where it first introduces it ("The Saint Brendan
        # was replaced ..." says no more of the ship than its name)
        said_in.update(e.name for e, _ in ranks if not any(e.name == n for n, _ in told.ranks))
        told.ranks.extend((entity.name, title) for entity, title in ranks)
        for _, noun, done in deeds:
            # a link to the deed, no description of its doer: "who was the founder of the
            # Hallam Press?" asks of the founding, and read as the name Hallam it lost it
            told.deeds[stem(noun)] = stem(done)
        for child, parent, kin in _parents(split_words(text), finder):
            told.described.append((parent, kin))
            told.parents.append((child, parent))
        told.marriages.extend(_marriages(split_words(text), finder))
        for match in _KNOWN_AS.finditer(text):
            name = by_form.get(" ".join(split_words(match.group(2))))
            if name is not None:
                told.described.append((name, split_words(match.group(1))))
                said_in.add(name)
    return told


def _parents(words: Sequence[str], finder: NameFinder) -> list[tuple[str, str, list[str]]]:
    """(child, parent, kin words) for the parents a sentence names by the person it opens
    with ("Edda Varnholt was born ..., the second of five children of Tobias Varnholt, a
    locksmith, and his wife Margit"), with the kin word a learner asks of them by ("her
    dad": the father): a father and a mother where "his wife" or "her husband" tells
    which is which, a parent otherwise."""
    spans = finder.spans(words)
    if not spans or spans[0][2].kind != "person":
        return []
    child = spans[0][2].name
    at = {i: (n, entity) for i, n, entity in spans}
    out: list[tuple[str, str, list[str]]] = []
    for i, n, entity in spans[1:]:
        if words[i - 1] != "of" or words[i - 2] not in _OFFSPRING or entity.name == child:
            continue
        other = None
        for j in range(i + n, min(i + n + _APPOSED, len(words))):
            if words[j] != "and":
                continue
            cue = tuple(words[j + 1 : j + 3])
            found = at.get(j + 3 if cue in _SPOUSE_CUES else j + 1)
            if found is not None:
                other = (found[1], _SPOUSE_CUES.get(cue))
            break
        if other is None:
            out.append((child, entity.name, ["parent"]))
            continue
        spouse, first = other
        second = _OTHER_PARENT.get(first or "", "parent")
        out.append((child, entity.name, [first or "parent", "parent"]))
        out.append((child, spouse.name, [second, "parent"]))
    return out


def _marriages(words: Sequence[str], finder: NameFinder) -> list[tuple[str, str]]:
    """(who married: a person's name, or "he" or "she"; whom) for each "married" of a
    sentence with a person named just after it ("In 1849 Varnholt married Piers Aubery",
    "she married Captain Walter Drayce", "who had married the baronet Sir George Vane"),
    by the nearest person or pronoun before it."""
    spans = finder.spans(words)
    out: list[tuple[str, str]] = []
    for m, word in enumerate(words):
        if word != "married":
            continue
        whom = next((e for i, _, e in spans if m < i <= m + _TITLED and e.kind == "person"), None)
        if whom is None:
            continue
        who: str | None = None
        for j in range(m - 1, -1, -1):
            if words[j] in ("he", "she"):
                who = words[j]
                break
            named = next((e for i, n, e in spans if i <= j < i + n), None)
            if named is not None:
                who = named.name if named.kind == "person" else None
                break
        if who is not None and who != whom.name:
            out.append((who, whom.name))
    return out


def _prose(pack: Pack) -> dict[str, int]:
    """How many of a drafted pack's sentences say each stem (empty for a reviewed pack).
    A draft says each sentence as an answer, a source, in drafted questions and keywords:
    counted so, a word the text says once ("Anton Weyl, a mathematician") seems said
    often, and "the mathematician" would name no one."""
    if not any(fact.draft for fact in pack.facts):
        return {}
    told: dict[str, int] = {}
    for text in dict.fromkeys(fact.answer for fact in pack.facts):
        for s in {stem(w) for w in split_words(text)}:
            told[s] = told.get(s, 0) + 1
    return told


def _plural(word: str) -> bool:
    """Whether a learner's noun is a plural of the regular kind ("councillors")."""
    return (
        len(word) > 3 and word[-1] == "s" and word[-2] not in "su" and stem(word[:-1]) == stem(word)
    )


def _apart(
    pack: Pack, owners: Mapping[str, frozenset[str]], name_stems: Mapping[str, list[str]]
) -> dict[str, int]:
    """How many of a drafted pack's sentences say each word that describes one name only,
    that name not said beside it: "Judge Colborne rejected ..." says "judge" of her, so
    a text calling her so three times still has "the judge" mean her."""
    single = {s: next(iter(keys)) for s, keys in owners.items() if len(keys) == 1}
    apart = dict.fromkeys(single, 0)
    for text in dict.fromkeys(fact.answer for fact in pack.facts):
        said = {stem(w) for w in split_words(text)}
        for s in said.intersection(single):
            if said.isdisjoint(name_stems[single[s]]):
                apart[s] += 1
    return apart


def _from_wordnet(
    name: str, aliases: Iterable[str], said: Mapping[str, int], person: bool = False
) -> set[str]:
    """What WordNet says a name (or one of its aliases) is, in the sense whose words the
    pack says most; nothing when no sense fits the pack's text. A person's surname alone
    is read only as a named individual WordNet knows (Lenin): a surname that is also a
    common noun says nothing of her (Harriet Vane is no fin on a missile, Henry Lisle no
    cotton thread). An everyday word's place (Russia) only tells a draft a place from a
    person (`_name_cues`): it would describe a hand-made pack's names anew."""
    table = _wordnet()
    senses = [
        words
        for f in (name, *aliases)
        for flag, words in table.get(" ".join(split_words(f)), ())
        if flag == "i" or (flag == "n" and not (person and f != name))
    ]
    best, fit = None, _FIT - 1
    for sense in senses:
        used = sum(1 for s in sense if s in said)
        if used > fit:
            best, fit = sense, used
    return set(best) if best else set()
