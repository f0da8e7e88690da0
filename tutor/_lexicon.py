"""Words a learner uses that the pack never does, led to the pack's own words by WordNet.

Phrasal verbs and idioms are words too ("ganged up", "did away with", "cut corners":
`tutor/data/wordnet_phrasal.tsv`, keyed "gang_up"), and so are nouns of several words
("nuts and bolts", "hit man", keyed by their words as written); the analyzer reads one
only where the pack never says it. An idiom's broader word in WordNet is what it means
("knock off": kill), where a single word's is only a kind of it.

A learner asks "when was Trotsky kicked out?" or "who murdered him?" of a text that says
"expelled" and "assassinated". Hand-listed synonyms catch the wordings someone thought of;
this reaches the rest through Princeton WordNet 3.0 (`tutor/data/wordnet.tsv`, derived by
`tools/build_wordnet.py`): for each everyday word, the senses it is most used in, each with
its synonyms, derived forms, the words one step broader or narrower, an adjective's near
neighbours, the words of its definition and its part of speech (the engine weighs a link
by its tier and the part of speech it is from: `related_terms`'s `credit`). A pack keeps
only the links that end in its own vocabulary, so a turn pays one dictionary look-up for
a word the pack has never seen. A link is used only for a word the
pack never says, so an everyday word the pack does say keeps its meaning.

A word means one thing at a time: it is read in the one sense that fits the pack best, by
how often the sense is used in English and how many of its words (synonyms, definition)
the pack's text uses, and links only through that sense (its derived forms excepted:
"farm" and "farmer" are one word whichever sense is meant). "Realize" is mostly "be aware
of": a text about achievements does not make a learner's "realize" mean "accomplish".
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable, Mapping
from functools import lru_cache
from importlib import resources

__all__ = [
    "TIERS",
    "adjective_share",
    "broader_kin",
    "broader_nouns",
    "death_stems",
    "deed_agents",
    "deed_stems",
    "derived_kin",
    "described_terms",
    "has_senses",
    "main_broader_nouns",
    "minor_verb_sense",
    "modifier_share",
    "narrower_nouns",
    "noun_kin",
    "noun_share",
    "one_event",
    "phrase_senses",
    "related_by_use",
    "related_terms",
    "synonym_kin",
    "verb_means",
    "verb_share",
]

TIERS = ("synonym", "derived", "broader", "narrower", "similar")
_GLOSS = len(TIERS)  # the cell after the tiers: the words of the sense's definition
_POS = _GLOSS + 1  # then its part of speech: n, v, a (adjective) or r (adverb)
_BROADER = TIERS.index("broader")
_NARROWER = TIERS.index("narrower")
_SIMILAR = TIERS.index("similar")
_IDIOMS = ("_", " ")  # join the words of a phrase's key ("cash_in_on", "nuts and bolts")
# An idiom's broader word is what it means ("cash in on": profit; "knock off": kill),
# where WordNet lists it under no single word's narrower ones; read so only in a sense
# with at least this share of the idiom's use ("put up" is a building as often as money)
_IDIOM_SENSE = 50
# What one word of a sense that the pack uses is worth against the sense's share of use
# (a fraction): a rarer sense wins when the text speaks of it ("realize" in a text about
# money is "earn"), the most used one otherwise.
_FIT = 1.0
_FLOOR = 0.02
_TIE = 0.9  # senses used at least this share as often as the chosen one: about as often
_USED = 5  # per cent of use a sense needs for its derived forms to count ("animal" is not
# "animate": "anim" pools both, and the second's "alive" is its rarest sense's)

# A broader word is reached when it names the learner's among its narrower words in a
# sense in real use, or when it is mostly a noun: the table keeps a broader word only if
# it is used in that sense (tools/build_wordnet.py), which its own rows may leave out
# ("fire" as a flame, of "blaze"); a stem mostly a verb ("open" of "opening", "build" of
# "building") is read as the verb the text says.
_MOSTLY = 0.5

_Sense = tuple[int, str]  # share of use (per cent), the rest of its line as written


@lru_cache(maxsize=1)
def _table() -> dict[str, list[_Sense]]:
    """stem -> its senses, the most used first, each line split only when a pack asks."""
    data = resources.files("tutor.data")
    text = data.joinpath("wordnet.tsv").read_text(encoding="utf-8")
    # phrasal verbs ("gang_up", "do_away_with"), keyed by their words' stems joined by _
    text += data.joinpath("wordnet_phrasal.tsv").read_text(encoding="utf-8")
    rows: dict[str, list[_Sense]] = {}
    for line in text.split("\n"):
        if not line or line[0] == "#":
            continue
        own, share, rest = line.split("\t", 2)
        senses = rows.get(own)
        if senses is None:
            rows[own] = [(int(share), rest)]
        else:
            senses.append((int(share), rest))
    return rows


def has_senses(stem: str) -> bool:
    """Whether WordNet gives a stemmed word a sense in everyday English ("basil",
    "hazel", "frank" do; "Edwin", "Marta" do not): a word before it is a name."""
    return stem in _table()


def broader_nouns(stem: str) -> list[str]:
    """The stems one step broader than a stemmed noun in any of its senses ('frigat':
    warship): what kind of thing it is."""
    out: list[str] = []
    for _, rest in _table().get(stem, []):
        fields = rest.split("\t")
        if fields[-1] == "n":
            out += fields[2].split()
    return out


def main_broader_nouns(stem: str) -> list[str]:
    """The stems one step broader than a stemmed word in its most used sense, if that
    sense is a noun's ('birthplac': place, spot): what kind of thing it mostly names."""
    senses = _table().get(stem)
    if not senses:
        return []
    fields = senses[0][1].split("\t")
    return fields[_BROADER].split() if fields[_POS] == "n" else []


