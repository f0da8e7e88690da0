"""Write a synthetic content pack of N facts, for measuring the tutor at scale.

Run: python bench/genpack.py N OUT [--seed S]. Writes OUT/knowledge/*.yaml (100 facts a
file, one topic each), OUT/knowledge/history.txt (the source every fact quotes) and
OUT/direct.jsonl (one held-out direct question per fact, with the fact's id), so a
benchmark can ask questions the pack was not written with and check the answers.

The pack looks like a history text: people (from Faker, in several languages, so names
carry accents), places and years; each fact says that someone did something to a named
thing somewhere, in some year, for some reason. A few main characters appear in many
facts, as in a real essay, so their names are common terms that hit a large share of the
pack. Each fact has five learner question variants; the held-out question asks for one
part of the fact in words the variants do not use in that order.
"""

from __future__ import annotations

import argparse
import json
import random
from dataclasses import dataclass
from pathlib import Path

import yaml
from faker import Faker

__all__ = ["GenFact", "generate", "write_pack"]

# fmt: off
# (past, base) forms: what a historical actor does to a thing.
VERBS = [
    ('signed', 'sign'), ('abolished', 'abolish'), ('founded', 'found'), ('besieged', 'besiege'),
    ('negotiated', 'negotiate'), ('financed', 'finance'), ('dissolved', 'dissolve'),
    ('reformed', 'reform'), ('annexed', 'annex'), ('fortified', 'fortify'),
    ('ratified', 'ratify'), ('betrayed', 'betray'), ('defended', 'defend'),
    ('surrendered', 'surrender'), ('restored', 'restore'), ('plundered', 'plunder'),
    ('censored', 'censor'), ('nationalised', 'nationalise'), ('mortgaged', 'mortgage'),
    ('inherited', 'inherit'), ('bribed', 'bribe'), ('smuggled', 'smuggle'),
    ('rebuilt', 'rebuild'), ('blockaded', 'blockade'), ('purged', 'purge'),
    ('outlawed', 'outlaw'), ('chartered', 'charter'), ('partitioned', 'partition'),
    ('garrisoned', 'garrison'), ('audited', 'audit'), ('excavated', 'excavate'),
    ('translated', 'translate'), ('printed', 'print'), ('revised', 'revise'),
    ('denounced', 'denounce'), ('endowed', 'endow'), ('mapped', 'map'), ('taxed', 'tax'),
    ('sold', 'sell'), ('seized', 'seize'),
]
ADJECTIVES = [
    'secret', 'northern', 'imperial', 'provisional', 'naval', 'royal', 'southern', 'eastern',
    'western', 'grand', 'ancient', 'republican', 'clerical', 'merchant', 'colonial', 'federal',
    'rural', 'sacred', 'bankrupt', 'rebel', 'silver', 'iron', 'wooden', 'stone', 'printed',
    'hidden', 'disputed', 'forgotten', 'famous', 'coastal', 'frontier', 'military', 'civil',
    'papal', 'ducal', 'municipal', 'radical', 'conservative', 'liberal', 'socialist',
    'agrarian', 'industrial', 'maritime', 'episcopal', 'hereditary', 'temporary', 'permanent',
    'illegal', 'official', 'ruined', 'burnt', 'flooded', 'abandoned', 'contested', 'fortified',
    'neutral', 'mountain', 'river', 'harbour', 'desert', 'island', 'border', 'crimson',
    'golden', 'copper', 'marble', 'brick', 'eastern-rite', 'reformed', 'orthodox', 'protestant',
    'catholic', 'tribal', 'feudal', 'baronial', 'regional', 'national', 'cantonal', 'parish',
    'diocesan', 'garrison', 'cavalry', 'artillery', 'postal', 'telegraph', 'railway', 'canal',
    'salt', 'grain', 'wool', 'timber', 'coal', 'cotton', 'tobacco', 'sugar', 'spice', 'opium',
    'whaling', 'fishing', 'mining',
]
NOUNS = [
    'treaty', 'charter', 'fortress', 'monastery', 'academy', 'railway', 'canal', 'harbour',
    'cathedral', 'archive', 'mint', 'bank', 'parliament', 'council', 'senate', 'militia',
    'fleet', 'garrison', 'university', 'library', 'printing press', 'newspaper', 'guild',
    'company', 'colony', 'province', 'duchy', 'republic', 'alliance', 'confederation', 'tariff',
    'census', 'constitution', 'decree', 'manifesto', 'petition', 'land reform', 'tax', 'loan',
    'debt', 'estate', 'palace', 'bridge', 'lighthouse', 'observatory', 'hospital', 'prison',
    'barracks', 'arsenal', 'shipyard', 'foundry', 'mill', 'mine', 'quarry', 'market', 'fair',
    'exchange', 'customs house', 'toll road', 'aqueduct', 'dam', 'dyke', 'embassy', 'consulate',
    'mission', 'seminary', 'abbey', 'chapel', 'shrine', 'tomb', 'statue', 'museum', 'theatre',
    'opera house', 'orchestra', 'journal', 'almanac', 'atlas', 'chronicle', 'codex',
    'manuscript', 'map', 'calendar', 'currency', 'coinage', 'standard', 'flag', 'anthem',
    'order of knights', 'brotherhood', 'trade union', 'cooperative', 'party', 'faction',
    'cabinet', 'ministry', 'police', 'censorship board', 'tribunal', 'court', 'jury', 'inquiry',
    'commission', 'expedition', 'survey', 'settlement', 'plantation', 'vineyard', 'orchard',
    'forest', 'reservoir', 'well', 'granary', 'warehouse', 'depot', 'station', 'telegraph line',
    'postal service', 'road', 'tunnel', 'pass', 'fort', 'wall', 'gate', 'tower', 'citadel',
    'camp',
]
PURPOSES = [
    'to pay the army', 'to please the merchants', 'to weaken the nobility',
    'to win the coming election', 'to keep the peace with the neighbours',
    'to punish the rebels', 'to raise money for the war', "to gain the church's favour",
    'to secure the trade routes', 'to stop the famine', 'to silence the opposition',
    'to protect the border', 'to repay an old debt', 'to honour a promise',
    'to impress foreign envoys', 'to end the strike', 'to spite a rival',
    'to modernise the country', 'to settle a dispute', 'to reward loyal officers',
]
# fmt: on
LOCALES = ["en_GB", "en_US", "de_DE", "fr_FR", "it_IT", "es_ES", "pl_PL", "sv_SE"]


