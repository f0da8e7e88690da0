"""The conversation faces: the prompt_toolkit REPL, plain lines on a pipe, JSON lines.

All three run a `Chat`: one learner's conversation with the engine, saved to the store on
every turn. The REPL adds what a terminal can show (styles, a toolbar, completion, a drawn
timeline); piped mode prints plain text with no escape codes, so scripts can use it; JSON
mode speaks one request and one Reply per line for apps in other languages.

This is the only module that imports prompt_toolkit, and only inside `run_repl`, so
`tutor ask` and piped chats never pay for it.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import IO, TYPE_CHECKING, Any

from ._content import Pack
from ._progress import Progress
from ._render import (
    Line,
    plain,
    progress_lines,
    reply_lines,
    summary_lines,
    topic_title,
    wrap,
)
from ._reply import Reply
from ._saved_place import saved_place
from ._state import ConversationState, LearnerState, StateError, state_data
from ._store import Store, StoreError, Superseded, check_learner
from ._text import fold, language
from ._timeline import draw_people, draw_timeline, people, timeline

if TYPE_CHECKING:
    from prompt_toolkit.completion import Completer
    from prompt_toolkit.styles import Style

    from ._session import Session
    from ._tutor import Tutor

__all__ = [
    "COMMANDS",
    "Chat",
    "Loader",
    "Result",
    "check_learner",
    "draw_people",
    "draw_timeline",
    "run_json",
    "run_plain",
    "run_repl",
]

# Commands offered for completion: the engine's and the terminal's own.
COMMANDS = (
    "/help",
    "/topics",
    "/lesson",
    "/quiz",
    "/hint",
    "/skip",
    "/progress",
    "/quiet",
    "/timeline",
    "/people",
    "/reset",
    "/reload",
    "/quit",
)
_QUIT = frozenset(["/quit", "/exit", "/q"])
_TERMINAL_HELP = (
    "In this terminal also: /reload reads the pack's files again after an edit, "
    "/reset forgets your progress, /quit (or Ctrl-D) leaves."
)


_CATCH_UPS = 5  # how often one turn is redone on newer progress before saving is given up


class Loader:
    """Loads the Tutor once, possibly in a background thread while the prompt appears.

    Loading the pack is most of the start-up time; a learner reading the welcome does not
    need it yet. `get()` waits for the load and re-raises its error.
    """

    def __init__(self, load: Callable[[], Tutor]) -> None:
        self._load = load
        self.on_ready: Callable[[], None] | None = None
        self._tutor: Tutor | None = None
        self._error: BaseException | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def start(self) -> None:
        """Begin loading in a daemon thread (a no-op if already started or loaded)."""
        with self._lock:
            if self._thread is None and self._tutor is None:
                self._thread = threading.Thread(target=self._run, name="tutor-load", daemon=True)
                self._thread.start()

    def _run(self) -> None:
        try:
            self._tutor = self._load()
        except BaseException as exc:  # handed to the caller of get()
            self._error = exc
        if self.on_ready is not None:
            self.on_ready()

    @property
    def ready(self) -> bool:
        """Whether the Tutor is loaded (get() would not wait)."""
        return self._tutor is not None

    def replace(self, tutor: Tutor) -> None:
        """Use a newly loaded Tutor from now on (after /reload)."""
        self.get()  # let a load in flight finish first, so it cannot overwrite this one
        self._tutor = tutor

    def get(self) -> Tutor:
        """The Tutor, loading it now if no thread is doing so."""
        with self._lock:
            thread = self._thread
        if thread is not None:
            thread.join()
        elif self._tutor is None:
            self._run()
        if self._error is not None:
            raise self._error
        assert self._tutor is not None
        return self._tutor


@dataclass
class Result:
    """What one learner line led to, for a face to show.

    Attributes:
        lines: what to print.
        reply: the engine's reply, when the engine was asked.
        quit: the learner ended the session.
        confirm: a yes/no question to ask before `Chat.reset()` (for /reset).
    """

    lines: list[Line] = field(default_factory=list)
    reply: Reply | None = None
    quit: bool = False
    confirm: str | None = None


class Chat:
    """One learner's conversation as the faces run it: terminal commands, the engine, the store.

    Args:
        loader: gives the Tutor (loaded once, perhaps in the background).
        learner: the learner's name (data only: it never reaches SQL as text).
        pack_key: which pack the progress belongs to (progress is kept per pack).
        store: where progress is saved, or None to save nothing.
        warn: how to tell the learner that saving failed (called once).
        seed: the wording's seed for a new conversation (None: a random one), so that a
            script run twice reads the same.
    """

    def __init__(
        self,
        loader: Loader,
        learner: str,
        pack_key: str,
        store: Store | None,
        warn: Callable[[str], None],
        seed: int | None = None,
    ) -> None:
        self.loader = loader
        self.seed = seed
        self.learner = learner
        self.pack_key = pack_key
        self.store = store
        self.warn = warn
        self.replies: list[Reply] = []
        self.saved: tuple[LearnerState, ConversationState] | None = None
        self.last_reply: dict[str, Any] | None = None
        self.inputs: list[str] = []
        if store is not None:
            try:
                saved = store.load(learner, pack_key)
                self.last_reply = store.last_reply(learner, pack_key) if saved else None
                self.inputs = store.recent_inputs(learner)
                if saved is not None:
                    self.saved = (
                        LearnerState.from_json(saved[0]),
                        ConversationState.from_json(saved[1]),
                    )
            except StoreError as exc:
                self._store_failed(exc)
            except StateError as exc:
                # Never overwrite what cannot be read (it may be a newer tutor's save).
                self.store = None
                self.warn(
                    f"Your saved progress could not be read ({exc}), so we start afresh "
                    "without saving; the saved progress is left as it was."
                )
        self.state = self.saved
        self._session: Session | None = None

    # --- the engine, lazily -------------------------------------------------------------

    @property
    def tutor(self) -> Tutor:
        """The Tutor (waits for the background load on first use)."""
        return self.loader.get()

    @property
    def pack(self) -> Pack:
        """The content pack."""
        return self.tutor.pack

    @property
    def session(self) -> Session:
        """The learner's session, resumed from the saved state if there is one."""
        if self._session is None:
            if self.saved is None:
                self._session = self.tutor.session(seed=self.seed)
            else:
                self._session = self.tutor.session(*self.saved)
        return self._session

    @property
    def resumed(self) -> bool:
        """Whether this learner had progress saved before this sitting."""
        return self.saved is not None

    def pending_question(self) -> str | None:
        """The question the tutor asked last time and is still waiting for, in full."""
        pending = self._saved_pending()
        if pending is None:
            return None
        qid, said = pending
        # The saved text is the last rung said (a hint, a fill-in); the question is the pack's.
        try:
            return self.pack.dialogs.question(qid).ask if qid else said
        except KeyError:
            return said

    def pending_hint(self) -> str | None:
        """What the tutor said last on that question (a hint or a fill-in), if not the question."""
        pending = self._saved_pending()
        if pending is None:
            return None
        asked = self.pending_question()
        return None if pending[1] == asked else pending[1]

    def saved_place(self) -> str | None:
        """Where the saved lesson or quiz stands ("We were on topic 4 of 9 of the lesson:
        ...", "We were on question 2 of 5 of a quiz."), before any turn of this sitting."""
        if self.replies or not self.saved:
            return None
        return saved_place(self.pack, state_data(self.saved[1]).get("dialogue"))

    def _saved_pending(self) -> tuple[str, str] | None:
        """The saved pending question's id ("" if unknown) and its last text, before any turn."""
        if self.replies or not self.last_reply:
            return None
        dialogue = state_data(self.saved[1]).get("dialogue") if self.saved else None
        pending = dialogue.get("pending") if isinstance(dialogue, dict) else None
        qid = pending.get("q") if isinstance(pending, dict) else None
        text = pending.get("text") if isinstance(pending, dict) else None
        if isinstance(qid, str) and isinstance(text, str) and text:
            return qid, text
        # an old save without one: the last reply's follow-up is the best there is
        follow_up = self.last_reply.get("follow_up")
        return ("", follow_up) if isinstance(follow_up, str) and follow_up else None

    # --- one line ---------------------------------------------------------------------

    def respond(self, text: str) -> Reply:
        """Ask the engine and save the turn (one transaction) before returning.

        If another sitting of this learner (a second terminal, another tab) saved since
        this one loaded, the turn is answered again on that newer progress and saved on
        top of it: neither sitting's turns are lost, and the learner is told.
        """
        # what is saved must be valid UTF-8: a pipe may bring bad bytes or lone surrogates
        saved_text = text.encode("utf-8", "replace").decode("utf-8")
        for _ in range(_CATCH_UPS):
            session = self.session
            reply = session.respond(text)
            state = session.learner, session.conversation
            if self.store is None:
                break
            saved = state[0].to_json(), state[1].to_json()
            try:
                self.store.save_turn(
                    self.learner, self.pack_key, saved_text, reply.to_dict(), saved
                )
                break
            except Superseded:
                if not self._catch_up():
                    break
            except StoreError as exc:
                self._store_failed(exc)
                break
        else:
            self._store_failed(StoreError("other sittings keep saving this learner's progress"))
        self._session = session  # the one that answered: it holds this turn
        self.replies.append(reply)
        self.state = state
        return reply

    def _catch_up(self) -> bool:
        """Take up the progress another sitting saved, to answer again on it; False when
        it cannot be read (saving then stops, and this sitting goes on as it was)."""
        assert self.store is not None
        saved = self.store.load(self.learner, self.pack_key)
        try:
            states = (
                (LearnerState.from_json(saved[0]), ConversationState.from_json(saved[1]))
                if saved
                else None
            )
        except StateError as exc:  # never overwrite what cannot be read
            self._store_failed(StoreError(f"the other sitting's progress cannot be read: {exc}"))
            return False
        self._session = self.tutor.session(*(states or ()))
        self.warn(
            f"{self.learner}'s progress was saved by another sitting (another terminal or "
            "tab) meanwhile, so this one caught up with it before answering."
        )
        return True

    def handle(self, line: str, width: int | None = None) -> Result:
        """Everything one learner line does: a terminal command, or a turn of the engine."""
        text = line.strip()
        if not text:
            return Result()
        word, _, rest = text.partition(" ")
        command = word.lower()
        if command in _QUIT:
            return Result(quit=True)
        if command == "/reset":
            return Result(confirm=f"Forget all of {self.learner}'s progress and start again? [y/N]")
        if command == "/timeline":
            return Result(draw_timeline(timeline(self.pack), width or 80))
        if command == "/people":
            return Result(draw_people(people(self.pack), rest.strip(), width))
        if command == "/progress":
            return Result(progress_lines(self.progress(), width or 80))
        if command == "/reload":
            return self.reload(width)
        reply = self.respond(text)
        marks = width is not None
        # help, asked as a command or in words ("what can you do?"): the terminal's own
        # commands belong with the engine's, and the question waiting comes after them all
        if command in ("/help", "/h", "/?") or (reply.kind == "command" and command[:1] != "/"):
            lines = reply_lines(replace(reply, follow_up=None), width, marks)
            lines += wrap(_TERMINAL_HELP, width, "class:note")
            if reply.follow_up:
                lines += wrap(reply.follow_up, width, "class:follow-up", "? " if marks else "")
            return Result(lines, reply)
        quit = self.is_farewell(text, reply)
        # a goodbye is no moment to ask the question again: it waits for the next sitting
        lines = reply_lines(replace(reply, follow_up=None) if quit else reply, width, marks)
        return Result(lines, reply, quit=quit)

    def reload(self, width: int | None = None) -> Result:
        """Load the pack again after an edit, keeping the conversation; on errors, say them.

        A broken pack never ends the session: the tutor goes on with the pack it had.
        """
        from ._validate import reload

        result = reload(self.tutor, self.session)
        if result.tutor is None or result.session is None:
            lines = wrap(
                f"The pack has {len(result.problems)} problem(s), so I kept the version "
                "loaded before. Fix them and type /reload again:",
                width,
                "class:warning",
            )
            for problem in result.problems:
                lines += wrap(str(problem), width, "class:note")
            return Result(lines)
        self.loader.replace(result.tutor)
        self._session = result.session
        facts = len(result.tutor.pack.facts)
        return Result(wrap(f"Reloaded the pack: {facts} facts. We carry on.", width, "class:note"))

    def is_farewell(self, text: str, reply: Reply) -> bool:
        """Whether the learner said goodbye ("bye", "see you", "thanks, bye"): the engine
        answered with one of its goodbyes."""
        if reply.kind != "smalltalk":
            return False
        replies = language().get("smalltalk", {}).get("bye", {}).get("replies", [])
        return reply.text in replies

    def confirmed(self, answer: str) -> Result:
        """The learner's answer to /reset's question: yes forgets, anything else says so."""
        if answer.strip().lower() in ("y", "yes"):
            return self.reset()
        return Result([[("class:note", "Nothing forgotten: your progress is kept.")]])

    def reset(self) -> Result:
        """Forget the learner's progress (after the face has confirmed) and start afresh."""
        if self.store is not None:
            try:
                self.store.reset(self.learner, self.pack_key)
            except StoreError as exc:
                self._store_failed(exc)
        self.saved = self.state = self.last_reply = None
        self.replies.clear()
        self._session = self.tutor.session(seed=self.seed)
        return Result([[("class:note", "Your progress is forgotten. Let's start afresh.")]])

    def welcome(self, width: int | None = 80) -> list[Line]:
        """The first thing the learner reads: how to start, or where they left off.

        A new learner's needs only the store, so the prompt can appear while the pack is
        still loading; a returning learner's waits for it to restate the question in full.
        """
        if not self.resumed:
            text = (
                f"Hello, {self.learner}! I'm your tutor: ask me anything about the text "
                "in your own words. /lesson starts a guided lesson, /timeline and /people "
                "show when and who, /help lists everything, and Ctrl-D or /quit leaves."
            )
            return wrap(text, width, "class:welcome")
        text = (
            f"Welcome back, {self.learner}! /progress shows where you are, "
            "/help lists the commands, and Ctrl-D or /quit leaves."
        )
        lines = wrap(text, width, "class:welcome")
        place = self.saved_place()
        if place:
            lines += wrap(place, width, "class:note")
        pending = self.pending_question()
        if pending:
            lines += wrap("Where we stopped, I had asked:", width, "class:note")
            lines += wrap(pending, width, "class:follow-up", "? " if width else "")
            hint = self.pending_hint()
            if hint:
                lines += wrap("and then, to help:", width, "class:note")
                lines += wrap(hint, width, "class:hint", "» " if width else "")
        return lines

    def summary(self, width: int | None = 80) -> list[Line]:
        """What this sitting covered, for the goodbye."""
        if not self.loader.ready and not self.replies:
            return wrap("See you next time.", width, "class:summary")
        lines = summary_lines(self.pack, self.replies, self.progress().overall, width)
        if self.store is not None and self.replies:
            lines += wrap(
                f"Your progress is saved for {self.learner}: run tutor again to go on.",
                width,
                "class:note",
            )
        return lines

    def toolbar(self, width: int | None = None) -> list[tuple[str, str]]:
        """The REPL's bottom line: learner, current topic and overall mastery, cut to fit
        `width` columns (the help note goes first, then the topic's title shrinks)."""
        learner = ("class:bottom-toolbar.learner", f" {self.learner} ")
        title = mastery = None
        if self.loader.ready:
            pack = self.pack
            context = state_data(self.state[1]).get("context") if self.state else None
            title = topic_title(pack, context.get("topic")) if isinstance(context, dict) else None
            total = self.progress().overall
            if total is not None:
                mastery = f" mastery: {round(total * 100)}% "
        note = " /help  Ctrl-D to leave "
        fixed = len(learner[1]) + len(mastery or "")
        if width is not None and fixed + len(note) + len(f" topic: {title or ''} ") > width:
            note = ""
        parts = [learner]
        if title:
            room = len(title) if width is None else width - fixed - len(note) - len(" topic:  ")
            if room >= 8:
                shown = title if len(title) <= room else title[: room - 1] + "…"
                parts.append(("", f" topic: {shown} "))
        if mastery:
            parts.append(("", mastery))
        if note:
            parts.append(("", note))
        if width is not None and sum(len(t) for _, t in parts) > width:
            return [(style, text[:width]) for style, text in parts[:1]]  # a very narrow terminal
        return parts

    def progress(self) -> Progress:
        """The learner's progress as of the last turn (none yet: a new learner's)."""
        return self.tutor.progress(self.state[0] if self.state else LearnerState.new())

    def vocabulary(self) -> list[str]:
        """Names and terms of the pack for completion, each once and cased as the text
        writes it ("Lenin's funeral", not "lenin's funeral" and "Lenin's Funeral").

        An alias the text never writes is a learner's variant the pack accepts
        ("trotski", "uncle joe"), not one to offer.
        """
        pack = self.pack
        text = " ".join(f"{f.answer} {f.source}" for f in pack.facts)
        lower = text.lower()
        if len(lower) != len(text):  # a letter whose lower case is longer: no recasing
            lower = text = ""

        def as_written(term: str) -> str | None:
            at = lower.find(term.lower())
            return text[at : at + len(term)] if at >= 0 else None

        names = {fold(e.name): e.name for e in pack.entities if " " not in e.name}

        def cased(term: str) -> str:  # "strayed from lenin" -> "strayed from Lenin"
            written = as_written(term)
            if written is not None:
                return written
            out = []
            for word in term.split(" "):
                base, s = (word[:-2], word[-2:]) if word.endswith("'s") else (word, "")
                out.append(names.get(fold(base), base) + s)
            return " ".join(out)

        words: dict[str, str] = {}
        for entity in pack.entities:
            words.setdefault(fold(entity.name), entity.name)
            for alias in entity.aliases:
                written = as_written(alias)
                if written is not None:
                    words.setdefault(fold(written), written)
        for fact in pack.facts:
            for keyword in fact.keywords:
                words.setdefault(fold(keyword), cased(keyword))
        return sorted(words.values(), key=str.lower)

    def _store_failed(self, exc: StoreError) -> None:
        self.store = None
        self.warn(f"Your progress can't be saved ({exc}); the tutor goes on without saving.")