def narrower_nouns(stem: str) -> list[str]:
    """The stems one step narrower than a stemmed noun in its senses in real use
    ('mother': mum, mom, mama): the everyday words that name it too."""
    out: list[str] = []
    for share, rest in _table().get(stem, []):
        fields = rest.split("\t")
        if share >= _USED and fields[-1] == "n":
            out += fields[_NARROWER].split()
    return out


# Words whose senses are a death's: a sentence telling one says one of them or of the
# words WordNet gives in their senses ("drowned", "executed", "perished", "slain")
_DEATH_ROOTS = ("die", "death", "dead", "kill", "murder")
_DEATH_EXTRA = ("buri", "funer", "grave", "shot", "hang", "late", "widow")  # told by what follows
_DEATH_CELLS = (0, 1, 3, 4)  # synonyms, derived forms, narrower and similar words


@lru_cache(maxsize=1)
def death_stems() -> frozenset[str]:
    """The stems of words that may tell someone's death, in any sense in real use: a
    drafted sentence with none of them tells no death, whatever date it gives."""
    out = set(_DEATH_ROOTS) | set(_DEATH_EXTRA)
    for root in _DEATH_ROOTS:
        for share, rest in _table().get(root, ()):
            if share < _USED:
                continue
            cells = rest.split("\t")
            for k in _DEATH_CELLS:
                out.update(cells[k].split())
    return frozenset(out)


_DEED_CELLS = (0, 1, 3)  # synonyms, derived forms and narrower words: the deed or a kind of it


@lru_cache(maxsize=1024)
def deed_stems(stem: str) -> frozenset[str]:
    """The stems of words that may tell a verb's deed, in its senses as a verb in real use:
    the verb itself, its synonyms, its derived forms and the kinds of it ('die': drown,
    perish, starve), so "was drowned" tells when he died."""
    out = {stem}
    for share, rest in _table().get(stem, ()):
        cells = rest.split("\t")
        if share >= _USED and cells[-1] == "v":
            for k in _DEED_CELLS:
                out.update(cells[k].split())
    return frozenset(out)


def deed_agents(stem: str) -> frozenset[str]:
    """The stems WordNet derives from a verb's stem in its senses as a verb in real use,
    spelt on its root ("buy": buyer; "teach": teacher, teachable): where its doer's noun
    is among them."""
    out: set[str] = set()
    for share, rest in _table().get(stem, ()):
        cells = rest.split("\t")
        if share >= _USED and cells[-1] == "v":
            out.update(d for d in cells[1].split() if d != stem and _same_root(stem, d))
    return frozenset(out)


@lru_cache(maxsize=4096)
def noun_kin(stem: str) -> frozenset[str]:
    """The stems WordNet gives as a noun's synonyms, or one step narrower, in
    any of its senses as a noun ("competitor": rival; "contractor": builder): the words a
    learner may call one thing by, to be narrowed by what a text itself calls it."""
    out: set[str] = set()
    for _, rest in _table().get(stem, ()):
        cells = rest.split("\t")
        if cells[-1] == "n":
            for k in (0, _NARROWER):
                out.update(cells[k].split())
    out.discard(stem)
    return frozenset(out)


