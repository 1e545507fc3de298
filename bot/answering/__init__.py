"""Answering: read a question, retrieve and decide on an entry, or compute a verdict from its numbers."""