# --- the faces -------------------------------------------------------------------------------

_STYLE = {
    "welcome": "bold",
    "answer": "",
    "correction": "ansiyellow",
    "correction-mark": "ansiyellow bold",
    "clarify": "ansicyan",
    "fallback": "ansibrightblack italic",
    "hint": "ansimagenta",
    "hint-mark": "ansimagenta bold",
    "note": "ansibrightblack",
    "correct": "ansigreen",
    "correct-mark": "ansigreen bold",
    "partial": "ansiyellow",
    "partial-mark": "ansiyellow bold",
    "incorrect": "ansired",
    "incorrect-mark": "ansired bold",
    "follow-up": "ansicyan bold",
    "follow-up-mark": "ansicyan bold",
    "summary": "italic",
    "heading": "bold",
    "bar": "ansiblue",
    "bar.done": "ansigreen",
    "percent": "bold",
    "seen": "ansibrightblack",
    "topic": "",
    "timeline.year": "ansiyellow bold",
    "timeline.axis": "ansiblue",
    "person": "bold",
    "prompt": "bold",
    "warning": "ansired",
    "bottom-toolbar": "noreverse bg:ansiblue ansiwhite",
    "bottom-toolbar.learner": "bold",
}
# Without colour: the marks (✓ ~ ✗ » ? !) and these attributes still tell kinds apart.
_STYLE_NO_COLOR = {
    "welcome": "bold",
    "fallback": "italic",
    "hint": "italic",
    "follow-up": "bold",
    "correct-mark": "bold",
    "partial-mark": "bold",
    "incorrect-mark": "bold",
    "correction-mark": "bold",
    "summary": "italic",
    "heading": "bold",
    "percent": "bold",
    "timeline.year": "bold",
    "person": "bold",
    "prompt": "bold",
    "bottom-toolbar": "reverse",
    "bottom-toolbar.learner": "bold",
}


