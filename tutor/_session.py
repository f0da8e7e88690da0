"""One conversation of one learner: classify the turn, resolve context, answer or fall back.

A Session holds plain data only, in two parts that are saved apart: the learner (what
they know, across conversations) and the conversation (what is being talked about now).
It never prints and never touches a terminal or a database.
"""

from __future__ import annotations

import random
import re
from dataclasses import replace
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from ._analyze import Query
from ._content import Fact, Pack
from ._dialogue import Host, nearest_command
from ._everyday import lacks_only_everyday, worth_quoting_nearby
from ._figure_clause import figure_elsewhere
from ._frames import Frame
from ._index import STRICT_TYPES, Hit
from ._last_answer import asks_someone_new
from ._learner import checked_learner
from ._meta import meta_reply
from ._nearmiss import Gap
from ._phrases import META
from ._referents import PERSON_PRONOUNS
from ._reflexive import reflexive_boost, reflexive_pronoun_boost
from ._reply import Reply
from ._singled import singled_out
from ._state import (
    MAX_TOLD,
    ConversationState,
    LearnerState,
    new_conversation,
    new_learner,
    state_data,
)
from ._steps import told_whole
from ._topic_asked import asked_topic, opening_fact
from ._topic_offer import topic_offered
from ._untold_event import untold_event
from ._utterance import Utterance
from ._year_asked import wrong_year

if TYPE_CHECKING:
    from ._engine import Engine

__all__ = ["MAX_INPUT", "Session"]

MAX_INPUT = 500  # characters of one learner turn that are read; the rest is cut off

# Policy thresholds (tuned on the project's own regression cases, not the devset).
# Share of the question's evidence the best fact must hold, by number of terms asked:
# a short question has no filler, so each of its words must be accounted for.
_MIN_COVERAGE = {1: 0.75, 2: 0.75, 3: 0.65, 4: 0.5}
_MIN_COVERAGE_LONG = 0.35
_MIN_COVERAGE_CONTEXT = 0.5
_MIN_COVERAGE_ARGUMENT = 0.25  # a question about the writer's view, of a fact stating it
_MIN_SCORE = 0.35
_MIN_EVIDENCE = 1.5  # held weight a line with neither question word nor name needs
_TERSE = 4  # words of a line that may be a question in keywords alone
_MIN_TERSE = 1.0  # held weight such a line needs ("first" alone says too little)
_SUMMARY = "summary"  # the keyword a pack's summary fact carries
_PART = 0.3  # how much "in the conclusion" leans to the text's last section
_CLARIFY_GAP = 0.02  # top two this close, on different topics: ask which was meant


