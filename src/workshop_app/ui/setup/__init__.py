"""Setup: the session's details, the questions editor and the New session dialog."""
