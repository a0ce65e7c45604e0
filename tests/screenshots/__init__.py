"""Developer tools, not shipped: render the desktop app's screenshots (docs/screenshots/).

    python -m tests.screenshots docs/screenshots [--scale 1.5]

``views.py`` renders every view of the main window with the demo session; ``results.py`` the
results, presenter and synthesis close-ups (``python -m tests.screenshots.results`` alone).
"""
