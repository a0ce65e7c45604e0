"""The frozen app's entry point: the same ``workshop-app`` command as the pip install.

With no arguments (a double-click, the Start menu, "open with" a ``.workshop`` file) it opens the
desktop app; with a command it answers as the CLI does.
"""

import sys

from workshop_app.cli import main

if __name__ == "__main__":
    # "open with": the desktop passes a file path alone; treat it as `workshop-app open FILE`
    args = sys.argv[1:]
    if len(args) == 1 and args[0].lower().endswith(".workshop") and not args[0].startswith("-"):
        args = ["open", args[0]]
    main(args)