@lru_cache(maxsize=4096)
def verb_means(stem: str, meaning: str) -> bool:
    """Whether a stemmed word has a verb sense whose synonyms or broader words hold
    another stemmed word ('stop': prevent, in "stop it from spreading"; 'keep' too)."""
    for _, rest in _table().get(stem, ()):
        fields = rest.split("\t")
        if fields[-1] == "v" and (
            meaning in fields[0].split() or meaning in fields[_BROADER].split()
        ):
            return True
    return False


@lru_cache(maxsize=4096)
def minor_verb_sense(stem: str, meaning: str) -> bool:
    """Whether a stemmed verb means another stemmed word only in a less used verb sense
    ('declin' is 'refus' in a sense used less than its first, 'worsen'): a list joining
    the two holds for that sense, which the line's own use of the word must show."""
    verbs = [rest.split("\t") for _, rest in _table().get(stem, ()) if rest.endswith("\tv")]

    def means(fields: list[str]) -> bool:
        return any(meaning in fields[k].split() for k in (0, _BROADER, _SIMILAR))

    return bool(verbs) and not means(verbs[0]) and any(means(f) for f in verbs[1:])


def one_event(a: str, b: str) -> bool:
    """Whether two stemmed verbs can tell one event: synonyms, or one a kind of the other,
    in any of their verb senses ("expel" is a kind of "remove"): a text may tell a deed by
    the broader word that a learner names by the narrower, or the other way round."""
    if a == b:
        return True
    table = _table()
    for own, other in ((a, b), (b, a)):
        for _, rest in table.get(own, ()):
            fields = rest.split("\t")
            if fields[-1] != "v":
                continue
            near = (fields[0], fields[_BROADER], fields[_NARROWER])
            if any(other in cell.split() for cell in near):
                return True
    return False


def phrase_senses(key: str, pos: str, broader: bool = False) -> list[tuple[int, list[str]]]:
    """A phrase's senses in a part of speech ('give_way' as a verb), each as its share of
    use (per cent) and its synonyms' stems: what a text saying the phrase says too; with
    `broader`, its broader words' too, which are what an idiom means ('make fun': mock)."""
    if "_" not in key:
        return []
    out: list[tuple[int, list[str]]] = []
    for share, rest in _table().get(key, ()):
        fields = rest.split("\t")
        if fields[-1] == pos:
            words = fields[0].split()
            out.append((share, [*words, *fields[_BROADER].split()] if broader else words))
    return out


def verb_share(stem: str) -> float:
    """The share of a stemmed word's use that WordNet tags as a verb ('say' nearly all,
    'pan' nearly none): whether a word after a noun reads as that noun's verb."""
    return _share_as(stem, "v")


def noun_share(stem: str) -> float:
    """The share of a stemmed word's use that WordNet tags as a noun ('fish' most,
    'under' none): whether a word names a thing."""
    return _share_as(stem, "n")


def modifier_share(stem: str) -> float:
    """The share of a stemmed word's use that WordNet tags as an adjective or an adverb
    ('free', 'alone', 'out' most; 'hull' none): after 'her', it says 'her' is an object."""
    return _share_as(stem, "a") + _share_as(stem, "r")


def adjective_share(stem: str) -> float:
    """The share of a stemmed word's use that WordNet tags as an adjective ('visible',
    'false' most; 'not', 'then' none): after 'was', it says what something was like."""
    return _share_as(stem, "a")


def _share_as(stem: str, pos: str) -> float:
    """The share of a stemmed word's use that WordNet tags as a part of speech."""
    senses = _table().get(stem, [])
    total = sum(share for share, _ in senses)
    if not total:
        return 0.0
    return sum(share for share, rest in senses if rest.rsplit("\t", 1)[-1] == pos) / total


def related_terms(
    known: Container[str],
    targets: Container[str],
    term_of: Callable[[str], str | None],
    counts: Mapping[str, int] | None = None,
    credit: Callable[[int, str], float] | None = None,
) -> dict[str, tuple[str, int, str]]:
    """For each stem the pack does not know, the pack term WordNet relates it to first,
    in the sense that fits the pack best.

    Args:
        known: the stems the analyzer knows; a word whose stem is known keeps its meaning.
        targets: the stems the pack's own texts use: the only ones worth reaching.
        term_of: the term a pack stem is indexed under (its synonym group's, if any), or
            None for a stem that must not be reached this way (a stop word).
        counts: how often the pack says each target: of senses used about as often as
            each other, the one whose word the text says most is read.
        credit: what a link of a tier (an index into TIERS) from a part of speech is
            worth; a link worth nothing is passed over for the next. All count if None.

    Returns:
        unknown stem -> (pack term, its tier: an index into TIERS, the part of speech of
        the sense it was read in).
    """
    worth = credit or _any
    out: dict[str, tuple[str, int, str]] = {}
    for own, senses in _table().items():
        if own in known:
            continue
        found = _link(own, senses, targets, term_of, counts, worth)
        if found is not None:
            out[own] = (found[0], found[1], found[3])
    return out


