"""Change tracking and merging of notebooks (issue 18, ``docs/merge.md``).

* ``tables``   — the bookkeeping tables of schema 6 and their SQLite triggers;
* ``state``    — a notebook's rows with their dots, read and written on any dialect;
* ``merge``    — the public API of merging: ``plan_merge``, ``resolve``, ``merge_into``;
* ``plan``     — the rules of the three-way merge (pure); ``graph`` — the keys it respects;
* ``apply``    — merging into an open notebook: backup, one transaction, one undo step;
* ``relevant`` — the part of a big local state a small remote state can touch;
* ``sources``  — the state of another ``.lieux`` file or of a JSON export;
* ``jsonsync`` — the optional ``sync`` section of a JSON export.
"""
