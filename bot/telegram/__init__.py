"""The Telegram front end: the only package that imports `telegram`. Holds no rule and no content."""
