"""Requests and answers of the service (pydantic models: they are also its OpenAPI schema)."""
from __future__ import annotations

from typing import Any, Dict, List, Optional

from pydantic import BaseModel, ConfigDict, Field, model_validator


class NoteIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: Optional[str] = Field(None, description="The caller's id, echoed back (default: the note's index)")
    text: str
    meta: Dict[str, Any] = Field(default_factory=dict, description="Metadata; meta[group_key] groups one patient's notes")


class DeidRequest(BaseModel):
    """One note (``text``) or a batch (``notes``), and the redactor settings a caller may choose."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={
        "examples": [{"text": "Pt John Smith, MRN 4410299, seen 03/14/2021.", "mode": "tag"},
                     {"notes": [{"id": "n1", "text": "Seen by Dr. Kim.", "meta": {"patient": "p1"}}],
                      "mode": "surrogate", "group_key": "patient"}]})
    text: Optional[str] = None
    meta: Dict[str, Any] = Field(default_factory=dict)
    notes: Optional[List[NoteIn]] = None
    mode: Optional[str] = Field(None, description="Operator for every label: tag, mask, redact, hash, encrypt, surrogate (default: the server's)")
    operators: Dict[str, str] = Field(default_factory=dict, description="LABEL -> operator, e.g. {\"DOCTOR\": \"keep\"}")
    group_key: str = Field("patient", description="The meta key that groups one patient's notes (consistent surrogates)")

    @model_validator(mode="after")
    def _one_form(self) -> "DeidRequest":
        if (self.text is None) == (self.notes is None):
            raise ValueError("give either 'text' (one note) or 'notes' (a batch), not both or neither")
        return self

    def note_list(self) -> List[NoteIn]:
        if self.notes is not None:
            return self.notes
        return [NoteIn(id=None, text=self.text or "", meta=self.meta)]


class SpanOut(BaseModel):
    start: int
    end: int
    label: str
    score: float
    source: str
    uncertain: bool = False


class NoteOut(BaseModel):
    id: str
    deidentified: Optional[str] = Field(None, description="Absent when the note failed: its output is withheld")
    spans: Optional[List[SpanOut]] = None
    error: Optional[str] = Field(None, description="Why the note's output is withheld (never its text)")


class SingleOut(BaseModel):
    request_id: str
    deidentified: Optional[str] = None
    spans: List[SpanOut]


class BatchOut(BaseModel):
    request_id: str
    notes: List[NoteOut]
    failed: int = Field(0, description="Notes whose output is withheld")


class ErrorOut(BaseModel):
    error: str
    status: int
    request_id: str
