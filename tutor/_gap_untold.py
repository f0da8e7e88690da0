"""Near misses of a name or term the text never tells of: a thing it only names ("an NKVD
agent" never says what the NKVD was), a term it never defines, someone it never names
("Krupskaya"), a person the question names that the fact never tells of ("what did
Lenin's testament say about Trotsky?"), or a name a drafted sentence holds only by a word
of it ("the school") before the text first says the name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ._analyze import Analyzer, Query
from ._content import Fact, Pack
from ._descriptions import KIN_WORDS
from ._gap import Checks, Gap, owners_in, time_clauses
from ._index import Index
from ._lexicon import death_stems, deed_stems, same_sense
from ._noun_kinds import noun_kind
from ._phrases import cues
from ._text import is_past, looks_plural, only_as_owner, split_words, stem

__all__ = ["Untold"]

_IS = (("is",), ("was",), ("are",), ("were",))
_PASSIVE = frozenset(["is", "was", "are", "were"])  # "were they shot?"
_DO = frozenset(["did", "does", "do"])  # "did Ashby appeal?"
# adverbs between a yes-or-no question's name and its deed: "did Vellan ever win ...?"
_BEFORE_DEED = frozenset(["ever", "also", "really", "actually", "finally", "eventually", "later"])
_STRANGE = 10000  # an English word rarer than this, unknown to the pack, names something
_NAME_LEN = 4
# two or more capitalised words in a row: "Red Army", "Five-Year Plan", "Bank of England"
_TITLE_RUN = re.compile(r"(?<![\w'])[A-Z][a-z]+(?:(?:\s+|-)(?:of\s+)?[A-Z][a-z]+)+\b")
# what a question asks of a death ("when did he die?", "why did she die?"), as a gap says it
_OF_DEATH = {"date": "when", "place": "where", "reason": "why", "means": "how"}
_DIE = frozenset(["die", "died", "dies"])  # "what did she die of?": a cause asked
_DIED_OF = (("of",), ("from",))
# words besides its own that tell a kin: "married Margit" tells his wife
_KIN_TOLD = {
    "wife": ("marri", "marriag", "wed", "widow"),
    "husband": ("marri", "marriag", "wed", "widow"),
    "father": ("parent", "child"),  # "the children of Peter Kell and his wife Agnes"
    "mother": ("parent", "child"),
}
# The kin word the other side says: "Jakob's father Henrik" is told as much by "Henrik
# paid for his son's book" as by "his father Henrik" (a closed class of kin words)
_KIN_CONVERSE = {
    "son": ("father", "mother", "parent"),
    "daughter": ("father", "mother", "parent"),
    "father": ("son", "daughter", "child"),
    "mother": ("son", "daughter", "child"),
    "brother": ("brother", "sister"),
    "sister": ("brother", "sister"),
    "husband": ("wife", "married", "wed"),
    "wife": ("husband", "married", "wed"),
}
_OWNED_KINDS = frozenset(
    ["place"]
)  # "where is he buried?"; a who or when is often told of his things


def _told_as_asked(text: str, verb: str) -> str:
    """A yes-or-no question's words as a clause, in the learner's spelling: "Did Ashby
    appeal Judge Colborne's ruling?" -> "Ashby did appeal Judge Colborne's ruling"."""
    aux, _, rest = text.strip().rstrip("?!. ").partition(" ")
    at = re.search(rf"\b{re.escape(verb)}\b", rest, re.IGNORECASE)
    if at is None:
        return rest
    return f"{rest[: at.start()]}{aux.lower()} {rest[at.start() :]}"


