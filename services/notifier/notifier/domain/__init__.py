"""Pure rules of the notifier: who is told what, when, and in which words. No I/O here."""
