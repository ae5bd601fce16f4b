"""One warning shared by the components that take a secret key."""
from __future__ import annotations

import warnings


class KeyInConfigWarning(UserWarning):
    """A secret key was given in a component's config, which ``nlp.to_disk`` writes out."""


def warn_key_in_config(component: str, setting: str, key_env: str) -> None:
    """Warn (never showing the key) that a literal key will be saved with the pipeline."""
    warnings.warn(
        f"{component}: '{setting}' is set in the config, and nlp.to_disk() saves the config with the "
        f"pipeline; set the environment variable {key_env} instead to keep the key out of saved pipelines",
        KeyInConfigWarning,
        stacklevel=3,
    )
