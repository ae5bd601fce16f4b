"""Readers and writers between annotated-note formats and the JSONL spec records.

Every reader yields spec records ``{"id", "text", "spans": [{"start","end","label"}], "meta"}``
(see ``shared/spec/formats.md``); one module per format.
"""
