"""The keywords of drafted facts: a sentence's names and rarest words, and what its
context lends it (its heading, the sentence it leans on, whom its paragraph is about).

A stage of its own in the drafting pipeline (tutor/_scaffold.py): it reads the whole
text once for what a sentence alone does not say.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from ._draft_glosses import glossed_in, glosses
from ._draft_names import DraftEntity, NameFinder, class_words, demonyms
from ._draft_questions import parse
from ._draft_reading import Sentence
from ._measures import measured
from ._noun_kinds import noun_kind
from ._text import language, split_words, stem

__all__ = ["Keywords"]

_MAX_KEYWORDS = 5
# A short sentence that the next one continues by a pronoun ("The apples go into the press.
# They stay there for two hours ...") sets the scene of it: its words of most note are the
# next one's keywords too, so many of them.
_SETUP_WORDS = 10
_SETUP_KEYWORDS = 3
# A paragraph opening with a sentence this short names what it tells ("The last step is
# glazing."): its words of most note, this many, are keywords of the paragraph's others.
_LEAD_WORDS = 7
_LEAD_KEYWORDS = 2
_ROUTINE_KEYWORDS = 6  # words of the sentence before counted steps, lent to each step
_REPEATED = 2  # sentences of a paragraph with no heading that say a word of its topic
_REPEATED_WORDS = 2  # such words, at most, lent to each of its sentences
_DESCRIPTORS = 4  # words of what the text calls a name, added to each fact naming it
# A sentence that opens with one of these leans on the one before it ("This killed ...").
# A sentence whose subject is a pronoun takes its context's names as keywords.
_POINTS_BACK = re.compile(
    r"^(?:[A-Z][^,]{0,40},\s+)?(?:it|they|this|these|its|their|such|those|that)\b", re.IGNORECASE
)
_SUBJECT_PRONOUNS = frozenset(["it", "they", "this", "these", "those", "such"])


def _leans_back(text: str) -> bool:
    """Whether a sentence's subject is a pronoun ('It ...', 'On 17 May they reached ...'):
    its names are the context's."""
    if _POINTS_BACK.match(text):
        return True
    subject = parse(text).subject.lower().split()
    return len(subject) == 1 and subject[0] in _SUBJECT_PRONOUNS


def _leads(sentences: Sequence[Sentence]) -> dict[int, Sentence]:
    """Each paragraph's short opening sentence, by its line: one of a few words that
    names what the paragraph goes on to tell ("The last step is glazing.", "Then the
    dough is shaped."), as a heading does; its words of most note are the paragraph's."""
    leads: dict[int, Sentence] = {}
    seen: set[int] = set()
    for sentence in sentences:
        passage = sentence.passage
        if passage.line in seen:
            continue
        seen.add(passage.line)
        if passage.kind == "sentence" and len(sentence.words) <= _LEAD_WORDS:
            leads[passage.line] = sentence
    return leads


def _subject_head(text: str, stop: frozenset[str]) -> list[str]:
    """The thing a sentence is about when it has no name: the head of its subject ("The
    plesiosaur caused a stir": plesiosaur), for the next sentence that says "it" of it."""
    words = split_words(parse(text).subject)
    head = words[-1] if words else ""
    return [head] if head.isalpha() and head not in stop and len(head) > 2 else []


_GENERIC_RANK = 2000  # heading words commoner than this ('stage', 'part') mark no topic


def _repeated(sentences: list[Sentence], stop: frozenset[str], names: frozenset[str]) -> list[str]:
    """What a paragraph is about when no heading says: the rarer words of two or more of
    its sentences ("comet" in a paragraph that opens "The most famous discovery came on
    17 March", then tells of the comet), the most repeated first."""
    ranks: dict[str, int] = language()["ranks"]
    counts = Counter(
        w
        for s in sentences
        for w in dict.fromkeys(s.words)  # once a sentence, in the text's order: ties fall alike
        if w.isalpha()
        and len(w) > 2
        and w not in stop
        and (w not in names or noun_kind(w) is not None)  # "comet" of "Comet Halley"
    )
    said = [w for w, n in counts.most_common() if n >= _REPEATED]
    return [w for w in said if ranks.get(w, 10**6) > _GENERIC_RANK][:_REPEATED_WORDS]


