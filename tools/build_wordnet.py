"""Derive tutor/data/wordnet.tsv from Princeton WordNet 3.0 (run by hand, output committed).

The engine must work offline and start fast, so it never reads WordNet itself: this script
reads WordNet's own data files (Debian: `apt-get install wordnet-base`, found in
/usr/share/wordnet; or nltk's copy) and writes, for each of the 30,000 everyday words the
engine already ranks, the single words WordNet relates to it, strongest first, in five
tiers, all as the engine's Snowball stems, then the words of the sense's definition and
its part of speech:

    stem <TAB> share <TAB> synonyms <TAB> derived <TAB> broader <TAB> narrower <TAB> similar
         <TAB> gloss <TAB> n|v|a|r

- synonyms: the other words of the word's most used sense in each part of speech;
- derived forms: WordNet's derivational links (expel / expulsion, assassinate /
  assassination, murderer / murder) of those senses, and the noun an adjective is of
  (chemical / chemistry) or measures (heavy / weight);
- broader and narrower: the words one step up or down those senses' hierarchy
  (murder -> kill; kill -> assassinate), of the first sense of each part of speech only:
  a word's rarer senses lead far astray one step away ("profit" -> "make a killing");
- similar: an adjective's near neighbours in WordNet's clusters (huge / large, whole /
  total), which are not its synonyms;
- the part of speech, so that the engine can weigh a link by the kind of word it is from
  (a noun's broader word is a kind it is of; a verb's is a vaguer deed).

A pack keeps only the relations that reach its own vocabulary (see tutor/_lexicon.py). The
licence of WordNet 3.0 allows redistributing what is derived from it with its notice,
which is in tutor/data/WORDNET-LICENSE.

It also writes tutor/data/irregular.tsv, the irregular forms the stemmer reads as their
lemmas ("found" -> "find"; see `irregular`).

It also writes tutor/data/wordnet_phrasal.tsv, the same for WordNet's phrasal verbs
("gang_up", "do_away_with"; see `phrasal`).

It also writes tutor/data/plurals.tsv, the everyday nouns whose plural ends in no "s"
("men", "mice", "geese"; see `plurals`).

Usage: python tools/build_wordnet.py [WORDNET_DIR]
       python tools/build_wordnet.py --phrasal [WORDNET_DIR]   (that table alone)
       python tools/build_wordnet.py --plurals [WORDNET_DIR]   (that table alone)
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

_POS = {"noun": "n", "verb": "v", "adj": "a", "adv": "r"}
_SENSES = 4  # senses of a word kept: the most used (tagged) ones
_GLOSS = 8  # content words of a definition kept
_COMMON = 1000  # the most common English words say nothing of a sense
_UP_DOWN = 12  # narrower words kept per sense (a general verb has hundreds)
_MAX = 24  # related words kept per tier
# An irregular form is read as its lemma when the lemma has at least this many sense tags
# in WordNet's tagged corpus and the form, as a word of its own, this many times fewer.
_TAGGED = 5
_RARER = 8


def _read_data(
    root: Path,
) -> dict[tuple[str, int], tuple[list[str], list[tuple[str, str, int, int]], str]]:
    """(pos, offset) -> (words, pointers (symbol, pos, offset, source/target), gloss)."""
    out: dict[tuple[str, int], tuple[list[str], list[tuple[str, str, int, int]], str]] = {}
    for name, pos in _POS.items():
        for line in (root / f"data.{name}").read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue
            head, _, gloss = line.partition(" | ")
            fields = head.split()
            offset = int(fields[0])
            count = int(fields[3], 16)
            # a proper name ("Napoleon", "Bonaparte") is never another word for anything
            # (kept as "" so that pointers still count members by position)
            written = [fields[4 + 2 * k] for k in range(count)]
            words = [w if w == w.lower() else "" for w in written]
            k = 4 + 2 * count
            pointers = []
            for _ in range(int(fields[k])):
                symbol, target, tpos, st = fields[k + 1 : k + 5]
                tpos = "a" if tpos == "s" else tpos
                pointers.append((symbol, tpos, int(target), int(st, 16)))
                k += 4
            out[(pos, offset)] = (words, pointers, gloss)
    return out


def _read_index(root: Path) -> dict[str, list[tuple[str, int, int]]]:
    """word -> its senses (pos, offset, times tagged in WordNet's sense-tagged corpus),
    most used first: by tag count across parts of speech ("hold" is a verb before it is
    a grip), then in WordNet's own order."""
    st = {"1": "n", "2": "v", "3": "a", "4": "r", "5": "a"}
    tags: dict[tuple[str, str, int], int] = defaultdict(int)
    for line in (root / "cntlist.rev").read_text(encoding="latin-1").splitlines():
        key, number, count = line.split()
        lemma, _, rest = key.partition("%")
        tags[(lemma, st[rest[0]], int(number))] += int(count)
    out: dict[str, list[tuple[int, int, str, int]]] = defaultdict(list)
    for order, (name, pos) in enumerate(_POS.items()):
        for line in (root / f"index.{name}").read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue
            fields = line.split()
            word, synsets, pointers = fields[0], int(fields[2]), int(fields[3])
            offsets = fields[6 + pointers : 6 + pointers + synsets]
            for number, o in enumerate(offsets, 1):
                # sort key: most tagged first, then each part of speech's own order
                used = tags[(word, pos, number)]
                out[word.lower()].append((-used, number * 4 + order, pos, int(o)))
    return {w: [(p, o, -u) for u, _, p, o in sorted(s)] for w, s in out.items()}


# A broader word counts only in a sense it is used in: at least this share of its uses in
# that part of speech ("fire" as a flame is 9% of the noun's tags: "blaze" is a kind of
# it; "building" the act is 4%, so a "hotel" is no kind of the text's "build").
_IN_USE = 0.05
_BROADER = 2  # the tier of broader words


def _in_use(senses: list[tuple[str, int, int]], pos: str, offset: int) -> bool:
    """Whether a word is used in the sense (pos, offset) at least `_IN_USE` of its uses
    in that part of speech, or, never tagged in it, has it as that part's first sense."""
    own = [(o, used) for p, o, used in senses if p == pos]
    total = sum(used for _, used in own)
    if not total:
        return bool(own) and own[0][0] == offset
    return any(o == offset and used >= _IN_USE * total for o, used in own)


def _single(word: str) -> str | None:
    word = word.split("(")[0]  # adjective markers: "big(a)"
    return word if word.isalpha() else None


def _gloss_words(gloss: str, common: set[str]) -> list[str]:
    """The content words of a definition, before its examples: what a sense is about."""
    definition = gloss.split(";")[0].split('"')[0]
    words = [w for w in definition.lower().replace("-", " ").split() if w.isalpha()]
    return [w for w in words if w not in common][:_GLOSS]


def build(root: Path, words: list[str]) -> list[str]:
    """One line per sense a word may take: 'word <TAB> tags <TAB> synonyms <TAB> derived
    <TAB> broader <TAB> narrower <TAB> gloss words', the word's senses most used first.

    A word has many senses and only one is meant: which one, the pack decides when it
    loads (tutor/_lexicon.py), from how often each is used (tags: times in WordNet's
    sense-tagged corpus) and whether the pack's text uses its words."""
    data = _read_data(root)
    index = _read_index(root)
    common = set(words[:_COMMON])
    lines = []
    for word in words:
        senses = [s for s in index.get(word, []) if any(data[s[:2]][0])]
        if not senses:
            continue
        kept = [s for s in senses if s[2] > 0][:_SENSES]
        if not kept:  # never tagged: WordNet's own first sense of each part of speech
            firsts: dict[str, tuple[str, int, int]] = {}
            for s in senses:
                firsts.setdefault(s[0], s)
            kept = list(firsts.values())[:_SENSES]
        for pos, offset, used in kept:
            members, pointers, gloss = data[(pos, offset)]
            where = members.index(word) + 1 if word in members else 0
            tiers: list[dict[str, None]] = [dict.fromkeys(members), {}, {}, {}, {}]
            unused: set[str] = set()  # broader words never used in the broader sense
            down = 0
            for symbol, tpos, target, st in pointers:
                source, goal = st >> 8, st & 0xFF
                # derivation of this word; the noun an adjective is of ("chemical":
                # chemistry) or measures ("heavy": weight)
                if symbol in ("+", "\\", "=") and source in (0, where):
                    related = data[(tpos, target)][0]
                    tiers[1][related[goal - 1] if goal else related[0]] = None
                elif symbol in ("@", "@i"):
                    for m in data[(tpos, target)][0]:
                        tiers[2][m] = None
                        if not _in_use(index.get(m, []), tpos, target):
                            unused.add(m)
                elif symbol in ("~", "~i") and down < _UP_DOWN:
                    down += 1
                    for m in data[(tpos, target)][0]:
                        tiers[3][m] = None
                elif symbol == "&":  # an adjective's near neighbours: whole / total
                    for m in data[(tpos, target)][0]:
                        tiers[4][m] = None
            seen = {word}
            cells = []
            hidden = False  # a broader word left out for its sense: the line stays all the same
            for level, tier in enumerate(tiers):
                out = []
                for m in tier:
                    single = _single(m)
                    if single and single not in seen:
                        seen.add(single)
                        if level != _BROADER or m not in unused:
                            out.append(single)
                        else:
                            hidden = True
                cells.append(" ".join(out[:_MAX]))
            cells.append(" ".join(w for w in _gloss_words(gloss, common) if w not in seen))
            if any(cells[:5]) or hidden:
                lines.append("\t".join([word, str(used), *cells, pos]))
    return lines


def irregular(root: Path, words: list[str]) -> list[str]:
    """'form<TAB>lemma' for the irregular forms of everyday verbs and nouns whose Snowball
    stem is not their lemma's ("found" -> "find", "taught" -> "teach", "children" -> "child").

    A form that is also a word of its own is kept as it is unless its own senses are
    rare beside its lemma's in WordNet's sense-tagged corpus: "found" (to found a
    college) is 15 tags to find's 705 and goes, "left" (78 to leave's 417) and "ground"
    stay.
    """
    from tutor._text import snowball  # the plain stemmer: these lines feed the other

    tags: dict[str, int] = defaultdict(int)
    for line in (root / "cntlist.rev").read_text(encoding="latin-1").splitlines():
        key, _, count = line.split()
        tags[key.split("%")[0]] += int(count)
    everyday = set(words)
    verbs = {
        line.split(" ", 1)[0]
        for line in (root / "index.verb").read_text(encoding="latin-1").splitlines()
        if not line.startswith(" ")
    }
    out: dict[str, str] = {}
    # verbs and nouns only: an adjective's degree ("biggest") is a word of its own in the
    # synonym lists ("biggest" is "most important"; "big" is not)
    for name in ("verb", "noun"):
        for line in (root / f"{name}.exc").read_text(encoding="latin-1").splitlines():
            form, lemma = line.split()[:2]
            if form not in everyday or not form.isalpha() or not lemma.isalpha():
                continue
            if snowball(form) == snowball(lemma) or form in out:
                continue
            if name == "noun" and (form[:-1] in verbs or form[:-2] in verbs):
                continue  # "leaves" and "lives" are verbs too: the stemmer's reading stays
            if tags[lemma] >= _TAGGED and tags[form] * _RARER < tags[lemma]:
                out[form] = lemma
    return [f"{form}\t{lemma}" for form, lemma in sorted(out.items())]


def plurals(root: Path, words: list[str]) -> list[str]:
    """'form<TAB>singular' for the everyday nouns whose plural does not end in "s"
    ("men", "children", "mice", "geese", "teeth", "women", "fishermen"): from WordNet's
    noun exception list, and its "-men" rule for the "-man" nouns it has.

    A form WordNet also lists as a word of its own is kept only when it is a noun alone
    and its own senses are rare beside its singular's ("men" 35 tags to man's 1295,
    "teeth"); "crying" (an adjective too), "dive", "stamina" (stamen: 1 tag) and "data"
    (76 tags to datum's 5) go.
    """
    tags: dict[str, int] = defaultdict(int)
    for line in (root / "cntlist.rev").read_text(encoding="latin-1").splitlines():
        key, _, count = line.split()
        tags[key.split("%")[0]] += int(count)
    index: dict[str, set[str]] = defaultdict(set)
    for name in _POS:
        for line in (root / f"index.{name}").read_text(encoding="latin-1").splitlines():
            if not line.startswith(" "):
                index[line.split(" ", 1)[0]].add(name)

    def plural(form: str, single: str) -> bool:
        if form.endswith("s") or not form.isalpha() or "noun" not in index.get(single, ()):
            return False
        if form not in index:
            return True
        rare = tags[single] >= _TAGGED and tags[form] * _RARER < tags[single]
        return index[form] == {"noun"} and rare

    everyday = set(words)
    out: dict[str, str] = {}
    for line in (root / "noun.exc").read_text(encoding="latin-1").splitlines():
        form, single = line.split()[:2]
        if form in everyday and plural(form, single):
            out.setdefault(form, single)
    for form in words:
        if form.endswith("men") and plural(form, form[:-3] + "man"):
            out.setdefault(form, form[:-3] + "man")
    return [f"{form}\t{single}" for form, single in sorted(out.items())]


# The particles that make a verb a phrasal one ("gang up", "wipe out", "do away with"); a
# verb before a preposition ("go to", "stay on", "think about") is that verb, not a new
# one, and WordNet's senses for such pairs mislead ("go to" is "attend church").
_PARTICLES = frozenset(
    ["up", "out", "down", "off", "away", "back", "over", "together", "apart", "aside"]
)
_PREPOSITIONS = frozenset(["with", "of", "for", "to", "on", "at", "in", "into", "from", "about"])
_PHRASE_WORDS = 3  # words of a phrasal verb at most


def phrasal(root: Path, words: list[str]) -> list[str]:
    """Lines as `build` writes them for WordNet's phrasal verbs ("wipe_out",
    "do_away_with", "get_rid_of"), each word an everyday one: a learner says "wiped out"
    of a text that says "eliminated", and the verb alone ("wipe") means another thing.
    Keyed by the words' stems joined by "_". Also its other verb idioms ("cut_corners",
    "take_care"), and its nouns of several words ("nuts and bolts", "hit man",
    "go-between"), keyed by their words as written joined by a space: a learner's "the
    nuts and bolts" is the practical details, and only those words say it ("nut and
    bolt" is hardware; "government officially" is no official)."""
    from tutor._text import stem_all

    everyday = set(words)
    verbs, nouns = [], []
    for name, kept in (("verb", verbs), ("noun", nouns)):
        for line in (root / f"index.{name}").read_text(encoding="latin-1").splitlines():
            lemma = line.split(" ", 1)[0]
            parts = lemma.replace("-", "_").split("_")
            if (
                not line.startswith(" ")
                and 2 <= len(parts) <= _PHRASE_WORDS
                and all(p.isalpha() and p in everyday for p in parts)
                and parts[0] not in _PREPOSITIONS
                and (name == "verb" or parts[0] not in _PARTICLES)  # "back up", no "back door"
                and (name == "noun" or _verb_idiom(parts))
            ):
                kept.append(lemma)
    nouns = [n for n in nouns if n not in set(verbs)]
    stems = stem_all([p for lemma in verbs for p in lemma.split("_")])
    lines = []
    for line in build(root, verbs):
        lemma, rest = line.split("\t", 1)
        lines.append("_".join(stems.get(p, p) for p in lemma.split("_")) + "\t" + rest)
    for line in build(root, nouns):
        lemma, rest = line.split("\t", 1)
        cells = rest.split("\t")
        if cells[-1] == "n":  # its senses as a noun ("go-between", not "go between")
            lines.append(" ".join(lemma.replace("-", "_").split("_")) + "\t" + rest)
    # a joined key is no word: kept as it is, its cells stemmed
    return _by_stem(lines, _verbs(root))


def _verbs(root: Path) -> frozenset[str]:
    """WordNet's verbs of one word, each its base form ("found", "fell", "saw")."""
    text = (root / "index.verb").read_text(encoding="latin-1")
    return frozenset(
        line.split(" ", 1)[0] for line in text.splitlines() if line and not line.startswith(" ")
    )


def _verb_idiom(parts: list[str]) -> bool:
    """Whether a verb lemma's words make an idiom: a particle ("gang up", "do away
    with", "put up with"), a verb, a noun and a preposition ("get rid of", "take hold
    of"), or a verb and its object ("cut corners", "take care"); not a verb before a
    preposition ("go to" is WordNet's "attend church")."""
    if parts[1] in _PARTICLES:
        return len(parts) == 2 or parts[2] in _PREPOSITIONS
    if len(parts) == 3:
        return parts[2] in _PREPOSITIONS
    return parts[1] not in _PREPOSITIONS


def main() -> None:
    args = [a for a in sys.argv[1:] if a not in ("--phrasal", "--plurals")]
    root = Path(args[0] if args else "/usr/share/wordnet")
    here = Path(__file__).resolve().parent.parent / "tutor" / "data"
    words = [
        w
        for w in (here / "english_words.txt").read_text(encoding="utf-8").splitlines()
        if w and not w.startswith("#")
    ]
    if "--phrasal" in sys.argv[1:]:
        main_phrasal(root, words)
        return
    if "--plurals" in sys.argv[1:]:
        main_plurals(root, words)
        return
    forms = irregular(root, words)
    (here / "irregular.tsv").write_text(
        "# Irregular forms and their lemmas, from Princeton WordNet 3.0's exception lists,\n"
        "# made by tools/build_wordnet.py (see `irregular` there).\n"
        "# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.\n"
        "# Licence: tutor/data/WORDNET-LICENSE.\n" + "\n".join(forms) + "\n",
        encoding="utf-8",
    )
    print(f"{len(forms)} irregular forms written to {here / 'irregular.tsv'}")
    lines = _by_stem(build(root, words), _verbs(root))
    header = (
        "# Related words from Princeton WordNet 3.0, made by tools/build_wordnet.py (see it).\n"
        "# One line per sense, a word's most used first; Snowball stems:\n"
        "# stem <TAB> share of tags % <TAB> synonyms <TAB> derived <TAB> broader <TAB> narrower"
        " <TAB> similar <TAB> gloss <TAB> part of speech (n, v, a, r)\n"
        "# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.\n"
        "# Licence: tutor/data/WORDNET-LICENSE.\n"
    )
    (here / "wordnet.tsv").write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} stems written to {here / 'wordnet.tsv'}")
    main_phrasal(root, words)
    main_plurals(root, words)


