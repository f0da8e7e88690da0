"""A learner's line read into the plain words a fact says: openers and corrections dropped
("no wait, I meant Lenin"), question frames and idioms read as what they ask ("what was the
deal with", "make him look", "did people see him as", "want it to happen", "stop it from
leaving"), and a phrasal verb's particle put back beside its verb ("kicked Trotsky out").

These are rewrites of a line's words before its terms are read: the Analyzer composes them
into a Query, and a text of the pack goes through its particles only (`Particles`), as
written. Kept apart as the one place where a line's words change; each rewrite knows
English's word lists and a few things the pack says, never a fact. Built once per pack
and immutable.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence

from ._lexicon import verb_means
from ._text import fold, stem
from ._word_lists import BE, WordLists

__all__ = [
    "FATE",
    "PREVENT",
    "LineRewrites",
    "Particles",
    "find",
    "hyphened",
    "separable_verbs",
    "topicless_frames",
]

_WISH_REACH = 3  # words before "happen" a word of wishing may stand ("want it to happen")
_PERSONAL = frozenset(["him", "her", "them", "he", "she", "they", "people", "everyone"])
_REFLEXIVES = frozenset(["himself", "herself", "themselves"])
_DENYING = frozenset(["not", "never", "no"])  # split_words reads "didn't" as "did not"
_CAUSING = frozenset(["make", "made", "makes", "making", "get", "got", "let", "want", "wanted"])
_MODALS = frozenset(["would", "will", "could", "might", "should"])
_NOES = frozenset(["no", "nope", "nah"])  # before a correction: "no, sorry, I meant Lenin"
# words that open a phrase, not a clause: "I meant the party as a whole" is a piece of the
# learner's last question
_PHRASE_OPENERS = frozenset(
    ["the", "a", "an", "from", "in", "at", "out", "of", "to", "with", "during", "on", "into"]
)
PREVENT = "prevent"  # the sense of "stop" in "stop him from going" (see `_kept_from`)
_KEPT_REACH = 6  # words from the verb to its "from <doing>": "stop Lenin's warning note from"
_CARE = frozenset(["care", "cares", "cared", "caring"])  # "still care about him"
_WORRIED = "worried"  # what caring about someone is (see `_cared_about`)
# "manage to" before a verb says only that the doing came about ("how did he manage to
# win?" asks how he won): an implicative verb, no event of its own ("who managed the
# farm?" keeps it)
_MANAGE = frozenset(["manage", "manages", "managed", "managing"])
FATE = frozenset(["happened", "happen", "became", "become"])  # "what happened to him in the end?"
_HYPHENED = re.compile(r"[a-z]+(?:-[a-z]+)+")
Scan = Callable[[list[str]], tuple[list[str], list[int], list[int]]]


def hyphened(text: str) -> frozenset[tuple[str, ...]]:
    """The words a line joins by hyphens ("go-between": ("go", "between"))."""
    if "-" not in text:
        return frozenset()
    return frozenset(tuple(w.split("-")) for w in _HYPHENED.findall(fold(text)))


def _dropped(frame: Sequence[str], instead: Sequence[str]) -> tuple[int, int]:
    """Where the words of a frame that reading it as `instead` drops begin and end: "the
    deal with" of "what is the deal with" read as "what is"."""
    start = 0
    while start < min(len(frame), len(instead)) and frame[start] == instead[start]:
        start += 1
    end = len(frame)
    while (
        end > start
        and len(frame) - end < len(instead) - start
        and frame[end - 1] == instead[len(instead) - (len(frame) - end) - 1]
    ):
        end -= 1
    return start, end


def _managed(words: list[str]) -> list[str]:
    """A learner's words without "manage" where "to" and a verb follow it (`_MANAGE`)."""
    if _MANAGE.isdisjoint(words):
        return words
    return [w for k, w in enumerate(words) if w not in _MANAGE or words[k + 1 : k + 2] != ["to"]]


