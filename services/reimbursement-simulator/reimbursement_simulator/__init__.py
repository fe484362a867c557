"""A stand-in for the agency's three reimbursement services: one per legislation."""
