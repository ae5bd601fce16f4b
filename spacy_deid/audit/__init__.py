"""Fairness audit: NAME recall per name culture and gender on counterfactual notes (``run``),
with names held out of training and of the lexicon (``names``) in fixed templates (``templates``)."""