Link = tuple[str, int, str]  # (pack term, tier, the part of speech of its sense)


def related_by_use(
    known: Container[str],
    targets: Container[str],
    term_of: Callable[[str], str | None],
    counts: Mapping[str, int] | None = None,
    credit: Callable[[int, str], float] | None = None,
) -> dict[tuple[str, str], Link | None]:
    """For each stem the pack does not know that WordNet gives senses of more than one
    part of speech, the link it has when used as a noun ("the colonel's stake": a share)
    or as a verb ("they age": ripen), where it differs from `related_terms`' (None: no
    link in senses of that use). Keyed (stem, "n") and (stem, "v"); a noun's use takes
    the adjective senses too ("the spoiled wheels"), but not (stem, "h"), a head noun's
    ("the blaze"), kept where it differs from (stem, "n")."""
    worth = credit or _any
    out: dict[tuple[str, str], Link | None] = {}
    for own, senses in _table().items():
        if own in known or len(senses) == 1:
            continue
        parts = {rest.rsplit("\t", 1)[1] for _, rest in senses}
        if len(parts) == 1:
            continue
        every = _link(own, senses, targets, term_of, counts, worth)
        usual = None if every is None else (every[0], every[1], every[3])
        read: dict[str, Link | None] = {}
        for use, allowed in _USES.items():
            kept = [s for s in senses if s[1].rsplit("\t", 1)[1] in allowed]
            if len(kept) == len(senses):
                read[use] = usual
                continue
            if not kept:
                # "why did chilly weather ...?": no sense of that use, so the line was
                # misread ("did" before an adjective); the word's usual link stands
                continue
            found = _link(own, kept, targets, term_of, counts, worth, senses)
            link = None if found is None else (found[0], found[1], found[3])
            read[use] = link
            # a head noun is read apart only where it differs from a noun's use
            if link != read.get(_WIDER.get(use, ""), usual):
                out[(own, use)] = link
    return out


# the parts of speech a word may be read in, by how a line uses it: "n" after an article
# (a noun or an adjective: "the spoiled wheels"), "h" a noun with no word of the line's
# after it to describe ("the underground blaze?": a fire, not "blatant"), "v" a verb
_USES = {"n": frozenset(["n", "a"]), "h": frozenset(["n"]), "v": frozenset(["v"])}
_WIDER = {"h": "n"}  # the use read where a narrower one is not told apart


def _link(
    own: str,
    senses: list[_Sense],
    targets: Container[str],
    term_of: Callable[[str], str | None],
    counts: Mapping[str, int] | None,
    worth: Callable[[int, str], float],
    every: list[_Sense] | None = None,
) -> tuple[str, int, str, str] | None:
    """The first pack term a stem's best fitting sense (or one used about as often)
    leads to: (term, tier, the pack's stem, part of speech). `every`: all the stem's
    senses, when `senses` are those of one use (their derived forms count all the same)."""
    idiom = any(mark in own for mark in _IDIOMS)
    if len(senses) == 1 and every is None:
        return _first_known(senses[0][1].split("\t"), targets, term_of, worth, own, idiom)
    cells = [rest.split("\t") for _, rest in senses]
    # a derived form is the same word whatever the sense (farm, farmer; expel,
    # expulsion), of the senses in real use
    derived = " ".join(
        rest.split("\t", 2)[1] for share, rest in (every or senses) if share >= _USED
    )
    best = _fitting(senses, cells, targets, term_of)
    top = senses[best][0]
    tied = [k for k, (used, _) in enumerate(senses) if min(used, top) >= _TIE * max(used, top)]
    found = None
    for k in [best, *(k for k in tied if k != best)]:
        tiers = list(cells[k][: len(TIERS)])
        tiers[1] = " ".join([tiers[1], derived])
        meant = idiom and senses[k][0] >= _IDIOM_SENSE
        link = _first_known([*tiers, *cells[k][len(TIERS) :]], targets, term_of, worth, own, meant)
        if link is not None and (
            found is None or (counts and counts.get(link[2], 0) > counts.get(found[2], 0))
        ):
            found = link
    return found


