"""French: "travaille comme", "travaille en tant que", "de profession", "profession :", "ancien(ne)"."""
BEFORE = (
    r"(?:travaille|travaillait|travaillant|exerce|exerçait|employée?|embauchée?)(?:\s+(?:actuellement|encore))?"
    r"\s+(?:comme|en\s+tant\s+que)",
    r"de\s+profession",
    r"(?:profession|métier|activité\s+professionnelle)\s*:",
)
# grammar words that end the job ("comme infirmière au CHU", "comme un fou"); folded
STOP = "au aux a chez dans de du des la le les l un une et ou pour avec en depuis sur par"
