"""German: "arbeitet als", "tätig als", "von Beruf", "Beruf:", "ehemalige(r)" after a job verb."""
BEFORE = (
    r"(?:arbeitet|arbeitete|arbeitend|tätig|beschäftigt|angestellt|berufstätig|jobbt|selbstständig|selbständig)"
    r"(?:\s+(?:seit\s+\w+|früher|zuletzt|dort|hier|noch))?\s+als",
    r"von\s+beruf",
    r"(?:beruf|berufstätigkeit|tätigkeit|ausgeübter\s+beruf|erlernter\s+beruf)\s*:",
)
# grammar words that end the job ("als Lehrerin an der ...", "Beruf: keine Angabe"); folded
STOP = "an am bei beim im in der die das den dem des ein eine einer einem einen und oder seit fur mit von zu zur zum auf aus als keine kein nicht"