def _step_nouns(text: str) -> list[str]:
    """ "step", "stage" for a sentence that counts a routine's steps ("First, ...",
    "Next, ...", "Finally, ..."); nothing for any other."""
    lang = language()
    opener = re.match(r"\s*([A-Za-z]+),", text)
    if opener is None or opener.group(1).lower() not in lang["step_openers"]:
        return []
    return list(lang["step_nouns"])


def _keywords(sentence: Sentence, limit: int = _MAX_KEYWORDS) -> list[str]:
    """The words that single a passage out: its names, then its rarest words."""
    lang = language()
    stop = frozenset(lang["stopwords"])
    ranks: dict[str, int] = lang["ranks"]
    out = [e.name.lower() for e in sentence.names][:limit]
    taken = {w for e in sentence.names for w in split_words(e.name)}
    taken.update(a for e in sentence.names for a in e.aliases)
    # a word of an English phrase is the phrase ("nearly died" is no death): kept whole
    phrases, inside = _phrases_in(sentence.words)
    words = [w for w in dict.fromkeys(sentence.words) if w not in stop and w not in taken]
    words = [w for w in words if (len(w) > 2 or w.isdigit()) and w not in inside]
    words.sort(key=lambda w: -ranks.get(w, 10**6))
    return out + (phrases + words)[: max(0, limit - len(out))]


@lru_cache(maxsize=1)
def _english_phrases() -> frozenset[tuple[str, ...]]:
    """The stems of English's multi-word synonyms ("nearly died", "kicked out")."""
    return frozenset(
        key
        for group in language()["synonyms"]
        for member in group
        if len(key := tuple(stem(w) for w in split_words(member))) > 1
    )


def _phrases_in(words: list[str]) -> tuple[list[str], set[str]]:
    """The English phrases a sentence's words hold, and the words inside them."""
    known = _english_phrases()
    stems = [stem(w) for w in words]
    found: list[str] = []
    inside: set[str] = set()
    for i in range(len(words)):
        for n in (3, 2):
            if tuple(stems[i : i + n]) in known:
                found.append(" ".join(words[i : i + n]))
                inside.update(words[i : i + n])
                break
    return found, inside


_THE_HEAD = re.compile(r"\b[Tt]he ([a-z]+)\b")  # "The barrier was ...", "... of the barrier"


def _heads(sentences: list[Sentence]) -> dict[tuple[int, str], DraftEntity]:
    """(topic, word) -> the one name of the topic that ends in that word ('Beardmore
    Glacier' for 'the glacier', 'South Pole' for 'the pole'): what 'the glacier' means
    in a section that names one glacier and no other."""
    named: dict[tuple[int, str], set[int]] = {}
    by_id: dict[int, DraftEntity] = {}
    for sentence in sentences:
        for entity in sentence.names:
            words = entity.name.split()
            if len(words) > 1 and entity.kind != "person":
                named.setdefault((sentence.topic, words[-1].lower()), set()).add(id(entity))
                by_id[id(entity)] = entity
    return {key: by_id[next(iter(ids))] for key, ids in named.items() if len(ids) == 1}


def _protagonists(sentences: list[Sentence]) -> dict[int, DraftEntity]:
    """Per paragraph (its line), the person it names most often, if named twice or more."""
    counts: dict[int, Counter[int]] = {}
    people: dict[int, DraftEntity] = {}
    for sentence in sentences:
        tally = counts.setdefault(sentence.passage.line, Counter())
        for entity in sentence.names:
            if entity.kind == "person":
                tally[id(entity)] += 1
                people[id(entity)] = entity
    out = {}
    for line, tally in counts.items():
        if tally:
            key, n = tally.most_common(1)[0]
            if n >= 2:
                out[line] = people[key]
    return out


