"""`python -m pipeline` and the `plainvoice` command run the CLI from here."""

import sys


def main() -> None:
    """Load the CLI and run it; Ctrl-C while it loads stops with the one line, not a traceback.

    Loading the CLI takes about 0.08 s (Typer, the settings, the language tables); Ctrl-C
    then printed a Python traceback ending in KeyboardInterrupt, where any later Ctrl-C
    prints "plainvoice: interrupted." and exits 130.
    """
    try:
        from pipeline.cli import main as run_cli
    except KeyboardInterrupt:
        sys.stderr.write("plainvoice: interrupted.\n")
        sys.exit(130)
    run_cli()


if __name__ == "__main__":
    main()