def _style(color: bool) -> Style:
    from prompt_toolkit.styles import Style

    return Style.from_dict(_STYLE if color else _STYLE_NO_COLOR)


def _completer(chat: Chat) -> Completer:
    """Commands after '/', and the pack's names and terms for the word being typed."""
    from prompt_toolkit.completion import Completer, Completion
    from prompt_toolkit.document import Document

    class _PackCompleter(Completer):
        def __init__(self) -> None:
            self._words: list[str] | None = None

        def get_completions(self, document: Document, complete_event: Any) -> Iterator[Completion]:
            before = document.text_before_cursor
            word = before.split(" ")[-1] if before and not before.endswith(" ") else ""
            if before.startswith("/") and " " not in before:
                for command in COMMANDS:
                    if command.startswith(before.lower()):
                        yield Completion(command, start_position=-len(before))
                return
            if len(word) < 2 or not chat.loader.ready:
                return
            if self._words is None:
                self._words = chat.vocabulary()
            folded = fold(word)
            for term in self._words:
                if fold(term).startswith(folded) and fold(term) != folded:
                    yield Completion(term, start_position=-len(word))

    return _PackCompleter()


def run_repl(chat: Chat, color: bool = True) -> int:
    """The interactive tutor in a terminal. Returns the exit code.

    Input and output come from prompt_toolkit's current app session, so tests can drive it
    with `create_app_session(input=create_pipe_input(), output=DummyOutput())`.
    """
    from prompt_toolkit import PromptSession, print_formatted_text
    from prompt_toolkit.formatted_text import FormattedText
    from prompt_toolkit.history import InMemoryHistory
    from prompt_toolkit.output import ColorDepth

    style = _style(color)
    depth = None if color else ColorDepth.DEPTH_1_BIT
    prompt: PromptSession[str] = PromptSession(
        history=InMemoryHistory(chat.inputs),
        completer=_completer(chat),
        complete_while_typing=True,
        bottom_toolbar=lambda: FormattedText(chat.toolbar(prompt.output.get_size().columns)),
        style=style,
        color_depth=depth,
        include_default_pygments_style=False,
    )

    def width() -> int:
        return max(40, prompt.output.get_size().columns - 1)

    # Load the pack while the learner reads the welcome; redraw the toolbar when done.
    chat.loader.on_ready = prompt.app.invalidate
    chat.loader.start()

    def show(lines: Iterable[Line]) -> None:
        for line in lines:
            print_formatted_text(
                FormattedText(line),
                style=style,
                color_depth=depth,
                include_default_pygments_style=False,
            )

    def warn(message: str) -> None:
        show(wrap(message, width(), "class:warning"))

    chat.warn = warn
    show(chat.welcome(width()))
    while True:
        try:
            line = prompt.prompt([("class:prompt", "> ")])
        except KeyboardInterrupt:
            continue  # Ctrl-C clears the line, as in a shell
        except EOFError:
            break
        result = chat.handle(line, width())
        if result.confirm:
            try:
                answer = prompt.prompt([("class:prompt", result.confirm + " ")])
            except (KeyboardInterrupt, EOFError):
                answer = ""
            result = chat.confirmed(answer)
        show(result.lines)
        if result.quit:
            break
    show(chat.summary(width()))
    return 0


