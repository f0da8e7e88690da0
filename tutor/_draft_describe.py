"""What a drafted text calls the names it gives, in its own words.

"the Norwegian explorer Roald Amundsen", "Her father, Richard Anning,", "Elizabeth Philpot,
a fossil collector", "Richard Anning was a cabinetmaker", "founded in 1908 by Dr. Helena
Marsk" (the founder): a learner who does not recall a name says what it is. Reading those
phrases takes the names already found (a `NameFinder`) and a sentence's grammar, not the
finding itself, and both the scaffold and a loaded pack's `Descriptions` read them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from ._draft_entity import DraftEntity, NameFinder
from ._name_words import DEMONYM, DETERMINERS, FUNCTION_WORDS, OWNER_ENDS, is_title
from ._noun_kinds import noun_kind
from ._spelling import american
from ._text import language, split_words

__all__ = ["demonyms", "describe", "is_role_noun", "ranks_and_deeds", "sentence_pieces"]

_PIECE = re.compile(r"[\w\u00c0-\u024f][\w'\u2019\u00c0-\u024f-]*|[,.;:()\u2014]")
_BE_PAST = frozenset(["was", "is", "were", "became"])
_ADVERBS_BEFORE_BE = frozenset(["there", "then", "now", "also", "still"])
_POSSESSIVES = frozenset(["his", "her", "their", "its"])
_TIME_OPENERS = frozenset(["in", "on", "at", "over", "during", "for", "after", "before", "within"])
_PLACING = _TIME_OPENERS | frozenset(["from", "with", "by", "among", "inside", "outside"])
_RELATIVES = frozenset(["who", "whom", "whose", "which", "that"])  # "an engineer who ..." ends it
_DESCRIBING = 4  # words of a description at most ("a middle-class fossil collector")
# forms of address, no rank: "Miss Marlowe" is no "miss" ("what did the pupils miss?")
_ADDRESS = frozenset(["mr", "mrs", "ms", "miss", "sir", "madame", "dr", "st", "rev", "prof"])
_BY_REACH = 4  # words between a deed and "by" its doer ("founded in 1908 by")
_ENDS = frozenset([".", ";", ":", ")"])  # where a phrase set off by a comma may end


def _participle(word: str) -> bool:
    """Whether a word is a verb's -ing form ("suggesting", "making"), by its base being
    an English word."""
    if not word.endswith("ing") or len(word) < 6:
        return False
    ranks: dict[str, int] = language()["ranks"]
    base = word[:-3]
    bases = (base, base + "e", base[:-1] if base[-1:] == base[-2:-1] else "")
    # "a plaque honouring Agnes Corrin": a British spelling's base is listed as American
    return any(b in ranks or american(b) in ranks for b in bases if b)


def _pieces(text: str) -> tuple[list[str], list[str], list[int]]:
    """A sentence's pieces (words and punctuation, as written), its words as the name
    finder reads them, and for each word the piece it came from."""
    pieces = _PIECE.findall(text)
    words: list[str] = []
    owner: list[int] = []
    for k, piece in enumerate(pieces):
        for word in split_words(piece):
            words.append(word)
            owner.append(k)
    return pieces, words, owner


def sentence_pieces(text: str) -> tuple[list[str], list[str], list[int]]:
    """A sentence's pieces (words and punctuation), its words as the name finder reads
    them, and for each word the piece it came from."""
    return _pieces(text)


def ranks_and_deeds(
    text: str, finder: NameFinder
) -> tuple[list[tuple[DraftEntity, str]], list[tuple[DraftEntity, str, str]]]:
    """What a sentence calls the names it gives besides describing them, as a learner
    may call the one it means: the rank put before a name ('Judge Harriet Colborne':
    the judge), and the agent noun of a deed told in the passive with its doer ('founded
    in 1908 by Dr. Helena Marsk': the founder), with the deed's word. Only nouns English
    has; never from the active voice ('Weyl computed its path' makes him no computer)."""
    pieces, words, owner = _pieces(text)
    low = [p.lower() for p in pieces]
    ranks: list[tuple[DraftEntity, str]] = []
    deeds: list[tuple[DraftEntity, str, str]] = []
    for i, _, entity in finder.spans(words):
        first = owner[i]
        if first > 0 and is_title(pieces[first - 1]) and low[first - 1] not in _ADDRESS:
            ranks.append((entity, low[first - 1]))
        while first > 0 and (
            is_title(pieces[first - 1])
            or (first > 1 and pieces[first - 1] == "." and is_title(pieces[first - 2]))
        ):
            first -= 1  # "by Dr. Helena Marsk"
        if first == 0 or low[first - 1] != "by":
            continue
        for k in range(first - 2, max(-1, first - 2 - _BY_REACH), -1):
            if not pieces[k][:1].isalnum():
                break
            if low[k].endswith("ed"):  # "founded in 1908 by Marsk"
                noun = _agent_noun(low[k])
                if noun is not None:
                    deeds.append((entity, noun, low[k]))
                break
    return ranks, deeds


def _agent_noun(done: str) -> str | None:
    """'founder' of 'founded', 'producer' of 'produced', 'planner' of 'planned'."""
    ranks = language()["ranks"]
    base = done[:-2]
    tries = [base + "er", base + "or", done[:-1] + "r"]
    if len(base) > 2 and base[-1] == base[-2]:
        tries.append(base[:-1] + "er")
    return next((t for t in tries if t in ranks), None)


def is_role_noun(word: str) -> bool:
    """A word learners drop as filler ("teacher", "man") that still says what a person
    is when a text calls someone so ("Edith Marlowe, a biology teacher"): a noun of
    WordNet's person class, not one naming the text's own writer ("author")."""
    lang = language()
    return noun_kind(word) == "person" and word not in lang.get("document_words", ())


def _owned_role(k: int, plain: Callable[[int], bool], low: Sequence[str]) -> tuple[list[str], bool]:
    """The describing words ending at piece `k` that an owner or "the" opens ("her
    teacher [there]", "the club's secretary", "the rival"): what the name after is, and
    whether an owner opens them (a role of someone: "her teacher")."""
    while k >= 0 and low[k] in _ADVERBS_BEFORE_BE:
        k -= 1  # "her teacher there was ..."
    run: list[str] = []
    while k >= 0 and len(run) < _DESCRIBING:
        if plain(k) and not low[k].endswith(OWNER_ENDS):
            run.insert(0, low[k])
            k -= 1
        elif run and low[k] in DETERMINERS and k >= 2 and low[k - 1] == "of" and plain(k - 2):
            k -= 2  # "the captain of the ship was ..."
        elif run and low[k] in DETERMINERS and k >= 2 and low[k - 1] in _PLACING:
            run, k = [], k - 2  # "her fiercest critic at the inquiry was ..."
        else:
            break
    opened = k >= 0 and (low[k] in DETERMINERS or low[k].endswith(OWNER_ENDS))
    if not opened or low[k] in ("a", "an"):
        return [], False
    return run, _owns(low[k])


def _owns(word: str) -> bool:
    """Whether a word is an owner before a noun ("her", "the parish's")."""
    return word in _POSSESSIVES or word.endswith(OWNER_ENDS)


def describe(
    text: str,
    finder: NameFinder,
    owned: list[tuple[DraftEntity, list[str]]] | None = None,
) -> list[tuple[DraftEntity, list[str]]]:
    """What a sentence calls the people and things it names, in its own words: 'the
    Norwegian explorer Roald Amundsen', 'Her father, Richard Anning,', 'Elizabeth
    Philpot, a fossil collector', 'Richard Anning was a cabinetmaker', 'The rival was
    Captain Scott'. A learner who says 'the Norwegian explorer' means that person.
    `owned` gets the descriptions an owner opens ('Her teacher was X'): roles a learner
    may ask of as "her teacher"."""
    from ._draft_questions import is_verb

    pieces, words, owner = _pieces(text)
    low = [p.lower() for p in pieces]
    stop = frozenset(language()["stopwords"]) | _RELATIVES | FUNCTION_WORDS
    out: list[tuple[DraftEntity, list[str]]] = []

    def plain(k: int) -> bool:  # a describing word: no name, no function word, no verb
        p = pieces[k]
        return (
            p[:1].isalpha()
            and (low[k] not in stop or is_role_noun(low[k]))
            and (p[:1].islower() or bool(DEMONYM.search(low[k])) or is_title(p))
            # the word after it is the next word of the description or the name
            and not (
                p[:1].islower()
                and k > 0
                and is_verb(p, pieces[k - 1], pieces[k + 1] if k + 1 < len(pieces) else None)
            )
        )

    spans = finder.spans(words)
    starts = {owner[i] for i, _, _ in spans}  # the piece each name opens at
    starts |= {k for k in range(len(pieces) - 1) if is_title(pieces[k]) and k + 1 in starts}
    shared: list[str] = []  # what a name before says of a list of names ("the German
    previous_end = -1  # scientists X and Y": Y is a German scientist too)
    previous_first = -1
    for i, n, entity in spans:
        first, last = owner[i], owner[i + n - 1]
        said: list[str] = []
        while first > 0 and is_title(pieces[first - 1]) and pieces[first - 1][:1].isupper():
            first -= 1  # "Captain Robert Falcon Scott": a rank many hold, no description
        # (written small, "the road inspector Halvard Ostrem", it is what the text calls him)
        comma_after = last + 1 < len(pieces) and pieces[last + 1] == ","
        # "sold the field to a timber firm, Ashcombe Forestry.": set off at the end
        closed = comma_after or last + 1 == len(pieces) or pieces[last + 1] in _ENDS
        k = first - 1
        # "five members: Imarra, Sedric, Benna Falk, the abbot of Greyholm": an item of a
        # list of names, the phrases beside it other items, not what it is
        # ("the mayor of Port Skarra, Jonas Fredheim": a name inside the description)
        listed = (
            k >= 1
            and pieces[k] == ","
            and previous_end == k - 1
            and previous_first >= 1
            and pieces[previous_first - 1] in (",", ":")
        )
        set_off = closed and k >= 0 and pieces[k] == "," and not listed
        if set_off:
            k -= 1  # "Her father, Richard Anning, ..."
        run: list[str] = []
        while k >= 0 and len(run) < _DESCRIBING:
            if plain(k) and not low[k].endswith(OWNER_ENDS):
                run.insert(0, low[k])
                k -= 1
                continue
            # "the mayor of Port Halvard, Jonas Fredheim", "Their member of parliament,
            # Sir Colin Grant,": a head noun and what it is of, less any name after "of"
            j = k
            while j > 0 and pieces[j][:1].isupper() and not is_title(pieces[j]):
                j -= 1
            if not set_off or (j == k and not (run and low[k] == "of")):
                break  # "By the age of twelve Lindqvist": no apposition
            if not (j >= 1 and low[j] == "of" and plain(j - 1)):
                break
            k = j - 1
        if run and _participle(run[-1]):
            run = []  # "a testament suggesting Stalin be removed": no description of him
        if run and (
            k < 0
            or pieces[k] == ","  # "To limit the confusion, operations manager Sunita Rao"
            or (
                low[k] in DETERMINERS
                # "In the spring Imarra escaped": a time before the clause's subject;
                # "worked for the portrait photographer Gideon Pell in the city": the
                # object of the preposition, what the name after it is
                and (k == 0 or low[k - 1] not in _TIME_OPENERS or _object_named(low, last))
                # "As a boy Kell worked the bellows": what he was then, not who he is
                and not (k > 0 and low[k - 1] == "as" and low[k] in ("a", "an"))
            )
            # "the parish's lawyer, Simon Tarrant,": an owner opens it as "its" would
            or low[k].endswith(OWNER_ENDS)
        ):
            said += run
            if k > 0 and low[k] in DETERMINERS and pieces[k - 1] == ",":
                # "Her teacher, the zoologist Henrik Aas,": the role before it too
                role, by_owner = _owned_role(k - 2, plain, low)
                said += role
                if owned is not None and by_owner:
                    owned.append((entity, role))
        elif not run and 0 <= previous_end < k and low[previous_end + 1 : k + 1] == ["and"]:
            said += shared  # "... Hermann Hellriegel and Hermann Wilfarth"
        shared = run if run and run == said[-len(run) :] else []
        previous_end, previous_first = last, first
        k = last + 1
        set_after = comma_after and k + 1 < len(pieces) and low[k + 1] in DETERMINERS and not listed
        if set_after:
            k += 2  # "Elizabeth Philpot, a middle-class fossil collector"
        elif (
            k + 1 < len(pieces)
            and low[k] in _BE_PAST
            and low[k + 1] in ("a", "an")
            # the name is the clause's subject, not an object ("How Stalin beat Trotsky
            # is a study in ...")
            and not (
                first > 0
                and pieces[first - 1].isalpha()
                and pieces[first - 1].islower()
                and low[first - 1] not in DETERMINERS
            )
        ):
            k += 2  # "Richard Anning was a cabinetmaker"
        else:
            k = len(pieces)
        run = []
        while k < len(pieces) and plain(k) and len(run) < _DESCRIBING:
            run.append(low[k])
            k += 1
        if (
            set_after
            and low[last + 2] == "the"
            and run
            and k < len(pieces)
            and _verb_after(pieces, k)
        ):
            # "Because no one would meet in Vellacott, the judge held the talks": the
            # subject of the next clause, not what Vellacott is
            run = []
        if run and low[k : k + 1] == ["of"]:
            k += 1
            while k < len(pieces) and pieces[k][:1].isupper():
                k += 1  # "Governor Dahl, the mayor of Port Halvard, Jonas Fredheim,"
        # "Imarra, Sedric, Benna Falk, the abbot of Greyholm, and ...": a name set after
        # another by a comma alone is one of a list, and so is what follows it
        if not listed and not (run and pieces[k : k + 1] == [","] and k + 1 in starts):
            said += run  # ... describes the name it sets off, not the one before
        if first >= 2 and low[first - 1] in _BE_PAST and not low[last].endswith(OWNER_ENDS):
            role, by_owner = _owned_role(first - 2, plain, low)  # "The rival was X"
            said += role
            if owned is not None and by_owner:
                owned.append((entity, role))
        if said:
            out.append((entity, list(dict.fromkeys(said))))
    return out


def _object_named(low: Sequence[str], last: int) -> bool:
    """Whether a name ending at piece `last` closes a preposition's object rather than
    opening a clause: a preposition or the sentence's end follows it, no verb."""
    after = low[last + 1] if last + 1 < len(low) else "."
    return after in _ENDS or after in _PLACING or after in ("of", "to")


def _verb_after(pieces: Sequence[str], k: int) -> bool:
    """Whether the piece at k is a verb (lower-case, read in its place)."""
    from ._draft_questions import is_verb

    p = pieces[k]
    nxt = pieces[k + 1] if k + 1 < len(pieces) else None
    return p[:1].isalpha() and p[:1].islower() and is_verb(p, pieces[k - 1], nxt)


_PEOPLE_WORD = re.compile(r"\b([A-Z][a-z]+) ([a-z]{3,})\b")  # "his British rival"


def demonyms(texts: Iterable[str], said: dict[int, list[str]]) -> dict[int, list[str]]:
    """The people's words ("British", "Norwegian") a text puts before a word that
    describes one name only: "he sent a telegram to his British rival. The rival was
    Captain Scott" makes Scott British, as a learner calls him."""
    whose: dict[str, set[int]] = {}
    for key, words in said.items():
        for word in words:
            whose.setdefault(word, set()).add(key)
    out: dict[int, list[str]] = {}
    for text in texts:
        for people, noun in _PEOPLE_WORD.findall(text):
            owners = whose.get(noun, set())
            if len(owners) == 1 and DEMONYM.search(people.lower()):
                out.setdefault(next(iter(owners)), []).append(people.lower())
    return out
