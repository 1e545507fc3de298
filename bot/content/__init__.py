"""Content: load and validate `knowledge/` (entries, lexicon, messages, parameters, clauses, silences)."""
