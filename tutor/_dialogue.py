"""The Socratic turn policy: which lines belong to the dialogue, and what it asks next.

A Session hands each learner line here first (`before`), and every reply it makes on its
own afterwards (`after`). This module decides when a line answers the pending question
(the ladder judges it), asks something new (answered, then the question resumes), is a
cue (a lesson, a quiz, "tell me more") or a claim; and which question follows an answer.
Its parts each have one job: `Asking` (the saved state), `Ladder` (judging and hints),
`Planner` (lessons and quizzes), `FollowUps` and `ClaimReplies`.
"""

from __future__ import annotations

import itertools
import random
from dataclasses import replace
from typing import Any

from rapidfuzz import fuzz, process

from ._analyze import Analyzer
from ._around import Around
from ._asking import Asking, Host
from ._claim_elsewhere import Elsewhere
from ._claim_replies import ClaimReplies
from ._claims import Claims
from ._content import Pack
from ._dialogs import Question
from ._followups import FollowUps
from ._index import Index
from ._judge import Judge
from ._ladder import MAX_TURNS, Ladder
from ._person_genders import person_genders
from ._phrases import cues, voice
from ._planner import Planner
from ._progress import progress_of
from ._render import plain
from ._reply import Reply
from ._role_followups import RoleFollowUps
from ._timeline import draw_people, draw_timeline, people, timeline
from ._utterance import Reader, Utterance

__all__ = ["COMMANDS", "MAX_TURNS", "Dialogue", "Host", "nearest_command"]

# The commands the dialogue answers, and other names a learner reaches them by ("/next"
# in a lesson is the next question).
COMMANDS = (
    "help",
    "topics",
    "timeline",
    "people",
    "progress",
    "quiet",
    "lesson",
    "quiz",
    "hint",
    "skip",
)
_ALIASES = {"h": "help", "?": "help", "next": "skip", "pass": "skip", "clue": "hint"}
# a terminal's own commands (the REPL handles them before the dialogue sees a line): in
# a face that has none, "/quit" is no mistyped "/quiet"
_ELSEWHERE = frozenset(["quit", "exit", "q", "bye", "reset", "reload"])
_CLOSE = 70  # rapidfuzz ratio from which a mistyped command is taken to mean a known one


def nearest_command(name: str) -> str | None:
    """The known command a mistyped one most likely meant ('lessson', 'qiuz'), or None."""
    if name in _ELSEWHERE:
        return None
    found = process.extractOne(name, COMMANDS, scorer=fuzz.ratio, score_cutoff=_CLOSE)
    return None if found is None else found[0]


_PARK_LIMIT = 2  # a free follow-up the learner talks past this often is let go (a
# lesson's waits, said once)
_TERSE = 4  # words a statement opening with "when ..." may have and still ask
_WH = frozenset(["who", "whom", "whose", "what", "when", "where", "why", "how", "which"])
_IF = frozenset(["if", "whether"])  # "I was wondering if he ..."
# prepositions that ask, with a question mark, whether what was just told takes in one
# more ("including Bukharin?", "besides Trotsky?"): a question of its own, no attempt
_INCLUDING = frozenset(["including", "excluding", "besides", "except"])
_AUX = frozenset(
    [
        "did",
        "does",
        "do",
        "was",
        "were",
        "is",
        "are",
        "has",
        "have",
        "had",
        "can",
        "could",
        "would",
        "will",
        "should",
        "happened",
    ]
)
_BE_HAVE = frozenset(["was", "were", "is", "are", "has", "have", "had", "happened"])
_SUBJECTS = frozenset(
    ["he", "she", "it", "they", "the", "a", "an", "his", "her", "their", "that", "this", "i", "you"]
)
_SUBORDINATE = frozenset(["when", "where", "how", "after", "once", "while", "as"])
# "how" before a word of degree asks a measure ("how long was the weed soaked", "how many
# people came"): never the opening of a statement as "how he won ..." is
_DEGREE = frozenset(
    ["long", "many", "much", "far", "old", "often", "big", "large", "soon", "high", "deep"]
)
_LEADS = frozenset(["and", "so", "but", "ok", "okay", "then", "well", "also", "oh", "hmm"])


