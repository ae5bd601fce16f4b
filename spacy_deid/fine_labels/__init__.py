"""Fine labels for PHI found only by category: PATIENT or DOCTOR for a NAME, CITY, STREET, HOSPITAL,
... for a LOCATION (``features`` -> ``model`` -> ``refine``; trained by ``train``)."""
from pathlib import Path

from .model import FineLabelModel, REFINED
from .refine import refine_labels

DATA_DIR = Path(__file__).parent / "data"

__all__ = ["DATA_DIR", "FineLabelModel", "REFINED", "refine_labels"]
