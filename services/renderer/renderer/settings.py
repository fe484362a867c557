from servicekit.object_storage import ObjectStorageSettings
from servicekit.seals import SealSettings
from servicekit.settings import ServiceSettings


class RendererSettings(ServiceSettings, ObjectStorageSettings, SealSettings):
    mongo_database: str = "pp_renderer"
    # Where issuers put the lines of annexes too long for an event (AnnexReference).
    annex_bucket: str = "pp-annexes"