class Dialogue:
    """The tutoring policy for one pack. Immutable; shared by all sessions."""

    def __init__(self, pack: Pack, analyzer: Analyzer, index: Index, reader: Reader) -> None:
        """`reader`: the one that reads learners' lines; its framer reads the pack too."""
        framer = reader.framer
        self.pack = pack
        self.dialogs = pack.dialogs
        self.cues = cues()
        self.voice = voice().speaking_of(pack.document)
        claims = Claims(pack, analyzer, index, self.dialogs, self.cues, framer)
        told = Elsewhere(claims).told
        self.judge = Judge(pack, analyzer, index, self.cues, framer, told)
        self.asking = Asking(pack)
        self.replies = ClaimReplies(claims, self.dialogs, self.voice)
        self.planner = Planner(pack, self.asking, self.judge, self.voice)
        self.ladder = Ladder(
            pack, index, self.asking, self.planner, self.judge, self.replies, self.voice, reader
        )
        # who did what next by the frames: read once, for the follow-up cues and Context
        self.roles = RoleFollowUps(pack, analyzer, index, claims.frames_of)
        # the facts around one (the next of a kind, what came of it): read once, for the
        # follow-up cues and Context
        self.around = Around(pack, analyzer, index, claims.frames_of)
        # whom the text says "she" or "he" of: read once, for the follow-up cues and Context
        self.genders = person_genders(pack, analyzer, index)
        self.followups = FollowUps(
            pack, analyzer, index, self.cues, self.voice, self.roles, self.around, self.genders
        )
        # the words the phrases that open a question begin with ("tell", "i", "do"): a
        # line opening with none of them opens with none of the phrases
        self._opener_starts = frozenset(lead[0] for lead in self.cues.question_openers if lead)
        self._any_opens = any(not lead for lead in self.cues.question_openers)
        # misconception id -> the question it belongs to, whose mastery voicing it lowers
        self._voiced_in = {
            m.id: q.id for q in self.dialogs.questions.values() for m in q.misconceptions
        }

    def checked(self, raw: Any) -> dict[str, Any]:
        """A saved conversation's dialogue checked against this pack, as new data."""
        return self.asking.checked(raw)

    def pending(self, host: Host) -> str | None:
        """The question the tutor waits for, as last said (None when it waits for nothing)."""
        p = self.asking.state(host)["pending"]
        return None if p is None else str(p["text"])

    # --- the hooks the session calls -------------------------------------------------------------

    def before(self, host: Host, said: Utterance) -> Reply | None:
        """A reply to a line that belongs to the dialogue, or None to let the session answer.

        Reads the line's one analysis (cue, small talk, question mark, terms), and hands
        it on: the claim, the judge and the planner take it, never the text.
        """
        st = self.asking.state(host)
        rng = self.asking.rng(host)
        cue = said.cue
        p = st["pending"]
        if p is not None and p["mode"] != "free" and cue == "what_next":
            cue = "skip"  # "and next?" in a lesson or a quiz: the next question
        if p is not None and p["mode"] != "free" and cue == "what_before":
            cue = None  # "before that" in a lesson or a quiz: an attempt, judged below
        if p is not None and p["mode"] == "lesson" and cue in ("lesson_on", "skip", "tell_more"):
            return self.ladder.skip(host, rng)  # "ok teach me more": the lesson moves on
        if cue in ("lesson", "lesson_on"):
            return self.planner.lesson(host, "", rng)
        if cue == "quiz":
            return self.planner.quiz(host, "", rng)
        if cue in ("tell_more", "who_else", "what_next", "what_before"):
            return self.followups.reply(host, cue, rng, said.query.pronouns, said.words)
        if p is None:
            if cue in ("skip", "dont_know", "ask_hint"):
                return self.planner.offer(host, rng)
            if said.intent is not None:
                return None  # "that was really helpful" is thanks, not a claim to check
            if not self._asks(said) and self.replies.claims.looks_like_claim(said):
                return self._checked(host, said, rng)
            return None
        if cue == "skip":
            return self.ladder.skip(host, rng)
        if cue == "dont_know":
            return self.ladder.dont_know(host, rng, "encourage")
        if cue == "ask_hint":  # "give me a hint": as /hint, closed-book in a quiz
            return self.command(host, "hint")
        if said.intent is not None and self.voice.has(f"{said.intent.name}_pending"):
            # "ok", "lol", "hmm" while a question waits: no attempt to judge, and not
            # "what would you like to look at next?"
            return Reply(self.voice.say(f"{said.intent.name}_pending", rng), "smalltalk")
        if said.intent is not None:
            return None
        if self._asks(said):
            # a quiz is closed-book: the question is answered once it is over
            return self.planner.hold(host, said, rng) if p["mode"] == "quiz" else None
        if p["mode"] == "quiz":
            return self.planner.quiz_answer(host, said, rng)
        # "..., right?" (or "the troika was A, B and C?") while a question waits is a
        # claim to check; "so he was ..." without a question mark is more likely the
        # learner's answer, judged below
        if said.asked and self.replies.claims.looks_like_claim(said):
            checked = self._checked(host, said, rng)
            if checked is not None:
                return checked
        return self.ladder.answer(host, said, rng)

    def _checked(self, host: Host, said: Utterance, rng: random.Random) -> Reply | None:
        """A claim confirmed or corrected; the fact it was checked against is then what
        the talk is about ("Trotsky alienated his allies, right?" "why?")."""
        reply = self.replies.claim(said, rng)
        if reply is not None and reply.fact_ids and reply.fact_ids[0] in self.pack.by_id:
            host.note(self.pack.fact(reply.fact_ids[0]))
        return reply

    def after(self, host: Host, reply: Reply) -> Reply:
        """Attach the question the tutor waits for to any reply of the turn.

        A reply that already carries a follow-up (a hint, the next question) is kept; an
        answer given while a question is pending resumes it once; talked past again, a
        follow-up is let go and a lesson's question waits, the tutor saying so (never
        forgetting it silently, nor repeating it on every line); a fresh answer gets a
        follow-up question on its topic unless the learner asked for quiet.
        """
        st = self.asking.state(host)
        learner = self.asking.learner(host)
        if reply.kind in ("answer", "correction"):
            learner.saw(reply.fact_ids)
        if reply.kind == "correction" and reply.misconception in self._voiced_in:
            learner.contradicted(self._voiced_in[reply.misconception])  # a known wrong idea
        p = st["pending"]
        if reply.kind == "clarify" and p is not None:
            p["turns"] += 1  # a line on the question too; the learner's answer to it decides
        if reply.follow_up is not None or reply.kind == "clarify":
            return reply  # a clarifying question is what the tutor waits for now
        if p is not None:
            aside = reply.kind in ("answer", "correction", "fallback", "clarify")
            if aside and p["mode"] in ("free", "lesson"):
                p["ignored"] += 1
            if aside and p["mode"] == "free" and p["ignored"] >= _PARK_LIMIT:
                # a follow-up talked past twice gives way to the next, and says so
                st["pending"] = None
                let_go = self.voice.say("let_go", self.asking.rng(host))
                question = self._next_question(host, reply)
                if question is None:
                    return replace(reply, text=f"{reply.text} {let_go}".strip())
                self.asking.ask(host, question, "free")
                return replace(reply, follow_up=f"{let_go} {question.ask}")
            if reply.kind not in ("command", "smalltalk"):
                # an aside is a line on the question too; "ok", "lol" or "thanks" is no
                # step round it (the answer told after "thanks" read as a reward for it)
                p["turns"] += 1
            if p["turns"] >= MAX_TURNS:
                # five lines without an answer: say it and move on, nobody goes round
                q = self.dialogs.question(p["q"])
                done = self.ladder.tell_all(host, q, [], None, self.asking.rng(host))
                text = f"{reply.text} {done.text}".strip()
                return replace(reply, text=text, follow_up=done.follow_up)
            if aside and p["mode"] == "lesson" and p["ignored"] >= _PARK_LIMIT:
                # a lesson's question talked past again waits, as the tutor says once
                # (not on every line)
                if p["ignored"] > _PARK_LIMIT:
                    return reply
                waits = self.voice.say("lesson_waits", self.asking.rng(host))
                return replace(reply, text=f"{reply.text} {waits}".strip())
            resume = self.voice.say("resume", self.asking.rng(host))
            return replace(reply, follow_up=f"{resume} {p['text']}")
        question = self._next_question(host, reply)
        if question is None:
            return reply
        self.asking.ask(host, question, "free")
        return replace(reply, follow_up=question.ask)

    def _next_question(self, host: Host, reply: Reply) -> Question | None:
        """The follow-up question an answer gets on its topic (None after anything else,
        when the learner asked for quiet, or when the topic has none left to ask)."""
        st = self.asking.state(host)
        if reply.kind != "answer" or st["quiet"] or not reply.fact_ids:
            return None
        if reply.fact_ids[0] not in self.pack.by_id:
            return None
        learner = self.asking.learner(host)
        topic = self.pack.fact(reply.fact_ids[0]).topic
        # never one the reply has just answered ("Who built the mill?" right after "In
        # 1851 Grint built the mill"): its answer is still on the screen
        told = set(reply.fact_ids)
        fresh = [q for q in self.dialogs.for_topic(topic) if not told.issuperset(q.facts)]
        return learner.choose(fresh, avoid=learner.last_asked())

    def pose(self, host: Host, question_id: str) -> Reply:
        """Ask one dialog question now; the learner's next line is judged against it.

        Raises:
            KeyError: the pack has no dialog question with this id.
        """
        question = self.dialogs.question(question_id)
        self.asking.ask(host, question, "free")
        return Reply("", "question", follow_up=question.ask, fact_ids=question.facts)

    # --- recognising a new question ---------------------------------------------------------------

    def _asks(self, line: Utterance) -> bool:
        """Whether a line asks something (rather than answering the tutor's question)."""
        said = list(line.words)
        opener = said[:1]
        while said and said[0] in _LEADS:
            said = said[1:]
        if not said or "because" in said:
            return False  # "is it because he ...?" is a tentative answer
        openers = self.cues.question_openers
        if not self._any_opens and said[0] not in self._opener_starts:
            openers = ()
        for lead in openers:  # "I was wondering who killed him"
            size = len(lead)
            if tuple(said[:size]) == lead and said[size : size + 1] and said[size] in _WH | _IF:
                return True
        asked = line.asked
        if (
            not asked
            and len(said) > _TERSE
            and said[0] in _SUBORDINATE
            and said[1] not in _AUX
            and not (said[0] == "how" and said[1] in _DEGREE)
        ):
            return False  # "when Lenin died, Stalin ..." tells; "when did Lenin die" asks
        if len(said) <= _TERSE and not _WH.isdisjoint(said):
            return True  # "with what", "afraid of what exactly": a question in a few words
        if asked and said[-1] in _WH:
            return True  # "a close associate of whom?": the question word left in place
        if opener in (["and"], ["also"], ["but"]) and asked:
            return True  # "and Bukharin?", "but in reality?" go on to another question
        if asked and said[0] in _INCLUDING:
            return True  # "including Bukharin?": whether the last answer's all take him in
        if said[0] in self.cues.question_starts and not (
            said[0] in ("is", "was", "were", "are", "had", "has", "have") and len(said) < 3
        ):
            return True
        # "... when did he die": a question inside the line; "... decide who was appointed"
        # is a relative clause of a statement: "was" then no subject
        for i, (w, n) in enumerate(itertools.pairwise(said)):
            if w in _WH and n in _AUX:
                subject = said[i + 2 : i + 3]
                if asked or n not in _BE_HAVE or (subject and subject[0] in _SUBJECTS):
                    return True
        return False

    # --- commands ----------------------------------------------------------------------------------------------

    def command(self, host: Host, name: str, arg: str = "") -> Reply | None:
        """A reply to a /command (its name, lower-case, and what follows it), or None for
        a command the dialogue does not know."""
        name = _ALIASES.get(name, name)
        st = self.asking.state(host)
        rng = self.asking.rng(host)
        if name == "help":
            example = self.pack.facts[0].questions[0] if self.pack.facts else ""
            return Reply(self.voice.say("help", rng, example=example), "command")
        if name == "topics":
            return Reply(self._topics(), "command")
        if name == "timeline":  # in every face, not only the terminal that draws it in colour
            return Reply(plain(draw_timeline(timeline(self.pack))), "command")
        if name == "people":
            return Reply(plain(draw_people(people(self.pack), arg.strip())), "command")
        if name == "progress":
            return Reply(self._progress(host), "command")
        if name == "quiet":
            st["quiet"] = not st["quiet"]
            key = "quiet_on" if st["quiet"] else "quiet_off"
            if st["quiet"] and st["pending"] is not None and st["pending"]["mode"] == "free":
                st["pending"] = None
            return Reply(self.voice.say(key, rng), "command")
        if name == "lesson":
            return self.planner.lesson(host, arg, rng)
        if name == "quiz":
            return self.planner.quiz(host, arg, rng)
        if name in ("hint", "skip"):
            if st["pending"] is None:
                return Reply(self.voice.say("no_pending", rng), "command")
            if name == "skip":
                return self.ladder.skip(host, rng)
            if st["pending"]["mode"] == "quiz":
                return self.planner.closed_book(host, rng)
            return self.ladder.dont_know(host, rng, "hint")
        return None

    def _topics(self) -> str:
        titles = [f"{i}. {t.title}" for i, t in enumerate(self.pack.topics, start=1)]
        return self.voice.say("topics", random.Random(0), titles="; ".join(titles))

    def _progress(self, host: Host) -> str:
        """The learner's progress in a sentence (the figures of `Tutor.progress`)."""
        progress = progress_of(self.pack, host.learner)
        rows = [
            f"{t.title}: {t.mastery:.0%} ({t.mastered} of {_counted(t.questions)})"
            for t in progress.topics
            if t.questions
        ]
        head = f"Your progress ({progress.facts_seen} of {progress.facts} facts seen)"
        if not rows:
            return head + ". There are no questions in this pack yet."
        return head + ": " + "; ".join(rows) + "."


def _counted(n: int, word: str = "question") -> str:
    """'1 question', '5 questions'."""
    return f"{n} {word}" if n == 1 else f"{n} {word}s"
