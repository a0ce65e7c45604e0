"""The core messages in French: code -> str.format template (see __init__)."""

TEXTS: dict[str, str] = {
}
