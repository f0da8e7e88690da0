"""A rule-based Socratic tutor for one essay: answers from a curated fact base.

>>> import tutor
>>> reply = tutor.Tutor().session().respond("Who killed Trotsky?")
"""

from ._content import ContentError, Problem
from ._reply import Reply
from ._session import Session
from ._tutor import Tutor
from ._validate import Reloaded, ValidationReport, reload, validate

__all__ = [
    "ContentError",
    "Problem",
    "Reloaded",
    "Reply",
    "Session",
    "Tutor",
    "ValidationReport",
    "__version__",
    "reload",
    "validate",
]
__version__ = "0.1.0"
