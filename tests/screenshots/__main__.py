"""``python -m tests.screenshots OUTDIR``: every screenshot (see tests/screenshots/views.py)."""

import sys

from .views import main

sys.exit(main())
