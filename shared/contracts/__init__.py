"""The events that Personal Pages services exchange, and the topics that carry them."""
