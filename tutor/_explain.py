"""`tutor explain "QUESTION"`: why the tutor gave the reply it gave, for an educator.

It shows the line as the matcher read it (words after spelling correction, content terms,
the kind of answer asked for, names, words the pack never uses), the five facts that
scored best with what decided their scores, the reply a new session gives, and what in
the pack would have changed it. It reads the engine's own analysis and ranking, so what
it shows is what a learner gets.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ._engine import Engine
from ._everyday import lacks_only_everyday
from ._index import Hit
from ._question_turn import _MIN_COVERAGE, _MIN_COVERAGE_LONG, _MIN_SCORE
from ._singled import singled_out
from ._text import split_words
from ._tutor import Tutor

__all__ = ["Explanation", "FactScore", "explain", "format_explanation"]

_CLOSE = 0.05  # two facts this close in score: a small change of wording swaps them


@dataclass(frozen=True, slots=True)
class FactScore:
    """One fact as it scored for the line."""

    fact_id: str
    answer: str
    score: float
    coverage: float  # the share of the line's evidence the fact holds
    holds: tuple[str, ...]  # the line's words the fact has
    lacks: tuple[str, ...]  # the line's words it has not
    offers: bool  # whether its answer names the kind of thing asked for
    # those of `holds` it has only as its paragraph's (a drafted keyword from a sentence
    # before it or its heading), which its own sentence never says
    inherited: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Explanation:
    """What `explain` found: the analysis, the scores, the reply and advice."""

    text: str
    words: tuple[str, ...]
    terms: tuple[str, ...]
    asks_for: str | None
    names: tuple[str, ...]
    unknown: tuple[str, ...]
    needed: float  # the coverage the best fact must reach to be the answer
    facts: tuple[FactScore, ...]
    reply_kind: str
    reply_text: str
    reply_facts: tuple[str, ...]
    advice: tuple[str, ...]
    after: tuple[str, ...] = ()  # the lines said before it, in order
    leans_on: str | None = None  # the fact of the last answer a follow-up leans on
    carried: tuple[str, ...] = ()  # the terms the conversation added to the line
    again: str | None = None  # the fact the follow-up is answered by again, if any
    step: str | None = None  # the steps of a process the line asks by their place, if any


def _unsaid(engine: Engine, hit: Hit, term: str) -> bool:
    """Whether a fact holds a term only as its paragraph's: a drafted keyword from a
    sentence before it or its heading, or a name its sentence says no word of ("The guild
    lost its room" holding Jonas Pell, whom its paragraph is about)."""
    if engine.index.inherited(hit.fact.id, term):
        return True
    name = engine.analyzer.entity_names.get(term)
    said = split_words(hit.fact.answer)
    return hit.fact.draft and name is not None and set(said).isdisjoint(split_words(name))


def explain(tutor: Tutor, text: str, after: Sequence[str] = ()) -> Explanation:
    """Explain the reply to one line: of a new session, or of one where the lines `after`
    were said first, so a follow-up ("why?", "what about Kamenev?") is read as it leans on
    them: the terms it carries over, the boosts of the last answer's neighbours."""
    engine = tutor._engine
    session = tutor.session(seed=0)
    for line in after:
        session.respond(line)
    said = engine.reader.read(text)  # as the turn reads it
    query = said.query
    boost: dict[str, float] = {}
    leans_on = again = None
    steps = engine.context.step(said.query, session._state["context"])  # before the reply
    if after:  # one analysis, then what the context adds
        state = session._state
        query, boost, again = engine.context.resolve(said.query, state["context"], state["told"])
        leans_on = state["context"].get("fact")
    shown = dict(query.surface)
    word_of = {t: shown.get(t, t.replace("_", " ")) for t in query.terms}
    hits = engine.index.search(query, boost)
    facts = []
    for hit in hits[:5]:
        held = engine.index.docs[engine.index.position(hit.fact.id)].weights
        facts.append(
            FactScore(
                hit.fact.id,
                hit.fact.answer,
                round(hit.score, 3),
                round(hit.coverage, 3),
                tuple(word_of[t] for t in query.terms if t in held),
                tuple(word_of[t] for t in query.terms if t not in held),
                engine.index.offers(hit.fact.id, query.qtype, query.entities),
                tuple(word_of[t] for t in query.terms if t in held and _unsaid(engine, hit, t)),
            )
        )
    needed = _MIN_COVERAGE.get(len(query.terms), _MIN_COVERAGE_LONG)
    reply = session.respond(text)
    unknown = tuple(word for _, word in query.unknown)
    index, analyzer = engine.index, engine.analyzer
    singled = singled_out(analyzer, index, engine.picker, said, query, hits) if hits else ()
    if hits and lacks_only_everyday(analyzer, index, query, hits[0]):
        singled = ()  # it answers for the other reason: it lacks only everyday words
    singled_words = tuple(word_of[t] for t in singled)
    return Explanation(
        text=text,
        words=query.words,
        terms=tuple(word_of[t] for t in query.terms),
        asks_for=query.qtype,
        names=query.entities,
        unknown=unknown,
        needed=needed,
        facts=tuple(facts),
        reply_kind=reply.kind,
        reply_text=reply.text,
        reply_facts=reply.fact_ids,
        advice=tuple(
            _advice(
                facts,
                needed,
                unknown,
                query.qtype,
                reply.fact_ids,
                singled_words,
                corrected=reply.kind == "correction",
            )
        ),
        after=tuple(after),
        leans_on=leans_on if isinstance(leans_on, str) else None,
        carried=tuple(sorted(word_of.get(t, t) for t in query.context)),
        again=again,
        step=", ".join(steps) or None,
    )


def _advice(
    facts: list[FactScore],
    needed: float,
    unknown: tuple[str, ...],
    asks_for: str | None,
    answered: tuple[str, ...],
    singled: tuple[str, ...] = (),
    corrected: bool = False,
) -> list[str]:
    out = []
    if corrected and unknown:
        # a claim corrected ("paid in gold coins"): a word the text never uses is a
        # detail it does not tell, which a keyword would make the fact say
        out.append(
            f"the line was checked as a claim and corrected; {', '.join(map(repr, unknown))} "
            "is not the text's: add it to a fact only if the text really says it"
        )
        unknown = ()
    for word in unknown:
        out.append(
            f"the pack never uses {word!r}: if it means a word of the text, add it to that "
            "fact's keywords or as a synonym (synonyms: in a knowledge file)"
        )
    if not facts:
        out.append("no fact shares a content word with the line: it is off the text's topic")
        return out
    best = facts[0]
    if best.fact_id in answered and best.coverage < needed and singled:
        out.append(
            f"{best.fact_id} holds {best.coverage:.0%} of the line's evidence, under "
            f"{needed:.0%}, and answers as a draft the line singles out by "
            f"{', '.join(singled)}: the best fact answering otherwise lacks "
            f"{'it' if len(singled) == 1 else 'them'} and scores well below it; once "
            "reviewed it needs a question in such words"
        )
    elif best.fact_id in answered and best.coverage < needed and best.lacks:
        out.append(
            f"{best.fact_id} holds {best.coverage:.0%} of the line's evidence, under "
            f"{needed:.0%}, and answers as a draft that lacks only everyday words "
            f"({', '.join(best.lacks)}); once reviewed it needs a question with them"
        )
    if best.fact_id not in answered:
        if best.coverage < needed and best.lacks:
            out.append(
                f"{best.fact_id} holds {best.coverage:.0%} of the line's evidence and needs "
                f"{needed:.0%}: it lacks {', '.join(best.lacks)}; a question or keyword with "
                "those words would make it the answer, if it is the right one"
            )
        elif best.score < _MIN_SCORE:
            out.append(f"{best.fact_id} scores {best.score} and needs {_MIN_SCORE}")
        if not best.offers and asks_for:
            out.append(
                f"the line asks for a {asks_for}, and {best.fact_id}'s answer names none "
                "(check the kind of its names in the lexicon)"
            )
    if len(facts) > 1 and facts[0].score - facts[1].score < _CLOSE:
        out.append(
            f"{facts[0].fact_id} and {facts[1].fact_id} score within {_CLOSE}: a question "
            "only the right one answers, or a keyword special to it, separates them"
        )
    for other in facts[1:3]:
        if other.lacks:
            out.append(f"to reach {other.fact_id} instead, it would need {', '.join(other.lacks)}")
    return out


def format_explanation(e: Explanation) -> str:
    """The explanation as text for a terminal."""
    lines = [f"after:     {line}" for line in e.after]
    lines += [
        f"line:      {e.text}",
        f"read as:   {' '.join(e.words)}",
        f"terms:     {', '.join(e.terms) or '(none)'}",
        f"asks for:  {e.asks_for or '(no question word)'}",
    ]
    if e.names:
        lines.append(f"names:     {', '.join(e.names)}")
    if e.unknown:
        lines.append(f"unknown:   {', '.join(e.unknown)}")
    if e.leans_on:
        lines.append(f"leans on:  {e.leans_on} (the last answer)")
    if e.carried:
        lines.append(f"carried:   {', '.join(e.carried)} (from the conversation)")
    if e.again:
        lines.append(f"again:     {e.again} (the follow-up is answered by it, not by search)")
    if e.step:
        lines.append(f"step:      {e.step} (asked by its place among the steps the text tells)")
    lines += ["", f"best facts (the answer needs coverage >= {e.needed:.0%}):"]
    for n, f in enumerate(e.facts, start=1):
        kind = "" if f.offers else "  (names no " + (e.asks_for or "answer") + ")"
        lines.append(f"  {n}. {f.fact_id}  score {f.score}  coverage {f.coverage:.0%}{kind}")
        holds = [f"{w} (its paragraph's)" if w in f.inherited else w for w in f.holds]
        lines.append(f"     holds: {', '.join(holds) or '-'}   lacks: {', '.join(f.lacks) or '-'}")
        lines.append(f"     {_short(f.answer)}")
    if not e.facts:
        lines.append("  (none shares a content word with the line)")
    lines += ["", f"reply ({e.reply_kind}): {_short(e.reply_text, 200)}"]
    if e.reply_facts:
        lines.append(f"from fact: {', '.join(e.reply_facts)}")
    if e.advice:
        lines += ["", "what would change it:", *(f"  - {a}" for a in e.advice)]
    return "\n".join(lines)


def _short(text: str, limit: int = 100) -> str:
    return text if len(text) <= limit else text[: limit - 3].rstrip() + "..."
