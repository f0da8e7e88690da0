"""A rule-based Socratic tutor for one essay: answers from a curated fact base.

>>> import tutor
>>> reply = tutor.Tutor().session().respond("Who killed Trotsky?")
"""

from ._content import ContentError, Entity, Fact, Pack, Problem, Topic, Where
from ._dialogs import Dialogs, Expectation, Misconception, Prompt, Question, Script
from ._progress import Progress, TopicProgress
from ._reply import Kind, Reply, Verdict
from ._session import Session
from ._state import ConversationState, LearnerState, StateError
from ._tutor import Tutor
from ._validate import Reloaded, ValidationReport, reload, validate

__all__ = [
    "ContentError",
    "ConversationState",
    "Dialogs",
    "Entity",
    "Expectation",
    "Fact",
    "Kind",
    "LearnerState",
    "Misconception",
    "Pack",
    "Problem",
    "Progress",
    "Prompt",
    "Question",
    "Reloaded",
    "Reply",
    "Script",
    "Session",
    "StateError",
    "Topic",
    "TopicProgress",
    "Tutor",
    "ValidationReport",
    "Verdict",
    "Where",
    "__version__",
    "reload",
    "validate",
]
__version__ = "0.1.0"
