"""Gold scoring for each task; see newslib.evaluate."""
