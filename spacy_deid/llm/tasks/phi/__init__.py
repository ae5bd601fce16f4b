"""The ``spacy_deid.PHI.v1`` task."""
from .registry import make_phi_task, make_route_all, make_route_uncertain
from .task import PHITask

__all__ = ["PHITask", "make_phi_task", "make_route_all", "make_route_uncertain"]
