"""A random generator seeded on its first draw.

Each turn makes one, seeded by the conversation's seed and turn so that replies are
reproducible; most turns draw nothing from it, and seeding one from a string (SHA-512,
then the Mersenne Twister's state) cost about a twentieth of a turn.
"""

from __future__ import annotations

import random

__all__ = ["LazyRandom"]


class LazyRandom(random.Random):
    """Draws exactly what `random.Random(seed)` draws, and seeds only when first asked."""

    def __init__(self, seed: str) -> None:
        # not super().__init__(seed): that seeds now
        self._unseeded: str | None = seed
        self.gauss_next = None

    def _seed_now(self) -> None:
        seed = self._unseeded
        if seed is not None:
            self._unseeded = None
            self.seed(seed)

    def random(self) -> float:
        """The next float in [0, 1), as `random.Random.random`."""
        self._seed_now()
        return super().random()

    def getrandbits(self, k: int, /) -> int:
        """The next k random bits, as `random.Random.getrandbits` (choice, shuffle and
        randrange draw through it)."""
        self._seed_now()
        return super().getrandbits(k)
