"""What every Personal Pages service needs in the same way: logging, Kafka wiring, dead letters."""
