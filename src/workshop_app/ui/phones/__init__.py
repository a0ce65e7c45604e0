"""Open to phones: the facilitator's panel (QR code, join code, counters, Close) and the presenter's badge."""
