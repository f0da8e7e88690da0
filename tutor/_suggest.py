"""`tutor eval --suggest`: for each failed case, the fact it should have reached and what
the pack lacks for it; and a warning when a case's wording is copied into the pack.

The target fact is the one the case names (`fact:`), else the fact whose answer holds
every expected phrase. What is missing comes from the matcher's own reading of the line
(the same as `tutor explain`): words the fact lacks (a keyword or a synonym), names the
pack does not know (an alias), a kind of answer the fact does not give (a word class or a
frame role). Copying a case's question into `questions:` makes it pass without teaching
the tutor anything a learner would type: that is tuning to the test, and it is flagged.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz, process

from ._eval import Report, _comparable
from ._explain import explain
from ._text import language, split_words, stem
from ._tutor import Tutor

__all__ = ["Suggestion", "copied_cases", "suggest"]

COPIED = 92  # rapidfuzz ratio of stemmed content words at which a case's line is a pack's question
_ROLE = {"person": "agent", "place": "place", "date": "time", "reason": "cause", "manner": "means"}


@dataclass(frozen=True, slots=True)
class Suggestion:
    """What one failed case needs: the fact it should reach, and what to add to the pack."""

    case_id: str
    line: str
    target: str | None  # the fact it should have reached (None: none, or it should decline)
    advice: tuple[str, ...]
    decline: bool = False  # the case expects the tutor to say the text does not say


def _targets(tutor: Tutor, expect: dict[str, Any], ranked: Sequence[str]) -> list[str]:
    """The facts a case may expect, likeliest first: the one it names; else those whose
    answer says every expected phrase, those saying more of a group's alternatives first
    ("shorter shifts" and "children", not "children" alone), then as the matcher ranks
    them for the line."""
    if "fact" in expect:
        return [str(expect["fact"])]
    groups = expect.get("all_of", [])
    if not groups:
        return []
    said: dict[str, int] = {}
    for fact in tutor.pack.facts:
        answer = _comparable(fact.answer)
        held = [sum(_comparable(str(a)) in answer for a in g) for g in groups]
        if all(held):
            said[fact.id] = sum(held)
    return sorted(said, key=lambda f: (-said[f], ranked.index(f) if f in ranked else len(ranked)))


def suggest(tutor: Tutor, cases: Sequence[dict[str, Any]], report: Report) -> list[Suggestion]:
    """A suggestion for each failed case of a report."""
    by_id = {str(c.get("id")): c for c in cases}
    out = []
    for result in report.results:
        if result.passed or result.failed_turn is None:
            continue
        case = by_id.get(result.id, {})
        turns = case.get("turns", [])
        at = next((i for i, t in enumerate(turns) if t["say"] == result.failed_turn), 0)
        expect = (turns[at].get("expect") or {}) if turns else {}
        line = result.failed_turn
        before = [str(t["say"]) for t in turns[:at]]
        e = explain(tutor, line, before)  # a follow-up read as the case says it, after them
        advice: list[str] = []
        if expect.get("reject"):
            got = e.reply_facts[0] if e.reply_facts else "a fact"
            held = next((f.holds for f in e.facts if f.fact_id == got), ())
            advice.append(
                f"it should decline, but {got} holds {', '.join(held) or 'its words'}; the "
                "text does not say what the line asks: no edit of the pack is the fix"
            )
            out.append(Suggestion(result.id, line, None, tuple(advice), decline=True))
            continue
        targets = _targets(tutor, expect, [f.fact_id for f in e.facts])
        if not targets:
            advice.append(
                "no fact's answer says what the case expects: add a fact, or fix the case"
                if expect.get("all_of")
                else "the case names no fact (fact:) and no words (all_of:) to find one by"
            )
            out.append(Suggestion(result.id, line, None, tuple(advice)))
            continue
        target = targets[0]
        if len(targets) > 1:
            others = ", ".join(targets[1:4]) + (", ..." if len(targets) > 4 else "")
            advice.append(
                f"other facts say what the case expects too ({others}): name the one you "
                "mean with fact: for advice about it"
            )
        reached = result.reply is not None and result.reply.fact_ids[:1] == (target,)
        if before:
            # The words of "what happened to him?" are not what it lacks: the turn leans on
            # the ones before, and no keyword of the target changes that
            leaned = f"it leaned on {e.leans_on}" if e.leans_on else "it leaned on no fact"
            advice.append(
                f"a follow-up: after {before[-1]!r} {leaned}, and the reply rests on "
                f"{', '.join(e.reply_facts[:1]) or 'no fact'}; a keyword will not fix this "
                "(see `tutor explain LINE --after PREVIOUS` for how it was read)"
            )
        elif reached and result.why.startswith(("kind", "verdict")):
            # "right?" read as a question, answered from the right fact: no word to add
            advice.append(
                f"the reply already rests on {target} and fails on this: {result.why}; no "
                "keyword changes that (see `tutor explain` for how the line was read)"
            )
        else:
            advice.extend(_missing(tutor, e, target, line))
        out.append(Suggestion(result.id, line, target, tuple(advice)))
    return out


def _missing(tutor: Tutor, e: Any, target: str, line: str) -> list[str]:
    """What the target fact lacks for a line, in the pack's terms."""
    engine = tutor._engine
    query = engine.analyzer.analyze(line)
    held = engine.index.docs[engine.index.position(target)].weights
    shown = dict(query.surface)
    unknown = {word for _, word in query.unknown}
    capitalised = {w.lower().strip("'\u2019s") for w in line.split()[1:] if w[:1].isupper()}
    out = []
    lacked: list[str] = []  # words the fact's keywords lack: one piece of advice for all
    for term in query.terms:
        if term in held:
            continue
        word = shown.get(term, term.replace("_", " "))
        if word in unknown and word in capitalised:
            out.append(f"an alias: {word!r} names something the lexicon does not know")
        elif word in unknown:
            out.append(
                f"a synonym: the pack never uses {word!r}; add it with the fact's own word "
                f"to synonyms:, or to {target}'s keywords"
            )
        else:
            lacked.append(word)
    if lacked:
        words = " and ".join(repr(w) for w in lacked)
        both = f" (all {len(lacked)} are needed)" if len(lacked) > 1 else ""
        out.insert(
            0, f"keywords: {target} lacks {words}, which the line uses: add to its keywords{both}"
        )
    for word in sorted(unknown - {shown.get(t, t) for t in query.terms}):
        out.append(f"a synonym: the pack never uses {word!r}")
    if query.qtype in _ROLE and not engine.index.offers(target, query.qtype, query.entities):
        out.append(
            f"a word class or frame role: the line asks for a {query.qtype} (the {_ROLE[query.qtype]}), "
            f"and {target}'s answer names none the lexicon knows as one"
        )
    ranked = [f.fact_id for f in e.facts]
    if not out and target in ranked and ranked[0] != target:
        out.append(
            f"{target} holds every word but {ranked[0]} scored higher: a question only {target} answers"
        )
    if not out and target not in ranked:
        out.append(f"{target} is not among the five best: its words differ from the line's")
    return out


def copied_cases(tutor: Tutor, cases: Sequence[dict[str, Any]]) -> list[str]:
    """Warnings for case lines that a fact's questions or examples repeat word for word."""
    stop = frozenset(language()["stopwords"])

    def key(text: str) -> str:  # content words, stemmed: 'Who guards' is 'What guard'
        return " ".join(stem(w) for w in split_words(text) if w not in stop)

    choices: dict[int, str] = {}
    owners: list[str] = []
    for fact in tutor.pack.facts:
        for text in fact.questions:
            choices[len(owners)] = key(str(text))
            owners.append(fact.id)
    out = []
    for case in cases:
        for turn in case.get("turns", []):
            if not turn.get("expect"):
                continue  # a turn that only sets the scene is not scored: nothing is tuned
            said = key(str(turn.get("say", "")))
            if len(said.split()) < 3:
                continue  # "when did he die?" is everybody's
            found = process.extractOne(said, choices, scorer=fuzz.ratio, score_cutoff=COPIED)
            if found:
                out.append(
                    f"case {case.get('id')}: {turn['say']!r} is in the pack as a question of "
                    f"{owners[found[2]]} (tuning to the test: the case no longer measures "
                    "questions nobody wrote down)"
                )
    return out
