"""Alembic scripts of the notebook schema (``env.py`` + ``versions/``).

Shipped inside the package so a wheel or a PyInstaller bundle carries them
(the bundle must collect them as data *with* their ``.py`` sources: alembic
loads scripts from files). Run only through :mod:`..migrate`; revision ids
"0001", "0002"… are the ``PRAGMA user_version`` values 1, 2…
"""
