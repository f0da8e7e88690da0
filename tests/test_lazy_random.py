"""The turn's random generator is seeded late, but draws what a seeded Random draws:
replies stay reproducible from the conversation's seed and turn."""

from __future__ import annotations

import random

from tutor._lazy_random import LazyRandom


def test_draws_the_same_as_random_seeded_now() -> None:
    for seed in (f"{s}:{t}" for s in (0, 7, 123456) for t in range(40)):
        now, late = random.Random(seed), LazyRandom(seed)
        shuffled = [list(range(30)), list(range(30))]
        now.shuffle(shuffled[0])
        late.shuffle(shuffled[1])
        drawn = [
            (r.choice("abcdefgh"), r.randrange(1000), r.random(), r.sample(range(50), 4))
            for r in (now, late)
        ]
        assert shuffled[0] == shuffled[1]
        assert drawn[0] == drawn[1]


def test_an_unused_generator_draws_nothing() -> None:
    late = LazyRandom("0:1")
    assert late._unseeded == "0:1"  # seeding waits for the first draw
    late.choice([1, 2, 3])
    assert late._unseeded is None
