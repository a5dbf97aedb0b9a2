"""One module per kit document; each exposes ``build(data, options) -> list[Section]``."""