def find(words: Sequence[str], phrase: tuple[str, ...]) -> int:
    """Where a phrase first stands in words, or -1."""
    if not phrase:
        return 0
    first = phrase[0]
    if first not in words:  # most phrases are not in a line: one search in C
        return -1
    n = len(phrase)
    return next(
        (
            k
            for k in range(len(words) - n + 1)
            if words[k] == first and tuple(words[k : k + n]) == phrase
        ),
        -1,
    )


def _guard(frame: Sequence[str], instead: Sequence[str], skip: frozenset[str]) -> Sequence[str]:
    """The words of a frame a pack's text must never say in a row for the frame to
    carry no topic: those it drops ("the deal with", "in this story"), and the word
    before them when they are all function words ("up with" of "team up with" is no
    "is up with")."""
    start, end = _dropped(frame, instead)
    if start > 0 and all(w in skip for w in frame[start:end]):
        start -= 1
    return frame[start:end]


def topicless_frames(
    frames: Iterable[tuple[tuple[str, ...], tuple[str, ...]]],
    prose: Iterable[Sequence[str]],
    phrases: Mapping[tuple[str, ...], str],
    skip: frozenset[str],
) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """The question frames (`question_frames`) whose dropped words carry no topic in a
    pack: a frame's words carry no topic only where the text (`prose`: its facts' answers
    and sources, split) never says them ("the deal with Germany" in a text about a
    treaty) and no synonym group lists them as a term; a learner's questions written in
    the pack may ask through the frame too."""
    said_in_row = [f" {' '.join(words)} " for words in prose]
    return tuple(
        (frame, instead)
        for frame, instead in frames
        if not any(f" {' '.join(_guard(frame, instead, skip))} " in row for row in said_in_row)
        and tuple(map(stem, frame[slice(*_dropped(frame, instead))])) not in phrases
    )


def separable_verbs(
    phrases: Iterable[tuple[str, ...]], particles: Iterable[str]
) -> dict[str, frozenset[str]]:
    """Verb stem -> the particles it makes a phrasal verb of the pack with ("make" ->
    "out")."""
    particle_stems = {stem(p): p for p in particles}
    separable: dict[str, frozenset[str]] = {}
    for pair in phrases:
        if len(pair) == 2 and pair[1] in particle_stems:
            verb, particle = pair[0], particle_stems[pair[1]]
            separable[verb] = separable.get(verb, frozenset()) | {particle}
    return separable


class Particles:
    """A phrasal verb's particle put back beside its verb. Immutable once built."""

    def __init__(
        self,
        lists: WordLists,
        separable: dict[str, frozenset[str]],
        phrasal: Iterable[tuple[str, ...]],
        name_words: frozenset[str],
    ) -> None:
        """Args:
        lists: English's word lists (its particles, the words opening an object).
        separable: the pack's own phrasal verbs (`separable_verbs`).
        phrasal: the stems of WordNet's phrasal verbs the pack never says.
        name_words: the words of the pack's names, which may open an object.
        """
        self._particles = lists._particles
        self._object_openers = lists._object_openers
        self._name_words = name_words
        self._separable = separable
        # a WordNet phrasal verb the pack never says, its particle split off by the object
        # ("bumped him off", "backed Stalin up"): read as one only where the particle
        # ends the line, since then it is no preposition ("bumped him off the list")
        particle_stems = {stem(p): p for p in self._particles}
        self._separable_final: dict[str, frozenset[str]] = {}
        for verb, *rest in phrasal:
            if len(rest) == 1 and rest[0] in particle_stems and verb not in self._separable:
                found = self._separable_final.get(verb, frozenset())
                self._separable_final[verb] = found | {particle_stems[rest[0]]}

    def back(self, words: list[str], final_only: bool = False) -> list[str]:
        """A learner's words with a phrasal verb's particle put back beside its verb when
        its object stands between them ("made him out to be", "kicked Trotsky out",
        "played his role down"): the phrasal verb means one thing, its verb alone another.
        The object is short (three words at most), opened by a pronoun, an article or a
        name, and holds no other particle. `final_only`, for a text's own sentences: only
        a particle ending the sentence ("... took it over"), which is no preposition, so
        that a fact says the phrasal verb a learner's line is read as saying."""
        separable, final = self._separable, self._separable_final
        if self._particles.isdisjoint(words) or (
            separable.keys().isdisjoint(map(stem, words))
            and final.keys().isdisjoint(map(stem, words))
        ):
            return words
        out = list(words)
        for k, word in enumerate(words):
            particles = separable.get(stem(word))
            last_only = not particles
            if last_only:
                particles = final.get(stem(word))
            if not particles or k + 2 >= len(words):
                continue
            opener = out[k + 1]
            if opener not in self._object_openers and opener not in self._name_words:
                continue
            for j in range(k + 2, min(k + 5, len(out))):
                if out[j] in self._particles:
                    at_end = j == len(out) - 1
                    if out[j] in particles and (at_end or not (last_only or final_only)):
                        out[k + 1 : j + 1] = [out[j], *out[k + 1 : j]]
                    break
        return out


