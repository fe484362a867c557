"""Strong sign-in shared by every page where a person signs in: passwords, a second factor,
lock-out, sessions that expire, and protection of forms against cross-site request forgery.

Each service keeps its people in its own database; this package holds the rules, not the data.
"""
