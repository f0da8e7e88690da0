"""The kind of answer a line asks for ("person", "date", "money", ...) and the noun that
names it ("which outfit", "Mercader agency"), read from its question words and the words
around them.

A reading of a line's words alone, against English's word lists and a pack's names and
vocabulary: it never looks at a term or a fact, so it is kept apart from the Analyzer that
composes it into a Query. Built once per pack and immutable.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence

from ._clauses import main_clause
from ._content import Pack
from ._descriptions import KIN_WORDS
from ._lexicon import main_broader_nouns
from ._noun_kinds import noun_kind
from ._spelling import american
from ._text import is_past, split_words, stem
from ._word_lists import BE, OBJECTS, PRONOUNS, WordLists

__all__ = ["AMOUNT_WORDS", "NAME_NOUNS", "QuestionKinds", "kinds_of_named"]

# The kind of answer a question asks for by the WordNet class of the noun after "which"
# (see `_noun_kinds`): a group's name, or a person.
_KIND_OF_CLASS = {"group": "name"}
_ASKED_OF_KIND = {"person": "person", "place": "place"}  # else a name ("which company")
NAME_NOUNS = frozenset(["name", "names"])  # "the keeper's name" asks for the keeper
_AFTER_NAME = frozenset(["in", "at", "on", "during", "then", "again", "please"])
_CLAUSE_OPENERS = frozenset(["that", "which", "who", "whom", "when", "where", "while"])
_KIN_STEMS = frozenset(stem(w) for w in KIN_WORDS)  # "husband", "sons": see ends_in_person
# the kinds a keyword line's last noun asks by its broader word ("birthplace": place);
# not a name's or a thing's, which a broader word says of most nouns ("talks": meeting)
_BROADER_KINDS = frozenset(["place", "date", "number", "person"])
# a keyword line's last noun that names a span, not the moment "what time?" asks
# ("soaking time", "travel time")
_SPAN_NOUNS = frozenset(["time", "times"])
_KEYWORD_GLUE = frozenset(["the", "a", "an", "of"])  # all a line of keywords says but nouns
# a doer by the word's making: "owner", "inventor", "chemist", "countess", and plurals
_AGENT_ENDINGS = ("er", "or", "ist", "ess", "ers", "ors", "ists", "esses")
_PAY_REACH = 8  # words of a "what" question its paying verb or noun may be among
# "cost Trotsky his support", "ended up costing him his seat": a loss, unless ...
_COSTS = frozenset(["cost", "costs", "costing"])
# what may follow "pay for" when the thing paid for is what is asked: the line's end or a
# clause ("what did the company pay for when the road closed?"), not "for a ticket"
_PAID_FOR = frozenset(["", "when", "after", "before", "while", "in", "during", "with", "then"])
# "charge" asks a sum in a "how much" question ("how much did the ferry charge?"), not
# as a noun ("in charge of", "the charge of")
_CHARGE = frozenset(["charge", "charged", "charges", "charging"])
_IN_CHARGE = frozenset(["in", "the", "a", "of", "took", "take"])
_OWNS = frozenset(["his", "her", "their", "its", "my", "our", "your"])  # "cost him his seat"
# the nouns of "how much": a line of keywords asking one asks a sum or a count
# ("settlement amount", "rennet amount"), whichever the text gives
AMOUNT_WORDS = frozenset(["amount", "amounts", "quantity", "quantities"])
_AFTER_SUM = frozenset(["at", "in", "to", "for", "per", "each", "then", "back", "when"])
_ARTICLES = frozenset(["the", "a", "an"])


def _after_copula(words: Sequence[str], at: int) -> str | None:
    """The noun a "what" question names after a copula and an article ("what was the
    reason", "what is the purpose"), or None when no copula follows the question word."""
    if at >= len(words) or words[at] not in BE:
        return None
    k = at + 1
    while k < len(words) and words[k] in _ARTICLES:
        k += 1
    return words[k] if k < len(words) else None


def kinds_of_named(
    pack: Pack, phrases: Mapping[tuple[str, ...], str], stopwords: frozenset[str]
) -> dict[str, str]:
    """The everyday nouns that open or close the pack's longer names, and the kind of
    answer "what X" asks with one ("what river": the River Tamm, a name; "which street":
    a place): a noun English knows, never a name or alias of its own ("Tamm"), and only
    when every name it is part of is of one kind."""
    kinds: dict[str, set[str]] = {}
    for entity in pack.entities:
        words = split_words(entity.name)
        if len(words) < 2:
            continue
        for word in {words[0], words[-1]}:
            if (
                word.isalpha()
                and word not in stopwords
                and (word,) not in phrases
                and noun_kind(word) is not None
            ):
                kinds.setdefault(word, set()).add(_ASKED_OF_KIND.get(entity.kind, "name"))
    return {word: next(iter(asked)) for word, asked in kinds.items() if len(asked) == 1}


class QuestionKinds:
    """What kind of answer a line asks for. Immutable once built."""

    def __init__(
        self,
        lists: WordLists,
        skip: frozenset[str],
        name_words: frozenset[str],
        vocabulary: frozenset[str],
        kind_of_named: Mapping[str, str],
        entity_kinds: Mapping[str, str],
    ) -> None:
        """Args:
        lists: English's word lists, with the pack's own stop words (`Analyzer.stopwords`).
        skip: the words that are never content words (stop words, question words, pronouns).
        name_words: the words of the pack's names ("trotsky"), never a kind of answer.
        vocabulary: the pack's words: a noun the pack says is its term, not a kind asked.
        kind_of_named: the nouns of the pack's longer names and what "what X" asks with
            one (`kinds_of_named`).
        entity_kinds: the kind of each entity term ("person", "group", ...).
        """
        self.qwords = lists.qwords
        self.qphrases = lists.qphrases
        self._qstarts = frozenset(k[0] for k in self.qphrases)
        self._qlengths = sorted({len(k) for k in self.qphrases}, reverse=True)
        self.type_words = lists.type_words
        self._type_stems = lists._type_stems
        self._kind_of_stem = {stem(w): k for w, k in self.type_words.items()}
        # the stems the pack's own texts say (an Analyzer's), not its lexicon's
        self._own_stems: frozenset[str] = getattr(lists, "own_stems", frozenset())
        self.yes_no = lists.yes_no
        self.stopwords = lists.stopwords
        self.means_verbs = lists.means_verbs
        self.money_verbs = lists.money_verbs
        self.money_nouns = lists.money_nouns
        self.consequence_verbs = lists.consequence_verbs
        self._material_phrases = lists._material_phrases
        self._significance = lists._significance
        self._skip = skip
        self._name_words = name_words
        self.vocabulary = vocabulary
        self._kind_of_named = kind_of_named
        self.entity_kinds = entity_kinds

    def question_type(self, words: list[str]) -> str | None:
        """The kind of answer a question asks for, from its question words; a name asked
        of a person ("the first keeper's name", "name of his wife") asks for a person."""
        kind = self.raw_type(words)
        if kind in ("name", "thing") and self._person_named(words) is not None:
            return "person"
        return kind

    def _person_named(self, words: Sequence[str]) -> int | None:
        """Where a line says "name" of a noun for a person ("keeper name", "the name of
        the first keeper"), else None: what is asked is who, not a thing called so."""
        for k, word in enumerate(words):
            if word not in NAME_NOUNS:
                continue
            if words[k + 1 : k + 2] == ["of"]:
                rest = itertools.dropwhile(lambda w: w in self._skip, words[k + 2 :])
                run = list(itertools.takewhile(lambda w: w not in self._skip, rest))
                head = run[-1] if run else None
            elif words[k + 1 : k + 2] and words[k + 1] not in _AFTER_NAME:
                continue  # "what did the keeper name his boat?": a verb
            else:
                head = words[k - 1] if k and words[k - 1] not in self._skip else None
            if head is not None and head not in self._name_words and noun_kind(head) == "person":
                return k
        return None

    def _lets_do(self, words: list[str]) -> bool:
        """Whether a line asks what something made someone able to do, its subject a word
        standing for what was just told: "what did they let him do?", "what did those
        allow the town to do?" (a verb of consequence, then someone, then "do" to end)."""
        if words[2:3] not in (["they"], ["these"], ["those"]) or words[-1:] != ["do"]:
            return False
        return not self.consequence_verbs.isdisjoint(words[3:-2])

    def raw_type(self, words: list[str]) -> str | None:
        # "when Lenin died, did Trotsky move?": the question is the clause after the one
        # setting its time, and asks yes or no, not a date nor a kind of thing its words
        # name ("after he was thrown out of the country, did he give up?": no place). A
        # question word after the clause is read as before ("when he was a boy, what did
        # he break?"): only a yes-or-no question is told apart here
        main = main_clause(words, self.qwords)
        if 0 < main < len(words) and words[main] in self.yes_no:
            return None
        for i in range(len(words)):
            if words[i] not in self._qstarts:
                continue
            for n in self._qlengths:  # the longest first: "what did they call"
                kind = self.qphrases.get(tuple(words[i : i + n]))
                if kind == "amount" and (
                    self._pays(words[i + 1 :]) or self._pays_much(words[i + 1 :])
                ):
                    return "money"  # "how much did a bolt of cloth cost?": a sum
                if kind == "duration" and self._a_length(words[i + 2 :]):
                    return "distance"  # "how long is each lock?": its length
                if kind:
                    return kind
        if "called" in words and words[:1] == ["what"]:
            return "name"  # "what was the alliance ... called?"
        if words[:1] in (["what"], ["which"]) and not self._material_phrases.isdisjoint(
            itertools.pairwise(words)
        ):
            return "material"  # "what is the bell made of?"
        if "why" in words[:3] and not self._significance.isdisjoint(words):
            return "result"  # "why did that matter?": what it led to, not what caused it
        for k in range(1, len(words) - 1):
            if words[k] in ("mean", "meant") and words[k + 1] == "for" and words[0] == "what":
                return "result"  # "what did it mean for Stalin?": what it led to for him
        if (
            words[:1] == ["what"]
            and words[2:3] in (["it"], ["that"], ["this"])
            and not self.consequence_verbs.isdisjoint(words[3:5])
        ):
            return "result"  # "what did it let him do?": what the thing just told gave him
        if words[:1] == ["what"] and self._lets_do(words):
            return "result"  # "what did they let the crew do?": what they made possible
        if words[:1] in (["what"], ["which"]) and not self.means_verbs.isdisjoint(words[1:5]):
            return "means"  # "what did he use?": the weapon, the tool, the method
        if words[:1] in (["what"], ["which"]) and (
            self._pays(words) or not self.money_nouns.isdisjoint(words[1:_PAY_REACH])
        ):
            return "money"  # "what did a ticket cost?", "what toll did it charge?": a sum
        for i, word in enumerate(words):
            if word in self.qwords:
                if word in ("what", "which"):  # "which leader ...?" asks for a person
                    for after in words[i + 1 : i + 3]:
                        if after in self.qwords:
                            break  # "what happens when it fills?": a clause, no kind
                        if after in self.type_words:
                            return self.type_words[after]
                    noun = _after_copula(words, i + 1)  # "what was the reason ...?"
                    if noun in self.type_words:
                        return self.type_words[noun]
                    head = self.kind_head(words, i)
                    if head is not None:
                        return head[1]
                return self.qwords[word]
        if words and words[0] in self.yes_no:
            return None
        for k, word in enumerate(words):
            if (
                word in self.type_words
                and not (word == "number" and words[k - 1 : k] == ["a"])
                and words[k - 1 : k] != ["per"]  # "flour per year": a rate, not a date
            ):
                kind = self.type_words[word]  # not "a number of", which is "several"
                if kind == "duration" and self._of_a_thing(words[:k]):
                    return "distance"  # "tunnel length": how long it is, not how long it lasted
                if kind == "number" and self._of_a_sum(words[:k]):
                    return "money"  # "loan amount": a sum, which no count answers
                if word in AMOUNT_WORDS:
                    return "amount"  # "settlement amount": a sum or a count, as "how much"
                return kind
        return self._kind_as_asked(words) or self._broader_kind(words)

    def _kind_as_asked(self, words: Sequence[str]) -> str | None:
        """A line of keywords ending in a noun asks what "what <noun>?" asks ("harvest
        month" as "what month?": a date) or, a noun of paying ("purchase price", "building
        cost"), a sum: the question words' own table read for the keyword the learner
        left them out of."""
        if any(w in self._skip and w not in _KEYWORD_GLUE for w in words):
            return None  # "and on top?": a phrase going on from the last turn, no keywords
        last = words[-1] if len(words) > 1 else ""
        if not last.isalpha() or last in self._name_words or last in _SPAN_NOUNS:
            return None
        if last in self.money_nouns or last in _COSTS:
            return "money"
        return self.qphrases.get(("what", last)) or self.qphrases.get(("which", last))

    def _broader_kind(self, words: Sequence[str]) -> str | None:
        """A line of keywords ending in a noun whose main sense is one of a kind of answer
        ("Quade birthplace", "the keeper's hometown": a place, as "birth place" asks) asks
        that kind: English has more such nouns than any list names, WordNet names them by
        their broader word."""
        if any(w in self._skip and w not in _KEYWORD_GLUE for w in words):
            return None  # "and on top?": a phrase going on from the last turn, no keywords
        last = words[-1] if words else ""
        if not last.isalpha() or last in self._skip or last in self._name_words:
            return None
        if stem(last) in self._own_stems:
            return None  # "Bukharin opposition side": the text's own word, a term of it
        for broader in main_broader_nouns(stem(last)):
            kind = self._kind_of_stem.get(broader)
            if kind in _BROADER_KINDS:
                return kind
        return None

    def ends_in_person(self, words: Sequence[str]) -> bool:
        """Whether a line of keywords ends in a noun for someone by what they do ("draw
        kiln inventor", "the mill's owner": a person in WordNet, made with -er, -or,
        -ist or -ess), no word of a name: it asks who, as "who invented the draw kiln?"
        does, not for a thing of that name. Not "Trotsky exile", "Stalin general
        secretary": a noun for a person that also names an event or a post; nor kin
        ("Vosk husband"), left to what the text tells of each person's kin."""
        if any(w in self._skip and w not in _KEYWORD_GLUE for w in words):
            return False  # "did people see him as a genius?": a sentence, not keywords
        said = [w for w in words if w not in _KEYWORD_GLUE]
        last = said[-1] if said else ""
        return (
            len(said) > 1
            and last not in self._name_words
            and stem(last) not in _KIN_STEMS
            and last.endswith(_AGENT_ENDINGS)
            and noun_kind(last) == "person"
        )

    def _of_a_thing(self, words: Sequence[str]) -> bool:
        """Whether the noun just before a keyword line's measure word is a thing one walks
        or builds ("tunnel", "bridge", "canal": WordNet's artifacts and objects), whose
        length is a distance; a strike's or a reign's is a span of time."""
        said = [w for w in words if w not in self._skip]
        return bool(said) and noun_kind(said[-1]) in ("artifact", "object")

    def _of_a_sum(self, words: Sequence[str]) -> bool:
        """Whether the noun just before a keyword line's "amount" is money's: one of
        paying ("fee", "rent") or, in WordNet, a possession ("loan", "grant", "wage"), of
        which the amount is a sum ("loan amount"), not a count ("rennet amount")."""
        said = [w for w in words if w not in self._skip]
        return bool(said) and (said[-1] in self.money_nouns or noun_kind(said[-1]) == "possession")

    def _a_length(self, words: Sequence[str]) -> bool:
        """Whether "how long" asks a thing's length: "is each lock" (what is, is long),
        "was the bridge" (a thing WordNet classes as an object or artifact), not "was the
        war", "did it take", nor "is the dough kneaded (for)": a verb done to the thing
        after it, which asks how long it goes on. A pronoun standing for the thing ("is it
        kept before use?") leaves the verb first."""
        if not words or words[0] not in BE:
            return False
        said = itertools.takewhile(lambda w: w not in _CLAUSE_OPENERS, words[1:])
        rest = [w for w in said if w not in self.stopwords and w not in ("each", "every")]
        done = rest if words[1:2] and words[1] in PRONOUNS else rest[1:]
        if words[-1] == "for" or any(is_past(w) for w in done):
            return False
        return bool(rest) and (
            words[0] in ("is", "are") or noun_kind(rest[0]) in ("artifact", "object")
        )

    def _pays(self, words: Sequence[str]) -> bool:
        """Whether a "what" question's verb is one of paying ("what did it cost?", "what
        did riders pay for a ticket?"), not of a loss to someone ("what did his pride
        cost him?", "what cost Trotsky his support?": no sum)."""
        # the verb within reach, or ending the line however long its subject ("what did a
        # ticket from the port to the quarry town cost?")
        reach = [*range(1, min(len(words), _PAY_REACH)), len(words) - 1]
        for k in dict.fromkeys(k for k in reach if k >= 1):
            if words[k] in self.money_verbs:
                after = words[k + 1] if k + 1 < len(words) else None
                if after in OBJECTS:
                    return False
                if after == "for" and (words[k + 2 : k + 3] or ("",))[0] in _PAID_FOR:
                    return False  # "what did the company pay for (when ...)?": the thing bought
                return not (words[k] in _COSTS and after is not None and after not in _AFTER_SUM)
        return False

    def _pays_much(self, words: Sequence[str]) -> bool:
        """Whether a "how much" question (`words` from "much") asks a price by a verb of
        paying however far on ("how much does a bag of the mill's flour cost at the
        shop?", "how much did the repair cost the company?", "how much did the builder
        charge?"): a sum, which a weight or a count in the answer does not give. Not
        "in charge" nor a loss ("how much did it cost him his seat?")."""
        if list(words[:1]) != ["much"]:
            return False
        for k in range(1, len(words)):
            word, before, after = words[k], words[k - 1], list(words[k + 1 : k + 3])
            if word in _CHARGE and before not in _IN_CHARGE:
                return True
            loss = word in _COSTS and len(after) == 2 and after[0] in OBJECTS and after[1] in _OWNS
            if word in self.money_verbs and not loss:
                return True
        return False

    def kind_head(self, words: Sequence[str], at: int) -> tuple[str, str] | None:
        """The noun after "what" / "which" (at `at`) that names the kind of answer by its
        class in WordNet, and the kind it asks for: "which outfit", "what organisation"
        ask for a group's name, "which guy" for a person (`_KIND_OF_CLASS`). Not a word of
        the pack's names, nor one the pack's own groups read otherwise."""
        run = list(itertools.takewhile(lambda w: w not in self._skip, words[at + 1 : at + 4]))
        if run and run[-1] in self._kind_of_named:  # "what river": the River Tamm's kind
            return run[-1], self._kind_of_named[run[-1]]
        if not run or run[-1] in self._name_words:
            return None
        head = run[-1]  # "which secret police outfit": the last word before a function word
        if stem(head) in self._type_stems or head in self.vocabulary:
            return None  # "what countrys" is "what countries"; "faction" is the pack's word
        kind = _KIND_OF_CLASS.get(noun_kind(head) or noun_kind(american(head)) or "")
        return None if kind is None else (head, kind)

    def terse_head(self, words: Sequence[str], terms: Sequence[str]) -> tuple[str, str] | None:
        """A keyword line that names something and ends in a noun of a kind the pack never
        says ("Mercader agency", "the mayor's club") asks what "what agency?" asks of it: the
        name of that kind (`kind_head`, the noun read as if after "what")."""
        if not 2 <= len(words) <= 3 or not self.qwords.keys().isdisjoint(words):
            return None  # "stalin hiring party staff" says what he did: no name and kind
        if words[-1] in self._kind_of_named or not any(t in self.entity_kinds for t in terms):
            return None  # "Lenin party": the pack's own word for its parties, a term
        return self.kind_head(words, len(words) - 2)
