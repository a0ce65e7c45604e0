"""The core messages in Russian: code -> str.format template (see __init__)."""

TEXTS: dict[str, str] = {
}
