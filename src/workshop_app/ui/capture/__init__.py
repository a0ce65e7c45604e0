"""Capture: entering ballots (ranking, rating, points) and the ballots already entered."""
