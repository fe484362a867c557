"""Settings that every service reads from its environment (prefix PP_), once at start-up."""

from pydantic_settings import BaseSettings, SettingsConfigDict


class ServiceSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="PP_", extra="ignore")

    kafka_bootstrap: str = "127.0.0.1:19092"
    mongo_url: str = "mongodb://127.0.0.1:27117/"
    log_json: bool | None = None
    # 1 for the single local broker; production runs three brokers and sets 3.
    topic_replication_factor: int = 1
    # Consumers of the busy document topics run this many Kafka consumers in one process, each
    # on its own partitions: the I/O of one overlaps the work of another, order per centre holds.
    document_consumers: int = 3
    # A message that keeps failing for an unexpected reason is retried this many times, then
    # dead-lettered so that the partition moves on and an operator sees it.
    max_attempts: int = 5
    retry_backoff_seconds: float = 0.5
