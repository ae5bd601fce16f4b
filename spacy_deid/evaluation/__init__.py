"""Scoring PHI predictions against gold: metrics, slices, code-mixing, reports."""
