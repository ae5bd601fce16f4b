"""Portuguese: "hospital", "clínica", "centro de saúde", "casa de saúde", "lar"."""
HEADS = (r"hospital|cl[íi]nica|policl[íi]nica|centro\s+de\s+sa[úu]de|casa\s+de\s+sa[úu]de|centro\s+hospitalar",)
