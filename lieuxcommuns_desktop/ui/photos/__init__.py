"""Photos of the paper boards: import (files, folder, drag and drop), gallery, viewer."""

from __future__ import annotations
