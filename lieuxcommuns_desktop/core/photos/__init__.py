"""Photos of the paper boards: decoding, cleaning and placing them in the day.

Qt-free: the CLI's ``photos`` command, the window's import worker and the tests
share it. ``decode`` turns a file into a clean JPEG (orientation applied, every
metadata block dropped) after checking it without decoding it; ``timing`` finds
the séquence that was running when a photo was taken.
"""
