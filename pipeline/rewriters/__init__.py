"""Plain-language rewriters."""
