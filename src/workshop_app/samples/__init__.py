"""Content that ships with the app: the demo session and its data, the UN-Habitat framework template."""
