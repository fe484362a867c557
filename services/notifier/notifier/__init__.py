"""Tells staff members of a centre, by email, that they were invited or that documents arrived."""
