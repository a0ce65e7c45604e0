"""This machine: the app's folders (platformdirs, redirectable in tests), the shipped resources, logs."""
