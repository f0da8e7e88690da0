"""Near misses of the thing asked for: "what illness did Lenin die of?" is not answered by
a fact whose illness is someone else's (the sentence's subject, when no name is said right
by the word) or that names illness only in general ("due to illness"); "what prize did he
win?" by a text that never names a prize; "whose house?" by a fact naming no owner.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from ._analyze import Analyzer, Query
from ._content import Fact, Pack
from ._gap import ASKS, Checks, Gap, owners_in
from ._index import Index
from ._kind_told import names_one_of
from ._lexicon import broader_nouns
from ._noun_kinds import noun_kind
from ._phrases import cues
from ._series import unnamed_member
from ._text import ends_past, fold, is_past, is_year, lemma, looks_plural, stem

__all__ = ["AskedThing"]

# Words between "what"/"which" and the thing asked for: "what exactly was the illness";
# "the so-called Troika" (read "so called") is the Troika.
_BEFORE_FOCUS = frozenset(
    [
        "was",
        "were",
        "is",
        "are",
        "the",
        "a",
        "an",
        "kind",
        "sort",
        "type",
        "of",
        "main",
        "exactly",
        "actually",
        "specific",
        "particular",
        "real",
        "so",
    ]
)
# Verbs that follow "what" in a question (past forms in -ed are caught by their ending).
_VERBS = frozenset(
    [
        "happen",
        "happens",
        "became",
        "become",
        "becomes",
        "made",
        "makes",
        "make",
        "led",
        "leads",
        "lead",
        "drove",
        "drives",
        "caused",
        "causes",
        "brought",
        "brings",
        "kept",
        "keeps",
        "took",
        "takes",
        "gave",
        "gives",
        "went",
        "goes",
    ]
)
# A thing asked for that the text never names is a near miss only when it is a specific
# word: "which prize", "what religion"; "which body expelled him?" and "what role did
# alliances play?" ask in everyday words for what the text does name.
_RARE = 2000
_PREPOSITIONS = frozenset(["to", "of", "from", "with", "by", "through", "after", "for"])
_NP_ENDS = frozenset(
    [
        "of",
        "in",
        "for",
        "to",
        "with",
        "by",
        "from",
        "at",
        "on",
        "about",
        "after",
        "before",
        "during",
        "that",
        "who",
        "which",
        "is",
        "was",
        "were",
        "are",
        "did",
        "do",
        "does",
        "had",
        "has",
        "have",
        "could",
        "would",
        "should",
        "can",
        "will",
        "and",
        "or",
    ]
)
# kinds of thing a named body is not: "which doctor?", "which newspaper?"
_NOT_A_BODY = frozenset(["person", "communication"])
# prepositions after which a name is no subject: "the propaganda against Trotsky"
_OBJECT_OF = _PREPOSITIONS | frozenset(["against", "about", "on", "at", "into"])
_NEAR = 2  # words from a name within which a thing is that one ("the Congress of 1924")
_NAME_NEAR = 3  # words from a thing within which its name stands ("her dog, Tray")
# "a yard in Leith", "a shop on Tanner's Row": where it is, not what it is called
_WHERE_IT_IS = frozenset(["in", "at", "on", "near", "outside", "beyond"])
_NAMING = frozenset(["named", "called", "nicknamed", "known", "dubbed"])
# the things a sentence's clause says "were called" something: "the short, broken fibres
# that stayed behind on the pins were called tow" names the fibres
_CALLED_SUBJECT = re.compile(
    r"\b([a-z]+)\b(?=[^,;:]*\b(?:was|were|is|are) (?:called|known as|named) [a-z])"
)
_NAME_OPENERS = frozenset(["the", "a", "an", "his", "her", "their", "its", "this", "that"])
# words that end the thing named: "the name of the painter trotsky stayed with"
_NAME_STOPS = frozenset(
    ["who", "that", "which", "where", "when", "in", "at", "on", "with", "for", "of", "against"]
)
_BE = frozenset(["was", "were", "is", "are"])
_DETERMINERS = frozenset(
    ["the", "a", "an", "his", "her", "its", "their", "this", "that", "these", "those", "one"]
)
_ADJECTIVES = 2  # words that may stand between a determiner and its noun: "the big old mill"
_PARTIES = frozenset(["person", "group"])  # who a person asked for may be named as
_JOINS = frozenset(["and", "or"])
_WHO_THE = (("was", "the"), ("is", "the"), ("were", "the"), ("are", "the"))  # "who was the X"
# a phrase after a thing that says which one it is ("a bridge across the sound")
_PLACE_PREPOSITIONS = frozenset(
    ["across", "over", "behind", "beside", "near", "under", "above", "below", "beyond", "along"]
)  # "the driver and Venn's boy": two, not one named


_KINDS = frozenset(["kind", "sort", "type"])  # what a kind of thing is filed under
_LISTED = ("name", "person", "place")  # the kinds of thing a list of them names
_SAYS_WHICH = frozenset(["that", "which", "who", "with", "of", "from"])  # "bees that ..."
_THOSE = frozenset(["them", "these", "those"])  # "the last of them": of the ones just told
# the kinds of thing (WordNet) whose kinds a text names by narrower nouns ("granite")
_CONCRETE = frozenset(["animal", "artifact", "food", "object", "plant"])


def _is_kind(word: str) -> bool:
    """Whether a stemmed noun names a kind of thing ("breed", "brand", "species"):
    WordNet's kind, sort or type itself, or one step narrower."""
    return word in _KINDS or not _KINDS.isdisjoint(broader_nouns(word))


