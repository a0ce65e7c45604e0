"""Synthesis: the rapporteur's evidence and key messages."""
