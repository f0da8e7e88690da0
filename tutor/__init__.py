"""A rule-based Socratic tutor for one essay: answers from a curated fact base.

>>> import tutor
>>> reply = tutor.Tutor().session().respond("Who killed Trotsky?")
"""

from ._content import ContentError
from ._reply import Reply
from ._session import Session
from ._tutor import Tutor

__all__ = ["ContentError", "Reply", "Session", "Tutor", "__version__"]
__version__ = "0.1.0"
