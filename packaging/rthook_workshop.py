"""Runtime hook of the frozen app: give matplotlib a writable cache folder before anything imports it.

Inside an installed bundle the default (next to the executable, or a read-only Program Files folder)
may not be writable; matplotlib would then rebuild its font cache on every start.
"""

import os
import sys

if "MPLCONFIGDIR" not in os.environ:
    import platformdirs

    folder = platformdirs.user_cache_dir("WorkshopApp", appauthor=False)
    os.makedirs(os.path.join(folder, "matplotlib"), exist_ok=True)
    os.environ["MPLCONFIGDIR"] = os.path.join(folder, "matplotlib")

# A frozen app has no `workshop-app` on PATH: tools that call it (none inside the app today) would
# use sys.executable, which is the frozen executable itself.
os.environ.setdefault("WORKSHOP_APP_FROZEN", sys.executable)
