"""Headless subcommands, one module each.

A module here defines ``NAME``, ``HELP`` (marked for translation),
``add_arguments(parser)`` and ``run(args) -> int``, and is named after its
command (``import_.py`` for ``import``, a Python keyword). ``cli.py`` imports the
one module a command line names, and lists this package only to print the help,
so adding a command touches no shared file and a start of the window imports
none of them. Modules keep heavy imports inside ``run``.
"""
