"""Loading, validating and searching the curated knowledge base in `knowledge/`."""
