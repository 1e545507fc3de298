"""Presenting: the rule core's verdicts as text a student reads, for dialogs and answers alike."""
