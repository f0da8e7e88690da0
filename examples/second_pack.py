"""Embed the tutor with a pack of your own: load it, ask, and reload it after an edit.

Run from the repository: python examples/second_pack.py
"""

from pathlib import Path

import tutor

PACK = Path(__file__).parent / "penicillin"

t = tutor.Tutor.from_path(PACK)
session = t.session()
for question in ("Who discovered penicillin?", "When?", "Who built the equipment to extract it?"):
    reply = session.respond(question)
    print(f"> {question}\n{reply.text}\n")

# After an educator edits the YAML, reload without losing the learner's session:
result = tutor.reload(t, session)
if result.ok:
    t, session = result.tutor, result.session
else:
    print("\n".join(map(str, result.problems)))
