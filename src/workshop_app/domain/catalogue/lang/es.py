"""The core messages in Spanish: code -> str.format template (see __init__)."""

TEXTS: dict[str, str] = {
}
