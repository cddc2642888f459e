"""Close Reader: read a news article closely — entities, numbers, repeats, sources and notes."""

__version__ = "0.1.0"
