"""File ▸ Import and File ▸ Export: data into and out of the open file."""
