"""``python -m workshop_app.cli ...``: the same as the ``workshop-app`` command."""

from . import main

main()
