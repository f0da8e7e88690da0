"""`python -m tutor`: the same as the `tutor` command."""

import sys

from .cli import main

sys.exit(main())