def _any(tier: int, pos: str) -> float:
    return 1.0


def _fitting(
    senses: list[_Sense],
    cells: list[list[str]],
    targets: Container[str],
    term_of: Callable[[str], str | None],
) -> int:
    """The sense the pack's text speaks of most, its share of use counting too."""
    best, score = 0, -1.0
    for k, ((share, _), sense) in enumerate(zip(senses, cells, strict=True)):
        words = {*sense[0].split(), *sense[_GLOSS].split()}  # synonyms, definition
        fit = sum(1 for w in words if w in targets and term_of(w) is not None)
        value = (share / 100 + _FLOOR) * (1 + _FIT * fit)
        if value > score:
            best, score = k, value
    return best


def _first_known(
    cells: list[str],
    targets: Container[str],
    term_of: Callable[[str], str | None],
    worth: Callable[[int, str], float],
    own: str,
    idiom: bool = False,
) -> tuple[str, int, str, str] | None:
    """(term, tier, the pack's stem, part of speech) of the first related word the pack
    says by a link worth something. A broader word counts only if, in a sense of its own
    in real use, it names `own` among its narrower words: the pack says the broader word
    in its own most likely sense, and the link must hold from there too. An `idiom`'s
    broader word is its meaning, and counts whatever a single word's would be worth."""
    pos = cells[_POS]
    for level, tier in enumerate(cells[: len(TIERS)]):
        if worth(level, pos) <= 0 and not (idiom and level == _BROADER):
            continue
        for related in tier.split():
            if related in targets:
                if (
                    level == _BROADER
                    and not idiom
                    and not (_narrower_of(related, own) or _share_as(related, "n") >= _MOSTLY)
                ):
                    continue  # the text's word read in a sense the learner's is not below
                term = term_of(related)
                if term is not None:
                    return term, level, related, pos
    return None


# A pack word's own sense, read backwards: a learner's word that is its synonym there, or
# the word one step broader (the learner names its kind), as if the learner's word led to
# it by that link of its own: a synonym, or a word one step narrower.
_DESCRIBING = {0: TIERS.index("synonym"), _BROADER: _NARROWER}
_SHORTEST = 3  # letters of a word that names another ("c" is a hundred only in numerals)


def described_terms(
    known: Container[str],
    own: Mapping[str, int],
    term_of: Callable[[str], str | None],
) -> dict[str, tuple[str, int, str]]:
    """Words the pack's own words are named by in the senses its text speaks of, each led
    back to the pack's word: a learner's "boy" of a text that says "son" ("son" is "boy"
    only as someone's son, a sense of "boy" that its own links do not reach), "stealing"
    of one that says "theft", "furnace" of one that says "kiln" (a kind of furnace: the
    learner names its kind, which a noun's narrower words list only in part). Each pack
    word is read in its sense that fits the text best (`_fitting`); a word the pack
    knows, or a function word, keeps its meaning, and one that names several pack words
    leads to the one the text says most.

    Args:
        known: the stems the analyzer knows, which are never led elsewhere.
        own: each stem the pack's texts say, and how often.
        term_of: the term a pack stem is indexed under, or None for a function word's.

    Returns:
        unknown stem -> (pack term, the tier of `TIERS` the link stands for, the part of
        speech of the pack word's sense).
    """
    table = _table()
    found: dict[str, tuple[str, int, str, int]] = {}
    for word, times in own.items():
        senses = table.get(word)
        term = term_of(word) if senses else None
        if term is None or senses is None:
            continue
        cells = [rest.split("\t") for _, rest in senses]
        cell = cells[_fitting(senses, cells, own, term_of)]
        for index, tier in _DESCRIBING.items():
            if index == _BROADER and cell[_POS] != "n":
                continue  # a verb's broader word is a vaguer deed ("run": speed)
            for other in cell[index].split():
                if len(other) < _SHORTEST or other in known or other in own:
                    continue
                if term_of(other) is None:
                    continue
                old = found.get(other)
                if old is None or times > old[3]:
                    found[other] = (term, tier, cell[_POS], times)
    return {other: (term, tier, pos) for other, (term, tier, pos, _) in found.items()}


