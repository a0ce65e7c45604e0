"""Participants: the editable table, quick add, attendance sheets, anonymous seats."""
