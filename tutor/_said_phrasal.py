"""A drafted text's own phrasal verbs, read as one word each: "the middle section gave
way" tells a collapse, "turned down her application" a refusal, "gave up turning" that he
quit. The stemmer sees "give" and "way", which a learner asking "when did the bridge
collapse?" never says; WordNet (`tutor/data/wordnet_phrasal.tsv`) lists the phrase's
single-word synonyms, and a learner's word among them that the pack never says leads to
the facts that say the phrase (the Analyzer's links; the Index gives those facts the
phrase as a term of its own, keyed by its stems joined by "_", which no word's stem holds).
"""

from __future__ import annotations

import itertools
from collections.abc import Container, Iterable, Mapping

from ._lexicon import phrase_senses, verb_share
from ._text import stem

__all__ = ["AUXILIARY_STEMS", "phrasal_synonyms", "phrasal_terms", "said_phrasals"]

# A sense of the phrase used at least this share (per cent) of the time lends its
# synonyms: "give way" is mostly "yield", but "collapse" is one in nine of its uses, and a
# learner's word that the text never says is read in no other sense of it anyway.
_SENSE = 10
# the verbs that help other verbs, which a word after makes no phrase of ("was in", "had
# it", "did so"): a closed class; other everyday verbs make the most phrasal verbs
# ("give", "take", "set"), though a word list of function words holds them too
AUXILIARY_STEMS = frozenset({"be", "have", "do", "doe"})  # stems of their forms
_MOSTLY_VERB = 0.5


def said_phrasals(
    words: Iterable[str], skip_stems: Container[str], particles: Container[str]
) -> list[str]:
    """The keys ("give_way") of the two-word verbs WordNet knows that a text's words say
    side by side, their verb no auxiliary ("be in", "have it") and their second word a
    particle ("up", "down") or a content word ("way", "birth")."""
    stems = [stem(w) for w in words]
    found: list[str] = []
    for k in range(len(stems) - 1):
        first, second = stems[k], stems[k + 1]
        if first in AUXILIARY_STEMS or (first in skip_stems and verb_share(first) < _MOSTLY_VERB):
            continue
        if second in skip_stems and second not in particles:
            continue
        key = f"{first}_{second}"
        if key not in found and phrase_senses(key, "v"):
            found.append(key)
    return found


def phrasal_synonyms(keys: Iterable[str], known: Container[str]) -> dict[str, str]:
    """learner's stem -> the key of the text's phrasal verb it is a synonym of, for the
    stems the pack never says (`known` holds those it does): a word it says keeps its
    meaning. A stem two phrases share leads to neither (which one is meant?)."""
    out: dict[str, str] = {}
    shared: set[str] = set()
    for key in keys:
        for share, synonyms in phrase_senses(key, "v"):
            if share < _SENSE:
                continue
            for synonym in synonyms:
                if synonym in known or "_" in synonym:
                    continue
                if out.get(synonym, key) != key:
                    shared.add(synonym)
                out[synonym] = key
    return {s: k for s, k in out.items() if s not in shared}


def phrasal_terms(words: Iterable[str], keys: Mapping[str, object]) -> list[str]:
    """The keys among `keys` of the phrasal verbs a fact's words say side by side."""
    stems = [stem(w) for w in words]
    pairs = (f"{a}_{b}" for a, b in itertools.pairwise(stems))
    return list(dict.fromkeys(p for p in pairs if p in keys))
