"""A centre's mailbox: files the agency's documents and lets the centre's staff read them."""
