"""What the reimbursement services decide and send, without any I/O."""

from reimbursement_simulator.domain.centres import Centre
from reimbursement_simulator.domain.month import generate_centre_documents, generate_month

__all__ = ["Centre", "generate_centre_documents", "generate_month"]
