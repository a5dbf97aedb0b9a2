"""A programme shared through a team server: one PostgreSQL database per programme.

The laptop always works on its local ``.lieux``; a sync pulls what the server
has that the notebook has not seen, merges it with ``core.sync`` (the same
merge as *Fusionner un carnet*), then pushes what the server has not seen.
Modules: ``address`` (URLs), ``errors`` (the user's messages), ``server``
(:class:`TeamServer`), ``schema`` (creating and upgrading the server's
tables), ``validate`` (refusing malformed rows), ``sync`` (:func:`share`,
:func:`sync`), ``credentials`` (the system keyring). No Qt here.
"""
