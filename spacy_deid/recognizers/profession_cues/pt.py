"""Portuguese: "trabalha como", "de profissão", "profissão:"."""
BEFORE = (
    r"(?:trabalha|trabalhava|trabalhou|empregad[oa])\s+como",
    r"de\s+profiss[ãa]o",
    r"(?:profiss[ãa]o|ocupa[çc][ãa]o)\s*:",
)
# grammar words that end the job ("como pedreiro numa obra"); folded
STOP = "a ao em no na numa num de do da um uma e ou para com desde por"
