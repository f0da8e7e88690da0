"""A learner's word the pack never uses, led to a pack term it means: WordNet's links by
part of speech ("murdered" -> "assassin"; "the stake" as a share), a drafted text's own
words in other parts of speech ("salt", "salty"), phrasal verbs ("ganged up") and nouns
of several words ("the hit man") the pack never says, and a state's opposite ("alive":
"died"). Built once per pack, with the Analyzer, which reads each line with them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from ._compound_heads import compound_heads
from ._lexicon import (
    TIERS,
    broader_kin,
    derived_kin,
    described_terms,
    phrase_senses,
    related_by_use,
    related_terms,
    synonym_kin,
)
from ._said_phrasal import AUXILIARY_STEMS
from ._text import stem

__all__ = ["Link", "Links", "lexical_links"]

# Credit a fact earns for a term reached through WordNet, by tier (see _lexicon.TIERS):
# measured on the project's case files, broader and narrower words answered more wrongly
# than rightly ("born" -> "natural"), and synonyms help only when they count for less.
_CREDIT = (0.5, 0.8, 0.0, 0.3, 0.5)
# A drafted pack has no synonyms but the text's own words, and a learner's noun is often a
# kind of the text's ("trip": a journey, "ale": beer): there the noun one step broader
# counts, when the broader word names the learner's among its narrower ones in a sense in
# real use. Measured on the ten development drafts: paraphrase 36 -> 37 of 130, nothing
# lost; on the essay's hand-made pack it matched its synonym groups in other senses
# ("wife" -> spouse, partner -> "allies": 10 off-topic questions answered), so not there.
_DRAFT_BROADER_NOUN = 0.5
# An idiom read as its broader word ("knocked off": killed; see _lexicon), credited as a
# single word's synonym is
_IDIOM_BROADER = 0.5


def _credit(tier: int, pos: str, drafted: bool = False, idiom: bool = False) -> float:
    """What a fact earns for a term reached by a link of a tier from a part of speech."""
    if idiom and tier == TIERS.index("broader"):
        return _IDIOM_BROADER
    if drafted and tier == TIERS.index("broader") and pos == "n":
        return _DRAFT_BROADER_NOUN
    return _CREDIT[tier]


_SPLIT = 3  # words of an object that may stand between a verb and its particle
_PHRASE_WORDS = 3  # a phrasal verb of this many words is an idiom ("do away with")
_MAIN_SENSE = 75  # per cent of a phrasal verb's use that makes a sense its main one
_OPPOSITE = 0.8  # what a fact holding a word's opposite earns for it ("alive": "died")
# what a fact holding a verb's converse earns for it ("won": "awarded"): the same event
# told from its other end, as a synonym's derived form is (see _CREDIT)
_CONVERSE = 0.8

# what a fact saying a closed compound earns for a learner's word for its head, which
# the text never says alone ("fish" of "parrotfish"): a narrower word's credit (_CREDIT)
_COMPOUND_HEAD = _CREDIT[TIERS.index("narrower")]

Link = tuple[str, float]  # the pack term a word leads to, and what a fact holding it earns


@dataclass(frozen=True, slots=True)
class Links:
    """Where a learner's words the pack never uses lead (see `lexical_links`)."""

    related: dict[str, Link]  # a stem the pack never uses -> its pack term
    by_use: dict[tuple[str, str], Link | None]  # (stem, "n" or "v") -> its term, used so
    used: frozenset[str]  # the stems `by_use` reads by part of speech
    kin: dict[str, frozenset[str]]  # a drafted text's term -> its words' other forms
    phrasal: dict[tuple[str, ...], Link]  # stems of a phrasal verb -> its pack term
    compounds: dict[tuple[str, ...], Link]  # words of a noun of several words -> its term
    # words of a noun of everyday words read so only where the learner joins them by
    # hyphens ("the go-between": a mediator; "go between" is two words)
    hyphened: dict[tuple[str, ...], Link]
    alike: dict[str, frozenset[str]]  # a drafted text's term -> its synonyms it says too
    # a drafted text's noun's term -> the terms of its own words one step broader
    kinds: dict[str, frozenset[str]]
    # stems read as their converse although a synonym group lists them ("won" -> "award")
    conversed: frozenset[str] = frozenset()
    # the stem of a head noun -> the stems of the drafted text's compounds of it ("fish":
    # "parrotfish"): such a compound names a kind of it (see _compound_heads)
    heads: dict[str, frozenset[str]] = field(default_factory=dict)


