"""Change tracking and merging of notebooks (issue 18).

* ``tables``  — the bookkeeping tables of schema 6 and their SQLite triggers;
* ``state``   — a notebook's rows with their dots, read and written on any dialect;
* ``merge``   — the three-way merge of two states, its conflicts and their resolution;
* ``sources`` — the state of another ``.lieux`` file or of a JSON export.
"""