class Session:
    """A learner's conversation with a Tutor. Not shared between threads; Tutors are."""

    def __init__(
        self,
        engine: Engine,
        learner: LearnerState | None = None,
        conversation: ConversationState | None = None,
        seed: int | None = None,
    ) -> None:
        """Made by `Tutor.session()`, which hands over what its sessions share."""
        self._engine = engine
        if conversation is None:
            seed = random.SystemRandom().randrange(2**31) if seed is None else seed
            raw = new_conversation(seed)
        else:
            raw = dict(state_data(conversation))
        # Checking against the pack builds new containers: this is the copy the session
        # owns, so the states handed in stay as they were.
        self._state = _checked_state(raw, engine.pack)
        self._state["dialogue"] = engine.dialogue.checked(self._state.get("dialogue"))
        old = new_learner() if learner is None else state_data(learner)
        self._learner = {**old, **checked_learner(old)}
        self._lent = False  # whether a state value shares this session's data

    @property
    def learner(self) -> LearnerState:
        """The learner as of now: save it to carry their progress into other conversations."""
        self._lent = True
        return LearnerState(self._learner)

    @property
    def conversation(self) -> ConversationState:
        """This conversation as of now: save it to resume it later, anywhere."""
        self._lent = True
        return ConversationState(self._state)

    def respond(self, text: str) -> Reply:
        """The tutor's reply to one learner turn. Never raises on any input string.

        Raises:
            TypeError: `text` is not a str (a None or a number is a bug in the caller,
                not a learner's line to answer).
        """
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, got {type(text).__name__}")
        self._begin()
        text = _clean(text)
        # the one analysis of the line: every part of the turn takes it, never the text
        said = self._engine.reader.read(text[:MAX_INPUT])
        reply = self._follow(self._turn(said))
        if len(text) > MAX_INPUT:
            note = f"(I read only the first {MAX_INPUT} characters.) "
            return replace(reply, text=note + reply.text)
        return reply

    def pose(self, question_id: str) -> Reply:
        """Ask one of the pack's dialog questions now, as a teacher or another app chooses.

        The reply's `follow_up` is the question; the learner's next line is judged
        against it. Raises KeyError for an unknown question id.
        """
        if not isinstance(question_id, str):
            raise TypeError(f"question_id must be a str, got {type(question_id).__name__}")
        known = self._engine.dialogue.dialogs.questions
        if question_id not in known:  # before any change to the session
            shown = ", ".join(repr(q) for q in list(known)[:3])
            raise KeyError(
                f"no dialog question {question_id!r} in this pack"
                + (f" (its ids are like {shown})" if shown else " (it has no dialogs)")
            )
        self._begin()
        reply = self._engine.dialogue.pose(self._host(), question_id)
        return replace(reply, question_id=question_id)

    def _begin(self) -> None:
        """Start a turn: copy the data first if a state value shares it (copy on write)."""
        if self._lent:
            self._state, self._learner = _copied([self._state, self._learner])
            self._lent = False
        self._state["turn"] += 1
        self._learner["revision"] += 1

    # --- the Socratic dialogue (tutor/_dialogue.py) -------------------------------------------

    def _host(self) -> Host:
        return Host(self._state, self._learner, self._note, self._held)

    def _held(self, text: str) -> Reply:
        """The answer to a question line the dialogue held back (asked during a quiz)."""
        return self._question(self._engine.reader.recall(text))

    def _follow(self, reply: Reply) -> Reply:
        """The reply with the question the tutor now waits for (follow_up) and its id (a
        lesson's question left waiting is not asked again, but still waited for)."""
        host = self._host()
        reply = self._engine.dialogue.after(host, reply)
        if reply.kind == "clarify":
            return reply
        pending = self._state["dialogue"]["pending"]
        if reply.follow_up is None and pending is None:
            return reply
        return replace(reply, question_id=None if pending is None else pending["q"])

    def _note(self, fact: Fact) -> None:
        """Remember a fact the dialogue told, as if it had answered a question about it."""
        self._remember(
            self._engine.analyzer.analyze(fact.answer, correct=False), Hit(fact, 1.0, 1.0)
        )

    # --- turn kinds -------------------------------------------------------------------------

    def _turn(self, said: Utterance) -> Reply:
        """The router: one move per line, read from its analysis."""
        if not said.text or not (said.words or said.cue or said.command is not None):
            # nothing to read ("", "...", "!!!"): no question to look up and refuse
            return Reply(self._say("Ask me anything about {document}, or type /help."), "smalltalk")
        if said.command is not None:
            return self._command(said.command, said.argument)
        if said.cue in META:  # "what was the question?": about the question, never judged
            # "what does that mean?" of an answer saying what a term means, not the question
            defined = "question" not in said.words and self._engine.context.defines(
                self._state["context"]
            )
            return meta_reply(self._engine.dialogue, self._host(), said.cue, defined)
        dialogue = self._engine.dialogue.before(self._host(), said)
        if dialogue is not None:
            return dialogue
        intent = said.intent
        if intent is not None:
            if intent.name == "help":
                return self._command("help")  # one help, however it is asked for
            if intent.name == "gist":
                return self._gist(self._choose(intent.replies))
            return Reply(self._say(self._choose(intent.replies)), "smalltalk")
        if said.task:
            return Reply(
                self._say(
                    "That's not something I can do: I only answer questions about {document} "
                    "and help you study it. Ask me something about it!"
                ),
                "fallback",
            )
        reply = self._question(said)
        if reply.kind == "fallback" and not reply.fact_ids:
            # "tell me about the duchy" refused: the topic a refusal offers, told
            return self._topic_asked(said) or reply
        return reply

    def _topic_asked(self, said: Utterance) -> Reply | None:
        """The opening fact of the topic a refused line names by its title alone
        (`asked_topic`): the title a refusal offers can be asked back."""
        pack = self._engine.pack
        topic = asked_topic(said.tokens, pack)
        fact = opening_fact(pack, topic) if topic is not None else None
        return None if fact is None else self._answer(said.query, Hit(fact, 1.0, 1.0))

    def _gist(self, overview: str) -> Reply:
        """What the text as a whole says: the fact a pack gives as its summary (a fact
        whose keywords say "summary"), else the topics it covers."""
        engine = self._engine
        query = engine.analyzer.analyze(_SUMMARY, correct=False)
        hits = engine.index.search(query, limit=1)
        if hits and hits[0].coverage >= 1.0:
            return self._answer(query, hits[0])
        topics = "; ".join(t.title for t in engine.pack.topics)
        document = engine.pack.document
        text = overview.format(
            Document=document[:1].upper() + document[1:], document=document, topics=topics
        )
        return Reply(text, "smalltalk")

    def _command(self, name: str, argument: str = "") -> Reply:
        """A /command: the dialogue knows them all (help, topics, lesson, quiz, ...)."""
        dialogue = self._engine.dialogue.command(self._host(), name, argument)
        if dialogue is not None:
            return dialogue
        meant = nearest_command(name)
        hint = f" Did you mean /{meant}?" if meant else ""
        return Reply(
            f"I don't know the command /{name}.{hint} Type /help to see the commands.",
            "command",
        )

    def _question(self, said: Utterance) -> Reply:
        engine = self._engine
        context = engine.context
        steps = context.step(said.query, self._state["context"])
        if len(steps) == 1:  # "what's the third stage of ...?", "and the last one?"
            return self._answer(said.query, Hit(engine.pack.fact(steps[0]), 1.0, 1.0))
        if steps:  # "what are the stages of ...?": its lead and its steps, in order
            facts = [engine.pack.fact(f) for f in steps]
            self._remember(said.query, Hit(facts[-1], 1.0, 1.0))  # "and the third?" next
            return Reply(told_whole(facts), "answer", fact_ids=steps, confidence=1.0)
        query, boost, again = context.resolve(
            said.query, self._state["context"], self._state["told"]
        )
        untold_deed = (
            "" if again is not None else context.untold_deed(said.query, self._state["context"])
        )
        if untold_deed:  # "what did he do with it?" when the text tells nothing he did
            last = engine.pack.fact(self._state["context"]["fact"])
            return self._near(query, Hit(last, 1.0, 1.0), Gap(untold_deed))
        outcome = (
            None
            if again is not None
            else context.untold_outcome(said.query, self._state["context"])
        )
        if outcome is not None:  # "did it work?" when nothing near says: what it says next
            untold_part, following = outcome
            return self._near(query, Hit(engine.pack.fact(following), 1.0, 1.0), Gap(untold_part))
        kept = context.kept_question(query)
        doer = context.doer_nearby(said.query, self._state["context"])
        if doer is not None:  # "by whom?" after "Trotsky was accused of Bonapartism"
            return self._told_before(query, engine.pack.fact(doer))
        dated = (
            None if again is not None else context.dated_before(said.query, self._state["context"])
        )
        if dated is not None:  # "when was that?" of a sentence dated by the one before
            return self._told_before(query, engine.pack.fact(dated))
        if again is not None:  # "when was that?" right after a fact that gives the date
            hit = Hit(engine.pack.fact(again), 1.0, 1.0)
            gap = engine.nearmiss.gap(query, hit.fact)  # "where was he from?": not there
            told_next = (
                None
                if gap is None
                else context.role_told_next(query, self._state["context"], again)
            )
            if told_next is not None:  # "in what years?": the sentence after gives them
                return self._answer(query, Hit(engine.pack.fact(told_next), 1.0, 1.0))
            if gap is not None:
                return self._near(query, hit, gap)
            same = again == self._state["context"].get("fact")
            fate = context.fate_untold(said.query, self._state["context"], again)
            if fate is not None:  # "what happened to it later?": not the last answer
                return self._near(query, Hit(engine.pack.fact(fate[1]), 1.0, 1.0), Gap(fate[0]))
            if not same:
                query = self._told(query, hit.fact)
            picked = context.list_item(said.query, again) if same else None
            persons = self._state["context"].get("persons", [])
            reply = self._answer(query, hit)
            if same:  # "when was that?": the talk is about whom it was about, or about
                # whom it names ("and Kamenev?"; not "when did Stalin ally with him?")
                talk = self._state["context"]
                named = [e for e in said.query.entities if e in talk["persons"]]
                if PERSON_PRONOUNS & set(said.query.pronouns):
                    named = []
                talk["persons"] = list(dict.fromkeys([*named, *persons, *talk["persons"]]))
            if picked is not None:  # "and the last?" after a list: that item, then the list
                word, item = picked
                return replace(reply, text=f"The {word} one: {item}. {reply.text}")
            return reply
        ended = context.ended(said.query)
        if ended is not None:  # "how did things turn out for Bukharin in the end?"
            return self._answer(query, Hit(engine.pack.fact(ended), 1.0, 1.0))
        wish = self._wish_settled(said)
        if wish is not None:  # "did Lenin want Stalin in charge?": what Lenin wished for him
            return self._answer(query, Hit(wish, 1.0, 1.0))
        if not query.terms and query.part == "argument" and engine.argument:
            # "what is the author's opinion?": the writer's view, stated at the text's ends
            thesis = engine.pack.fact(engine.argument[0])
            return self._answer(query, Hit(thesis, 1.0, 1.0))
        if not query.terms:
            return self._fallback(query, [])
        if context.assumes_untold(query, self._state["context"]):
            return self._fallback(query, [])
        if query.part is not None and engine.pack.topics:  # "at first", "in the conclusion"
            boost = {**boost, **self._part_boost(query.part)}
        boost = self._for_himself(query, boost)  # "to boost himself": done for his sake
        hits = engine.index.search(query, boost)
        needed = _MIN_COVERAGE.get(len(query.terms), _MIN_COVERAGE_LONG)
        if query.leans:  # the conversation pins the topic down
            needed = min(needed, _MIN_COVERAGE_CONTEXT)
        if query.part == "argument" and hits and hits[0].fact.id in engine.argument:
            # the writer's view is asked, and this fact states it: the words of the line
            # are the learner's for the argument, and held only in part ("what does the
            # writer think decided it?"), unless the line says what the text never does
            needed = min(needed, _MIN_COVERAGE_ARGUMENT if not query.unknown else needed)
        # leaning on the conversation, a fact holding what was said *now* is enough
        covered = max(hits[0].coverage, hits[0].own) if hits and query.context else None
        if not hits:
            return self._fallback(query, hits)
        # a drafted fact holding the line's names and rarer words answers, its score and
        # coverage pulled down only by the learner's commoner words (see _everyday)
        weak = hits[0].score < _MIN_SCORE or (covered or hits[0].coverage) < needed
        near = bool(query.context) and context.told_soon_after(
            self._state["context"], hits[0].fact.id
        )
        if weak and not (
            lacks_only_everyday(engine.analyzer, engine.index, query, hits[0], near)
            or singled_out(engine.analyzer, engine.index, engine.picker, said, query, hits)
        ):
            doer_next = engine.next_doer.fact(said.query, self._state["context"])
            if doer_next is not None:  # "what did the committee do about the crowding?"
                return self._answer(query, Hit(engine.pack.fact(doer_next), 1.0, 1.0))
            return self._fallback(query, hits)
        if untold_event(engine.analyzer, engine.index, query, hits[0]):
            return self._fallback(query, hits)  # "when was X built?" of "by 2014 ... X"
        if figure_elsewhere(engine.analyzer, engine.index, query, hits[0].fact):
            return self._fallback(query, hits)  # "flour price" of "bought the mill ..."
        # No question word and no name: "i think it helped" is not a question about the
        # text unless it says something only the text says ("show trials").
        # A few words a fact holds every one of ("routes before after") are a terse
        # question, though, if not only everyday ones: chatter says "it", "that", "you".
        chatter = query.qtype is None and not query.entities and not query.leans
        terse = hits[0].coverage >= 1.0 and not query.pronouns and len(query.words) <= _TERSE
        if (
            chatter
            and hits[0].evidence < (_MIN_TERSE if terse else _MIN_EVIDENCE)
            and not engine.index.says(hits[0].fact.id, query)  # "first used", as the text says
        ):
            return self._fallback(query, hits)
        picker = engine.picker
        top = picker.best(said, query, hits, self._state["context"])
        swapped = picker.judged_only(said, top, self._state["context"])
        if swapped is not None:  # "what did Trotsky think of Stalin?" of Stalin's view of him
            return self._near(query, top, Gap(swapped.untold))
        last = self._state["context"].get("fact")
        if top.fact.id == last and asks_someone_new(engine.analyzer, query, self._state["context"]):
            # "and who actually did?": whom the last answer gave is not it, told again
            return self._fallback(query, [h for h in hits if h.fact.id != last])
        reason = context.reason_beside(said.query, self._state["context"], top.fact.id)
        if reason is not None:  # "why did he do that?": "This was because ...", next to it
            return self._answer(query, Hit(engine.pack.fact(reason), top.score, top.coverage))
        told_next = context.role_told_next(query, self._state["context"], top.fact.id)
        if told_next is not None:  # "how did they raise it?": the text goes on to say
            return self._answer(query, Hit(engine.pack.fact(told_next), top.score, top.coverage))
        going = engine.goes_on.next_of(query, self._state["context"], top.fact.id)
        if going is not None:  # "what did he write in it?": "He recorded ...", told next
            return self._answer(query, Hit(engine.pack.fact(going), top.score, top.coverage))
        if top.fact.id == last:  # not the last answer again, if the next one opens with him
            doer_next = engine.next_doer.fact(said.query, self._state["context"])
            if doer_next is not None:  # "what did the committee do about the crowding?"
                return self._answer(query, Hit(engine.pack.fact(doer_next), 1.0, 1.0))
        untold = context.untold_of_last(said.query, self._state["context"], top.fact.id)
        if untold:  # "when?" of an event the text gives no date for, not another's date
            last = engine.pack.fact(self._state["context"]["fact"])
            return self._near(query, Hit(last, top.score, top.coverage), Gap(untold))
        if kept and kept.isdisjoint(engine.index.held(top.fact.id)):
            # "who killed Trotsky?" "what about Kamenev?": the text tells no killing of him
            return self._near(query, top, engine.nearmiss.untold_about(query.entities[0]))
        if query.leans and context.asks_untold(query, top.fact.id):
            return self._fallback(query, hits)
        # the person and the event are in the text, what is asked is not ("which illness")
        # the writer's view is told in the text's own words, not as who the writer was
        gap = None if query.part == "argument" else engine.nearmiss.gap(query, top.fact)
        if gap is not None:
            # a fact nearly as good may give what this one lacks ("what did Stalin do
            # after he beat Trotsky?": the one that begins "After defeating Trotsky")
            # asked what came after an event, or of someone this fact never names
            retry = gap.instead is not None or gap.elsewhere
            last = self._state["context"].get("fact")  # or the fact just told
            other = picker.without_gap(query, hits, top, last) if retry else None
            if other is None:
                return self._near(query, top, gap)
            top = other
        # (after the gap: "what happened to him afterwards?" of Mercader says whom)
        fate = context.fate_untold(said.query, self._state["context"], top.fact.id)
        if fate is not None:  # "what happened to it later?": not the last answer again
            offered = Hit(engine.pack.fact(fate[1]), top.score, top.coverage)
            return self._near(query, offered, Gap(fate[0]))
        rival = next((h for h in hits[1:] if h.fact.answer != top.fact.answer), None)
        if (
            rival is not None
            and not query.leans  # the conversation already says which is meant
            and len(query.terms) <= 3
            and top.score - rival.score < _CLARIFY_GAP
            and rival.fact.topic != top.fact.topic
            and min(top.coverage, rival.coverage) >= 0.9
            # the writer's view asked, and both state it: one argument, no choice to offer
            and not (
                query.part == "argument"
                and top.fact.id in engine.argument
                and rival.fact.id in engine.argument
            )
            # "who was Nell Garrow?": the one saying what she is, not one naming her again
            and engine.index.says_what(top.fact.id, query)
            <= engine.index.says_what(rival.fact.id, query)
        ):
            asked = said.frames
            kinds = engine.analyzer.entity_kinds
            people = tuple(e for e in query.entities if kinds[e] == "person")
            of_him = len(query.terms) > 1  # more than a bare name ("lenin"): asked of him
            if len(people) == 1 and of_him and not any(f.roles for f in asked):
                # "what was Trotsky good at?": a state, but of him; he is its subject
                asked = (Frame("", MappingProxyType({"agent": people})),)
            fits = picker.fits_roles(asked, top) - picker.fits_roles(asked, rival)
            if fits == 0 and query.qtype in STRICT_TYPES:
                # "how many men went down?": only one of them gives a number
                index = engine.index
                fits = int(index.offers(top.fact.id, query.qtype)) - int(
                    index.offers(rival.fact.id, query.qtype)
                )
            if fits == 0 and query.qtype == "reason":
                # "cause of death" of two deaths: the one whose sentence says why ("died of")
                fits = int(context.gives_reason(top.fact.id)) - int(
                    context.gives_reason(rival.fact.id)
                )
            if fits == 0:
                # "what is Brunnalp Vecchio?": the one saying the name as said, in full
                full = picker.named_in_full(query, top, rival)
                if full is None:
                    return self._clarify(top, rival)
                top, fits = full, 1
            top = top if fits > 0 else rival  # "what did Trotsky do?": he is the doer
        return self._answer(query, top)

    def _wish_settled(self, said: Utterance) -> Fact | None:
        """For a yes/no question whether someone wished something of another, the fact
        telling that wish (`Wishes.settles`)."""
        words = said.query.words
        if (
            said.query.qtype is not None
            or not words
            or words[0] not in self._engine.analyzer.yes_no
        ):
            return None
        return self._engine.dialogue.replies.claims.wishes.settles(words)

    def _told(self, query: Query, fact: Fact) -> Query:
        """What a follow-up answered by another fact ("why?") leaves the talk about: what
        that fact says, so "that" next is it ("his disdain ... cost him support" "did
        that hurt him?"), not what the question carried; "he" stays whom it was about."""
        analyzer = self._engine.analyzer
        told = analyzer.analyze(fact.answer, correct=False)
        kinds = analyzer.entity_kinds
        persons = [t for t in query.terms if kinds.get(t) == "person"]
        named = [e for e in query.entities if kinds.get(e) == "person"]  # "what about Kamenev?"
        persons = named + self._state["context"].get("persons", [])[:1] + persons
        if query.qtype == "person" and not analyzer.new_person_words.isdisjoint(query.words):
            # "who did he ally with instead?": the newcomer the answer names is "him" next
            persons = [e for e in told.entities if kinds.get(e) == "person" and e not in persons]
            persons += [t for t in query.terms if kinds.get(t) == "person"]
        return replace(told, terms=tuple(dict.fromkeys([*persons, *told.terms])))

    def _answer(self, query: Query, top: Hit) -> Reply:
        self._remember(query, top)
        return Reply(
            top.fact.answer, "answer", fact_ids=(top.fact.id,), confidence=round(top.score, 3)
        )

    def _for_himself(self, query: Query, boost: dict[str, float]) -> dict[str, float]:
        """The boosts with the facts of a deed done for its own doer added, when the line
        says the first person it names did something for or to himself."""
        engine = self._engine
        kinds = engine.analyzer.entity_kinds
        persons = [e for e in query.entities if kinds.get(e) == "person"]
        held = engine.index.held
        more = reflexive_boost(query.words, persons, engine.reflexive, lambda f, p: p in held(f))
        if not persons:  # "how did he present himself?": whom "he" stands for, as the doer
            frames_of = engine.dialogue.replies.claims.frames_of
            more = reflexive_pronoun_boost(query, kinds, engine.reflexive, frames_of)
        if not more:
            return boost
        return {**boost, **{f: boost.get(f, 0.0) + b for f, b in more.items()}}

    def _part_boost(self, part: str) -> dict[str, float]:
        """Score boosts for the facts of the part of the text a line asks of: its first
        section for "start", its last for "end", its thesis and conclusion for
        "argument" (the writer's view)."""
        pack = self._engine.pack
        if part == "argument":
            return dict.fromkeys(self._engine.argument, _PART)
        topic = (pack.topics[0] if part == "start" else pack.topics[-1]).id
        return {f.id: _PART for f in pack.facts if f.topic == topic}

    def _near(self, query: Query, top: Hit, gap: Gap) -> Reply:
        """A question the text answers only nearly: say so, and what it does say."""
        if gap.instead is not None:  # "what happened to him after that?": the next event
            return self._answer(query, Hit(gap.instead, top.score, top.coverage))
        self._remember(query, top)
        said = self._say("{Document} doesn't say " + gap.asked + ".")
        return Reply(
            f"{said} What it does say nearby: {top.fact.answer}",
            "fallback",
            fact_ids=(top.fact.id,),
            confidence=round(top.score, 3),
        )

    def _told_before(self, query: Query, fact: Fact) -> Reply:
        """The answer a sentence just before the last one gives to a follow-up the last
        one leaves open ("by whom?" of "Trotsky was accused of Bonapartism": the Troika
        "worked to portray" him, a sentence before; "when was that?" of an undated
        sentence the one before dates): it answers, and says where it comes from, for
        the text tells it there, not in the sentence asked of."""
        self._remember(query, Hit(fact, 1.0, 1.0))
        lead = self._say("Going by what {document} says just before it:")
        return Reply(f"{lead} {fact.answer}", "answer", fact_ids=(fact.id,), confidence=1.0)

    # --- context ------------------------------------------------------------------------------

    def _remember(self, query: Query, hit: Hit) -> None:
        self._state["context"] = self._engine.context.remembered(query, hit.fact)
        told = self._state["told"]
        if hit.fact.id not in told:
            told.append(hit.fact.id)
            del told[:-MAX_TOLD]

    # --- replies ------------------------------------------------------------------------------

    def _fallback(self, query: Query, hits: list[Hit]) -> Reply:
        pack = self._engine.pack
        replies = self._engine.dialogue.replies
        wrong = wrong_year(self._engine.analyzer, self._engine.index, replies.claims.slots, query)
        if wrong is not None:  # "was Trotsky killed in 1930?": no, in 1940
            self._state["context"] = self._engine.context.remembered(query, wrong.facts[0])
            return replies.reply(wrong, self._rng())
        near = next((h for h in hits if h.coverage > 0), None)
        told = self._told_nearby(query, hits)
        if told is not None:  # the person and the event are there; what is asked, unsure
            # what it tells is what the talk is about next ("who were they up against?"),
            # though not told as the answer ("was that the only one?" may want it)
            self._state["context"] = self._engine.context.remembered(query, told.fact)
            opener = self._say("I can't find that exactly in {document}.")
            return Reply(
                f"{opener} What it does say nearby: {told.fact.answer}",
                "fallback",
                fact_ids=(told.fact.id,),
                confidence=round(1.0 - told.score, 3),
            )
        index = self._engine.index
        offered = topic_offered(pack, index, query, hits) if near is not None else None
        if offered is not None:
            topic = pack.topic(offered.fact.topic).title
            hint = f" The closest thing it covers is '{topic}'; ask me about that."
        elif near is not None:  # it shares a word, not what the line is about: no offer
            hint = " Type /topics to see what it covers."
        else:
            some = ", ".join(t.title for t in pack.topics[:3])
            hint = f" It covers topics like: {some}. Type /topics for all of them."
        opener = self._choose(
            (
                "I don't know: {document} doesn't say.",
                "{Document} doesn't say, so I can't answer that honestly.",
                "I can't find that in {document}, so I don't know.",
            )
        )
        confidence = round(1.0 - (hits[0].score if hits else 0.0), 3)
        return Reply(
            self._say(opener) + hint,
            "fallback",
            confidence=max(0.0, confidence),
            near=near.fact.id if near is not None else None,
        )

    def _told_nearby(self, query: Query, hits: list[Hit]) -> Hit | None:
        """The best fact holding a name the question says and one more of its words
        ("what did Stalin do after Lenin's funeral?"), or, of a line naming no one, two
        of its words (see `worth_quoting_nearby`): what the text says nearby."""
        if query.leans or not hits:
            return None
        index = self._engine.index
        named = set(query.entities)
        if not named:
            top = hits[0]
            return top if worth_quoting_nearby(self._engine.analyzer, index, query, top) else None
        for hit in hits[:2]:
            held = index.held(hit.fact.id)
            said = [t for t in query.terms if t in held]
            if named.intersection(said) and len(set(said) - named) >= 1:
                return hit
        return None

    def _clarify(self, top: Hit, rival: Hit) -> Reply:
        def label(hit: Hit) -> str:
            return hit.fact.questions[0].rstrip("?.! ")

        return Reply(
            f"Do you mean '{label(top)}' or '{label(rival)}'?",
            "clarify",
            fact_ids=(top.fact.id, rival.fact.id),
            confidence=round(top.score, 3),
        )

    def _say(self, template: str) -> str:
        """A reply template with the pack's name for its document filled in."""
        document = self._engine.pack.document
        return template.format(document=document, Document=document[:1].upper() + document[1:])

    def _choose(self, options: tuple[str, ...] | list[str]) -> str:
        """A varied but reproducible pick: seeded by the session's seed and turn number."""
        return self._rng().choice(list(options))

    def _rng(self) -> random.Random:
        """The turn's random choices: the same seed and turn give the same reply."""
        return random.Random(self._state["seed"] * 1_000_003 + self._state["turn"])


