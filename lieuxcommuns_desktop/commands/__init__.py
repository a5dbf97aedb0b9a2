"""Headless subcommands, one module each.

A module here defines ``NAME``, ``HELP`` (marked for translation),
``add_arguments(parser)`` and ``run(args) -> int``; ``cli.py`` finds them by
listing this package, so adding a command touches no shared file. Modules keep
heavy imports inside ``run``.
"""