class LineRewrites:
    """A learner's line read into the plain words a fact says. Immutable once built."""

    def __init__(
        self,
        lists: WordLists,
        skip: frozenset[str],
        scan: Scan,
        phrases: Mapping[tuple[str, ...], str],
        entity_kinds: Mapping[str, str],
        frames: Sequence[tuple[tuple[str, ...], tuple[str, ...]]],
        mortal: frozenset[str],
        prevents: bool,
        told: frozenset[str] = frozenset(),
    ) -> None:
        """Args:
        lists: English's word lists, with the pack's own stop words (`Analyzer`).
        skip: the words that are never content words (stop words, question words, pronouns).
        scan: the Analyzer's reading of words into terms and the words each spans.
        phrases: the pack's phrases (stems) and the term each stands for.
        entity_kinds: the kind of each entity term ("person", "group", ...).
        frames: the question frames read as what they ask (`topicless_frames`).
        mortal: the people whose death the pack's facts tell (`Analyzer._mortals`).
        prevents: whether the pack says "prevent" (a term of its own, see `_kept_from`).
        told: the stems the pack's prose (its facts' answers and sources) says: a
            learner's word the text itself uses is kept as it stands, never read as
            another ("admired" of a text saying "people admired her", see `_attitude`).
        """
        self._scan = scan
        self.phrases = phrases
        self.entity_kinds = entity_kinds
        self._frames = frames
        self._mortal = mortal
        self._prevents = prevents
        self._told = told
        self.stopwords = lists.stopwords
        self._skip = skip
        self.qwords = lists.qwords
        self.complement_verbs = lists.complement_verbs
        self.likeness_words = lists.likeness_words
        self._openers, self._acks = lists._openers, lists._acks
        self._ack_before, self._corrections = lists._ack_before, lists._corrections
        self._document_words = lists._document_words
        self._document_parts, self._told_parts = lists._document_parts, lists._told_parts
        self._describing, self._argument = lists._describing, lists._argument
        self._general, self._opinion_verbs = lists._general, lists._opinion_verbs
        self._attitudes, self._liking_openers = lists._attitudes, lists._liking_openers
        self._referents, self._referent_starts = lists._referents, lists._referent_starts
        self._person_senses = lists._person_senses
        self._causatives, self._seeming = lists._causatives, lists._seeming
        self._causative_sense = lists._causative_sense
        self._wishes, self._late = lists._wishes, lists._late

    def past_openers(self, words: list[str]) -> list[str]:
        """A learner's words after "wait", "sorry", "hang on" at the start of the line."""
        k = 0
        while k < len(words) - 1:
            two = tuple(words[k : k + 2])
            n = 2 if two in self._openers else 1 if (words[k],) in self._openers else 0
            if not n or k + n >= len(words):
                break
            k += n
        first = words[k] if k < len(words) else None
        for ack in self._acks:  # "interesting, and then?": then the question
            if ack and ack[0] != first:  # its first word, before slicing the line for it
                continue
            n = len(ack)
            rest = words[k + n : k + n + 1]
            if tuple(words[k : k + n]) == ack and rest and rest[0] in self._ack_before:
                k += n
                break
        at = self._past_noes(words, k)  # "no, sorry, I meant Lenin", "no wait, I mean ..."
        first = words[at] if at < len(words) else None
        for said in self._corrections:  # "no, I meant Lenin": the last question, of Lenin
            if said and said[0] != first:
                continue
            n = len(said)
            if tuple(words[at : at + n]) == said and at + n < len(words):
                rest = words[at + n :]
                # a bare name asks the last question of it, and so does a phrase ("I
                # meant the party as a whole", "from the country"); a question or a
                # statement ("I mean Stalin feared him", an answer) is taken as it stands
                piece = rest[0] in _PHRASE_OPENERS and self.qwords.keys().isdisjoint(rest)
                return ["what", "about", *rest] if piece or self._names_only(rest) else rest
        return words[k:]

    def _past_noes(self, words: Sequence[str], at: int) -> int:
        """Where a line goes on past a "no" and the openers before a correction."""
        while at < len(words) and (words[at] in _NOES or (words[at],) in self._openers):
            at += 1
        return at

    def _names_only(self, words: Sequence[str]) -> bool:
        """Whether words are only names ("Lenin", "the Right Opposition", "Zinoviev and
        Kamenev"). Not a year: "I mean in 1926" is as likely an answer to the tutor's
        question as a correction of the learner's own."""
        plain = [w for w in words if w not in ("the", "and", "or")]
        terms, starts, ends = self._scan(plain)
        covered = sum(e - s for s, e in zip(starts, ends, strict=True))
        return bool(terms) and covered == len(plain) and all(t in self.entity_kinds for t in terms)

    def corrects(self, words: Sequence[str]) -> bool:
        """Whether a line opens by correcting the learner's own last question: "no, I
        meant ...", "sorry, I mean ...", past a "no" and the openers."""
        at = self._past_noes(words, 0)
        return any(tuple(words[at : at + len(said)]) == said for said in self._corrections)

    def through_frames(self, words: list[str], text: str) -> list[str]:
        """A learner's words with the frames of `question_frames` read as what they ask
        ("what was the deal with Lenin's will?": "what was Lenin's will?") and a hyphened
        likeness as the word it likens to ("a Napoleon-sounding charge": a Napoleon
        charge), so that words naming no topic are not asked of the facts."""
        for frame, instead in self._frames:
            k = find(words, frame)
            if k >= 0:
                words = [*words[:k], *instead, *words[k + len(frame) :]]
        for joined in hyphened(text):
            if len(joined) == 2 and joined[1] in self.likeness_words:
                k = find(words, joined)
                if k >= 0:
                    del words[k + 1]
        return words

    def document_part(self, words: list[str]) -> tuple[list[str], str | None]:
        """The part of the text a line about the text asks of ("how does the essay describe
        him at first?": its start), and the line without the words that say so, which
        are no time in the story ("at first" is not "initially")."""
        told = not self._describing.isdisjoint(words)  # "how does it describe him at first?"
        for phrase, part in [*self._document_parts, *(self._told_parts if told else [])]:
            k = find(words, phrase)
            if k >= 0:
                rest = words[:k] + words[k + len(phrase) :]
                # "what is the conclusion?": the part is all it asks about
                return (rest if self._scan(rest)[0] else words), part
        if not self._argument.isdisjoint(words):  # "what does the writer think won it?"
            for phrase, _ in self._told_parts:  # "in the end" is the writer's, no time
                k = find(words, phrase)
                if k >= 0 and words[k + len(phrase) : k + len(phrase) + 1] != ["of"]:
                    words = words[:k] + words[k + len(phrase) :]
            # the writer's own verb or noun ("the writer believes", "the author's view")
            words = [
                w
                for k, w in enumerate(words)
                if not (w in self._argument and k and words[k - 1] in self._document_words)
            ]
            return words, "argument"
        return words, None

    def idioms(self, words: list[str]) -> list[str]:
        """A learner's words (spelt right, particles back beside their verbs) with its
        idioms read as the plain words a fact says, one reading after another."""
        words = self._by_person(words)
        words = self._made_to_seem(words)
        words = self._attitude(words)
        words = self._general_view(words)
        words = self._as_them(words)
        words = self._late_in_life(words)
        words = self._wished(words)
        words = _managed(words)
        words = self._kept_from(words)
        return self._cared_about(words)

    def _by_person(self, words: list[str]) -> list[str]:
        """A verb in the sense it has with a person as its object, asked how: "how did
        people see Stalin?", "how was he seen?", "did they see him as a threat?"; not "see
        the letter", nor "did he ever see Stalin again?" (a meeting) (`person_senses`)."""
        senses = self._person_senses
        if senses.keys().isdisjoint(words):
            return words
        out = list(words)
        for k, word in enumerate(words):
            if word not in senses:
                continue
            # the person is its object, not the owner of one ("see Lenin's testament" is
            # split "see lenin testament"): the line ends or goes on with a function word
            after = words[k + 1 : k + 3]
            whom = bool(after) and self.personal(after[0])
            ends = len(after) < 2 or after[1] in self._skip
            # how regarded (the question may follow a remark: "right? how was he seen?"),
            # or as what
            how = "how" in words[:k] or after[1:2] == ["as"]
            by = k - 1 if k >= 1 and words[k - 1].endswith("ly") else k  # "usually seen"
            passive = by >= 2 and words[by - 2] in BE and self.personal(words[by - 1])
            if (passive or (whom and ends)) and how:
                out[k] = senses[word]
        return out

    def _made_to_seem(self, words: list[str]) -> list[str]:
        """A learner's words with "make <someone> look" read as "portrayed <someone>":
        "how did they make Trotsky look?" asks how he was portrayed, not how he looked
        (`causative_verbs`, `seeming_verbs`); the object is one or two words, each a
        person or a reflexive pronoun ("made himself seem", "make Leon Trotsky look").
        Not when the seeming verb opens a phrase of its own ("make himself look good"),
        nor in a clause of purpose ("what did they dig up to make him look less
        legit?" asks what was dug up; "how did they try to make him look?" is asked)."""
        if self._causatives.isdisjoint(words) or self._seeming.isdisjoint(words):
            return words
        for k, word in enumerate(words):
            if word not in self._causatives:
                continue
            if not _DENYING.isdisjoint(words[:k]):
                break  # "they never wanted to make him look ...": a claim denied as said
            if k >= 2 and words[k - 1] == "to" and words[k - 2] not in self.complement_verbs:
                continue
            for j in (k + 2, k + 3):
                if j >= len(words) or words[j] not in self._seeming:
                    continue
                whom = words[k + 1 : j]
                if not all(self.personal(w) or w in _REFLEXIVES for w in whom):
                    break
                phrase = (stem(words[j]), stem(words[j + 1])) if j + 1 < len(words) else ()
                if phrase in self.phrases:
                    break
                return [*words[:k], self._causative_sense, *whom, *words[j + 1 :]]
        return words

    def _attitude(self, words: list[str]) -> list[str]:
        """A learner's words with a verb of liking a person read as "regarded": "did Lenin
        still like Stalin?", "was he fond of him?" ask how one saw the other
        (`attitude_words`); "like" only where it is a verb (`liking_openers`). Not a
        word the pack's text says itself ("why did people admire her?" of a text saying
        "people admired her"): there the text's own word finds the fact, and "regarded"
        would find none."""
        if self._attitudes.isdisjoint(words):
            return words
        out = list(words)
        for k, word in enumerate(words[:-1]):
            if word not in self._attitudes or stem(word) in self._told:
                continue
            whom = words[k + 2] if words[k + 1] == "of" and k + 2 < len(words) else words[k + 1]
            if not self.personal(whom) or whom in ("people", "everyone"):
                continue
            if word == "like" and (k == 0 or words[k - 1] not in self._liking_openers):
                continue
            out[k] = "regarded"
        return out

    def _general_view(self, words: list[str]) -> list[str]:
        """A learner's words with "people thought", "did everyone see" read as
        "regarded": what people in general thought of someone is how he was viewed, which
        a text says with no one to think it ("a man often viewed as ..."); "people" is no
        one it names (`general_people`, `opinion_verbs`)."""
        if self._general.isdisjoint(words):
            return words
        for k, word in enumerate(words[:-1]):
            if word not in self._general or words[k + 1] not in self._opinion_verbs:
                continue
            if k and words[k - 1] in _CAUSING:
                return words  # "make people think": what was done to them, not a view
            at = k + 2 + (words[k + 2 : k + 3] in (["of"], ["about"]))
            if at >= len(words) or not self.personal(words[at]):
                return words  # "did people believe it?": a claim, not someone
            if not _MODALS.isdisjoint(words[at + 1 : at + 4]):
                return words  # "think Trotsky would take over": an expectation
            return [*words[:k], "regarded", *words[k + 2 :]]
        return words

    def _as_them(self, words: list[str]) -> list[str]:
        """A learner's words with "those two", "the pair" read as "them": they point back
        at the people just named."""
        if self._referent_starts.isdisjoint(words):
            return words
        out = list(words)
        for phrase in self._referents:
            while (k := find(out, phrase)) >= 0:
                out[k : k + len(phrase)] = ["them"]
        return out

    def _late_in_life(self, words: list[str]) -> list[str]:
        """A learner's words with "toward the end" read as "toward the end of his life"
        when nothing follows it and the line is first about someone whose death the text
        tells (`late_phrases`)."""
        if "end" not in words or not FATE.isdisjoint(words):
            return words  # "what happened to him in the end?" asks his fate, not his last days
        for phrase in self._late:
            k = find(words, phrase)
            if k < 0 or words[k + len(phrase) : k + len(phrase) + 1] == ["of"]:
                continue
            first = next(
                (t for t in self._scan(words[:k])[0] if self.entity_kinds.get(t) == "person"),
                None,
            )
            if first in self._mortal:
                k += len(phrase)
                return [*words[:k], "of", "his", "life", *words[k:]]
            return words
        return words

    def _wished(self, words: list[str]) -> list[str]:
        """A learner's words without "happen" or "become" after a word of wishing ("what
        did Lenin want to happen to him?", "say should become of him"): what is asked is
        what was wished, which no fact tells by that word; the fate of anyone is not
        asked (`wish_words`)."""
        if self._wishes.isdisjoint(words) or FATE.isdisjoint(words):
            return words
        for k, word in enumerate(words):
            if word in FATE and not self._wishes.isdisjoint(words[max(0, k - _WISH_REACH) : k]):
                return [*words[:k], *words[k + 1 :]]
        return words

    def _kept_from(self, words: list[str]) -> list[str]:
        """A learner's words with a verb before "<someone or something> from <doing>"
        read as "prevent" where WordNet gives it that sense ("how did he stop the letter
        from ruining him?", "keep them from leaving", "block it from passing"): the
        construction picks that sense out of the verb's others (halt, cease, hold), and
        a text tells it as "preventing it from damaging his reputation". Only when the
        pack says "prevent"."""
        if "from" not in words:
            return words
        for j in range(2, len(words) - 1):
            if words[j] != "from" or not words[j + 1].endswith("ing"):
                continue
            for k in range(max(0, j - _KEPT_REACH), j - 1):
                if words[k] in self.stopwords or not verb_means(stem(words[k]), PREVENT):
                    continue
                if not self._prevents:
                    return words
                return [*words[:k], PREVENT, *words[k + 1 :]]
        return words

    def _cared_about(self, words: list[str]) -> list[str]:
        """A learner's words with "care about <someone>" read as "worried about": of a
        person, caring is WordNet's "worry, care" (be concerned with: "why did Stalin
        still care about Trotsky?"), which a text tells as a fear or a threat; of a
        thing ("cared about ideology") it is an interest, and stays."""
        if "about" not in words:
            return words
        for k in range(len(words) - 2):
            if words[k] in _CARE and words[k + 1] == "about" and self.personal(words[k + 2]):
                return [*words[:k], _WORRIED, *words[k + 1 :]]
        return words

    def personal(self, word: str) -> bool:
        """Whether a word is a person: a personal pronoun or a person's name."""
        term = self.phrases.get((stem(word),))
        return word in _PERSONAL or (term is not None and self.entity_kinds.get(term) == "person")
