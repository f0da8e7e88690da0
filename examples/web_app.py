"""The tutor in a web app: many learners, each with any number of conversations (tabs).

Nothing is kept between requests: a turn loads the learner's and the conversation's JSON,
plays the turn and saves both only if no other turn changed them meanwhile (else it plays
again), so any number of threads or workers can serve it. Run it, then try:
curl -d '{"learner": "ann", "conversation": "tab-1", "text": "teach me"}' localhost:8000/turn
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterable
from dataclasses import asdict
from typing import Any
from urllib.parse import parse_qs
from wsgiref.simple_server import make_server

import tutor


class TutorApp:
    """A WSGI app: POST /turn {learner, conversation, text}, GET /progress?learner=..."""

    def __init__(self, tutor_: tutor.Tutor) -> None:
        self.tutor = tutor_  # one Tutor, shared by every thread
        self.rows: dict[str, tuple[int, str]] = {}  # a database table: (revision, JSON)
        self.lock = threading.Lock()

    def save(self, read: dict[str, Any], new: dict[str, tuple[int, str]]) -> bool:
        """Compare-and-set: write only if every row is as it was read (the revisions)."""
        with self.lock:
            if any(self.rows.get(key) != row for key, row in read.items()):
                return False
            self.rows.update(new)
            return True

    def turn(self, learner: str, conversation: str, text: str) -> tutor.Reply:
        keys = (f"learner/{learner}", f"conversation/{learner}/{conversation}")
        while True:
            read = {key: self.rows.get(key) for key in keys}
            was_l, was_c = read.values()
            session = self.tutor.session(
                tutor.LearnerState.from_json(was_l[1]) if was_l else None,
                tutor.ConversationState.from_json(was_c[1]) if was_c else None,
            )
            reply = session.respond(text)
            now_l, now_c = session.learner, session.conversation
            new = {keys[0]: (now_l.revision, now_l.to_json())}
            new[keys[1]] = (now_c.revision, now_c.to_json())
            if self.save(read, new):
                return reply

    def progress(self, learner: str) -> tutor.Progress:
        row = self.rows.get(f"learner/{learner}")
        state = tutor.LearnerState.from_json(row[1]) if row else tutor.LearnerState.new()
        return self.tutor.progress(state)

    def __call__(self, env: dict[str, Any], start: Callable[..., Any]) -> Iterable[bytes]:
        try:
            if env["PATH_INFO"] == "/turn":
                body = json.loads(env["wsgi.input"].read(int(env.get("CONTENT_LENGTH") or 0)))
                said = {k: body.get(k) for k in ("learner", "conversation", "text")}
                if bad := [k for k, v in said.items() if not isinstance(v, str)]:
                    raise ValueError(f"{', '.join(bad)}: expected text (a JSON string)")
                data = self.turn(**said).to_dict()
            else:
                query = parse_qs(env.get("QUERY_STRING", ""))
                data = asdict(self.progress(query.get("learner", [""])[0]))
        except (ValueError, KeyError, TypeError, AttributeError) as exc:  # and tutor.StateError
            start("400 Bad Request", [("Content-Type", "text/plain")])
            return [str(exc).encode()]
        start("200 OK", [("Content-Type", "application/json")])
        return [json.dumps(data).encode()]


if __name__ == "__main__":
    make_server("localhost", 8000, TutorApp(tutor.Tutor())).serve_forever()
