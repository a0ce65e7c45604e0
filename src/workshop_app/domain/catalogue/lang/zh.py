"""The core messages in Chinese: code -> str.format template (see __init__)."""

TEXTS: dict[str, str] = {
}
