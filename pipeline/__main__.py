"""`python -m pipeline` runs the plainvoice CLI."""

from pipeline.cli import main

main()