def lexical_links(
    stems: frozenset[str],
    own: frozenset[str],
    said: Mapping[str, int],
    split: Mapping[str, list[str]],
    *,
    drafted: bool,
    term_of: Callable[[str], str | None],
    phrases: Mapping[tuple[str, ...], str],
    skip_stems: frozenset[str],
    rare: Callable[[str], bool],
    common: Callable[[str], bool],
    opposites: Mapping[str, str],
    vague: Callable[[str], bool],
    converses: Mapping[str, Sequence[str]] | None = None,
) -> Links:
    """The links of a pack's words: `stems` all it knows, `own` those its texts say and
    `said` how often, `split` each text's words; `term_of` the term of a pack stem;
    `common` whether a pack stem is one of English's most common words; `vague` whether
    it is, or its own word is: a deed too vague to be what an idiom means ("act");
    `converses` a verb's converses, the same handing-over told from its other end."""

    def credit(tier: int, pos: str) -> float:
        return _credit(tier, pos, drafted)

    related = {
        s: (term, _credit(tier, pos, drafted, "_" in s or " " in s))
        for s, (term, tier, pos) in related_terms(stems, own, term_of, said, credit=credit).items()
    }
    # a word read as the part of speech the line uses it in ("the stake": a share,
    # not "to stake", to back) where that sense leads elsewhere
    by_use = {
        key: None if link is None else (link[0], credit(link[1], link[2]))
        for key, link in related_by_use(stems, own, term_of, said, credit).items()
        if "_" not in key[0] and " " not in key[0]
    }
    used = frozenset(s for s, _ in by_use)
    # a drafted text's own words in other parts of speech ("salt", "salty"): a fact
    # saying one holds the other a little (see Index)
    kin: dict[str, frozenset[str]] = {}
    if drafted:
        for word, others in derived_kin(own).items():
            term = term_of(word)
            forms = frozenset(o for o in map(term_of, others) if o and o != term)
            if term is not None and forms:
                kin[term] = kin.get(term, frozenset()) | forms
    # and its own words that are synonyms ("sink" and "drop"): the same (see Index)
    alike: dict[str, frozenset[str]] = {}
    if drafted:
        for word, others in synonym_kin(own).items():
            term = term_of(word)
            forms = frozenset(o for o in map(term_of, others) if o and o != term)
            if term is not None and forms:
                alike[term] = alike.get(term, frozenset()) | forms
    # and the words it says that its nouns are kinds of ("limestone": stone): a fact
    # saying the noun holds the broader word a little (see Index)
    kinds: dict[str, frozenset[str]] = {}
    if drafted:
        for word, others in broader_kin(said, term_of, common).items():
            term = term_of(word)
            forms = frozenset(o for o in map(term_of, others) if o and o != term)
            if term is not None and forms:
                kinds[term] = kinds.get(term, frozenset()) | forms
    # and its closed compounds by their head ("parrotfish": fish, "potholes": holes): a
    # fact saying one holds the head a little, as a broader word; a head the text never
    # says alone leads a learner's word to the compound (see _compound_heads)
    heads: dict[str, frozenset[str]] = {}
    if drafted:
        for whole, head in sorted(compound_heads(split, common).items()):
            term, head_term = term_of(whole), term_of(head)
            if term is None:
                continue
            heads[head] = heads.get(head, frozenset()) | {whole}
            if head in own:
                if head_term is not None and head_term != term:
                    kinds[term] = kinds.get(term, frozenset()) | {head_term}
            elif head not in stems and head not in related:
                related[head] = (term, _COMPOUND_HEAD)
    # a word that names a text's word in the sense the text says it ("boy" of "son",
    # "stealing" of "theft"), where no link of the word's own reaches the pack
    for word, (term, tier, pos) in described_terms(stems, said, term_of).items():
        if word not in related:
            related[word] = (term, credit(tier, pos))
    # a phrasal verb the pack never says, led to a pack term ("ganged up", "did away
    # with"): the verb alone means another thing ("gang", "do")
    phrasal = _phrasal_links(related, split, phrases, skip_stems, vague)
    # a noun of several words the pack never says, led to a pack term ("the hit man":
    # the gunman), by its words as written ("nuts and bolts" is not "nut and bolt")
    compounds, hyphened = _compound_links(related, split, phrases, stems, rare)
    # "was he still alive then?" asks of a death the pack tells: a learner's word for a
    # state the pack never names reaches its opposite, which the pack does (one way:
    # a text that says "alive" keeps its own word)
    for word, opposite in opposites.items():
        said_stem, reached = stem(word), term_of(stem(opposite))
        if said_stem not in stems and reached is not None and stem(opposite) in own:
            related[said_stem] = (reached, _OPPOSITE)
            by_use.pop((said_stem, "n"), None)
            by_use.pop((said_stem, "v"), None)
    # "who won the contract?" of a text saying "the Board awarded her the contract": a
    # verb the pack never says reaches the first of its converses the pack does
    # (nor any word of its synonym group: "won" is "win", which a text of victories says)
    told = {term_of(s) for s in own}
    conversed: set[str] = set()
    for word, ends in (converses or {}).items():
        said_stem = stem(word)
        if said_stem in own or term_of(said_stem) in told:
            continue
        for other in ends:
            reached = term_of(stem(other))
            if reached is not None and stem(other) in own:
                related[said_stem] = (reached, _CONVERSE)
                conversed.add(said_stem)
                by_use.pop((said_stem, "n"), None)
                by_use.pop((said_stem, "v"), None)
                break
    return Links(
        related,
        by_use,
        used - conversed,
        kin,
        phrasal,
        compounds,
        hyphened,
        alike,
        kinds,
        frozenset(conversed),
        heads,
    )


