import pytest
from minio.error import S3Error
from servicekit.object_storage import ensure_bucket


class RacingClient:
    """Says the bucket is missing, then finds that another service created it meanwhile."""

    def __init__(self, code: str) -> None:
        self.code = code

    def bucket_exists(self, bucket: str) -> bool:
        return False

    def make_bucket(self, bucket: str) -> None:
        raise S3Error(None, self.code, "bucket creation refused", f"/{bucket}", "r", "h", bucket)


def test_a_bucket_created_meanwhile_by_another_service_is_fine():
    ensure_bucket(RacingClient("BucketAlreadyOwnedByYou"), "pp-rendered")
    ensure_bucket(RacingClient("BucketAlreadyExists"), "pp-rendered")


def test_any_other_refusal_is_raised():
    with pytest.raises(S3Error, match="AccessDenied"):
        ensure_bucket(RacingClient("AccessDenied"), "pp-rendered")