def _clean(text: Any, limit: int = MAX_INPUT) -> str:
    """The learner's text with control characters and odd surrogates removed, spaces
    collapsed, and at most `limit` + 1 characters long (enough to tell it was cut).

    Only as much of the text is cleaned as it takes to find those characters, so a
    megabyte pasted into the tutor costs about what a line does.
    """
    if not isinstance(text, str):
        text = str(text)
    window = 4 * (limit + 1)
    while True:
        cleaned = _clean_all(text[:window])
        if len(cleaned) > limit or window >= len(text):
            return cleaned[: limit + 1]
        window *= 4


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]+")


def _clean_all(text: str) -> str:
    text = text.encode("utf-8", "replace").decode("utf-8")
    if not text.isprintable():
        text = _CONTROL.sub(" ", text)  # the common non-printables, at C speed
    if not text.isprintable():
        text = "".join(ch if ch.isprintable() else " " for ch in text)
    return " ".join(text.split())


def _copied(value: Any) -> Any:
    """A deep copy of plain JSON data (about 4x faster than copy.deepcopy on it)."""
    if isinstance(value, dict):
        return {k: _copied(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copied(v) for v in value]
    return value


def _checked_state(data: dict[str, Any], pack: Pack) -> dict[str, Any]:
    """A conversation's data, rebuilt, with what the pack no longer knows dropped.

    Its shape was checked when it was read (`ConversationState.from_json`); a save from
    before the pack changed still resumes.
    """
    told = [f for f in data.get("told", []) if f in pack.by_id]
    raw = data.get("context")
    context: dict[str, Any] = {}
    fact = raw.get("fact") if isinstance(raw, dict) else None
    if isinstance(raw, dict) and isinstance(fact, str) and fact in pack.by_id:
        context = {
            "fact": fact,
            "topic": pack.fact(fact).topic,
            "terms": _texts(raw.get("terms")),
            "setting": _texts(raw.get("setting")),
            "persons": _texts(raw.get("persons")),
            "places": _texts(raw.get("places")),
            "groups": _texts(raw.get("groups")),
            "things": _texts(raw.get("things")),
            "given": _texts(raw.get("given")),
            "picked": _texts(raw.get("picked")),
            "asked": raw["asked"] if isinstance(raw.get("asked"), str) else "",
            "shift": raw["shift"] if isinstance(raw.get("shift"), int) else 0,
        }
    return {**data, "context": context, "told": told[-MAX_TOLD:]}


def _texts(value: Any) -> list[str]:
    return [x for x in value if isinstance(x, str)] if isinstance(value, list) else []
