"""Qt widgets only: the window, one sub-package per tool."""

from .qt_compat import protect_singletons

protect_singletons()
