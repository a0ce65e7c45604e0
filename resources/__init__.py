"""Files shipped with the app: framework template, Word template, icons, translations."""
