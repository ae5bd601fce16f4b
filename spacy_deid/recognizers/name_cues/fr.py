"""French: "je m'appelle", "elle s'appelle", "mon nom est", "prénommé", "nommée"."""
BEFORE = (
    r"(?:je\s+m|il\s+s|elle\s+s|qui\s+s)['’]\s*appel(?:le|ait)",
    r"s['’]appelant",
    r"(?:mon|son)\s+(?:pré)?nom\s+(?:est|était)",
    r"(?:pré|dé)?nommée?",
)
