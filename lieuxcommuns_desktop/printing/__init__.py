"""The printed workshop kit, on reportlab. No Qt here: the CLI prints headless.

``data.py`` reads an atelier into plain values, ``documents/`` turns them into
flowables, ``kit.py`` assembles and writes the PDF safely.
"""
