"""The pipeline stages, in the order build.py calls them."""
