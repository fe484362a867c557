"""The operators' HTTP API: the print-and-post queue and the centres whose mail waits unread."""
