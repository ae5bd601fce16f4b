"""Chinese notes that name a place in Latin letters ("我住在 Taipei", "他從 Boston 回來", "來自
Manila"): the Chinese words of living, coming from and going to, right before it."""
BEFORE = (
    r"(?:住在|住|從|从|來自|来自|搬到|搬去|出生在|出生於|出生于|老家在|回到|飛到|飞到|去了|去過|去过)",
)
