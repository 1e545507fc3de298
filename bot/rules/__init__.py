"""The pure rule core: frozen models in, verdicts with cited findings out. No I/O, no clock."""
