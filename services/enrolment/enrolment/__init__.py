"""Centres, their switch-over to electronic delivery, and who may open their mailbox."""