class Keywords:
    """The keywords of each drafted fact, in the text's order: its own names and rarest
    words, then what its context lends it (its heading, the routine its steps count, the
    sentence it leans on, what the text calls the names it says, whom its paragraph is
    about). What the whole text says is read once, when it is made."""

    def __init__(
        self,
        sentences: list[Sentence],
        titles: list[str],
        entities: Sequence[DraftEntity],
        headed: frozenset[str],
        names: frozenset[str],
    ) -> None:
        """`headed`: the titles that are the text's own headings (not made up for it);
        `names`: the words of every name the sentences say."""
        ranks: dict[str, int] = language()["ranks"]
        stop = frozenset(language()["stopwords"])
        self._stop = stop
        headings = [
            [
                w
                for w in split_words(t)
                if w.isalpha() and w not in stop and ranks.get(w, 10**6) > _GENERIC_RANK
            ][:2]
            for t in titles
        ]
        # a heading's names are what its section is about ("Notable Errors by Trotsky"):
        # every fact of the section answers questions that name them
        finder = NameFinder(entities)
        for k, title in enumerate(titles):
            named = [e.name.lower() for _, e in finder.find(split_words(title))]
            headings[k] = list(dict.fromkeys(named + headings[k]))
        for k, title in enumerate(titles):
            if title not in headed:  # a paragraph titled by its first words: what it repeats
                headings[k] += _repeated([s for s in sentences if s.topic == k], stop, names)
        self._headings = headings
        self._protagonist = _protagonists(sentences)
        self._heads = _heads(sentences)
        descriptions: dict[int, list[str]] = {}  # what the text calls each name, anywhere
        for s in sentences:
            for entity, said in s.described:
                descriptions.setdefault(id(entity), []).extend(said)
        for key, people in demonyms((s.text for s in sentences), descriptions).items():
            descriptions[key] = [*people, *descriptions[key]]
        self._descriptions = {key: list(dict.fromkeys(said)) for key, said in descriptions.items()}
        self._glossary = glosses([s.passage.text for s in sentences])  # "a gas called ethylene"
        self._leads = _leads(sentences)
        # the line of counted steps, and its intro's words
        self._routine: tuple[int, list[str]] | None = None

    def of(self, sentence: Sentence, previous: Sentence | None) -> list[str]:
        """A sentence's keywords, its names first (`previous`: the sentence before it)."""
        passage = sentence.passage
        keywords = _keywords(sentence)
        keywords += self._headings[sentence.topic]
        keywords += measured(passage.text)  # "38 kilograms": the weight a learner asks
        steps = _step_nouns(passage.text)  # "First, the observer ...": the first step
        if steps and previous is not None and previous.passage.line == passage.line:
            routine = self._routine
            if routine is None or routine[0] != passage.line:  # "A night follows a routine."
                said = [w for w in previous.words if w.isalpha() and len(w) > 2]
                routine = (
                    passage.line,
                    [w for w in said if w not in self._stop][:_ROUTINE_KEYWORDS],
                )
                self._routine = routine
            keywords += steps + routine[1]  # each step is a step of that routine
        lead = self._leads.get(passage.line)
        if lead is not None and lead is not sentence:  # "The last step is glazing."
            keywords += _keywords(lead, _LEAD_KEYWORDS)
        if previous is not None and _leans_back(passage.text):
            keywords += [e.name.lower() for e in previous.names]
            keywords += _subject_head(previous.text, self._stop)  # "The plesiosaur ... Its neck"
            if len(previous.words) <= _SETUP_WORDS:  # "The apples go into the press.
                keywords += _keywords(previous, _SETUP_KEYWORDS)  # They ...": in the press
        for entity in sentence.names:  # "the Norwegian explorer" asks about Amundsen
            keywords += self._descriptions.get(id(entity), [])[:_DESCRIPTORS]
            keywords += class_words(entity)  # "Comet Halley": a comet
        keywords += glossed_in(passage.text, self._glossary)  # "this ethylene": the gas
        for head in _THE_HEAD.findall(passage.text):  # "the pole" is the South Pole here
            meant = self._heads.get((sentence.topic, head.lower()))
            if meant is not None and meant not in sentence.names:
                keywords.append(meant.name.lower())
                # what the text calls it too: "the charity" of "The trust offered half"
                keywords += self._descriptions.get(id(meant), [])[:_DESCRIPTORS]
        about = self._protagonist.get(passage.line)
        if about is not None and about not in sentence.names and not sentence.subject_person:
            keywords.append(about.name.lower())  # whom its paragraph is about
        return keywords
