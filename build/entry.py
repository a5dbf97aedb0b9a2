"""Entry point of the PyInstaller bundle (the same as ``python -m lieuxcommuns_desktop``)."""

from lieuxcommuns_desktop.__main__ import main

if __name__ == "__main__":
    raise SystemExit(main())