class Untold(Checks):
    """Names and terms a question asks of that the text never tells of."""

    def __init__(self, pack: Pack, analyzer: Analyzer, index: Index) -> None:
        super().__init__(pack, analyzer, index)
        # the pack's own names and synonyms ("Party Secretary"), not everyday English's
        said = [*(n for e in pack.entities for n in (e.name, *e.aliases))]
        said += [s for group in pack.synonyms for s in group]
        self._pack_phrases = frozenset(tuple(map(stem, split_words(s))) for s in said)
        # what the text's sentences say (not a lesson's imagined wrong answers)
        texts = (t for f in pack.facts for t in (f.answer, f.source))
        self._prose = frozenset(stem(w) for t in texts for w in split_words(t))
        self._light = cues().light_verbs
        # the particles of phrasal verbs the analyzer knows ("take on"), with "together"
        # ("put together") and without "in" ("did he win in court?" asks of winning)
        self._particles = (analyzer.particles - {"in"}) | {"together"}
        self._killing = frozenset(analyzer.analyze("killed", correct=False).terms)

    def about(self, name: str) -> Gap:
        """The gap of a question about someone the answer does not tell of."""
        return Gap(f"that about {self._names.get(name, name)}")

    def undefined(self, query: Query, fact: Fact) -> Gap | None:
        """ "What was the NKVD?" of a text that says only "an NKVD agent": wherever it
        names the thing, the name describes something else, so it never says what it is."""
        words = query.words
        if len(query.terms) != 1 or query.terms != query.entities:
            return None
        if words[:1] not in (("what",), ("who",)) or words[1:2] not in _IS:
            return None
        name = query.entities[0]
        if self._analyzer.said_what(name):
            return None  # "its lawyer, Simon Tarrant, argued ...": a draft says what he is
        kinds = self._analyzer.entity_kinds
        roles = self._index.roles
        for i in roles.postings.get(name, ()):
            spans = self._analyzer.spans_of(roles.facts[i].answer)
            starts = {at: term for term, at in spans}
            for term, at in spans:
                after = starts.get(at + len(self._spelt(name)))
                if term == name and (after is None or after in kinds):
                    return None  # "the Politburo in 1926": told of in its own right
        return Gap(f"what {self._names.get(name, name)} was")

    def meaning(self, query: Query, fact: Fact) -> Gap | None:
        """ "Define show trials" of a fact that only names them ("through purges and show
        trials"): a question asking what a term means wants a fact that says it."""
        words = query.words
        analyzer = self._analyzer
        if not analyzer.asks_meaning(words) or len(query.terms) < 2:
            return None
        kinds = analyzer.entity_kinds
        if any(kinds[e] == "person" for e in query.entities):
            return None  # "what did Lenin mean by it?": what he intended, not a term
        defines = analyzer.defines
        if defines is None or defines.search(fact.answer.lower()):
            return None
        skip = analyzer.definition_words | analyzer.stopwords | analyzer.qwords.keys()
        asked = " ".join(w for w in words if w not in skip and w != "word")
        return Gap(f"what '{asked}' means" if asked else "what it means")

    def stranger(self, query: Query, fact: Fact) -> Gap | None:
        """A question about someone or something the text never names ("what did Lenin's
        wife Krupskaya think of Stalin?"): a rare word no fact holds, not even this one, or
        on a line of keywords a word for a person ("Lenin wife"). A word said only in a
        clause granting something is not asked of (`Query.granted`)."""
        held = self._index.held(fact.id)
        # a line of keywords names what it asks of: someone the text never mentions
        # ("Ashby wife") is asked of, however everyday the word
        keywords = self._analyzer.qwords.keys().isdisjoint(query.words)
        for term, word in query.unknown:
            if term in query.granted:
                continue  # "even with everyone trashing him, what was he good at?": granted
            rank = self._analyzer.ranks.get(word)
            strange = rank is None or rank > _STRANGE
            someone = keywords and noun_kind(word) == "person"
            if (
                (strange or someone)
                and word.isalpha()
                and len(word) >= _NAME_LEN
                and term not in held
            ):
                said = f"{word[:1].upper()}{word[1:]}" if strange else f"the {word}"
                return Gap(f"anything about {said}")
        return None

    def never_named(self, query: Query, fact: Fact) -> Gap | None:
        """ "Did Trotsky found the Red Army?" of a text that never writes "Red Army": a
        name the learner capitalises, of two words or more, that no sentence of the text
        says and no name of the pack is (nor a slip of one: "Joseph Stallin"), with a
        word the text never uses."""
        analyzer = self._analyzer
        speller = analyzer.speller
        for run in _TITLE_RUN.finditer(query.text):
            if run.start() == 0:
                continue  # a line's first word is capitalised anyway: "Did Trotsky ..."
            words = [w.lower() for w in split_words(run.group())]
            if speller.said_in_a_row(words) or tuple(map(stem, words)) in self._pack_phrases:
                continue
            if any(speller.correct(w) in speller.name_words for w in words):
                continue
            if all(stem(w) in self._prose for w in words):
                continue  # "the General Secretary Role": the text's words, capitalised
            the = "the " if words[-1] in analyzer.ranks else ""  # "the Red Army", "Bonaparte"
            return Gap(f"anything about {the}{run.group()}")
        return None

    def unconfirmed(self, query: Query, fact: Fact) -> Gap | None:
        """ "Were Zinoviev and Kamenev shot in the end?" of a fact naming them both and no
        shooting: a yes-or-no question whose deed (a participle the text never uses) the
        fact does not hold is not confirmed by it, however many of its names it shares."""
        words = query.words
        if words[:1] == ("who",) and not query.leans:
            return self._undone(query, fact)
        if words[:1] and words[0] in _DO and not query.leans:
            return self._not_done(query, fact)
        if not words or words[0] not in _PASSIVE or query.leans or not query.entities:
            return None
        held = self._index.held(fact.id)
        for term, at in query.spans:
            said = term in held or stem(words[at]) in self._prose  # the text's own deed
            if at < 2 or said or not is_past(words[at]):
                continue
            named = [e for e, k in query.spans if 0 < k < at and e in query.entities]
            if not named:
                return None
            who = " and ".join(self._names.get(e, e) for e in dict.fromkeys(named))
            return Gap(f"whether {who} {words[0]} {self._as_said(query, at)}")
        return None

    def _not_done(self, query: Query, fact: Fact) -> Gap | None:
        """ "Did Ashby appeal the ruling?" of a text that never says "appeal": a yes-or-no
        question whose deed, the verb after the name it asks of, no sentence of the text
        uses in any form is not confirmed nor denied by a fact sharing its names. A light
        verb ("did she become a member?") says its deed in what follows it: then none of
        those words may be the fact's."""
        kinds = self._analyzer.entity_kinds
        name = next((t for t, k in query.spans if k == 1 and t in kinds), None)
        if name is None:
            return None
        words = query.words
        at = 1 + len(self._spelt(name))
        while fact.draft and at < len(words) and words[at] in _BEFORE_DEED:
            at += 1  # "did Vellan ever win a prize?" (of a drafted fact, read as plainly)
        if at >= len(words) or not words[at].isalpha():
            return None
        verb = words[at]
        if verb in self._analyzer.stopwords and verb not in self._light:
            return None
        held = self._index.held(fact.id)
        # what the deed is done to: "a member", "the party machine" (not a name)
        rest = [t for t, k in query.spans if k > at and t not in kinds]
        deed = next((t for t, k in query.spans if k == at), None)
        told = self._never_told(words[at:], deed, fact)
        if not rest or (rest[0] in held and not told):
            return None  # "did he underrate the party machine?" of "the party machinery"
        if verb not in self._light:
            # a deed the text says elsewhere and this drafted fact does not, nor what it is
            # done to: another deed ("did Pyke set up a ropewalk in Canada?" of "he later
            # sailed for Canada", where the text sets up other things)
            elsewhere = stem(verb) in self._prose and not fact.draft
            if deed is None or deed in held or elsewhere:
                return None  # the fact's deed in other words ("outwit": "outmaneuvered")
        return Gap(f"whether {_told_as_asked(query.text, verb)}", elsewhere=True)

    def _never_told(self, said: Sequence[str], deed: str | None, fact: Fact) -> bool:
        """Whether a yes-or-no question's deed (`said`: its words from the verb on) is one
        a drafted fact does not tell in other words (WordNet: one of its words is the
        deed or a broader one, "defended" of "protect") and its text never says in any
        form: "did Aurel win the case?", where no one wins anything, of "defended the
        mark in court" tells what was done, not this deed nor how it came out. Not of a
        verb that says its deed with the word after it ("put together", "stop
        worrying"), nor of a hand-written fact (its own words are the pack's choice)."""
        verb = said[0]
        if not fact.draft or verb in self._light or deed is None:
            return False
        after = said[1:2]
        if after and (after[0] in self._particles or after[0].endswith("ing")):
            return False  # a phrasal verb or a verb of a phase: its deed is the next word
        asked = stem(verb)
        if deed in self._index.held(fact.id) or asked in self._prose:
            return False
        own = {stem(w) for w in split_words(fact.answer.lower())}
        return not any(asked in deed_stems(w) or same_sense(asked, w) for w in own)

    def _as_said(self, query: Query, start: int) -> str:
        """The line's words from `start`, each name as the pack writes it ("Mexico City",
        once, not "mexico city")."""
        kinds = self._analyzer.entity_kinds
        names = {k: t for t, k in query.spans if t in kinds}
        out: list[str] = []
        k = start
        while k < len(query.words):
            name = names.get(k)
            out.append(self._names.get(name, name) if name else query.words[k])
            k += len(self._spelt(name)) if name else 1
        return " ".join(out)

    def _undone(self, query: Query, fact: Fact) -> Gap | None:
        """ "Who won the civil war?" of a fact telling only that the civil war was written
        out of the textbooks: the deed asked right after "who" is not in it, so neither
        is who did it (another fact may be)."""
        deed = next((t for t, k in query.spans if k == 1), None)
        kinds = self._analyzer.entity_kinds
        if deed is None or deed in kinds or deed in query.kind_terms:
            return None
        if deed in self._index.held(fact.id) or not is_past(query.words[1]):
            return None
        return Gap(self._as_said(query, 0), elsewhere=True)

    def absent(self, query: Query, fact: Fact) -> Gap | None:
        """ "What did Lenin's testament say about Trotsky?" of a fact that tells of the
        testament and never of Trotsky: a person the question names is not in it."""
        if len(query.entities) < 2 or query.context or query.qtype is None:
            return None  # a statement naming two people may join two facts
        kinds = self._analyzer.entity_kinds
        held = self._index.held(fact.id)
        # the first name is often the doer a fact leaves unsaid ("the propaganda against
        # Trotsky ..." is Stalin's): only a later one, what is asked about, must be there
        when = time_clauses(query.words)  # "after Lenin died" says when, not of whom
        timed = {t for t, at in query.spans if at in when}
        for name in query.entities[1:]:
            if kinds.get(name) == "person" and name not in held and name not in timed:
                return replace(self.about(name), elsewhere=True)
        return None

    def unheld_of(self, query: Query, fact: Fact) -> Gap | None:
        """ "Who was the skipper of the Gannet?" of a drafted "a petition from the town's
        herring skippers": the question asks of one of a thing it names after "of" ("the
        skipper of the Gannet"), and the sentence tells only of several such ("skippers")
        and nothing of the thing named, not even by its paragraph: they are others (another
        sentence may tell of that one)."""
        if not fact.draft or query.context or query.qtype is None:
            return None
        words = query.words
        held = self._index.held(fact.id)
        told = split_words(fact.answer.lower())
        for name, at in query.spans:
            of = at - 1 - (words[at - 1 : at] == ("the",))
            if name not in query.entities or name in held or of < 2 or words[of] != "of":
                continue
            one = words[of - 1]  # "skipper"
            said = [w for w in told if stem(w) == stem(one)]
            if not looks_plural(one) and said and all(looks_plural(w) for w in said):
                return Gap(self._as_said(query, 0), elsewhere=True)
        return None

    def kin_untold(self, query: Query, fact: Fact) -> Gap | None:
        """ "What did Edda's son Tobias do for a living?" of a drafted "the second of five
        children of Tobias Varnholt": the question names someone by their kin ("son"), a
        word the sentence never says, nor its converse ("his son's" tells a father), so
        the one it names is someone else of that name (her father); a sentence saying "a
        son, Tobias" may tell of him. Only where the text brings a namesake in as kin,
        and not when the line says the whole name ("her son Daniel Penrose")."""
        if not fact.draft or query.context:
            return None
        kinds = self._analyzer.entity_kinds
        words = query.words
        told = {stem(w) for w in split_words(fact.answer.lower())}
        for name, at in query.spans:
            kin = words[at - 1] if at > 0 else ""
            # (either way round: "Jakob's father Henrik" of "Henrik paid for his son's book")
            converse = (stem(w) for w in _KIN_CONVERSE.get(kin, ()))
            said_so = {stem(kin), *_KIN_TOLD.get(kin, ()), *converse}
            if (
                kin in KIN_WORDS
                and kinds.get(name) == "person"
                and said_so.isdisjoint(told)
                and self._introduced_as(kin, words[at])
                and not self._said_whole(words, at, name)
            ):
                said = re.search(
                    rf"(?:\b[\w'\u2019]+\s+)?\b{kin}\s+{re.escape(words[at])}\b", query.text, re.I
                )
                return Gap(f"that about {said.group() if said else kin}", elsewhere=True)
        return None

    def _said_whole(self, words: tuple[str, ...], at: int, name: str) -> bool:
        """Whether a line says someone's whole name ("Sarah Penrose's son Daniel
        Penrose"): then it is that one, whoever else shares a part of it."""
        whole = tuple(self._analyzer.entity_names.get(name, name).lower().split())
        return len(whole) > 1 and tuple(words[at : at + len(whole)]) == whole

    def _introduced_as(self, kin: str, name: str) -> bool:
        """Whether the text brings in someone of that name as someone's kin ("had a son,
        Thomas", "his son Tobias"): only then may the name be a namesake's. "Aldous's son
        Felix" of a text that calls Felix only "her elder brother Felix Harlowe" names
        the one Felix it has."""
        told = re.compile(rf"\b{re.escape(kin)},?\s+{re.escape(name)}\b", re.I)
        return any(told.search(fact.source) for fact in self._pack.facts)

    def unintroduced(self, query: Query, fact: Fact) -> Gap | None:
        """ "How many pupils did Bramwick Council School have?" of a drafted "The school
        opened with 48 pupils", told before the text first names Bramwick Council School:
        "the school" stands for that name only in what follows the name (nor does any
        title give it), so the sentence is about another school."""
        if not fact.draft or query.context:
            return None
        held = self._index.held(fact.id)
        at = self._index.position(fact.id)
        for name in query.entities:
            if held.get(name, 1.0) >= 1.0:
                continue  # said in the sentence itself, or not held at all
            first = self._first_said(name)
            if first is not None and at < first and not self._titled(name):
                return self.about(name)
        return None

    def _first_said(self, name: str) -> int | None:
        """Where the text first says a name in a sentence of its own (not inherited)."""
        index = self._index
        return next(
            (i for i in index.postings.get(name, ()) if index.docs[i].weights[name] >= 1.0),
            None,
        )

    def _titled(self, name: str) -> bool:
        """Whether a section's title names it: then every sentence may be about it."""
        words = [w.lower() for w in self._spelt(name)]
        return any(
            all(w in title for w in words) for title in (t.title.lower() for t in self._pack.topics)
        )

    def death_untold(self, query: Query, fact: Fact) -> Gap | None:
        """ "When did Walter die?" of a drafted "In 1871 Walter took the mill over": a
        date of his, but the sentence has no word that may tell a death (`death_stems`:
        "drowned", "was executed", "fell", "was buried"), so the date is another event's.
        A hand-made fact is taken at its word (its questions say what it answers). "What
        did Martha Harlowe die of?" asks a cause no such sentence tells either, whoever
        else her surname names ("his wife Martha" beside "Aldous Harlowe")."""
        words = query.words
        of = any(w in _DIE and words[k + 1 : k + 2] in _DIED_OF for k, w in enumerate(words))
        asked = "what" if of else _OF_DEATH.get(query.qtype or "")
        if asked is None or not fact.draft or query.context or not query.entities:
            return None
        if len(query.entities) != 1 and not of:
            return None
        if self._analyzer.death_terms.isdisjoint(query.terms):
            return None
        if not death_stems().isdisjoint(stem(w) for w in split_words(fact.answer)):
            return None
        name = self._names.get(query.entities[0], query.entities[0])
        return Gap(f"what {name} died of" if of else f"{asked} {name} died")

    def owned_only(self, query: Query, fact: Fact) -> Gap | None:
        """ "Where is Lenin buried?" of "Stalin suppressed Lenin's testament": the fact
        names the person the question asks of only as the owner of something else, so
        what it tells happened to that thing, not to him."""
        analyzer = self._analyzer
        # "when did Penhale die?" of "after Penhale's daughter argued ...": a date told of
        # his things is no date of his death, unless the fact tells of a death
        death = query.qtype == "date" and not analyzer.death_terms.isdisjoint(query.terms)
        if (query.qtype not in _OWNED_KINDS and not death) or query.context:
            return None
        if death and not (analyzer.death_terms | self._killing).isdisjoint(
            self._index.held(fact.id)
        ):
            return None  # "after Lenin's death in 1924"
        kinds = self._analyzer.entity_kinds
        people = [e for e in query.entities if kinds.get(e) == "person"]
        if len(people) != 1:
            return None
        name = people[0]
        spelt = self._spelt(name)[-1].lower()
        if spelt in owners_in(query.text):
            return None  # "where was Lenin's funeral?": asked of his thing too
        # every mention of him an owner: "Lenin's" each time, never "Lenin" alone
        if not only_as_owner(fact.answer, spelt):
            return None
        return Gap(f"when {self._names.get(name, name)} died") if death else self.about(name)