def main_plurals(root: Path, words: list[str]) -> None:
    """Write tutor/data/plurals.tsv (see `plurals`)."""
    header = (
        "# Everyday nouns whose plural does not end in s, and their singulars, from Princeton\n"
        "# WordNet 3.0's noun exception list; made by tools/build_wordnet.py (see `plurals`).\n"
    )
    lines = plurals(root, words)
    out = _write_table("plurals.tsv", header, lines)
    print(f"{len(lines)} irregular plurals written to {out}")


def main_phrasal(root: Path, words: list[str]) -> None:
    """Write tutor/data/wordnet_phrasal.tsv (see `phrasal`)."""
    header = (
        "# WordNet 3.0's phrasal verbs and verb idioms, keyed by their Snowball stems joined\n"
        "# by _, and its nouns of several words, keyed by their words joined by a space;\n"
        "# made by tools/build_wordnet.py (see `phrasal`). One line per sense, most used first:\n"
        "# phrase <TAB> tags <TAB> synonyms <TAB> derived <TAB> broader <TAB> narrower"
        " <TAB> similar <TAB> gloss <TAB> n|v|a|r\n"
    )
    lines = phrasal(root, words)
    out = _write_table("wordnet_phrasal.tsv", header, lines)
    print(f"{len(lines)} senses of phrasal verbs, idioms and nouns written to {out}")


