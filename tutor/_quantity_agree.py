"""Whether a fact's quantity bears a claim's out, denies it, or leaves it open.

The claim allows a range of values (its bound's), the fact another: the fact's inside the
claim's bears it out, the two apart deny it. What counts as agreeing, decided once for
every pack:
- a plain figure must equal the fact's: "a year" is not "eleven months", though "two years"
  is "24 months" (a 3% margin where spans of time convert: "a year" and "365 days"); a
  length or a weight in another system of units is a learner's rounding ("20 metres" of
  "seventy feet"), read as "about";
- "about", "around" agree with a figure that rounds to it at its own precision, or lies
  within a tenth of it: "about 400" of 412, "about a year" of eleven months, "about three
  months" of eleven weeks; not "about 500" of 412;
- "nearly", "almost" the same, from below only; "over", "more than" (strictly), "at least",
  "under", "less than", "at most" bound it one way ("over 400" of 412 agrees);
- a fact that itself says "about 900" is borne out by a claim of 900 or of "about 900";
  one that says "more than 300" neither bears out nor denies "3,000"; "hundreds of"
  stands for 200 to 999;
- counts compare only when they count the same thing (a noun in common, else nouns of the
  same kind: "kids" and "children"); ordinals only of the same noun ("the 13th
  congress"); sums only in the same unit; a rate against a rate per the same span ("three
  shillings a day" is not "a week"), a figure with no span against the figure alone;
- a month agrees with the same month (and year and day, when both give one), a season
  with its months (spring: March to June).
"""

from __future__ import annotations

import math

from ._quantities import Quantity

__all__ = ["agrees", "claim_reach", "comparable"]

_CONVERTED = 0.03  # the margin between two units' figures ("a year" and "365 days")
_ABOUT = 0.1  # "about" reaches a tenth either way, or half the figure's precision
# sizes a learner converts between systems of units and rounds ("seventy feet": "20 metres");
# spans of time convert exactly ("a year" is not "eleven months")
_ROUNDED = frozenset(["length", "weight"])


def comparable(claimed: Quantity, told: Quantity) -> bool:
    """Whether a fact's quantity measures what the claim's does: the same kind, the same
    thing counted or ranked, a sum in the same unit."""
    if claimed.kind != told.kind:
        return False
    if claimed.kind == "date":
        return True
    if claimed.kind == "money" and claimed.unit != told.unit:
        return False  # pounds and shillings: no rate between them is known
    if claimed.kind in ("count", "ordinal"):
        # the same thing counted, else ("workers", "labourers") things of one kind
        same_kind = claimed.kind == "count" and claimed.head is not None
        return bool(claimed.nouns & told.nouns) or (same_kind and claimed.head == told.head)
    return True


def agrees(claimed: Quantity, told: Quantity) -> bool | None:
    """Whether a fact's quantity bears the claim's out (True), denies it (False) or
    leaves it open (None); both `comparable`. The claim allows a range of values (its
    bound's), the fact another: the fact's inside the claim's bears it out, the two apart
    deny it. A fact's "about 900" is read as 900 with the claim read as "about" too."""
    if claimed.kind == "date":
        return _dates_agree(claimed, told)
    bound = claimed.bound
    if told.bound in ("about", "nearly") and bound == "exact":
        bound = "about"
    if claimed.kind in _ROUNDED and claimed.unit != told.unit and bound == "exact":
        bound = "about"  # "20 metres" of "seventy feet": a learner's rounding
    lo, hi = _reach(claimed, bound, claimed.unit != told.unit)
    f_lo, f_hi = _fact_reach(told)
    if claimed.per and told.per:  # "two shillings a week" of "two shillings a day"
        lo, hi = lo / claimed.per, hi / claimed.per
        f_lo, f_hi = f_lo / told.per, f_hi / told.per
    if lo <= f_lo and f_hi <= hi:
        return True
    if f_hi < lo or f_lo > hi:
        return False
    return None


def claim_reach(claimed: Quantity) -> tuple[float, float]:
    """The values a claimed quantity allows under its own bound, in the base unit."""
    return _reach(claimed, claimed.bound, False)


def _reach(claimed: Quantity, bound: str, converted: bool) -> tuple[float, float]:
    """The values the claim allows under a bound, in the base unit."""
    lo, value = claimed.lo, claimed.value
    if bound == "range":
        return claimed.lo, claimed.hi
    tol = _tolerance(value) * (lo / value if value else 1.0)
    if bound == "exact":
        margin = lo * _CONVERTED if converted else lo * 1e-9
        return lo - margin, lo + margin
    if bound == "about":
        return lo - tol, lo + tol
    if bound == "nearly":
        return lo - tol, lo
    if bound == "over":
        return lo * (1 + 1e-9), math.inf
    if bound == "least":
        return lo, math.inf
    if bound == "under":
        return -math.inf, lo * (1 - 1e-9)
    return -math.inf, lo  # "most"


def _fact_reach(told: Quantity) -> tuple[float, float]:
    """The values a fact's quantity allows: its own bound read as a claim's is ("about"
    and "nearly" as the figure itself)."""
    if told.bound == "over":
        return told.lo * (1 + 1e-9), math.inf
    if told.bound == "least":
        return told.lo, math.inf
    if told.bound in ("under", "most"):
        return 0.0, told.lo
    if told.bound in ("about", "nearly"):
        return told.lo, told.lo
    return told.lo, told.hi


def _tolerance(value: float) -> float:
    """How far "about" reaches from a figure, in its unit: half its precision ("400": 50,
    "25": 2.5, "three": 0.5, "one and a half": 0.25), at least a tenth of it."""
    if value <= 0:
        return 0.0
    if value != int(value):
        precision = 0.5
    else:
        precision = 1.0
        v = int(value)
        while v >= 10 and v % 10 == 0:
            v //= 10
            precision *= 10
        if v >= 10 and v % 5 == 0:
            precision *= 5
    return max(precision / 2, value * _ABOUT)


def _dates_agree(claimed: Quantity, told: Quantity) -> bool | None:
    """A month or a season against the fact's: the months they may fall in overlap, and the
    years and days, when both tell one, are the same."""
    if claimed.year is not None and told.year is not None and claimed.year != told.year:
        return False
    if claimed.day is not None and told.day is not None and claimed.day != told.day:
        return False
    if not claimed.months & told.months:
        return False
    if claimed.year is not None and told.year is None:
        return None  # "June 1875" against a "June" of no year told
    if len(told.months) > 1 and len(claimed.months) == 1:
        return None  # "in June" against "in the summer": maybe
    return True
