"""Widgets, models and helpers more than one view uses: style, icons, delegates, background work, dialogs."""