def _write_table(name: str, header: str, lines: list[str]) -> Path:
    """Write a table derived from WordNet to tutor/data/NAME under its header and the
    licence lines every such table carries; the path written."""
    out = Path(__file__).resolve().parent.parent / "tutor" / "data" / name
    licence = (
        "# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.\n"
        "# Licence: tutor/data/WORDNET-LICENSE.\n"
    )
    out.write_text(header + licence + "\n".join(lines) + "\n", encoding="utf-8")
    return out


def _by_stem(lines: list[str], verbs: frozenset[str] = frozenset()) -> list[str]:
    """The table keyed by stem, as the engine meets words: every word and link stemmed
    once here, so that loading a pack stems nothing. Words sharing a stem pool their
    senses, most used first (share: per cent of the stem's sense tags, whichever word
    they were of: "completely" is used far more than "completed"); a sense met twice is
    kept once. `verbs`: WordNet's verbs, whose irregular-looking ones are base forms."""
    from tutor._text import snowball, stem_all  # the engine's own stemmers

    rows = [line.split("\t") for line in lines]
    stems = stem_all(
        [w for row in rows for cell in row[2:] for w in cell.split()] + [r[0] for r in rows]
    )
    # A verb of WordNet's is its base form, never another verb's irregular past: "found"
    # in "establish, found, launch" is to found, which a text says as "founded" (stem
    # "found"), though a learner's bare "found" is read as "find"; so its plain stem. A
    # definition's words are running text ("found" there may be find's). (Its own row
    # stays keyed as a learner's bare word is read: a learner's "founded" keeps the noun
    # senses of "founding", its first in use, which reach a text's "began".)
    lemmas = {**stems, **{w: snowball(w) for w in stems if w in verbs}}
    pooled: dict[str, dict[tuple[str, ...], tuple[int, list[str]]]] = {}
    for word, used, *cells in rows:
        key = stems.get(word, word)
        *cells, pos = cells
        stemmed = []
        for k, cell in enumerate(cells):
            of = stems if k == len(cells) - 1 else lemmas
            out = dict.fromkeys(of.get(w, w) for w in cell.split())
            out.pop(key, None)
            stemmed.append(" ".join(out))
        senses = pooled.setdefault(key, {})
        senses.setdefault(tuple(stemmed[:5]), (int(used), [*stemmed, pos]))
    lines = []
    for key, senses in pooled.items():
        total = sum(used for used, _ in senses.values())
        ranked = sorted(senses.values(), key=lambda s: -s[0])  # stable: ties keep order
        for used, stemmed in ranked:
            share = round(100 * used / total) if total else 0
            lines.append("\t".join([key, str(share), *stemmed]))
    return lines


if __name__ == "__main__":
    main()