def run_plain(chat: Chat, stdin: IO[str], stdout: IO[str]) -> int:
    """Read lines, print plain replies: for pipes, files and scripts. No prompt, no styles."""
    lines = iter(stdin)
    for raw in lines:
        result = chat.handle(raw.rstrip("\r\n"), None)
        if result.confirm:
            result = chat.confirmed(next(lines, ""))
        if result.lines:
            print(plain(result.lines), file=stdout, flush=True)
        if result.quit:
            break
    return 0


def run_json(
    chat_for: Callable[[str], Chat], default_learner: str, stdin: IO[str], stdout: IO[str]
) -> int:
    """JSON lines: `{"learner": ..., "text": ...}` in, one `Reply.to_dict()` out, per line.

    A line that is not such a request, a blank one too, gets `{"error": "..."}`, so replies
    stay one per line: a program that writes a line and waits for its reply never hangs.
    """
    chats: dict[str, Chat] = {}
    for raw in stdin:
        out: dict[str, Any]
        if not raw.strip():
            out = {"error": 'an empty line: expected an object like {"text": "..."}'}
            print(json.dumps(out, ensure_ascii=False), file=stdout, flush=True)
            continue
        try:
            request = json.loads(raw)
        except (ValueError, RecursionError) as exc:  # RecursionError: absurdly deep nesting
            out = {"error": f"not JSON: {exc}"}
        else:
            out = _json_turn(request, chats, chat_for, default_learner)
        print(json.dumps(out, ensure_ascii=False), file=stdout, flush=True)
    return 0


def _json_turn(
    request: Any, chats: dict[str, Chat], chat_for: Callable[[str], Chat], default: str
) -> dict[str, Any]:
    if not isinstance(request, dict):
        return {"error": 'expected an object like {"learner": "ann", "text": "..."}'}
    text = request.get("text")
    learner = request.get("learner", default)
    if not isinstance(text, str):
        return {"error": "'text' must be a string"}
    problem = check_learner(learner)
    if problem:
        return {"error": problem}
    learner = learner.strip()
    if learner not in chats:
        chats[learner] = chat_for(learner)
    return chats[learner].respond(text).to_dict()