def _last_of(words: list[str], start: int, last: str) -> int:
    """Where a name starting at `start` ends: its last word as the text writes it ("Lev
    Kamenev" for the pack's "Kamenev"), or its first when it is not found close by."""
    for k in range(start, min(len(words), start + _NAME_NEAR)):
        if words[k] == last:
            return k
    return start


class AskedThing(Checks):
    """Whether the best fact names the thing a "what X"/"which X"/"whose X" question asks."""

    def __init__(self, pack: Pack, analyzer: Analyzer, index: Index) -> None:
        super().__init__(pack, analyzer, index)
        phrases = cues()  # irregular past forms end a noun phrase: "which church held ..."
        self._verbs = frozenset(phrases.statement_verbs) - frozenset(phrases.light_verbs)

    def whose(self, query: Query, fact: Fact) -> Gap | None:
        """ "What illness did Lenin die of?" of a fact whose illness is Trotsky's, and
        "what prize did he win?" of a text that never names a prize."""
        focus = self._focus(query)
        if focus is None:
            return self._kind_never_named(query)
        term, word, whose = focus
        if self._never_named(query, term, word):
            return Gap(f"which {word}")  # the text never names a thing of that kind
        known = word in self._analyzer.ranks  # an English word for a kind of thing
        asked = self._index.asked_about(fact.id, term, "thing")
        if known and not asked and self._only_in_general(fact, term):
            return Gap(f"which {word}")  # "what illness?" of "due to illness"
        if whose is None or self._analyzer.entity_kinds.get(whose) != "person":
            return None
        if all(t != term for t, _ in self._analyzer.spans_of(fact.answer)):
            return None  # the answer does not say it: whose it is cannot be read
        told = self._index.roles.names_of(self._index.position(fact.id), term)
        subject = self._subject(fact)
        if whose in told or subject is None or subject == whose:
            return None
        return Gap(f"which {word}")

    def unnamed(self, query: Query, fact: Fact) -> Gap | None:
        """ "Which doctor treated Lenin?" of a fact that names no doctor, and no one who
        does what is asked: the question asks for a kind of thing a text names when it
        tells of one (a person, a group, an object: `noun_kind`), so a fact naming none
        of that kind does not answer it, however many of its other words it shares."""
        head = self._head(query)
        if head is None or query.leans:
            return None  # "what document was it?": the one the last answer told of
        at, word = head
        kind = noun_kind(word)
        if word in self._analyzer.type_words or kind is None:
            return None
        # "book", a stop word (the learner's name for the text), has no term: its stem
        own = stem(word)
        term = next((t for t, k in query.spans if k == at), own)
        index = self._index
        asked = index.asked_about(fact.id, term, "thing")  # its author says it answers
        # held as itself: "doctor" read as the verb of "doctored photos" is no doctor;
        # held only by its paragraph ("The Rule on Novels" over "the committee agreed to
        # buy fiction"), it is not in the sentence at all
        inherited = (
            fact.draft
            and index.inherited(fact.id, term)
            and own not in self._stems(fact)
            and not self._named_before(fact, own)
        )
        if term == own and term in index.held(fact.id) and not inherited:
            # (a draft's questions are its sentence's, no author's word)
            return None if asked and not fact.draft else self._unnamed_one(query, fact, word, kind)
        if asked or own in self._stems(fact):
            return None
        if not self._analyzer.heads.get(own, frozenset()).isdisjoint(self._stems(fact)):
            return None  # "which fish?" of "the parrotfish": the compound names the kind
        if self._filled(query, fact, term, kind):
            return None
        be = "were" if looks_plural(word) else "was"
        if kind == "person":
            return Gap(f"who the {word} {be}")  # "who the doctor was"
        return Gap(f"which {word}" if "which" in query.words else f"what the {word} {be}")

    def _named_before(self, fact: Fact, own: str) -> bool:
        """Whether the sentence before a drafted fact, in its section, names something by
        a word of that stem ("The Darrow Valley Railway opened in 1846" before "the canal
        company cut its tolls ... to compete": the railway it competed with is that one)."""
        at = self._index.position(fact.id)
        before = self._index.docs[at - 1].fact if at > 0 else None
        if before is None or before.topic != fact.topic:
            return False
        kinds = self._analyzer.entity_kinds
        return any(
            t in kinds and own in {stem(w.lower()) for w in self._spelt(t)}
            for t, _ in self._analyzer.spans_of(before.answer)
        )

    def _unnamed_one(self, query: Query, fact: Fact, word: str, kind: str) -> Gap | None:
        """ "Which bank lent the money?" of "the company's bank loans were coming due": the
        fact tells of one such thing and never says which. It does when a name stands by
        the word (`_names_it`) or when it names anything of the kind anywhere ("her first
        bridge, a timber footbridge over the Lisk"); asked of several ("which workers?")
        a description may answer, so only one is asked of here. A bare plural ("Fungi
        grew on the stairs") tells of a kind of thing, not of one the text leaves unsaid."""
        if looks_plural(word) or self._names_it(query, fact, stem(word)) is not False:
            return None
        if self._describes(query, fact, word):
            return None
        if not self._told_as_one(fact, stem(word)):
            return None
        kinds = self._analyzer.entity_kinds
        said = set(query.entities)
        owners = owners_in(fact.answer)
        others = {
            kinds[t]
            for t, _ in self._analyzer.spans_of(fact.answer)
            if t in kinds and t not in said and self._spelt(t)[-1].lower() not in owners
        }
        fits = others & _PARTIES if kind == "person" else others - {"person"}
        if fits:
            return None
        be = "was"
        if kind == "person":
            return Gap(f"who the {word} {be}", elsewhere=True)
        asked = f"which {word}" if "which" in query.words else f"what the {word} {be}"
        return Gap(asked, elsewhere=True)

    def _told_as_one(self, fact: Fact, own: str) -> bool:
        """Whether a fact says a thing (its stem `own`) after a determiner or an owner,
        an adjective or two between: "the driver", "the company's bank loans", "the big
        factories"; not "Fungi grew", a kind of thing in general."""
        words = self._analyzer.words_and_spans(fact.answer)[0]
        owners = owners_in(fact.answer)
        return any(
            w in _DETERMINERS or w in owners
            for k, word in enumerate(words)
            if stem(word) == own
            for w in words[max(0, k - _ADJECTIVES - 1) : k]
        )

    def _filled(self, query: Query, fact: Fact, term: str, kind: str) -> bool:
        """Whether a fact names someone or something the question does not, that may be
        the one asked for: a named body ("which agency ...?" of "an NKVD agent"; WordNet's
        first sense is too rough a guide to its kind: "which wing?" of "the Right
        Opposition"), unless a person or a text is asked for; or a person in the event
        asked of (most of the question's other words are the fact's)."""
        kinds = self._analyzer.entity_kinds
        said = set(query.entities)
        named = {
            kinds[t]
            for t, _ in self._analyzer.spans_of(fact.answer)
            if t in kinds and t not in said
        }
        if kind not in _NOT_A_BODY and named - {"person", "place"}:
            return True
        if "person" not in named or kind == "communication":
            return False  # no one is a book
        held = self._index.held(fact.id)
        rest = [
            t
            for t in query.terms
            if t != term and t not in kinds and t not in query.kind_terms and not is_year(t)
        ]
        return bool(rest) and 2 * sum(t in held for t in rest) >= len(rest)

    def _stems(self, fact: Fact) -> frozenset[str]:
        """The stems of the words of a fact's answer and of the passage it cites: "the
        document" the essay says is the testament the answer names."""
        words = self._analyzer.words_and_spans(fact.answer)[0]
        cited = self._analyzer.words_and_spans(fact.source)[0]
        return frozenset(map(stem, [*words, *cited]))

    def _never_named(self, query: Query, term: str, word: str) -> bool:
        """Whether the kind of thing asked for is a specific word the text never uses."""
        rare = self._analyzer.ranks.get(word, _RARE + 1) > _RARE  # "prize", not "role"
        return rare and term not in self._index.idf and term not in query.soft

    def _kind_never_named(self, query: Query) -> Gap | None:
        """ "Which university did he study at?", asked for a name, of a text that never
        names a university: the thing's name cannot be in it."""
        if query.qtype != "name":
            return None
        focus = self._focus(query, ("name",))
        if focus is None or focus[1] in ("name", "names"):
            return None  # "what was the name of the book?": the book is asked, not a name
        term, word, _ = focus
        return Gap(f"which {word}") if self._never_named(query, term, word) else None

    def _head(self, query: Query) -> tuple[int, str] | None:
        """Where the noun a "what X"/"which X" question asks for stands, and the word:
        "what was Lenin's favourite book" -> book; "the name of the painter" -> painter."""
        words = query.words
        k = next((i for i, w in enumerate(words[:3]) if w in ("what", "which")), None)
        if k is None:
            return None
        starts = {i: t for t, i in query.spans}
        kinds = self._analyzer.entity_kinds
        k += 1
        while k < len(words):
            if words[k] in _BEFORE_FOCUS:
                k += 1
            elif starts.get(k) in kinds:
                k = next((i for i in sorted(starts) if i > k), len(words))
            elif words[k] in ("name", "names") and words[k + 1 : k + 2] == ("of",):
                k += 2
            else:
                break
        start = k
        while k < len(words) and k - start < 3:
            w = words[k]
            if (
                w in _NP_ENDS
                or w in ASKS
                or w in _VERBS
                or self._ends_phrase(w)
                or (w.endswith(("ing", "ly")) and noun_kind(w) is None)
                or starts.get(k) in kinds
            ):
                break
            k += 1
        return (k - 1, words[k - 1]) if k > start else None

    def name_unsaid(self, query: Query, fact: Fact) -> Gap | None:
        """ "What was the name of her husband?" of "she copied her husband's drawings":
        a name is asked of a thing the fact tells of without naming it (no name beside
        it: "her dog, Tray", "the ship Fram", "a carter named Walter Finch")."""
        thing = self._named_thing(query)
        if thing is None:
            return None
        named = self._names_it(query, fact, stem(thing))
        if named is None:
            # "the Paris firm" of "shipped from a Paris maker": the fact's word after the
            # same word before it is its own word for the thing
            other = self._counterpart(query, fact, thing)
            named = None if other is None else self._names_it(query, fact, stem(other))
        if named is None and query.qtype == "name" and fact.draft:
            # "the name of the ship Walter sailed on" of "Walter emigrated in 1840": not
            # said, perhaps in other words, but then named by no name the line does not say
            named = None if self._index.offers(fact.id, "name", query.terms) else False
        if named is None or named:
            return None  # not said (perhaps in other words; other checks read that), or named
        be = "were" if looks_plural(thing) else "was"
        return Gap(f"what the {thing} {be} called", elsewhere=True)  # another may name it

    def member_unnamed(self, query: Query, fact: Fact) -> Gap | None:
        """ "What was the name of the abbot?" or "which hill lord was chosen?" of "a council
        of five: Imarra, Sedric, Benna Falk, the abbot of Greyholm, and one hill lord": a
        list naming its other members says these by office only (`unnamed_member`)."""
        words = query.words
        # "the name of the abbot of Greyholm", "who was the abbot ...": the office's last
        # word before "of" (read apart from names: a draft may take an office in a list
        # for the name before it)
        at = next(
            (k + 2 for k, w in enumerate(words[:-2]) if w == "name" and words[k + 1] == "of"), 0
        )
        if not at and words[:1] == ("who",) and words[1:3] in _WHO_THE:
            at = 3
        run = list(
            itertools.takewhile(
                lambda w: w not in _NAME_STOPS and w not in ASKS and w not in _BE,
                itertools.dropwhile(lambda w: w in _NAME_OPENERS, words[at : at + 5]),
            )
        )[:3]
        thing = run[-1] if at and run else None
        asked = f"who the {thing} was" if words[:1] == ("who",) else f"what the {thing} was called"
        head = self._head(query) if thing is None else None
        if head is not None and noun_kind(head[1]) in _PARTIES:
            thing = head[1]
            k = next(i for i, w in enumerate(words) if w in ("what", "which"))
            asked = " ".join(("which", *words[k + 1 : head[0] + 1]))  # "which hill lord"
        if thing is None or not unnamed_member(fact.answer, thing):
            return None
        return Gap(asked, elsewhere=True)

    def variety(self, query: Query, fact: Fact) -> Gap | None:
        """ "What breed of bees did Tomas Wrenfield keep?" of a drafted "who had kept bees
        above the village": a kind of a thing is asked ("breed", "sort", "brand": a word
        WordNet files under kind or type), and the sentence says the thing bare, no word
        of its own before it ("Carniolan bees", "black bees") nor the kind's word."""
        if not fact.draft:
            return None
        words = query.words
        k = next((i for i, w in enumerate(words[:3]) if w in ("what", "which")), None)
        if k is None or words[k + 2 : k + 3] != ("of",) or k + 3 >= len(words):
            return None
        kind = words[k + 1]
        thing = words[k + 3 + (words[k + 3] in _DETERMINERS)] if k + 4 < len(words) else ""
        if not thing or not _is_kind(stem(kind)):
            return None
        told = self._analyzer.words_and_spans(fact.answer)[0]
        stems = [stem(w) for w in told]
        own = stem(thing)
        if stem(kind) in stems:
            return None
        if not self._analyzer.heads.get(own, frozenset()).isdisjoint(stems):
            return None  # "what kind of fish?" of "the parrotfish": which kind, told
        if own not in stems:
            # "what kind of fish live in the lake?" of "... formed Lake Orre, 90 metres
            # deep": no fish, nor a trout or any narrower noun: no kind of it told
            nouns = [s for s, w in zip(stems, told, strict=True) if not is_past(w)]
            if noun_kind(thing) not in _CONCRETE or names_one_of(own, nouns):
                return None
            return Gap(f"what {kind} of {thing}", elsewhere=True)
        owners = owners_in(fact.answer)
        asked = {stem(w) for w in words}
        stop = self._analyzer.stopwords
        for at, word in enumerate(stems):
            before = told[at - 1] if at else ""
            if word != own:
                continue
            if told[at + 1 : at + 2] and told[at + 1] in _SAYS_WHICH:
                return None  # "bees that could cope with the mite": which kind, told
            if not before:
                continue
            if before in stop or stem(before) in asked or is_past(before) or before[0].isdigit():
                continue
            if before in owners:
                continue  # "the town's flour": whose, not which kind
            return None  # "Carniolan bees": which kind, told
        return Gap(f"what {kind} of {thing}", elsewhere=True)

    def one_of_many(self, query: Query, fact: Fact) -> Gap | None:
        """ "What did the second message sent through Malvey say?" of a drafted "fell from
        about 2,400 messages a day": one is asked by its place in order ("the second
        message"), and the sentence says such things only in the plural, never by that
        order: it counts them and tells of none of them. A list of them ("named three
        sources of pollution ...: the paper mill; the tannery; the sewers") gives each."""
        if not fact.draft or any(self._index.listed(fact.id, k) for k in _LISTED):
            return None
        words = query.words
        told = self._analyzer.words_and_spans(fact.answer)[0]
        ordinals = self._analyzer.ordinal_positions
        for k, word in enumerate(words[1:-1], start=1):
            thing = words[k + 1]
            if word not in ordinals or words[k - 1] != "the":
                continue
            said = [at for at, w in enumerate(told) if stem(w) == stem(thing)]
            if looks_plural(thing) or word in told or not said:
                continue
            # "the first message passed through ..." is another one
            if all(looks_plural(told[at]) or (at > 0 and told[at - 1] in ordinals) for at in said):
                # "... bodgers worked in the open. The last of them, Walter Ferrand, ..."
                after = self._ordinal_next(fact, word)
                return Gap(f"that about the {word} {thing}", instead=after, elsewhere=True)
        return None

    def _ordinal_next(self, fact: Fact, ordinal: str) -> Fact | None:
        """The sentence after a fact, in its paragraph, when it goes on to tell of one of
        the things the fact tells of in the plural by the order asked: "the last of them"
        after "chair-leg makers called bodgers worked in the open"; else None."""
        at = self._index.position(fact.id) + 1
        docs = self._index.docs
        if at >= len(docs) or docs[at].fact.topic != fact.topic:
            return None
        nxt = docs[at].fact
        words = tuple(self._analyzer.words_and_spans(nxt.answer)[0])
        told = any(
            words[k : k + 3] == ("the", ordinal, "of") and words[k + 3] in _THOSE
            for k in range(len(words) - 3)
        )
        return nxt if told else None

    def _counterpart(self, query: Query, fact: Fact, thing: str) -> str | None:
        """The fact's word for a thing the question asks the name of in a word the fact
        never says: the word after the one the question puts before it ("the Paris firm"
        of "a Paris maker": maker), a name or a rarer word, not "the"; None if none."""
        words = query.words
        at = words.index(thing) if thing in words else -1
        before = words[at - 1] if at > 0 else ""
        stop = self._analyzer.stopwords
        if not before or before in stop or before in _NAME_OPENERS:
            return None
        told = self._analyzer.words_and_spans(fact.answer)[0]
        after = [told[k + 1] for k in range(len(told) - 1) if told[k] == before]
        found = [w for w in after if w not in stop and noun_kind(w) is not None]
        return found[0] if len(found) == 1 else None

    def _describes(self, query: Query, fact: Fact, word: str) -> bool:
        """Whether a fact says which X by describing it: a word of its own before it ("the
        back room", "a rowing boat") or a place phrase after it ("a bridge across the
        sound"), where X ends its phrase; "the company's bank loans" uses 'bank' of the
        loans and says no bank; "the big potteries" tells of several, not which one."""
        words, _ = self._analyzer.words_and_spans(fact.answer)
        stop = self._analyzer.stopwords
        asked = set(query.words)
        owners = owners_in(fact.answer)
        own = stem(word)
        for k, w in enumerate(words):
            if stem(w) != own or (looks_plural(w) and not looks_plural(word)):
                continue  # "the big potteries": several, not which one
            after = words[k + 1] if k + 1 < len(words) else ""
            before = words[k - 1] if k > 0 else ""
            ends = after in stop or after in _PLACE_PREPOSITIONS or self._ends_phrase(after)
            if after and not ends:
                continue  # "bank loans": a word before the noun it describes
            if before and before not in stop and before not in asked and before not in owners:
                return True  # "the back room", "one wood-fired oven"
            if after in _PLACE_PREPOSITIONS and k + 2 < len(words):
                return True  # "a bridge across the sound"
        return False

    def _names_it(self, query: Query, fact: Fact, own: str) -> bool | None:
        """Whether a fact gives the name of a thing it tells of (its stem `own`): a name
        beside it ("her dog, Tray", "the ship Fram") or a naming word after it ("a carter
        named Walter Finch"); None when the fact never says the thing. A name owning
        something ("Venn's boy") or joined by "and" ("the driver and Venn") is not its."""
        words, spans = self._analyzer.words_and_spans(fact.answer)
        places = [k for k, w in enumerate(words) if stem(w) == own]
        if not places:
            return None
        owners = owners_in(fact.answer)
        if self._owner_only(fact, {words[k] for k in places}):
            # "the schoolmaster's brother, Amos Teague": the name is the brother's
            return False
        kinds = self._analyzer.entity_kinds
        said = set(query.entities)
        names = [  # where each name starts and ends ("Lev Kamenev, two senior Bolsheviks")
            (k, _last_of(words, k, self._spelt(t)[-1].lower()))
            for t, k in spans
            if t in kinds and t not in said and self._spelt(t)[-1].lower() not in owners
        ]
        for n, end in names:
            if n > 0 and words[n - 1] in _WHERE_IT_IS:
                continue  # "a boatyard in Falmouth": where it is, not what it is called
            for k in places:
                near = end if k > end else n
                between = words[min(near, k) + 1 : max(near, k)]
                if abs(near - k) <= _NAME_NEAR and _JOINS.isdisjoint(between):
                    return True
        # "a protein called leghemoglobin", "a tent, which they called X"
        if any(w in _NAMING for k in places for w in words[k + 1 : k + 2 + _NAME_NEAR]):
            return True
        # a drafted text's own word for it: "the broken fibres that stayed behind on the
        # pins were called tow"
        return fact.draft and any(stem(w) == own for w in _CALLED_SUBJECT.findall(fact.answer))

    @staticmethod
    def _owner_only(fact: Fact, written: set[str]) -> bool:
        """Whether a sentence writes a thing only as the owner of another ("the
        schoolmaster's brother"): a name beside it is the other's."""
        told = fold(fact.answer)
        return all(
            re.search(rf"\b{re.escape(w)}\b(?!['\u2019]s\b)", told, re.IGNORECASE) is None
            for w in written
        )

    def _named_thing(self, query: Query) -> str | None:
        """The thing whose name a line asks: "the name of (Amundsen's lead sled) dog", "the
        dog's name", "what was the group of three called"; None when it asks no name."""
        words = query.words
        kinds = self._analyzer.entity_kinds
        named = {k + j for t, k in query.spans if t in kinds for j in range(len(self._spelt(t)))}
        said = [w for w in ("name", "names") if w in words]  # "the first names of ..."
        if said:
            at = words.index(said[0])
            if words[at + 1 : at + 2] == ("of",):
                return self._thing_in(words, at + 2, named)
            before = words[at - 1] if at > 0 else ""
            if 0 < at == len(words) - 1 and at - 1 not in named:
                # "what was the dog's name"; not "does it deserve the name?"
                return None if before in self._analyzer.stopwords else before
            return None
        if words[:1] == ("what",) and words[-1:] == ("called",):
            return self._thing_in(words[:-1], 1, named)  # "what was her dog called"
        return None

    def _ends_phrase(self, word: str) -> bool:
        """Whether a word after a noun starts a clause about it: a verb ("took", "killed",
        "lent", whose lemma "lend" is no noun), not a noun that ends as one does ("breed")
        or is an irregular plural ("children")."""
        if word in self._verbs or (ends_past(word) and noun_kind(word) is None):
            return True
        base = lemma(word)
        return base != word and noun_kind(base) is None

    def _thing_in(self, words: Sequence[str], start: int, named: set[int]) -> str | None:
        """The last word of the first run of plain words from `start`: a name before it
        owns it ("Amundsen's dog"), a name, a question word or a clause word after it ends
        it ("the city where Trotsky ...", "the book Lenin wrote")."""
        run: list[str] = []
        for k in range(start, len(words)):
            w = words[k]
            if k in named or w in _NAME_OPENERS or w in _BE:
                if run:
                    break
                continue
            if w in _NAME_STOPS or w in ASKS or self._ends_phrase(w):
                break  # "the driver killed at ...": a clause about it begins
            run.append(w)
        return run[-1] if run else None

    def owner(self, query: Query, fact: Fact) -> Gap | None:
        """ "Whose house did Trotsky stay at?" of "attacked at his home": the fact must
        name someone else as the owner ("Lenin's testament", "the home of ...")."""
        words = query.words
        if "whose" not in words[:2]:
            return None
        at = words.index("whose")
        thing = next((t for t, k in query.spans if k == at + 1), None)
        if thing is None:
            return None
        kinds = self._analyzer.entity_kinds
        said = set(query.entities)
        answer, spans = self._analyzer.words_and_spans(fact.answer)
        owners = owners_in(fact.answer)
        places = [k for t, k in spans if t == thing]
        for term, k in spans:
            if kinds.get(term) in ("person", "group") and term not in said:
                spelt = self._spelt(term)[-1].lower()
                near = any(0 < j - k <= _NEAR + 1 or 0 < k - j <= _NEAR for j in places)
                named = spelt in owners or "of" in answer[max(0, k - 2) : k]
                if near and (named or any(j - k == len(self._spelt(term)) for j in places)):
                    return None  # "Lenin's testament", "the home of ...", "an NKVD agent"
        return Gap(f"whose {words[at + 1]}")

    def _focus(
        self, query: Query, qtypes: tuple[str | None, ...] = ("thing", None)
    ) -> tuple[str, str, str | None] | None:
        """The thing a "what X ..."/"which X ..." question asks for, as (term, word,
        whose): whose it is asked to be, when the question says ("what was Lenin's
        illness?", "what illness did Lenin die of?"), else None."""
        words = query.words
        if query.qtype not in qtypes or not words:
            return None
        k = next((i for i, w in enumerate(words) if w in ("what", "which")), None)
        if k is None:
            return None
        at = {i: t for t, i in query.spans}
        starts = sorted(at)
        kinds = self._analyzer.entity_kinds
        k += 1
        whose = None  # "what was Lenin's illness?": one name may stand before the thing
        while k < len(words):
            name = at.get(k)
            if words[k] in _BEFORE_FOCUS:
                k += 1
            elif name in kinds and whose is None:
                whose = name
                k = next((i for i in starts if i > k), len(words))
            else:
                break
        term = at.get(k)
        if term is None or term in kinds:
            return None
        if term not in dict(query.surface):  # "what was the general secretary?": a phrase
            return None  # of the text names the thing itself, not a kind of thing
        if ends_past(words[k]) or words[k] in _VERBS:
            return None  # "what happened to ...", "what made him ...": no thing is asked
        if whose is None and words[k + 1 : k + 2] and words[k + 1] in ASKS:
            whose = at.get(k + 2)  # "what illness did Lenin ...": the doer after "did"
        return term, words[k], whose

    def _only_in_general(self, fact: Fact, term: str) -> bool:
        """Whether a fact names a thing only in general, right after a preposition and
        with no name near it: "due to illness" says there was one, not which."""
        words, spans = self._analyzer.words_and_spans(fact.answer)
        kinds = self._analyzer.entity_kinds
        named = [at for t, at in spans if t in kinds or self._analyzer.is_year(t)]
        places = [at for t, at in spans if t == term]
        return bool(places) and all(
            at > 0
            and words[at - 1] in _PREPOSITIONS
            and not any(abs(n - at) <= _NEAR for n in named)
            and words[at + 1 : at + 2] not in (["of"], ["called"], ["named"])
            for at in places
        )

    def _subject(self, fact: Fact) -> str | None:
        """The first person a fact's answer names, not after a preposition: whom its
        sentence is about ("The propaganda against Trotsky ..." is about no one named)."""
        kinds = self._analyzer.entity_kinds
        words, spans = self._analyzer.words_and_spans(fact.answer)
        for term, at in spans:
            if kinds.get(term) == "person":
                return None if at > 0 and words[at - 1] in _OBJECT_OF else term
        return None
