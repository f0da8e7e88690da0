"""Whether the topic of the fact nearest a line the tutor cannot answer is worth offering.

A refusal may offer a topic by its title ("The closest thing it covers is 'Building
alliances to isolate Trotsky'; ask me about that"). The nearest fact used to be the
first one sharing any word with the line, and a shared word may say nothing of what the
line is about: "the troika had four members" shares "troika" with the Troika's founding,
not its members; "what is the capital of France?" shares France with Trotsky's exile.
An offer the learner cannot take up is noise, so a topic is offered only when one of
the few best facts is about what the line is about: it holds every name the line says
and a word of the line's own besides (what it asks of them: "funeral" in "how many
people went to Lenin's funeral?"); a line naming no one, two such words. Nor when the
line brings a thing the text never names ("who won the World Cup?" shares "won" with
Stalin's victory: the cup is its subject); a word of its own way of saying something
("how was it welcomed?") is no subject. A part titled by words of the line alone
("Aldwin", "The War") is about what it asks of, whatever is asked. A line asking only how
much its subject mattered or what part it played ("why was salt important?", "bukharin's
role") shares no word of its own with any fact; the part whose title (else summary: a
draft's first sentence) holds its subject is about it, as is the one part a name is told
in. Otherwise the refusal says plainly that the text doesn't say and points to the list
of topics.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ._analyze import Query
from ._content import Pack
from ._index import Hit, Index
from ._lexicon import noun_share
from ._noun_kinds import noun_kind
from ._text import language, stem

__all__ = ["topic_offered"]

# the words of its own a line naming no one must share with a fact (as for quoting a
# sentence nearby: one shared word of a nameless line is mostly a common one)
_NAMELESS_SHARED = 2
_MOSTLY_NOUN = 0.5  # the share of a word's use as a noun that makes it a thing named
_READ = 5  # the best facts read for one about the line (the first sharing a word may not be)


def topic_offered(pack: Pack, index: Index, query: Query, hits: Sequence[Hit]) -> Hit | None:
    """Of the few best facts for a line the tutor cannot answer, the first about what
    the line is about (see the module's docstring), whose topic is worth offering."""
    if any(_subject(word) and word not in _asking() for _, word in query.unknown):
        return None  # "who won the World Cup?": a subject the text never names
    read = [h for h in hits[:_READ] if h.coverage > 0]
    # a line asking only what part its subject played: the part of the text about it
    # (not for a line leaning on the talk: "and the other side?" is about what was said)
    subject = frozenset() if query.leans else _subject_terms(index, query)
    if subject:  # its title says it first, else its summary (a draft's first sentence)
        for summary in (False, True):
            for hit in read:
                if subject <= _topic_terms(pack, index, hit, summary):
                    return hit
        if query.entities:  # names the text tells of in one part only: that part
            told = {f.topic for f in pack.facts if subject <= index.held(f.id).keys()}
            if len(told) == 1:
                return next((h for h in read if h.fact.topic in told), None)
    return next((h for h in read if _about(pack, index, query, h)), None)


def _subject_terms(index: Index, query: Query) -> frozenset[str]:
    """What a line is about when it asks only how much it mattered or what part it
    played: its names ("bukharin's role"), else its nouns ("why was salt important?"),
    leaving out the words that ask that (english.yaml's `significance_words`,
    `role_words`). Empty when a word of its own is of neither kind and the topics hold
    no word of it ("who was stalins ally after zinoviev?": "ally" is what is asked)."""
    asking = _asking()
    named = frozenset(query.entities)
    own = [
        (t, w)
        for t, w in query.surface
        if t not in named and w not in asking and t not in query.kind_terms
    ]
    if named:
        return named if not own else frozenset()
    nouns = frozenset(t for t, w in own if noun_share(stem(w)) >= _MOSTLY_NOUN)
    return nouns if nouns and len(nouns) == len(own) else frozenset()


def _topic_terms(pack: Pack, index: Index, hit: Hit, summary: bool) -> frozenset[str]:
    """The terms of a fact's topic's title, and with `summary` of its summary too (a
    drafted topic's summary is its first sentence): what the part of the text is about."""
    topic = pack.topic(hit.fact.topic)
    text = f"{topic.title}. {topic.summary or ''}" if summary else topic.title
    return frozenset(index.analyzer.content_terms(text)[0])


@lru_cache(maxsize=1)
def _asking() -> frozenset[str]:
    """The words asking how much something mattered or what part it played."""
    lang = language()
    return frozenset([*lang.get("significance_words", ()), *lang.get("role_words", ())])


def _subject(word: str) -> bool:
    """Whether a word the text never uses names a thing or a year of the line's own
    ("cup", "2018"), not a way of saying something ("welcomed") nor someone it asks for
    ("mill wheel inventor": who, judged by the words it shares)."""
    return word.isdigit() or noun_kind(word) not in (None, "person")


def _about(pack: Pack, index: Index, query: Query, hit: Hit) -> bool:
    """Whether a fact holds every name of the line and enough of its own words; a word
    of its topic's title counts ("when did the war end?" of "The War": "the fighting
    ... ended"), and a topic titled only by words of the line ("Aldwin", "Kell (1818)",
    "The War") is about what the line is about."""
    titled = set(index.analyzer.content_terms(pack.topic(hit.fact.topic).title)[0])
    held = index.held(hit.fact.id).keys() | titled
    named = set(query.entities)
    if not named <= held:
        return False
    if titled and all(t in query.terms or t.isdigit() for t in titled):
        return True  # "how tall was Aldwin?" of the part titled "Aldwin": all about him
    # its own words: neither a name nor one naming only the kind asked ("members" of
    # "who were the members?"); those carried from the talk are what it is about too
    own = [t for t in query.terms if t not in named and t not in query.kind_terms]
    shared = sum(1 for t in own if t in held)
    return shared >= (1 if named else _NAMELESS_SHARED)