def _phrasal_links(
    related: dict[str, Link],
    split: Mapping[str, list[str]],
    phrases: Mapping[tuple[str, ...], str],
    skip_stems: frozenset[str],
    vague: Callable[[str], bool],
) -> dict[tuple[str, ...], Link]:
    """(stems of a phrasal verb) -> (the pack term WordNet leads it to, its credit),
    moved out of the single words' links: only phrases that no synonym group lists
    and the pack's texts never say ("set up" in a text that says it stays "set")."""
    links: dict[tuple[str, ...], tuple[str, float]] = {}
    for key in [k for k in related if "_" in k]:
        phrase = tuple(key.split("_"))
        link = related.pop(key)
        # a verb a synonym group lists is read as the group says ("thrown off" is
        # "thrown", expelled, where WordNet's "cast off" would be "portrayed")
        # and a function verb with a particle ("get out", "think over") means too
        # many things; with three words it is an idiom ("do away with", "get rid of")
        # unless one sense is most of its use and leads there ("tried out": tested in
        # all its use), where "go down" is "descend", "fall", "sink" or "decline" and
        # "get out" is "leave" two times in three ("get out of the alliance": gain);
        # never an auxiliary's ("was after": WordNet's "plan")
        light = (
            phrase[0] in skip_stems
            and len(phrase) < _PHRASE_WORDS
            and (phrase[0] in AUXILIARY_STEMS or not _main_sense_leads(key, link[0], vague))
        )
        if phrase not in phrases and phrase[:1] not in phrases and not light:
            links[phrase] = link
    if not links:
        return links
    verbs = {p[0] for p in links}
    for words in split.values():
        for k in range(len(words) - 1):
            first = stem(words[k])
            if first not in verbs:
                continue
            said = [stem(w) for w in words[k : k + 2 + _SPLIT]]
            for phrase in [p for p in links if p[0] == first]:
                # said whole, or split by a short object ("pulled her out with a rope")
                if said[: len(phrase)] == list(phrase) or (
                    len(phrase) == 2 and phrase[1] in said[2:]
                ):
                    del links[phrase]
    return links


def _main_sense_leads(key: str, term: str, vague: Callable[[str], bool]) -> bool:
    """Whether a phrasal verb's sense in most of its use lists a pack term among its
    synonyms, or among its broader words when the term is no everyday word (an idiom's
    meaning: "make fun" is to mock; "make sure" is no "act", "get worse" no "turn"): the
    one sense a function verb with a particle is read in."""
    broader = not vague(term)
    return any(
        share >= _MAIN_SENSE and term in meant
        for share, meant in phrase_senses(key, "v", broader=broader)
    )


def _compound_links(
    related: dict[str, Link],
    split: Mapping[str, list[str]],
    phrases: Mapping[tuple[str, ...], str],
    stems: frozenset[str],
    is_rare: Callable[[str], bool],
) -> tuple[dict[tuple[str, ...], Link], dict[tuple[str, ...], Link]]:
    """(words of a noun of several words, its plural too) -> (the pack term WordNet
    leads it to, its credit), moved out of the single words' links: only nouns that no
    synonym group lists and the pack's texts never say, and that hold a word rarer than
    everyday ones: "the first step", "his right hand", "her first name" or "the final
    stage" are WordNet nouns too ("beginning", "assistant"), yet a learner means them
    word for word ("nuts and bolts", "the upper hand" are not); nor a noun whose rare
    word the pack says itself: it is the text's word. Second, the nouns of everyday
    words alone, read only where a learner hyphenates them ("the go-between")."""
    links: dict[tuple[str, ...], tuple[str, float]] = {}
    hyphened: dict[tuple[str, ...], tuple[str, float]] = {}
    forms: dict[tuple[str, ...], list[tuple[str, ...]]] = {}  # as said -> every form
    for key in [k for k in related if " " in k]:
        link = related.pop(key)
        phrase = tuple(key.split())
        if tuple(stem(w) for w in phrase) in phrases:
            continue
        rare = [w for w in phrase if is_rare(w)]
        if any(stem(w) in stems for w in rare):
            continue  # "authoritarian regimes" of a text saying "authoritarian": its word
        every = [(*phrase[:-1], phrase[-1] + end) for end in ("", "s", "es")]
        for form in every:
            (links if rare else hyphened)[form] = link
            forms[form] = every
    for words in split.values():
        for n in (2, 3):
            for k in range(len(words) - n + 1):
                for form in forms.get(tuple(words[k : k + n]), ()):
                    links.pop(form, None)
                    hyphened.pop(form, None)
    return links, hyphened
