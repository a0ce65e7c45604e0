"""The core messages in Arabic: code -> str.format template (see __init__)."""

TEXTS: dict[str, str] = {
}
