"""The core messages in the five other UN languages: one module per language, ``TEXTS``: code -> template.

Each module translates every code of :data:`workshop_app.domain.catalogue.ENGLISH` (same ``{placeholders}``;
``tests/test_catalogue_languages.py`` checks both). ``_list_separator`` joins a list parameter.
"""

LANGUAGES = ("ar", "es", "fr", "ru", "zh")
