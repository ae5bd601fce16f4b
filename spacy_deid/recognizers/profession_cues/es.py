"""Spanish: "trabaja como", "de profesión", "profesión:", "ocupación:"."""
BEFORE = (
    # "como" only: "trabaja de noche" is no job
    r"(?:trabaja|trabajaba|trabajó|trabajado|emplead[oa]|contratad[oa])(?:\s+(?:actualmente|todavía))?\s+como",
    r"de\s+profesi[óo]n",
    r"(?:profesi[óo]n|ocupaci[óo]n|oficio)\s*:",
)
# grammar words that end the job ("como camarero en el bar"); folded
STOP = "a al en el la los las de del un una y o para con desde por"
