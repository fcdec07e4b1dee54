"""plainvoice: statements into plain language, speech and an accessible package."""

__version__ = "0.1.0"
