"""Italian: "lavora come", "lavorava come", "di professione", "professione:", "impiegato come"."""
BEFORE = (
    r"(?:lavora|lavorava|lavorato|impiegat[oa]|assunt[oa]|occupat[oa])(?:\s+(?:ancora|attualmente))?\s+come",
    r"di\s+professione",
    r"(?:professione|occupazione|lavoro|attività\s+lavorativa)\s*:",
)
# grammar words that end the job ("come autista presso la ditta"); folded
STOP = "a al alla allo ai presso in nel nella di del della da dal un una uno e o per con su come"
