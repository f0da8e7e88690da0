"""The English word lists (tutor/data/english.yaml) that reading a line consults: stop
words, question words and phrases, the words of each kind of follow-up ("later", "the
other side", "by comparison"), markers of a definition, a reason or a contrast; read once
into sets, tables and patterns. Language data, not any pack's: the Analyzer adds a pack's
own words to them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ._order_cue import OrderCues
from ._text import language, stem

__all__ = ["BE", "OBJECTS", "PRONOUNS", "WordLists"]

BE = frozenset(["was", "were", "is", "are", "be", "been"])
OBJECTS = frozenset(["him", "her", "them", "us", "me", "you"])  # "cost him": a loss
# the pronouns that lean on the conversation ("he", "it", "there"): never content words
PRONOUNS = frozenset(
    [
        "he",
        "him",
        "his",
        "she",
        "her",
        "hers",
        "they",
        "them",
        "their",
        "it",
        "its",
        "that",
        "this",
        "there",
        "those",
        "these",
    ]
)


def _phrases_of(parts: Mapping[str, Sequence[str]]) -> list[tuple[tuple[str, ...], str]]:
    """(words, part) of each phrase naming a part of a text, longest first ("in the end"
    before "end")."""
    pairs = [(tuple(phrase.split()), part) for part, phrases in parts.items() for phrase in phrases]
    return sorted(pairs, key=lambda pair: -len(pair[0]))


class WordLists:
    """English's word lists as the analysis reads them. Immutable once built."""

    def __init__(self) -> None:
        lang = language()
        self.stopwords: frozenset[str] = frozenset(lang["stopwords"])
        self.ranks: dict[str, int] = lang["ranks"]
        self.qwords: dict[str, str] = lang["question_types"]
        self.type_words: dict[str, str] = lang["type_words"]
        self.means_verbs = frozenset(lang.get("means_verbs", ()))
        self.money_verbs = frozenset(lang.get("money_verbs", ()))
        self.money_nouns = frozenset(lang.get("money_nouns", ()))
        self._significance = frozenset(lang.get("significance_words", ()))
        self.significance_words = self._significance
        self.seeming_words = frozenset(lang.get("seeming_words", ()))
        self.reaction_words = frozenset(lang.get("reaction_words", ()))
        self.consequence_verbs = frozenset(lang.get("consequence_verbs", ()))
        self.benefit_words = frozenset(lang.get("benefit_words", ()))
        self.purpose_words = frozenset(lang.get("purpose_words", ()))
        self.colour_words = frozenset(lang.get("colour_words", ()))
        self.material_words = frozenset(lang.get("material_words", ()))
        self._material_phrases = frozenset(
            tuple(p.split()) for p in lang.get("material_phrases", ())
        )
        self.cause_verbs = frozenset(lang.get("cause_verbs", ()))
        self.verdict_words = frozenset(lang.get("verdict_words", ()))
        self.later_words = frozenset(lang.get("later_words", ()))
        self.span_bounds = {w: int(n) for w, n in lang.get("span_bounds", {}).items()}
        self.step_words = frozenset(lang.get("step_words", ()))
        counts, shifts = lang.get("count_words") or {}, lang.get("year_shifts") or {}
        self.count_words = {w: int(n) for w, n in counts.items()}
        self.year_shifts = {w: int(n) for w, n in shifts.items()}
        self.same_year_words = frozenset(lang.get("same_year_words", ()))
        self._outcome_phrases = frozenset(tuple(p.split()) for p in lang.get("outcome_phrases", ()))
        self.outcome_phrase_words = frozenset(w for p in self._outcome_phrases for w in p)
        self._referents = sorted(
            (tuple(p.split()) for p in lang.get("plural_referents", ())), key=lambda p: -len(p)
        )
        self._referent_starts = frozenset(p[0] for p in self._referents)
        self._document_words = frozenset(lang.get("document_words", ()))
        self._document_parts = _phrases_of(lang.get("document_parts") or {})
        self._told_parts = _phrases_of(lang.get("told_parts") or {})
        self._describing = frozenset(lang.get("describing_verbs", ()))
        self._argument = frozenset(lang.get("argument_words", ()))
        self._general = frozenset(lang.get("general_people", ()))
        self._opinion_verbs = frozenset(lang.get("opinion_verbs", ()))
        self.outcome_words = frozenset(lang.get("outcome_words", ()))
        self.ordinals = frozenset(lang.get("ordinal_words", ()))
        self.ordinal_positions: dict[str, int] = {
            str(w): int(p) for w, p in (lang.get("ordinal_positions") or {}).items()
        }
        self.last_words = frozenset(lang.get("last_words", ()))
        self.order_cues = OrderCues(lang.get("order_cues") or {})
        self.office_words = frozenset(lang.get("office_words", ()))
        self.office_verbs = frozenset(lang.get("office_verbs", ()))
        self.rise_words = frozenset(tuple(p.split()) for p in lang.get("rise_words", ()))
        self.fall_words = frozenset(tuple(p.split()) for p in lang.get("fall_words", ()))
        self.rate_units = frozenset(lang.get("rate_units", ()))
        self.rate_adverbs = frozenset(lang.get("rate_adverbs", ()))
        self.new_person_words = frozenset(lang.get("new_person_words", ()))
        self.complement_verbs = frozenset(lang.get("complement_verbs", ()))
        self._occurrence = frozenset(lang.get("occurrence_verbs", ()))
        self._definition_words = frozenset(lang.get("definition_words", ()))
        self._definition_ends = frozenset(lang.get("definition_ends", ()))
        self.definition_words = self._definition_words | self._definition_ends
        self._late = sorted(
            (tuple(p.split()) for p in lang.get("late_phrases", ())), key=len, reverse=True
        )
        self._then = sorted(
            (tuple(p.split()) for p in lang.get("then_phrases", ())), key=len, reverse=True
        )
        self._attitudes = frozenset(lang.get("attitude_words", ()))
        self._liking_openers = frozenset(lang.get("liking_openers", ()))
        self._particles = frozenset(lang.get("particles", ()))
        self.particles = self._particles  # of phrasal verbs ("put out"): grammar
        self._object_openers = frozenset(lang.get("object_openers", ()))
        self._exclusions = sorted(
            (tuple(p.split()) for p in lang.get("exclusions", ())), key=len, reverse=True
        )
        marks = "|".join(re.escape(m) for m in lang.get("definition_markers", ()))
        self.defines = re.compile(rf"\b(?:{marks})\W") if marks else None
        reasons = "|".join(re.escape(m) for m in lang.get("reason_markers", ()))
        self.time_nouns = frozenset(lang.get("time_nouns", ()))
        failed = "|".join(re.escape(m) for m in lang.get("failure_verbs", ()))
        if failed:  # "after the talks failed, they struck": why they struck
            reasons = "|".join(t for t in (reasons, rf"after\b[^,;.]*?\b(?:{failed})") if t)
        self.reasons = re.compile(rf"\b(?:{reasons})\b") if reasons else None
        motives = "|".join(re.escape(m) for m in lang.get("motive_verbs", ()))
        lived = "|".join(re.escape(m) for m in lang.get("motive_experiences", ()))
        wished = "|".join(re.escape(m) for m in lang.get("motive_wishes", ()))
        told = [f"(?:{motives}) that" if motives else "", f"had (?:{lived})" if lived else ""]
        either = "|".join(t for t in [*told, wished] if t)
        self.motives = re.compile(rf"\b(?:{either})\b") if either else None
        # "This was because ...", "The reason was that ...": why the deed before was done
        deeds = "|".join(re.escape(m) for m in lang.get("deed_subjects", ()))
        links = "|".join(re.escape(m) for m in lang.get("reason_links", ()))
        nouns = "|".join(re.escape(m) for m in lang.get("reason_nouns", ()))
        self.explains_before = (
            re.compile(
                rf"(?:(?:{deeds}) (?:was|is|were|happened) (?:\w+ )?(?:{links})"
                rf"|(?:{nouns})(?: for (?:this|that|it))? (?:was|is|were))\b"
            )
            if deeds and links and nouns
            else None
        )
        # "So the council ...", "For this reason ...": done because of the deed before
        openers = "|".join(re.escape(m) for m in lang.get("result_openers", ()))
        self.follows_before = (
            re.compile(rf"(?:{openers})\b(?! (?:that|far|much|many|long|too|few|little)\b)")
            if openers
            else None
        )
        self.contrasts = tuple(tuple(m.split()) for m in lang.get("contrast_markers", ()))
        self.comparison_words = frozenset(lang.get("comparison_words", ()))
        self.opposition_words = frozenset(lang.get("opposition_words", ()))
        self.group_words = frozenset(lang.get("group_words", ()))
        self.side_words = frozenset(lang.get("side_words", ()))
        self.other_side_words = frozenset(lang.get("other_side_words", ()))
        self.part_words = frozenset(lang.get("part_words", ()))
        self._whole_markers = frozenset(lang.get("whole_markers", ()))
        self._role_words = frozenset(lang.get("role_words", ()))
        self.content_verbs = frozenset(lang.get("content_verbs", ()))
        marks = "|".join(re.escape(m) for m in lang.get("reporting_markers", ()))
        self.reporting = re.compile(rf"\b(?:{marks})\b") if marks else None
        self._openers = frozenset(tuple(o.split()) for o in lang.get("line_openers", ()))
        # what may follow an acknowledgement that is dropped: a question or a follow-up
        self._ack_before = frozenset(
            [*self.qwords, *lang["yes_no_openers"], "and", "but", "then", "tell"]
        )
        self._acks = sorted(  # longest first: "oh i see" before "oh"
            (tuple(o.split()) for o in lang.get("ack_openers", ())), key=lambda o: -len(o)
        )
        self._person_senses: dict[str, str] = dict(lang.get("person_senses", {}))
        self._causatives = frozenset(lang.get("causative_verbs", ()))
        self._seeming = frozenset(lang.get("seeming_verbs", ()))
        self._causative_sense: str = lang.get("causative_sense", "")
        self._wishes = frozenset(lang.get("wish_words", ()))
        self._corrections = sorted(
            (tuple(o.split()) for o in lang.get("correction_openers", ())), key=len, reverse=True
        )
        self._kind_words = frozenset(lang["kind_words"])
        # words asking which one of a kind ("species", "breed"): a thing named, not said
        self.kind_asking = frozenset(
            stem(w) for w in self._kind_words if self.type_words.get(w) == "thing"
        )
        self._type_stems = frozenset(stem(w) for w in self.type_words)
        self.yes_no = frozenset(lang["yes_no_openers"])
        self.number_words: frozenset[str] = frozenset(stem(w) for w in lang["number_words"])
        self.respelled_phrases: dict[tuple[str, str], tuple[str, ...]] = {
            (k.split()[0], k.split()[1]): tuple(v.split())
            for k, v in lang["respelled_phrases"].items()
        }
        # "what is the deal with" read as "what is" (`question_frames`), longest first
        self.question_frames: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = tuple(
            sorted(
                (
                    (tuple(k.split()), tuple(v.split()))
                    for k, v in lang.get("question_frames", {}).items()
                ),
                key=lambda pair: -len(pair[0]),
            )
        )
        self.likeness_words = frozenset(lang.get("likeness_words", ()))
        self.qphrases: dict[tuple[str, ...], str] = {
            tuple(k.split()): v for k, v in lang["question_phrases"].items()
        }
