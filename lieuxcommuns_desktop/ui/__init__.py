"""Qt widgets only: the window, one sub-package per tool."""

from .qt_compat import protect_singletons, spare_feature_hook

protect_singletons()  # imports PySide6
spare_feature_hook()  # before anything imports again what came before Qt
