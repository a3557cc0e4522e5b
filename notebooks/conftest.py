"""pytest in notebooks/: nbmake runs the ``.ipynb`` files (``--nbmake`` in pyproject.toml).

The paired ``.py`` percent files are the notebooks' source text, not test modules: with
``--doctest-modules`` pytest would import — that is, run — them, so they are not collected.
"""

collect_ignore_glob = ["*.py", "solutions/*.py"]