@dataclass(frozen=True)
class GenFact:
    """One generated fact and the parts its questions are made from."""

    id: str
    person: str
    surname: str
    verb: tuple[str, str]
    thing: str  # "the secret treaty"
    place: str
    year: int
    purpose: str

    @property
    def sentence(self) -> str:
        """The source text's sentence, which the fact quotes."""
        past = self.verb[0]
        return f"In {self.year}, {self.person} {past} {self.thing} of {self.place} {self.purpose}."

    @property
    def answer(self) -> str:
        """The tutor's reply: the sentence retold, as an author would."""
        past = self.verb[0]
        return f"{self.person} {past} {self.thing} of {self.place} in {self.year}, {self.purpose}."

    def questions(self) -> list[str]:
        """Five learner variants, as an author would write them."""
        base, short = self.verb[1], self.surname
        bare = self.thing.removeprefix("the ")
        return [
            f"Who {self.verb[0]} {self.thing}?",
            f"What did {short} {base} in {self.year}?",
            f"When did {short} {base} {self.thing} of {self.place}?",
            f"Why did {short} {base} {self.thing}?",
            f"What happened to the {bare} of {self.place}?",
        ]

    def direct(self, rng: random.Random) -> str:
        """A held-out direct question: asks for one part, in an order no variant uses."""
        base = self.verb[1]
        return rng.choice(
            [
                f"Who {self.verb[0]} {self.thing} of {self.place} in {self.year}?",
                f"In which year did {self.person} {base} {self.thing}?",
                f"Where did {self.surname} {base} {self.thing}?",
                f"For what reason did {self.person} {base} {self.thing} of {self.place}?",
            ]
        )


def _people(n: int, rng: random.Random) -> list[tuple[str, str]]:
    """(full name, surname) pairs with distinct surnames, from several languages."""
    fakers = [Faker(loc) for loc in LOCALES]
    for i, f in enumerate(fakers):
        f.seed_instance(rng.randrange(2**31) + i)
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    while len(out) < n:
        f = rng.choice(fakers)
        first, last = f.first_name(), f.last_name()
        key = last.lower()
        if key in seen or " " in first:
            continue
        seen.add(key)
        out.append((f"{first} {last}", last))
    return out