def broader_kin(
    own: Mapping[str, int],
    term_of: Callable[[str], str | None],
    common: Callable[[str], bool],
) -> dict[str, frozenset[str]]:
    """For each of a pack's nouns, the pack's own words one step broader than it in the
    sense its text speaks of ("limestone": rock, stone; "kiln": furnace): a learner who
    asks of the broader word may mean the text's kind of it. One way only: a sentence
    saying "stone" tells nothing of limestone. A broader word counts only if it is
    mostly a noun and not one of English's most `common` words, which a line says in
    other senses ("work" of "task" in "line of work", "place" of "zone" in "in the first
    place")."""
    table = _table()
    out: dict[str, frozenset[str]] = {}
    for word in own:
        senses = table.get(word)
        if senses is None:
            continue
        if not any(
            rest.endswith("\tn") and any(b in own for b in rest.split("\t", 3)[_BROADER].split())
            for _, rest in senses
        ):
            continue  # (the usual case, cheaply: no noun sense below a word the pack says)
        cells = [rest.split("\t") for _, rest in senses]
        cell = cells[_fitting(senses, cells, own, term_of)]
        if cell[_POS] != "n" or term_of(word) is None:
            continue
        broader = frozenset(
            b
            for b in cell[_BROADER].split()
            if b in own
            and b != word
            and term_of(b) is not None
            and not common(b)
            and _share_as(b, "n") >= _MOSTLY
        )
        if broader:
            out[word] = broader
    return out


def _narrower_of(broader: str, word: str) -> bool:
    """Whether `word` is one step below `broader` in a sense of it in real use."""
    return any(
        share >= _USED and word in rest.split("\t")[_NARROWER].split()
        for share, rest in _table().get(broader, ())
    )


def same_sense(one: str, other: str) -> bool:
    """Whether WordNet gives two stems as synonyms or derived forms of each other in a
    sense in real use ("build" and "construct"): one event said in two words, whichever
    the pack itself says (the links of `related_terms` reach only words it never says)."""
    if one == other:
        return True
    for own, said in ((one, other), (other, one)):
        for share, rest in _table().get(own, ()):
            if share < _USED:
                continue
            cells = rest.split("\t")
            if said in cells[0].split() or said in cells[1].split():
                return True
    return False


def derived_kin(own: Iterable[str]) -> dict[str, frozenset[str]]:
    """For each of a pack's stems, the other stems of the pack that WordNet derives from it
    or it from them, in a sense in real use, spelt on the same root ("salt" and "salty",
    "direct" and "director", "member" and "membership"): one word in two parts of speech,
    which a text may say in one sentence and a learner ask in the other form. WordNet's
    derived forms also hold an adjective's attribute ("hard": hardness, whose adjectives
    are "hard" and "soft"), which the root leaves out."""
    said = set(own)
    table = _table()
    kin: dict[str, set[str]] = {}
    for word in said:
        for share, rest in table.get(word, ()):
            if share < _USED:
                continue
            for other in rest.split("\t", 2)[1].split():
                if other != word and other in said and _same_root(word, other):
                    kin.setdefault(word, set()).add(other)
                    kin.setdefault(other, set()).add(word)
    return {word: frozenset(others) for word, others in kin.items()}


def synonym_kin(own: Iterable[str]) -> dict[str, frozenset[str]]:
    """For each of a pack's stems, the other stems of the pack that are its synonyms both
    ways, each in a sense it is used in at least a fifth of the time ("salary" and "wage",
    "forest" and "wood", "melt" and "thaw"): a text says a thing in one sentence by one
    word and elsewhere by the other, and a learner may ask it by either. A word is read
    so only in a main sense: "new" is "novel" a tenth of the time, "post" a station."""
    said = set(own)
    table = _table()
    synonyms: dict[str, set[str]] = {}
    for word in said:
        for share, rest in table.get(word, ()):
            if share >= _MAIN_SENSE:
                synonyms.setdefault(word, set()).update(rest.split("\t", 1)[0].split())
    alike: dict[str, set[str]] = {}
    for word, others in synonyms.items():
        for other in others:
            if other != word and word in synonyms.get(other, ()):
                alike.setdefault(word, set()).add(other)
    return {word: frozenset(others) for word, others in alike.items()}


_MAIN_SENSE = 20  # per cent of a word's use a sense needs to make it another's synonym


_ROOT = 3  # letters two stems of one root share at least


def _same_root(one: str, other: str) -> bool:
    """Whether two stems are spelt on one root: all the shorter's letters but its last
    (which a suffix may change: "appli", "applic") begin the longer."""
    short = min(len(one), len(other))
    need = max(_ROOT, short - 1)
    return one[:need] == other[:need]