def _places(n: int, rng: random.Random) -> list[str]:
    fakers = [Faker(loc) for loc in LOCALES]
    for i, f in enumerate(fakers):
        f.seed_instance(rng.randrange(2**31) + i)
    out: list[str] = []
    seen: set[str] = set()
    while len(out) < n:
        city = rng.choice(fakers).city()
        if city.lower() not in seen and len(city.split()) <= 3:
            seen.add(city.lower())
            out.append(city)
    return out


def generate(n: int, seed: int = 1) -> tuple[list[GenFact], list[tuple[str, str]], list[str]]:
    """n facts, plus the people and places they mention.

    People follow a Zipf-like law (a few main characters in many facts); each named
    thing (adjective + noun) is used once, so every fact can be told apart.
    """
    rng = random.Random(seed)
    people = _people(max(12, n // 8), rng)
    places = _places(max(8, n // 25), rng)
    weights = [1.0 / (rank + 1) for rank in range(len(people))]
    things = [f"the {a} {b}" for a in ADJECTIVES for b in NOUNS if a != b]
    rng.shuffle(things)
    if n > len(things):
        raise SystemExit(f"at most {len(things)} facts: there are no more distinct things")
    facts = []
    for i in range(n):
        person, surname = rng.choices(people, weights)[0]
        facts.append(
            GenFact(
                id=f"f{i:05d}",
                person=person,
                surname=surname,
                verb=rng.choice(VERBS),
                thing=things[i],
                place=rng.choice(places),
                year=rng.randrange(1700, 2000),
                purpose=rng.choice(PURPOSES),
            )
        )
    return facts, people, places


def write_pack(out: Path, n: int, seed: int = 1) -> Path:
    """Write the pack and its held-out questions under `out`; returns `out`."""
    facts, people, places = generate(n, seed)
    rng = random.Random(seed + 1)
    knowledge = out / "knowledge"
    knowledge.mkdir(parents=True, exist_ok=True)
    (out / "dialogs").mkdir(exist_ok=True)
    per_file = 100
    chapters = [facts[i : i + per_file] for i in range(0, len(facts), per_file)]
    text = []
    for c, chapter in enumerate(chapters):
        text.append(f"Chapter {c + 1}\n\n" + " ".join(f.sentence for f in chapter) + "\n")
    (knowledge / "history.txt").write_text("\n".join(text), encoding="utf-8")
    lexicon = {
        "document": "the history",
        "entities": [{"name": p, "kind": "person", "aliases": [s]} for p, s in people]
        + [{"name": p, "kind": "place", "aliases": []} for p in places],
    }
    _dump(knowledge / "000-lexicon.yaml", lexicon)
    for c, chapter in enumerate(chapters):
        topic = {
            "id": f"chapter-{c + 1:03d}",
            "title": f"Chapter {c + 1}: {chapter[0].place} and after",
            "summary": f"Events from {min(f.year for f in chapter)} to "
            f"{max(f.year for f in chapter)}.",
            "order": c + 1,
        }
        body = {
            "topic": topic,
            "facts": [
                {
                    "id": f.id,
                    "answer": f.answer,
                    "source": f.sentence,
                    "questions": f.questions(),
                    "keywords": [f.thing.removeprefix("the "), f.place],
                    "date": f.year,
                }
                for f in chapter
            ],
        }
        _dump(knowledge / f"{c + 1:03d}-chapter.yaml", body)
    with (out / "direct.jsonl").open("w", encoding="utf-8") as fh:
        for f in facts:
            fh.write(json.dumps({"id": f.id, "question": f.direct(rng)}, ensure_ascii=False))
            fh.write("\n")
    return out


def _dump(path: Path, data: object) -> None:
    path.write_text(
        yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100), encoding="utf-8"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of facts")
    parser.add_argument("out", type=Path, help="folder to write the pack into")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    write_pack(args.out, args.n, args.seed)
    print(f"wrote {args.n} facts to {args.out}")


if __name__ == "__main__":
    main()
